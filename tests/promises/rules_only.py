"""Shared by the per-batch tagging tests: the labels' short names, the tags the trigger
rules give on their own (a guess by promises.fallback is not theirs) and the tags the
shipped tagger gives (the rules, then the learned reading)."""

from functools import cache

from promises.tagging import DEFAULT_RULES, Tagger

S, D, L = "security", "data_movement", "custom_logic"
DATE, TERMS = "delivery_date", "commercial_terms"


@cache
def _tagger() -> Tagger:
    return Tagger(DEFAULT_RULES, fallback=None)


def rules_tags(text: str) -> tuple[list[str], list[str]]:
    """The categories (sorted) and flags the rules alone give `text`."""
    result = _tagger().tag(text)
    return sorted(result.categories), result.flags


@cache
def _shipped() -> Tagger:
    return Tagger(DEFAULT_RULES)


def full_tags(text: str) -> tuple[list[str], list[str]]:
    """The categories (sorted) and flags the shipped tagger gives `text`."""
    result = _shipped().tag(text)
    return sorted(result.categories), result.flags
