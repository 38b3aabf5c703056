"""Text from files made safe for a terminal: control characters removed."""

from __future__ import annotations

import re
import unicodedata

_KEPT = "\n\t"
"""Line breaks and tabs are layout, not control: they stay."""
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Direction overrides and isolates: they can make text read differently from what it is."""
_CONTROL = re.compile(
    "[" + "".join(chr(c) for c in range(0x20) if chr(c) not in _KEPT) + "\x7f-\x9f" + _BIDI + "]"
)


def printable(text: str) -> str:
    """`text` without control characters (escape sequences lose their ESC and show as text).

    A terminal obeys control characters: an escape sequence in a statement could
    retitle the window, clear the screen or leave the alternate screen. Newlines
    and tabs stay; a carriage return, which could overwrite a line, goes.
    """
    return _CONTROL.sub("", text)


def control_characters(text: str) -> list[str]:
    """The control characters in `text`, named as U+XXXX, for messages that say what to remove."""
    found = dict.fromkeys(_CONTROL.findall(text))
    return [f"U+{ord(char):04X} ({unicodedata.name(char, 'control')})" for char in found]
