"""The result data a report carries for `score` and `compare`: a Markdown block, an HTML script.

A report is written for people, but the app also reads it back: its result sits
in it as the JSON export's text, in a place a person can see and leave alone.
"""

from __future__ import annotations

import re

from tui.model.errors import InputError

BLOCK_NAME = "tilknytning-result"
"""The name of the embedded result: a Markdown fence's info string after `json`, an HTML id."""
MARKDOWN_FENCE = f"```json {BLOCK_NAME}"
"""The line that opens the result block in a Markdown report."""
FENCE_END = "```"
HTML_SCRIPT = re.compile(
    r"<script\b[^>]*\bid\s*=\s*[\"']" + BLOCK_NAME + r"[\"'][^>]*>(?P<json>.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
"""`<script type="application/json" id="tilknytning-result">…</script>` in an HTML report.

Its JSON writes `<`, `>` and `&` as `\\u003c`, `\\u003e`, `\\u0026`, so it cannot end the
script early; `json.loads` reads those back as the characters.
"""

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")


def markdown_block(json_text: str) -> list[str]:
    """The lines of a Markdown result block around the JSON export's text."""
    return [MARKDOWN_FENCE, *json_text.splitlines(), FENCE_END]


def block_of(text: str, suffix: str, source: str) -> tuple[str, int] | None:
    """The embedded result's JSON text and the file line it starts on, for a report's suffix.

    Returns:
        None when the suffix is not one of a report (the file is read as it is).

    Raises:
        InputError: A report with no result block, or with more than one.
    """
    if suffix in MARKDOWN_SUFFIXES:
        return _markdown(text, source)
    if suffix in HTML_SUFFIXES:
        return _html(text, source)
    return None


def _markdown(text: str, source: str) -> tuple[str, int]:
    lines = text.split("\n")
    starts = [number for number, line in enumerate(lines) if line.strip() == MARKDOWN_FENCE]
    _one(len(starts), source, "Markdown", f"a block that begins with {MARKDOWN_FENCE}")
    start = starts[0] + 1
    for end in range(start, len(lines)):
        if lines[end].strip() == FENCE_END:
            return "\n".join(lines[start:end]), start + 1
    raise InputError(
        f"{source}, line {start}",
        f"the result block that begins here has no closing {FENCE_END}; "
        "use the report as tilknytning-test saved it, or its JSON export",
    )


def _html(text: str, source: str) -> tuple[str, int]:
    found = list(HTML_SCRIPT.finditer(text))
    _one(len(found), source, "HTML", f'a <script id="{BLOCK_NAME}">')
    match = found[0]
    line = text.count("\n", 0, match.start("json")) + 1
    return match.group("json"), line


def _one(count: int, source: str, kind: str, what: str) -> None:
    if count == 0:
        raise InputError(
            source,
            f"this {kind} file holds no result data ({what}); use a report saved by "
            "tilknytning-test, or its JSON export",
        )
    if count > 1:
        raise InputError(
            source,
            f"this {kind} file holds {count} results ({what}), so it is unclear which to "
            "use; keep one result per file, as tilknytning-test saves them",
        )
