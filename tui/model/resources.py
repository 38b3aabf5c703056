"""Where the shipped questionnaire and texts live: inside the wheel, or in the source tree."""

from __future__ import annotations

from pathlib import Path


def data_root() -> Path:
    """The folder holding `questions.toml` and `texts/`.

    An installed wheel carries them as `tui/data/`; an editable install or a
    source checkout has them at the repository root instead, since hatch's
    `force-include` only applies when a wheel is built. The package is always
    installed as plain files (Textual reads its CSS files from disk too), so the
    module's own path finds them without importlib.resources, which would cost
    the start about a millisecond of imports.
    """
    packaged = Path(__file__).resolve().parents[1] / "data"
    if (packaged / "questions.toml").is_file():
        return packaged
    return Path(__file__).resolve().parents[2]


def questions_path() -> Path:
    """The shipped questionnaire."""
    return data_root() / "questions.toml"


def texts_path() -> Path:
    """The shipped texts folder."""
    return data_root() / "texts"
