"""The CI script leaves the developer's own virtual environment alone."""

from __future__ import annotations

import re
from pathlib import Path

CI = Path(__file__).parent.parent / ".ci" / "run"


def test_ci_removes_only_a_folder_of_its_own() -> None:
    script = CI.read_text(encoding="utf-8")
    venv = re.search(r"^venv=(\S+)$", script, flags=re.MULTILINE)
    assert venv is not None and venv.group(1).strip("\"'") not in (".venv", "./.venv")
    removed = re.findall(r"rm -rf (\S+)", script)
    assert removed and all(".venv" not in target for target in removed)
    assert "${test_command//.venv/$venv}" in script


def test_ci_installs_chromium_for_the_print_test() -> None:
    """The HTML print test skips without Chromium: CI installs it so that it always runs."""
    script = CI.read_text(encoding="utf-8")
    install = re.search(r"^if \[ ! -x (/usr/bin/chromium) \]; then$(.*?)^fi$", script, re.M | re.S)
    assert install is not None
    assert re.search(r"apt-get install -y -qq chromium\b", install.group(2))
    test_command = script.index("test_command=")
    assert install.start() < test_command
