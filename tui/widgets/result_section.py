"""One section of a result on screen, as one widget: its heading over its body."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from textual.visual import Visual
from textual.widget import Widget

from tui.render.document import (
    AnswerTable,
    Body,
    Headline,
    Lines,
    MarkdownText,
    Note,
    Plot,
    ScoreTable,
    Section,
)
from tui.render.screen_text import hanging, screen_markdown, screen_text
from tui.widgets.measured_once import Drawing, Headed, MeasuredOnce

NOTE_MARK = {"borderline": "◆ "}
"""A mark before a note's first paragraph, where its border alone would say too little."""


def body_renderable(body: Body) -> RenderableType:
    """A section's body (other than the headline) as one renderable; file text stays text."""
    if isinstance(body, Note):
        first, *rest = body.paragraphs
        paragraphs = [NOTE_MARK.get(body.kind, "") + first, *rest]
        # Each point hangs under its text, so a wrapped line does not start under the bullet.
        items: list[RenderableType] = [
            *(screen_text(paragraph) for paragraph in paragraphs),
            *(hanging("  • ", point) for point in body.points),
        ]
        if body.kind == "unreadable":
            items = [part for item in items for part in (Text(""), item)][1:]
        return Group(*items)
    if isinstance(body, Plot):
        return body.plot
    if isinstance(body, ScoreTable):
        return screen_text("\n".join([*body.rows, "", body.note]))
    if isinstance(body, MarkdownText):
        return screen_markdown(body.markdown)
    if isinstance(body, Lines):
        return screen_text("\n".join(body.lines))
    if isinstance(body, AnswerTable):
        return screen_text("\n".join(" | ".join(row) for row in body.rows))
    raise TypeError(f"no screen view of {type(body).__name__}")


def kind_of(section: Section) -> str:
    """The kind of a section's body, as the class of its widget names it: `note`, `plot` …"""
    return type(section.body).__name__.lower()


class ResultSection(Widget):
    """A section of the result: its heading, if it has one, over its body.

    One widget a section; the heading, the lead-in and the pattern's name take
    their look from component classes, so the theme colours them. The widget's
    id is the section's (`#headline`, `#plot`, `#contact` …) and its class the
    kind of its body (`-note`, `-markdowntext` …).
    """

    COMPONENT_CLASSES = {
        "result-section--heading",
        "result-section--lead",
        "result-section--name",
    }

    DEFAULT_CSS = """
    ResultSection {
        height: auto;
        margin-top: 1;
    }
    ResultSection > .result-section--heading {
        text-style: bold;
        color: $text-accent;
    }
    ResultSection > .result-section--lead {
        color: $text-muted;
    }
    ResultSection > .result-section--name {
        text-style: bold;
        color: $text-accent;
    }
    """

    def __init__(self, section: Section) -> None:
        """Show `section`."""
        super().__init__(id=section.id, classes=f"-{kind_of(section)}")
        self.take(section)

    def show(self, section: Section) -> None:
        """Show `section` in place of the one shown: one with the same id and kind of body.

        A section of the same text (contact, help lines …) keeps what it has drawn.
        """
        if section == self.section:
            return
        self.take(section)
        self.refresh(layout=True)

    def take(self, section: Section) -> None:
        self.section = section
        body = section.body
        self.body = None if isinstance(body, Headline) else Drawing(body_renderable(body))
        """The body, drawn once at each width for every theme; only the styles of
        heading, lead-in and name follow the theme."""
        self.drawn: tuple[str, Visual] | None = None
        """The theme last drawn in, and the drawing."""

    def render(self) -> Visual:
        """The section drawn once per theme, its body once: a plot or a long text is costly."""
        theme = self.app.theme
        if self.drawn is None or self.drawn[0] != theme:
            self.drawn = (theme, MeasuredOnce(self, self.drawing()))
        return self.drawn[1]

    def renderable(self) -> RenderableType:
        """Heading and body as one Rich renderable."""
        drawing = self.drawing()
        return drawing.renderable if isinstance(drawing, Drawing) else drawing

    def drawing(self) -> RenderableType | Drawing:
        """Heading and body, the heading in the theme's colours, over the body drawn once."""
        section = self.section
        if isinstance(section.body, Headline):
            headline = section.body
            style = self.get_component_rich_style
            lead = [screen_text(headline.lead, style("result-section--lead"))]
            name = screen_text(headline.name, style("result-section--name"))
            return Group(*(lead if headline.lead else []), name, screen_text(headline.summary))
        assert self.body is not None
        if not section.heading:
            return self.body
        heading = screen_text(
            section.heading, self.get_component_rich_style("result-section--heading")
        )
        return Headed(heading, self.body)
