"""What a rule costs every ask, checked by the rules' shape rather than by a clock.

The tagger files each rule under the letter it opens with, so the regex engine skips it
at once at a word that starts with another letter. A rule that opens with lookbehinds
ran them at every word of every ask: in session 19 a guard written as thirty rules, each
opening with a chain of about 18,000 characters of lookbehinds, took the data movement
matcher from about 20 us to 1,868 us an ask (every test still passed). Since session 20
tagging_regex._file_behind moves such lookbehinds behind the rule's first letter, where
they run only at words that start with it; what still opens with lookbehinds before
anything but a letter is counted by Matcher.lookbehind_per_word and kept under a budget.
"""

import re

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


def test_a_lookbehind_chain_before_a_letter_runs_only_at_words_with_that_letter():
    rules = regex_rules("data_movement", *(rf"\b{_CHAIN}{n}\b" for n in _NAMES))
    assert Matcher(rules).lookbehind_per_word() == 0


def test_a_lookbehind_chain_before_anything_but_a_letter_goes_over_the_budget():
    slow = Matcher(regex_rules("data_movement", *(rf"\b{_CHAIN}\w*{n}\b" for n in _NAMES)))
    assert slow.lookbehind_per_word() > BUDGET


@pytest.mark.parametrize(
    "text",
    [
        "The service passwords on their Oracle hosts, and a nightly Postgres export.",
        "Credentials for all MySQL servers rotate; accounts in the Redshift cluster too.",
        "Move secrets across every Snowflake account and a weekly SQL Server extract.",
    ],
)
def test_lookbehinds_moved_behind_the_letter_match_what_the_rules_match_alone(text):
    patterns = [rf"\b{_CHAIN}{n}\b" for n in _NAMES]
    patterns += [r"\b(?<!the\s)(?<!their\s|every\s)(?:hosts?|cluster|account)\b(?!s)"]
    on_folded, _ = Matcher(regex_rules("data_movement", *patterns)).compile()
    folded = text.lower()
    alone = sorted({m.span() for p in patterns for m in re.finditer(p, folded)})
    assert sorted(m.span() for p in on_folded for m in p.finditer(folded)) == alone
    assert alone  # each text has something for the rules to find


def test_the_same_guard_behind_a_lookahead_for_the_names_costs_nothing_per_word():
    names = "(?:" + "|".join(_NAMES) + ")"
    fast = Matcher(regex_rules("data_movement", rf"\b(?={names}\b){_CHAIN}{names}\b"))
    assert fast.lookbehind_per_word() == 0
    text = "The service passwords on their Oracle hosts, and a nightly Postgres export."
    on_folded, _ = fast.compile()
    assert [m.group() for p in on_folded for m in p.finditer(text.lower())] == ["postgres"]
