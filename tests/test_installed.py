"""The built wheel, installed into a fresh virtual environment, works on its own.

Builds the wheel from a copy of the source tree, installs it (dependencies
from the package registry) into a new venv and runs the installed
`tilknytning-test` script from an empty folder, so nothing can come from the
checkout: the questionnaire and texts must travel inside the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tui import __version__

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PIP_TIMEOUT = 600
RUN_TIMEOUT = 120


def clean_environment(home: Path) -> dict[str, str]:
    """This process's environment without anything that points Python at the checkout."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"}
    }
    env["HOME"] = str(home)
    env["NO_COLOR"] = "1"
    return env


def run(
    command: list[str | Path], cwd: Path, env: dict[str, str], timeout: int = RUN_TIMEOUT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def ambivalent_answers() -> str:
    """Answers to the shipped questions: closeness agreed with (6), the rest not (2)."""
    doc = tomllib.loads((ROOT / "questions.toml").read_text(encoding="utf-8"))
    lines = ["[answers]"]
    for question in doc["question"]:
        agree = 6 if question["scale"] == "naerhed" else 2
        lines.append(f"{question['id']} = {8 - agree if question['reverse'] else agree}")
    return "\n".join(lines) + "\n"


def test_the_wheel_installs_into_a_fresh_venv_and_its_script_works(tmp_path: Path) -> None:
    home, empty, wheels = tmp_path / "home", tmp_path / "empty", tmp_path / "wheels"
    for folder in (home, empty, wheels):
        folder.mkdir()
    env = clean_environment(home)

    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git",
            "__pycache__",
            "*.egg-info",
            ".venv",
            ".hypothesis",
            ".mypy_cache",
            ".ruff_cache",
            ".pytest_cache",
            "build",
            "dist",
        ),
    )
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", wheels, source],
        empty,
        env,
        PIP_TIMEOUT,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = wheels.glob("tilknytning_test-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tui/data/questions.toml" in names
    assert "tui/data/texts/da/tryg.md" in names
    assert "tui/cli.py" in names

    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", venv], empty, env)
    assert made.returncode == 0, made.stderr
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    installed = run([python, "-m", "pip", "install", wheel], empty, env, PIP_TIMEOUT)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    where = run([python, "-c", "import tui; print(tui.__file__)"], empty, env)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).resolve().is_relative_to(venv.resolve())

    script = bin_dir / ("tilknytning-test.exe" if os.name == "nt" else "tilknytning-test")
    assert script.is_file()

    version = run([script, "--version"], empty, env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"tilknytning-test {__version__}"

    validate = run([script, "validate"], empty, env)
    assert validate.returncode == 0, validate.stderr
    assert "OK" in validate.stdout
    assert str(Path("tui", "data", "questions.toml")) in validate.stdout

    answers = empty / "answers.toml"
    answers.write_text(ambivalent_answers(), encoding="utf-8")
    as_json = run([script, "score", "answers.toml", "--format", "json"], empty, env)
    assert as_json.returncode == 0, as_json.stderr
    result = json.loads(as_json.stdout)
    assert result["pattern"] == "ambivalent"
    assert result["questionnaire"]["id"] == "tilknytning"

    as_text = run([script, "score", "answers.toml", "--format", "text"], empty, env)
    assert as_text.returncode == 0, as_text.stderr
    assert "jg@glads.dk" in as_text.stdout

    as_markdown = run([script, "score", "answers.toml", "--format", "markdown"], empty, env)
    assert as_markdown.returncode == 0, as_markdown.stderr
    assert as_markdown.stdout.startswith("# ")

    broken = empty / "broken.toml"
    broken.write_text('[answers]\nn11 = "seven"\n', encoding="utf-8")
    refused = run([script, "score", "broken.toml"], empty, env)
    assert refused.returncode == 1
    assert "broken.toml" in refused.stderr
    assert "Traceback" not in refused.stdout + refused.stderr
