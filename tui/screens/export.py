"""The export dialog: where to save the result, and as what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from tui.model.private_file import WriteError, export_target, write_private
from tui.render.screen_text import screen_text
from tui.screens.confirm import ConfirmScreen
from tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from tui.app import TilknytningApp

FORMATS: dict[str, str] = {"markdown": ".md", "json": ".json"}
"""Export formats and their file endings."""

Renderer = Callable[[str], str]
"""Makes the export's text in a format ("markdown" or "json")."""


def default_name(stem: str, suffix: str, now: datetime) -> str:
    """A file name with the date and time, e.g. tilknytning-2026-11-26-1405.md."""
    return f"{stem}-{now:%Y-%m-%d-%H%M}{suffix}"


class ExportScreen(ModalScreen["Path | None"]):
    """Asks for a file name and a format, then writes the export privately.

    Dismisses with the path written, or None when cancelled. A failure keeps the
    dialog open with the reason, so nothing is lost.
    """

    CSS_PATH = "dialog.tcss"

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "save", show=False, priority=True),
    ]

    def __init__(self, make_text: Renderer, now: datetime, folder: Path | None = None) -> None:
        """Ask where to export.

        Args:
            make_text: Makes the export's text in the chosen format.
            now: The date and time for the default name.
            folder: Where a relative name goes; the current folder, looked up on saving, if None.
        """
        super().__init__()
        self.make_text = make_text
        self.now = now
        self.folder = folder
        self.format = "markdown"

    @property
    def tapp(self) -> TilknytningApp:
        return cast("TilknytningApp", self.app)

    def compose(self) -> ComposeResult:
        texts = self.tapp.texts
        stem = texts.t("export.default_stem")
        yield TooSmall(texts.t("small.message"))
        with Vertical(id="dialog"):
            yield Static(screen_text(texts.t("export.title")), id="question")
            yield Static(screen_text(texts.t("export.intro")), id="detail")
            yield Label(screen_text(texts.t("export.name")), classes="field-label")
            yield Input(default_name(stem, FORMATS["markdown"], self.now), id="file-name")
            yield Label(screen_text(texts.t("export.format")), classes="field-label")
            with RadioSet(id="format"):
                yield RadioButton(
                    screen_text(texts.t("export.markdown")), value=True, id="markdown"
                )
                yield RadioButton(screen_text(texts.t("export.json")), id="json")
            yield Static("", id="export-error")
            with Horizontal(id="buttons"):
                yield Button(screen_text(texts.t("export.save")), id="save", variant="primary")
                yield Button(screen_text(texts.t("export.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#file-name", Input).focus()

    @on(RadioSet.Changed, "#format")
    def format_changed(self, event: RadioSet.Changed) -> None:
        chosen = event.pressed.id or "markdown"
        name_input = self.query_one("#file-name", Input)
        old, new = FORMATS[self.format], FORMATS[chosen]
        if name_input.value.endswith(old):
            name_input.value = name_input.value[: -len(old)] + new
        self.format = chosen

    @on(Button.Pressed, "#save")
    def save_pressed(self) -> None:
        self.save(overwrite=False)

    def action_save(self) -> None:
        """Enter saves from anywhere in the dialog, but presses a focused button."""
        if isinstance(self.focused, Button):
            self.focused.press()
        else:
            self.save(overwrite=False)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)

    def show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(screen_text(message))

    def save(self, overwrite: bool) -> None:
        """Write the export; ask before replacing a file; report failures in place."""
        texts = self.tapp.texts
        typed = self.query_one("#file-name", Input).value.strip()
        if not typed:
            self.show_error(texts.t("export.empty"))
            return
        try:
            path = export_target(typed, self.folder)
            write_private(path, self.make_text(self.format), overwrite=overwrite)
        except FileExistsError:
            self.app.push_screen(
                ConfirmScreen(
                    texts.t("export.exists", path=typed), texts.t("export.exists_detail")
                ),
                self.overwrite_decided,
            )
            return
        except WriteError as error:
            self.show_error(texts.t("export.failed", reason=texts.t(f"export.reason.{error.code}")))
            return
        self.dismiss(path)

    def overwrite_decided(self, replace: bool | None) -> None:
        if replace:
            self.save(overwrite=True)
