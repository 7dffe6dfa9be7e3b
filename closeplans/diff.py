"""Line-by-line comparison of two close plan versions; pure, keyed by ask."""

from dataclasses import dataclass, field
from typing import Any

FIELDS = ("wording", "conditions", "owner", "due_date", "limit")


@dataclass(frozen=True)
class LineChange:
    ask: int
    change: str  # "added" | "removed" | "changed" | "same"
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    fields: list[str] = field(default_factory=list)


def line_view(line) -> dict[str, Any]:
    return {
        "ask": line.ask_id,
        "wording": line.wording,
        "conditions": line.conditions,
        "owner": line.owner.get_username(),
        "due_date": line.due_date.isoformat(),
        "limit": line.limit,
    }


def diff_lines(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[LineChange]:
    """Compare two versions' lines; an ask's line that changed in any field is "changed"
    with the fields named, so owner / date / limit moves show as such."""
    old = {ln["ask"]: ln for ln in before}
    new = {ln["ask"]: ln for ln in after}
    order = [ln["ask"] for ln in after] + [a for a in old if a not in new]
    changes = []
    for ask in order:
        a, b = old.get(ask), new.get(ask)
        if a is None:
            changes.append(LineChange(ask, "added", None, b))
        elif b is None:
            changes.append(LineChange(ask, "removed", a, None))
        else:
            moved = [f for f in FIELDS if a[f] != b[f]]
            changes.append(LineChange(ask, "changed" if moved else "same", a, b, moved))
    return changes
