"""Shared fixtures: the shipped questionnaire and texts, a small test questionnaire."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.model.questionnaire import Questionnaire, load_questionnaire
from tui.model.resources import questions_path
from tui.model.texts import Texts, load_texts

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _private_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep every test away from the user's home, config and colour settings."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("TERM", "xterm-256color")


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire(questions_path())


@pytest.fixture(scope="session")
def texts() -> Texts:
    return load_texts("da")


@pytest.fixture(scope="session")
def mini() -> Questionnaire:
    return load_questionnaire(DATA / "mini.toml")


@pytest.fixture(scope="session")
def mini_text() -> str:
    return (DATA / "mini.toml").read_text(encoding="utf-8")


class StepClock:
    """A clock that moves `step` seconds each time it is read: answers look unhurried."""

    def __init__(self, step: float = 5.0) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Snapshots and Pilot runs do not wait for animations."""
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
