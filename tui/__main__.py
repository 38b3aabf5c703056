"""`python -m tui` runs the command line."""

from tui.launch import main

main()
