"""What each role's review form holds, validated the same way for pages and API.

Pure: takes the posted verdict and answer dict, returns the cleaned answer or the
field errors. The security verdict is derived from the four areas so a "partial" can
never be reported as supported.
"""

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from dealdesk import roles

SECURITY_AREAS = {
    "access": "Access (SSO, MFA, roles, admin limits, IP restrictions)",
    "logging": "Logging (audit trail, export, event detail, log retention)",
    "encryption": "Encryption (in transit, at rest, who holds keys)",
    "retention": "Retention (deletion timing, backups, restore window, legal hold)",
}
AREA_STATUSES = ["supported", "partial", "not_supported", "not_asked"]
LANES = ["paperwork", "product_work"]
OTHERS_WANT = ["yes", "no", "unknown"]
DATA_MOVEMENT_FIELDS = {
    "source_system": "Source system",
    "target_system": "Target system",
    "formats": "File types or API endpoints",
    "frequency": "Frequency",
    "volume_per_run": "Volume per run",
    "failed_records": "What happens to failed records",
    "duplicate_records": "What happens to duplicate records",
    "late_records": "What happens to late records",
    "owner_mappings": "Who owns the mappings",
    "owner_bad_data": "Who owns bad-data cleanup",
    "owner_reruns": "Who owns reruns",
    "owner_mismatch": 'Who answers "the numbers don\'t match"',
}
PRODUCT_TEXT = {
    "rule": "The rule itself",
    "who_depends": "Who depends on it",
    "we_build": "What we build",
    "customer_provides": "What the customer provides",
    "out_of_scope": "What stays out of scope",
}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(answer: dict, key: str, errors: dict, label: str, required: bool = True) -> str:
    value = answer.get(key, "")
    if not isinstance(value, str):
        errors[key] = [f"{label}: write text."]
        return ""
    value = value.strip()
    if required and not value:
        errors[key] = [f"{label} is required."]
    if len(value) > 5000:
        errors[key] = [f"{label}: keep it under 5,000 characters."]
    return value


def _choice(answer: dict, key: str, options: list[str], errors: dict, label: str) -> str:
    value = answer.get(key)
    if value not in options:
        errors[key] = [f"{label}: pick one of {', '.join(options)}."]
        return ""
    return str(value)


def _engineering(verdict: str, answer: dict, errors: dict) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        hours = Decimal(str(answer.get("effort_hours", "")).strip())
        if not hours.is_finite() or hours < 0 or hours > 100000:
            raise InvalidOperation
        out["effort_hours"] = float(hours)
    except (InvalidOperation, ValueError):
        errors["effort_hours"] = ["Effort in hours: a number from 0 up (0 if nothing to build)."]
    out["dependencies"] = _text(answer, "dependencies", errors, "Dependencies", required=False)
    out["limits"] = _text(answer, "limits", errors, "Limits", required=False)
    raw = answer.get("earliest_date") or ""
    if verdict == "cannot_do" and not raw:
        out["earliest_date"] = None
    else:
        try:
            out["earliest_date"] = date.fromisoformat(str(raw)).isoformat()
        except ValueError:
            errors["earliest_date"] = ["Earliest honest date: a date (YYYY-MM-DD)."]
    return out


def security_verdict(areas: dict[str, dict[str, str]]) -> str:
    statuses = {a["status"] for a in areas.values()}
    if "not_supported" in statuses:
        return "not_supported"
    if "partial" in statuses:
        return "partial"
    return "supported"


def _security(answer: dict, errors: dict) -> tuple[str, dict[str, Any]]:
    areas: dict[str, dict[str, str]] = {}
    raw = _dict(answer.get("areas"))
    for key, label in SECURITY_AREAS.items():
        area = _dict(raw.get(key))
        status = area.get("status")
        if status not in AREA_STATUSES:
            errors[f"areas.{key}"] = [f"{label}: pick {', '.join(AREA_STATUSES)}."]
            continue
        note = str(area.get("note", "")).strip()[:2000]
        if status in ("partial", "not_supported") and not note:
            errors[f"areas.{key}"] = [f"{label}: say what is missing (a gap needs a note)."]
        areas[key] = {"status": status, "note": note}
    if areas and all(a["status"] == "not_asked" for a in areas.values()):
        errors["areas"] = ["Mark at least one area the ask touches."]
    lane = _choice(answer, "lane", LANES, errors, "Lane")
    verdict = security_verdict(areas) if len(areas) == len(SECURITY_AREAS) else ""
    gaps = [k for k, a in areas.items() if a["status"] in ("partial", "not_supported")]
    return verdict, {"areas": areas, "lane": lane, "gaps": gaps}


def _product(answer: dict, errors: dict) -> dict[str, Any]:
    out: dict[str, Any] = {k: _text(answer, k, errors, label) for k, label in PRODUCT_TEXT.items()}
    out["others_want"] = _choice(
        answer, "others_want", OTHERS_WANT, errors, "Will other customers want it"
    )
    return out


def data_movement(answer: dict, errors: dict) -> dict[str, str]:
    raw = _dict(answer.get("data_movement"))
    sub: dict[str, list[str]] = {}
    out = {k: _text(raw, k, sub, label) for k, label in DATA_MOVEMENT_FIELDS.items()}
    errors.update({f"data_movement.{k}": v for k, v in sub.items()})
    return out


def clean_answer(
    *, role: str, verdict: str, answer: dict[str, Any] | None, needs_data_movement: bool
) -> tuple[str, dict[str, Any], dict[str, list[str]]]:
    """Returns (verdict, cleaned answer, errors)."""
    answer = answer if isinstance(answer, dict) else {}
    errors: dict[str, list[str]] = {}
    if role == roles.ENGINEERING:
        cleaned = _engineering(verdict, answer, errors)
    elif role == roles.SECURITY:
        verdict, cleaned = _security(answer, errors)
    else:
        cleaned = _product(answer, errors)
    if needs_data_movement:
        cleaned["data_movement"] = data_movement(answer, errors)
    return verdict, cleaned, errors
