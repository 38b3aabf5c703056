"""A result as plain JSON-ready data: the `score --format json` output and the JSON export."""

from __future__ import annotations

import json
from typing import Any

from tui.model.scoring import Result
from tui.model.session import SECONDS_PLACES
from tui.model.stamp import Stamp


def result_to_dict(result: Result, stamp: Stamp | None = None) -> dict[str, Any]:
    """The result as a dict that `tilknytning-test score` can read back.

    `taken` (ISO 8601) and `client` are there only when the stamp has them.

    `pattern` is null and `readable` false when the answers carry no reading;
    `unreadable` then says why. `neighbour` is the nearest of `neighbours`.
    """
    data: dict[str, Any] = {
        "questionnaire": {"id": result.questionnaire_id, "version": result.questionnaire_version},
        "readable": result.readable,
        "pattern": result.pattern,
        "neighbour": result.neighbour,
        "neighbours": list(result.neighbours),
        "equally_near": list(result.equally_near),
        "confident": result.confident,
        "scores": dict(result.scores),
        "uncertainty": dict(result.uncertainty),
        "balance": result.balance,
        "balance_uncertainty": result.balance_uncertainty,
        "unreadable": [
            {"code": r.code, "value": r.value, "limit": r.limit} for r in result.unreadable
        ],
        "flags": [{"code": f.code, "value": f.value, "limit": f.limit} for f in result.flags],
        "answers": dict(result.answers),
    }
    if stamp is not None and stamp.taken is not None:
        data["taken"] = stamp.taken.isoformat(timespec="seconds")
    if stamp is not None and stamp.client:
        data["client"] = stamp.client
    if result.seconds:
        data["seconds"] = {
            key: round(value, SECONDS_PLACES) for key, value in result.seconds.items()
        }
    return data


def result_to_json(result: Result, stamp: Stamp | None = None) -> str:
    """`result_to_dict` as the JSON text that `score` prints and the app exports."""
    return json.dumps(result_to_dict(result, stamp), ensure_ascii=False, indent=2)
