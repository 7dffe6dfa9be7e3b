"""What a rule costs every ask, checked by the rules' shape rather than by a clock.

The tagger files each rule under the letter it opens with, so the regex engine skips it
at once at a word that starts with another letter. A rule that opens with lookbehinds
cannot be filed: its lookbehinds run at every word of every ask. In session 19 a guard
written as thirty rules, each opening with a chain of about 18,000 characters of
lookbehinds, took the data movement matcher from about 20 us to 1,868 us an ask (every
test still passed). Written with a lookahead for the name first, the same guard costs
nothing measurable. Matcher.lookbehind_per_word counts those characters.
"""

import pytest

from promises.tagging import DEFAULT_RULES, Matcher, Tagger, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import DATABASES

# The shipped rules stay well under this (the most, security, about 8,700 characters).
BUDGET = 20_000

_NAMES = tuple(sorted({d.replace(" ", r"\s") for d in (*DATABASES, "oracle", "sap", "teradata")}))
_CHAIN = not_behind(
    *(
        f"{what} {prep} {det} "
        for what in ("passwords", "credentials", "accounts", "secrets")
        for prep in ("on", "for", "of", "across", "in")
        for det in ("their", "the", "all", "its", "every")
    )
)


@pytest.mark.parametrize("target", ["security", "data_movement", "custom_logic",
                                    "delivery_date", "commercial_terms"])  # fmt: skip
def test_the_shipped_rules_run_few_lookbehinds_at_every_word(target):
    matchers = dict(Tagger(DEFAULT_RULES, fallback=None)._matchers)
    assert matchers[target].lookbehind_per_word() <= BUDGET


def test_rules_each_opening_with_a_lookbehind_chain_go_over_the_budget():
    slow = Matcher(regex_rules("data_movement", *(rf"\b{_CHAIN}{n}\b" for n in _NAMES)))
    assert slow.lookbehind_per_word() > BUDGET


def test_the_same_guard_behind_a_lookahead_for_the_names_costs_nothing_per_word():
    names = "(?:" + "|".join(_NAMES) + ")"
    fast = Matcher(regex_rules("data_movement", rf"\b(?={names}\b){_CHAIN}{names}\b"))
    assert fast.lookbehind_per_word() == 0
    text = "The service passwords on their Oracle hosts, and a nightly Postgres export."
    on_folded, _ = fast.compile()
    assert [m.group() for p in on_folded for m in p.finditer(text.lower())] == ["postgres"]
