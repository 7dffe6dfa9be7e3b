"""Wording families of asks from operations buyers: HR and payroll, logistics, field
service and contact centres (promises.wording).

Same conventions as promises.wording_patterns, which adds _OPS_VAGUE to its always-vague
families: each family maps a name to (advice shown with the words, lowercase regex whose
every alternative starts with \\b).

A buyer waves the size away ("flexible approval workflows, nothing crazy", "nothing too
fancy"), trusts it will sort itself out ("the IoT piece will work out", "it should all
fall into place") or offers to cover whatever comes ("whatever integration needs they
have around Maximo").
"""

from __future__ import annotations

_OPS_VAGUE: dict[str, tuple[str, str]] = {
    # "nothing crazy", "nothing too fancy", "nothing over the top".
    "nothing_crazy": (
        "waves the size away: say exactly what is and is not included.",
        r"\bnothing\s+(?:too\s+|very\s+|overly\s+|super\s+)?(?:crazy|fancy|wild|elaborate"
        r"|heavy|exotic|over\s+the\s+top|out\s+of\s+the\s+ordinary)\b",
    ),
    # "the IoT piece will work out", "it should all fall into place".
    "will_work_out": (
        "trusts it will sort itself out: say what will be built or configured, and by when.",
        r"\b(?:will|should|would|is\s+going\s+to|are\s+going\s+to|gonna)\s+(?:all\s+)?(?:work"
        r"\s+(?:itself\s+|themselves\s+)?out|fall\s+into\s+place|sort\s+(?:itself|themselves)"
        r"\s+out|come\s+together)\b",
    ),
    # "whatever integration needs they have", "whatever requirements the customer brings".
    "whatever_needs": (
        "has no limit: list exactly what is included.",
        r"\bwhatever\s+(?:[\w-]+\s+){0,2}?(?:needs|requirements|asks|requests|use\s+cases)"
        r"\s+(?:they|the\s+(?:customer|client|buyer)|you)\s+(?:have|has|bring|brings|might"
        r"\s+have|may\s+have|come\s+up\s+with)\b",
    ),
}
