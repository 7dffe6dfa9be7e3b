"""Seed trigger rules for data movement shapes that name no system or format.

Split out of promises.tagging_rules (which adds DATA_SHAPE_RULES to DATA_RULES, and so to
CONCRETE_RULES and DEFAULT_RULES); the same conventions apply. Import DEFAULT_RULES from
promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule


def _regexes(target: str, *patterns: str) -> tuple[Rule, ...]:
    return tuple(Rule(p, target, is_regex=True) for p in patterns)


DATA_SHAPE_RULES: tuple[Rule, ...] = _regexes(
    "data_movement",
    # Records bundled for download: "moved into a ZIP archive they can download", "a
    # downloadable archive of every case", "bulk download of attachments".
    r"\b(?:zip|tar|gzip|7z|compressed)\s+(?:archives?|files?|bundles?|folders?)\b",
    r"\b(?:archives?|bundles?)\b[^.;]{0,40}?\bdownload\w*",
    r"\bdownload(?:s|ed|ing|able)?\s+(?:[\w-]+\s+){0,3}?(?:archives?|bundles?|zips?)\b",
    r"\bmov(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:into|to)\s+(?:an?|the|their|one|a\s+single)"
    r"\s+(?:[\w-]+\s+)?(?:archives?|bundles?)\b(?!\s+(?:tier|storage|class))",
)
