"""The tagger's filing of rules by letter (promises.tagging_regex) reshapes each rule but
must match what the rules match as one plain alternation, longest first.

Each case names the shape it covers; every text has matches, and a reshaping that lost
its letter, its order or one of its ways would change the spans.
"""

import re

import pytest

from promises.tagging import Matcher, fold_case, regex_rules
from promises.tagging_regex import unfiled

CASES = [
    (  # an optional leading group: tried with it, then without
        [r"\b(?:(?:had|has|have|with)\s+)?(?:no\s+(?:reply|update)|untouched)\b",
         r"\b(?:auto-?)?number(?:ed|ing)\s+by\s+(?:site|region)\b"],
        "Tickets with no reply, untouched ones and rows numbered by site or auto-numbering "
        "by region.",
    ),
    (  # an optional first letter
        [r"\b(?:a?round)[\s-]the[\s-]clock\b", r"\bround\s+robin\b"],
        "Round the clock support, around-the-clock cover and round robin assignment.",
    ),
    (  # a class of a few letters, with lookbehinds after it
        [r"\b(?:[elr](?<!key\s\w)(?:ocks?|eads?|ates?))\b"],
        "Key rates stay, but rates and leads and locks count; a key lock does not.",
    ),
    (  # rules sharing letters, filed under the next ones, order kept between them
        [r"\bcustom\s+(?:fields?|rules?)\b", r"\bcustomer\s+portal\b", r"\bcust\w*\b",
         r"\bcurrency\s+rounding\b", r"\bcu\w+\s+codes?\b"],
        "A customer portal, custom fields, currency rounding, cutoff codes and a custodian.",
    ),
    (  # lookbehinds moved behind the first letter
        [r"\b(?<!their\s)(?<!on\s|in\s)fixed[\s-]fee\b", r"\b(?<!no\s)fees?\b"],
        "A fixed fee here, their fixed fee there, on fixed-fee terms, no fee, fees.",
    ),
]


@pytest.mark.parametrize(("rules", "text"), CASES)
def test_filed_rules_match_what_their_plain_alternation_matches(rules, text):
    ordered = sorted(rules, key=len, reverse=True)
    plain = re.compile("|".join(f"(?:{r})" for r in ordered))
    folded = fold_case(text)
    expected = [m.span() for m in plain.finditer(folded) if m.end() > m.start()]
    matcher = Matcher(regex_rules("custom_logic", *rules))
    assert matcher.spans(text, folded) == expected
    assert len(expected) >= 2


@pytest.mark.parametrize(("rules", "text"), CASES)
def test_each_shape_is_filed_under_a_letter(rules, text):
    stripped = [r.removeprefix(r"\b") for r in rules]
    assert unfiled(stripped) == []


def test_a_long_tail_is_kept_once_below_the_first_letter():
    # Filed again under their next letters ("s" then "e", "a", "u"), the rules under one
    # letter would copy a tail this long once per letter and swell the compiled pattern
    # (megabytes); below the first letter it stays whole behind a test of those letters.
    tail = r"\s+(?!" + "|".join(f"word{n}\\b" for n in range(1200)) + r")\d{1,2}\b"
    rules = [rf"\bs(?:ept?|at(?:urday)?|un(?:day)?){tail}", r"\bsoon\b"]
    text = "By Sept 5, sat 9 or Sunday word7 12, soon, not sun word3 4."
    matcher = Matcher(regex_rules("delivery_date", *rules))
    (pattern,), _ = matcher.compile()
    assert pattern.pattern.count("word1199") == 1
    folded = fold_case(text)
    plain = re.compile("|".join(f"(?:{r})" for r in sorted(rules, key=len, reverse=True)))
    assert matcher.spans(text, folded) == [m.span() for m in plain.finditer(folded)]
    assert len(matcher.spans(text, folded)) == 3  # Sept 5, sat 9, soon
