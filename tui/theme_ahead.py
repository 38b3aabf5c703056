"""The other theme's stylesheet, parsed while the person reads, so that `t` need not parse it.

Switching the theme, Textual sets the new theme's colours as the stylesheet's
variables and parses every rule of the app again (`App.refresh_css`), then
restyles every widget. The parse is a third of the key and does not depend on
anything shown: the same sources with the other theme's colours. While the
person reads the result, the app parses a copy of its stylesheet with the other
theme's colours (`parse_for_theme`); the key puts the copy in place before the
theme changes (`TilknytningApp.action_toggle_theme`). The copy keeps its rules
when Textual gives it the same colours and asks it to parse the same sources
again; anything else (a source added since, other colours) is parsed as ever.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.css.stylesheet import Stylesheet


def theme_variables(app: App[Any], theme_name: str) -> dict[str, str]:
    """The CSS variables Textual sets for `theme_name` (as `App.get_css_variables` for the current).

    Unlike `App.get_css_variables`, nothing of the app is changed.
    """
    theme = app.get_theme(theme_name)
    if theme is None:
        raise ValueError(f"no theme named {theme_name!r}")
    variables = {**theme.to_color_system().generate(), **theme.variables}
    return {**app.get_theme_variable_defaults(), **variables}


class ParsedAhead(Stylesheet):
    """A stylesheet parsed ahead for one set of variables: parsing it again with them does nothing.

    `parsed_with` is the variables and the sources it was parsed with. Textual's
    `set_variables` and `reparse` are skipped while both are the same; once they
    differ, it is a stylesheet as any other.
    """

    parsed_with: tuple[dict[str, str], list[Any]] | None = None

    def is_parsed(self, variables: dict[str, str]) -> bool:
        return self.parsed_with == (variables, list(self.source.items()))

    def fits(self, stylesheet: Stylesheet, variables: dict[str, str]) -> bool:
        """Whether this is `stylesheet` (the same sources) parsed with `variables`."""
        return self.source == stylesheet.source and self.is_parsed(variables)

    def set_variables(self, variables: dict[str, str]) -> None:
        if not self.is_parsed(variables):
            self.parsed_with = None
            super().set_variables(variables)

    def reparse(self) -> None:
        if self.parsed_with is None or not self.is_parsed(self.parsed_with[0]):
            self.parsed_with = None
            super().reparse()


def parse_for_theme(stylesheet: Stylesheet, variables: dict[str, str]) -> ParsedAhead:
    """A copy of `stylesheet` (its sources) parsed with `variables`."""
    parsed = ParsedAhead(variables=variables)
    parsed.source = stylesheet.source.copy()
    parsed.parse()
    parsed.rules_map  # noqa: B018  # built now, not on the key: Textual builds it where first read
    parsed.parsed_with = (variables, list(parsed.source.items()))
    return parsed
