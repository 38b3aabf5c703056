"""A result as plain JSON-ready data: the `score --format json` output and the JSON export."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from tui.model.scoring import Result


def result_to_dict(result: Result, seconds: Mapping[str, float] | None = None) -> dict[str, Any]:
    """The result as a dict that `tilknytning-test score` can read back.

    Args:
        result: The scored result.
        seconds: Time per question, kept so the speed flag reads back the same.
    """
    data: dict[str, Any] = {
        "questionnaire": {"id": result.questionnaire_id, "version": result.questionnaire_version},
        "pattern": result.pattern,
        "neighbour": result.neighbour,
        "confident": result.confident,
        "scores": dict(result.scores),
        "uncertainty": dict(result.uncertainty),
        "balance": result.balance,
        "balance_uncertainty": result.balance_uncertainty,
        "flags": [{"code": f.code, "value": f.value, "limit": f.limit} for f in result.flags],
        "answers": dict(result.answers),
    }
    if seconds:
        data["seconds"] = {key: round(value, 2) for key, value in seconds.items()}
    return data


def result_to_json(result: Result, seconds: Mapping[str, float] | None = None) -> str:
    """`result_to_dict` as the JSON text that `score` prints and the app exports."""
    return json.dumps(result_to_dict(result, seconds), ensure_ascii=False, indent=2)
