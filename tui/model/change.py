"""Change between two results, whether it exceeds measurement error (Jacobson & Truax 1991),
and whether two results may be compared at all."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from tui.model.errors import InputError
from tui.model.questionnaire import SCALES, Scale, Scoring
from tui.model.scoring import Result, standard_error
from tui.model.stamp import Stamp

RCI_CRITICAL = 1.96
"""|RCI| above this: a change unlikely (p < .05) to be measurement error alone."""

Balance = Literal["balance"]
BALANCE: Balance = "balance"
"""The name under which the balance's change is reported beside the three scales."""


@dataclass(frozen=True)
class Change:
    """The change on one scale (or the balance) from one result to the next."""

    name: Scale | Balance
    before: float
    after: float
    difference: float
    rci: float
    """Reliable change index: difference / (√2 × SEM)."""

    @property
    def reliable(self) -> bool:
        """True when the change is larger than measurement error would explain."""
        return abs(self.rci) > RCI_CRITICAL


def _change(name: Scale | Balance, before: float, after: float, sem: float) -> Change:
    difference = round(after - before, 1)
    return Change(name, before, after, difference, round(difference / (math.sqrt(2) * sem), 2))


def reliable_changes(before: Result, after: Result, scoring: Scoring) -> tuple[Change, ...]:
    """The change on each scale and on the balance, with its reliable change index.

    The standard error of each scale comes from the reliability and spread stated
    in `[scoring]` (see docs/scoring.md); the balance's from both drives' errors.
    """
    changes = [
        _change(scale, before.scores[scale], after.scores[scale], standard_error(scoring, scale))
        for scale in SCALES
    ]
    balance_sem = math.hypot(
        standard_error(scoring, "naerhed"), standard_error(scoring, "selvrealisering")
    )
    changes.append(_change(BALANCE, before.balance, after.balance, balance_sem))
    return tuple(changes)


def same_client(before: Stamp, after: Stamp) -> bool | None:
    """Whether two results carry the same client code, in any case; None unless both have one."""
    if not (before.client and after.client):
        return None
    return before.client.casefold() == after.client.casefold()


def check_comparable(before: Stamp, after: Stamp, where: str, allow_clients: bool) -> None:
    """Refuse two results of different client codes (unless allowed), or given latest first.

    Only one code, or none, is no refusal: an export may have been saved
    without one, and `compare` says so beside the results.

    Raises:
        InputError: One line, with what to do.
    """
    if same_client(before, after) is False and not allow_clients:
        raise InputError(
            where,
            f"they carry different client codes ({before.client!r} and {after.client!r}), so "
            "they may be two people's results; compare one person's results, or add "
            "--allow-different-clients if the code changed",
        )
    if before.taken is not None and after.taken is not None and before.taken > after.taken:
        raise InputError(
            where,
            f"BEFORE was taken after AFTER ({before.taken:%Y-%m-%d %H:%M} and "
            f"{after.taken:%Y-%m-%d %H:%M}); give the earlier result first",
        )
