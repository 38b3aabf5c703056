"""The one way text from files (statements, labels, ids, paths, texts/) becomes screen text.

Rich and Textual read `[...]` in a plain string as markup: `[/]` crashes, `[ofte]`
vanishes and `[link=…]` acts. A Rich `Text` is never parsed, and `printable` takes out
what a terminal would obey. Screens, dialogs, toasts and reports all come through here.
"""

from __future__ import annotations

from collections.abc import Iterable
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


PARSED_AHEAD: dict[str, Markdown] = {}
"""Texts from texts/ parsed while the person reads (`parse_ahead`), by their text."""


def screen_markdown(text: str) -> Markdown:
    """A Markdown text from texts/ (formatting meant by its writer), control characters removed.

    Markdown draws `[...]` that is not a link as itself; Rich markup is not read in it.
    A text parsed ahead is not parsed again: Rich draws a parsed Markdown anew each time.
    """
    parsed = PARSED_AHEAD.get(text)
    if parsed is not None:
        return parsed
    # Imported here: the Markdown parser would cost the welcome screen's first frame.
    from rich.markdown import Markdown

    return Markdown(printable(text))


def parse_ahead(texts: Iterable[str]) -> None:
    """Parse `texts` now, for `screen_markdown` to take as they are.

    Only texts of the app's own (texts/) belong here, every one a screen may show,
    whatever a person answered: what is kept says nothing of anyone's answers.
    """
    for text in texts:
        if text not in PARSED_AHEAD:
            PARSED_AHEAD[text] = screen_markdown(text)


def hanging(mark: str, text: str, style: StyleType = "") -> Table:
    """`text` after `mark` as screen text, wrapped lines hanging under the text, not the mark."""
    from rich.cells import cell_len
    from rich.table import Table

    grid = Table.grid()
    grid.add_column(width=cell_len(mark), no_wrap=True)
    grid.add_column()
    grid.add_row(screen_text(mark, style), screen_text(text, style))
    return grid
