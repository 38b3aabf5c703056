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
