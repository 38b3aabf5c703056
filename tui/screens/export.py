"""The export dialog: where to save the result, as what, and an optional client code."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from tui.model.export_name import ending, format_of, named_for
from tui.model.private_file import WriteError, export_target, write_private
from tui.model.stamp import CLIENT_LONGEST, client_problem
from tui.render.formats import export_formats
from tui.render.screen_text import screen_text
from tui.screens.base import AppDialog
from tui.screens.confirm import ConfirmScreen

Renderer = Callable[[str, "str | None"], str]
"""Makes the export's text in a format of the registry, by its name, with the client code."""


@dataclass(frozen=True)
class Exported:
    """What the dialog saved: where, and the client code it carries (None without one)."""

    path: Path
    client: str | None


def default_name(stem: str, suffix: str, when: datetime) -> str:
    """A file name with the date and time, e.g. tilknytning-2026-11-26-1405.md."""
    return f"{stem}-{when:%Y-%m-%d-%H%M}{suffix}"


class ExportScreen(AppDialog["Exported | None"]):
    """Asks for a file name, a format and maybe a client code, then writes the export privately.

    The format follows the name's ending and the ending the format
    (`tui.model.export_name`); a line under the name says what will be written.
    Dismisses with what was saved, or None when cancelled. A failure keeps the
    dialog open with the reason, so nothing is lost.
    """

    CSS_PATH = "dialog.tcss"
    AUTO_FOCUS = "#file-name"

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("enter", "save", show=False),
    ]

    def __init__(
        self,
        make_text: Renderer,
        when: datetime,
        folder: Path | None = None,
        client: str | None = None,
    ) -> None:
        """Ask where to export.

        Args:
            make_text: Makes the export's text in the chosen format, with the client code.
            when: The date and time for the default name: when the test was taken.
            folder: Where a relative name goes; the current folder, looked up on saving, if None.
            client: The client code to offer, typed for an earlier export of this result.
        """
        super().__init__()
        self.make_text = make_text
        self.when = when
        self.folder = folder
        self.client = client
        self.suffixes = {entry.name: entry.suffix for entry in export_formats()}
        self.format = next(iter(self.suffixes))

    def compose_dialog(self) -> ComposeResult:
        texts = self.tapp.texts
        stem = texts.t("export.default_stem")
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(screen_text(texts.t("export.title")), id="export-title")
            yield Static(screen_text(texts.t("export.intro")), id="export-intro")
            with Horizontal(classes="field-row"):
                yield Label(screen_text(texts.t("export.name")), classes="field-label")
                default = default_name(stem, self.suffixes[self.format], self.when)
                yield Input(default, id="file-name", compact=True)
            yield Static(self.note(default), id="file-note", classes="field-note")
            with Horizontal(classes="field-row"):
                yield Label(screen_text(texts.t("export.format")), classes="field-label")
                with RadioSet(id="export-format", compact=True):
                    for entry in export_formats():
                        label = f"{texts.t(entry.label or entry.name)} ({entry.suffix})"
                        yield RadioButton(
                            screen_text(label),
                            value=entry.name == self.format,
                            id=f"format-{entry.name}",
                        )
            with Horizontal(classes="field-row"):
                yield Label(screen_text(texts.t("export.client")), classes="field-label")
                yield Input(
                    self.client or "",
                    id="client-code",
                    compact=True,
                    max_length=CLIENT_LONGEST,
                    placeholder=screen_text(texts.t("export.client_placeholder")).plain,
                )
            yield Static(screen_text(texts.t("export.client_hint")), classes="field-note")
            yield Static("", id="export-error")
            with Horizontal(id="export-buttons"):
                yield Button(screen_text(texts.t("export.save")), id="save", variant="primary")
                yield Button(screen_text(texts.t("export.cancel")), id="cancel")

    @property
    def typed_name(self) -> str:
        """The file name as typed, without surrounding spaces."""
        return self.query_one("#file-name", Input).value.strip()

    @on(Input.Changed, "#file-name")
    def name_changed(self) -> None:
        """A typed format's ending chooses that format."""
        typed = format_of(self.typed_name, self.suffixes)
        if typed is not None and typed != self.format:
            self.query_one(f"#format-{typed}", RadioButton).value = True
        self.show_note()

    @on(RadioSet.Changed, "#export-format")
    def format_changed(self, event: RadioSet.Changed) -> None:
        """The chosen format's ending replaces a format's ending, or is added."""
        self.format = (event.pressed.id or "").removeprefix("format-") or self.format
        name_input = self.query_one("#file-name", Input)
        renamed = named_for(name_input.value, self.format, self.suffixes)
        if renamed != name_input.value:
            name_input.value = renamed
        self.show_note()

    def show_note(self) -> None:
        self.query_one("#file-note", Static).update(self.note(self.typed_name))

    def note(self, typed: str) -> Text:
        """Under the name: the ending follows the format, or the name it will be saved as."""
        texts = self.tapp.texts
        final = os.path.basename(named_for(typed, self.format, self.suffixes))
        if not typed or final == os.path.basename(typed):
            note = texts.t("export.note_follows")
        elif ending(typed):
            note = texts.t("export.note_unknown", ending=ending(typed), name=final)
        else:
            note = texts.t("export.note_added", name=final)
        return screen_text(note)

    @on(Button.Pressed, "#save")
    def save_pressed(self) -> None:
        self.save(overwrite=False)

    @on(Input.Submitted)
    def action_save(self) -> None:
        """Enter in a field saves.

        The focused widget sees Enter first: a button is pressed, and the format
        list chooses the highlighted format (it does not save).
        """
        self.save(overwrite=False)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)

    def show_error(self, message: str) -> None:
        error = self.query_one("#export-error", Static)
        error.update(screen_text(message))
        error.add_class("-shown")

    def save(self, overwrite: bool) -> None:
        """Write the export; ask before replacing a file; report failures in place."""
        texts = self.tapp.texts
        typed = self.typed_name
        if not typed:
            self.show_error(texts.t("export.empty"))
            return
        client = self.query_one("#client-code", Input).value.strip()
        problem = client_problem(client)
        if problem is not None:
            self.show_error(texts.t(f"export.client_fault.{problem}", longest=CLIENT_LONGEST))
            return
        name = named_for(typed, self.format, self.suffixes)
        try:
            path = export_target(name, self.folder)
            text = self.make_text(self.format, client or None)
            write_private(path, text, overwrite=overwrite)
        except FileExistsError:
            self.app.push_screen(
                ConfirmScreen(texts.t("export.exists", path=name), texts.t("export.exists_detail")),
                self.overwrite_decided,
            )
            return
        except WriteError as error:
            self.show_error(texts.t("export.failed", reason=texts.t(f"export.reason.{error.code}")))
            return
        self.dismiss(Exported(path, client or None))

    def overwrite_decided(self, replace: bool | None) -> None:
        if replace:
            self.save(overwrite=True)
