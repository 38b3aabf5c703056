"""The one way text from files (statements, labels, ids, paths, texts/) becomes screen text.

Rich and Textual read `[...]` in a plain string as markup: `[/]` crashes, `[ofte]`
vanishes and `[link=…]` acts. A Rich `Text` is never parsed, and `printable` takes out
what a terminal would obey. Screens, dialogs, toasts and reports all come through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import StyleType
from rich.text import Text

from tui.model.printable import printable

if TYPE_CHECKING:
    from rich.markdown import Markdown
    from rich.table import Table


def screen_text(text: str, style: StyleType = "") -> Text:
    """`text` shown literally: markup characters as themselves, control characters removed."""
    return Text(printable(text), style=style)


def screen_markdown(text: str) -> Markdown:
    """A Markdown text from texts/ (formatting meant by its writer), control characters removed.

    Markdown draws `[...]` that is not a link as itself; Rich markup is not read in it.
    """
    # Imported here: the Markdown parser would cost the welcome screen's first frame.
    from rich.markdown import Markdown

    return Markdown(printable(text))


def hanging(mark: str, text: str, style: StyleType = "") -> Table:
    """`text` after `mark` as screen text, wrapped lines hanging under the text, not the mark."""
    from rich.cells import cell_len
    from rich.table import Table

    grid = Table.grid()
    grid.add_column(width=cell_len(mark), no_wrap=True)
    grid.add_column()
    grid.add_row(screen_text(mark, style), screen_text(text, style))
    return grid
