"""What an export carries beside the result: when the test was taken, and whose it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Stamp:
    """When the test was taken, and an optional client code; both optional."""

    taken: datetime | None = None
    """When the last answer was given (local time, with its offset); None when unknown."""
    client: str | None = None
    """A client code typed in the export dialog (initials or a code); None when none was typed."""
