"""tilknytning-test: a terminal self-test of one's attachment pattern."""

__version__ = "0.1.0"
