"""A first draft of the lead's sentence, built from the reviews; the lead edits it.

Pure: takes the ask's words and the answered tasks' verdicts and forms.
"""

import re
from dataclasses import dataclass, field
from typing import Any

_LEAD_IN = re.compile(
    r"^\s*(?:the\s+)?(?:customer|buyer|prospect|client|they)\s+"
    r"(?:also\s+)?(?:wants?|needs?|requires?|asks?\s+for|expects?|would\s+like)\s+(?:us\s+to\s+)?",
    re.IGNORECASE,
)
BLOCKING = {"cannot_do", "not_supported", "nowhere"}
CONDITIONAL = {"needs_extra_work", "pushes_other_work", "partial", "paid_custom", "roadmap"}


@dataclass
class Suggestion:
    outcome: str
    wording: str
    conditions: str = ""
    limit: str = ""
    due_date: str | None = None
    effort_hours: float | None = None
    reasons: list[str] = field(default_factory=list)


def _core(ask_text: str) -> str:
    core = _LEAD_IN.sub("", ask_text.strip()).rstrip(".!? ")
    # "A nightly export" reads "a nightly export" mid-sentence; "SAML" stays "SAML".
    if core[:1].isupper() and not core[1:2].isupper():
        return core[:1].lower() + core[1:]
    return core


def suggest(ask_text: str, answers: list[tuple[str, str, dict[str, Any]]]) -> Suggestion:
    """answers: (role, verdict, answer form) of every answered review."""
    core = _core(ask_text)
    verdicts = {role: verdict for role, verdict, _ in answers}
    forms = {role: form for role, _, form in answers}
    eng = forms.get("engineering", {})
    effort = eng.get("effort_hours")
    limit = (eng.get("limits") or "").strip()
    reasons = [f"{role}: {verdict.replace('_', ' ')}" for role, verdict in verdicts.items()]
    blocking = [r for r, v in verdicts.items() if v in BLOCKING]
    if blocking:
        return Suggestion(
            outcome="rejected",
            wording=f"No, we will not commit to {core}.",
            reasons=reasons,
            effort_hours=effort,
        )
    conditions = []
    if verdicts.get("engineering") in ("needs_extra_work", "pushes_other_work"):
        date = eng.get("earliest_date")
        conditions.append(f"delivery no earlier than {date}" if date else "a later delivery date")
    gaps = forms.get("security", {}).get("gaps") or []
    if gaps:
        conditions.append("the customer accepts the security gaps in " + ", ".join(gaps))
    if verdicts.get("product") == "paid_custom":
        conditions.append("the customer pays for the custom work")
    if verdicts.get("product") == "roadmap":
        conditions.append("delivery follows our roadmap date")
    wording = f"Yes, {core}"
    if conditions:
        wording += ", if " + " and ".join(conditions)
    return Suggestion(
        outcome="approved_with_conditions" if conditions else "approved",
        wording=wording + ".",
        conditions="; ".join(conditions),
        limit=limit,
        due_date=eng.get("earliest_date"),
        effort_hours=effort,
        reasons=reasons,
    )
