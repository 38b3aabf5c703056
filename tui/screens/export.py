"""The export dialog: where to save the result, and as what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from tui.model.private_file import WriteError, export_target, write_private
from tui.render.formats import FORMATS, export_formats
from tui.render.screen_text import screen_text
from tui.screens.base import AppDialog
from tui.screens.confirm import ConfirmScreen

Renderer = Callable[[str], str]
"""Makes the export's text in a format of the registry, by its name."""


def default_name(stem: str, suffix: str, now: datetime) -> str:
    """A file name with the date and time, e.g. tilknytning-2026-11-26-1405.md."""
    return f"{stem}-{now:%Y-%m-%d-%H%M}{suffix}"


class ExportScreen(AppDialog["Path | None"]):
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
        self.format = export_formats()[0].name

    def compose_dialog(self) -> ComposeResult:
        texts = self.tapp.texts
        stem = texts.t("export.default_stem")
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(screen_text(texts.t("export.title")), id="export-title")
            yield Static(screen_text(texts.t("export.intro")), id="export-intro")
            yield Label(screen_text(texts.t("export.name")), classes="field-label")
            yield Input(default_name(stem, FORMATS[self.format].suffix, self.now), id="file-name")
            yield Label(screen_text(texts.t("export.format")), classes="field-label")
            with RadioSet(id="export-format"):
                for entry in export_formats():
                    yield RadioButton(
                        screen_text(texts.t(entry.label or entry.name)),
                        value=entry.name == self.format,
                        id=f"format-{entry.name}",
                    )
            yield Static("", id="export-error")
            with Horizontal(id="export-buttons"):
                yield Button(screen_text(texts.t("export.save")), id="save", variant="primary")
                yield Button(screen_text(texts.t("export.cancel")), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#file-name", Input).focus()

    @on(RadioSet.Changed, "#export-format")
    def format_changed(self, event: RadioSet.Changed) -> None:
        chosen = (event.pressed.id or "").removeprefix("format-") or self.format
        name_input = self.query_one("#file-name", Input)
        old, new = FORMATS[self.format].suffix, FORMATS[chosen].suffix
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
