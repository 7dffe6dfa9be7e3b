"""The tagger: categories, kind, flags, shown matches, and rules edited at runtime."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from promises.classify import classify
from promises.tagging import (
    DEFAULT_RULES,
    TARGETS,
    Matcher,
    Rule,
    Tagger,
    _longest_first,
    _phrase_key,
    _phrase_trie,
    _starts_with_word_char,
    fold_case,
    strip_word_boundary,
    validate_rule,
)

TAGGER = Tagger(DEFAULT_RULES, fallback=None)  # the rules alone (see test_fallback.py)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Customer wants SAML single sign-on through Okta for all users.", ["security"]),
        ("Prospect needs all of their data deleted within 90 days after contract end.",
         ["security"]),
        ("Customer wants a nightly CSV export of order data to their S3 bucket.",
         ["data_movement"]),
        ("Buyer needs a finance approval step before any invoice is sent.", ["custom_logic"]),
        ("Customer wants SAML SSO, a finance approval step, and a nightly export to their "
         "own database.", ["security", "data_movement", "custom_logic"]),
        ("Buyer asks for a 99.9% uptime SLA with service credits.", []),
    ],
)  # fmt: skip
def test_categories(text: str, categories: list[str]) -> None:
    assert TAGGER.tag(text).categories == categories


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Buyer requires MFA for every admin account.", "security"),
        ("Customer wants SSO for admins plus a custom approval path for refunds.", "mixed"),
        ("Customer wants 24/7 phone support.", "unclassified"),
    ],
)
def test_kind_is_the_single_category_or_mixed_or_unclassified(text: str, kind: str) -> None:
    assert TAGGER.tag(text).kind == kind


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Customer wants the Salesforce connector delivered by June 15.", ["delivery_date"]),
        ("Prospect wants the approval workflow feature live by the end of Q3.",
         ["delivery_date"]),
        ("Buyer wants the Workday sync live within 30 days of signing at no extra cost.",
         ["delivery_date", "commercial_terms"]),
        ("Customer wants free migration of their historical data.", ["commercial_terms"]),
        ("Customer wants a 15% discount on the first-year subscription.", ["commercial_terms"]),
        # Retention and recovery windows are not deadlines for work.
        ("Prospect needs all of their data deleted within 90 days after contract end.", []),
        ("Customer requires backups they can restore within four hours.", []),
        # A discount threshold in the product is a rule, not a commercial term.
        ("Customer wants discounts above 20% blocked unless a director signs off.", []),
        ("Customer wants a pricing rule that applies their regional tax tables.", []),
    ],
)  # fmt: skip
def test_flags(text: str, flags: list[str]) -> None:
    assert TAGGER.tag(text).flags == flags


def test_matches_show_the_words_as_written_once_each_in_order() -> None:
    result = TAGGER.tag("Customer wants SAML SSO via Okta, and sso for every Admin Role.")
    assert result.matches["security"] == ["SAML", "SSO", "Okta", "Admin Role"]


def test_matches_cover_every_target_that_fired() -> None:
    result = TAGGER.tag("Customer wants the Salesforce connector delivered by June 15.")
    assert result.matches == {
        "data_movement": ["Salesforce", "connector"],
        "delivery_date": ["by June 15"],
    }


def test_rule_added_at_runtime_applies_with_plural_and_loose_separators() -> None:
    text = "Customer wants kiosk-modes on their warehouse scanners."
    assert "custom_logic" not in TAGGER.tag(text).categories
    tagger = Tagger((*DEFAULT_RULES, Rule("kiosk mode", "custom_logic")))
    assert tagger.tag(text).matches["custom_logic"] == ["kiosk-modes"]


def test_phrase_rule_respects_word_boundaries() -> None:
    tagger = Tagger([Rule("sap", "data_movement")])
    assert tagger.tag("Customer wants SAP orders.").categories == ["data_movement"]
    assert tagger.tag("Customer wants sapphire themes.").categories == []


def test_regex_rule_matches_case_insensitively() -> None:
    tagger = Tagger([Rule(r"\bfips\s*140-[23]\b", "security", is_regex=True)])
    assert tagger.tag("Buyer needs FIPS 140-2 validated modules.").matches == {
        "security": ["FIPS 140-2"]
    }


def test_regex_rule_with_capitals_still_matches_any_case() -> None:
    tagger = Tagger([Rule(r"\bPO\s+numbers?\b", "custom_logic", is_regex=True)])
    assert tagger.tag("Customer wants a required po number on orders.").categories == [
        "custom_logic"
    ]


def test_regex_rules_that_clash_when_merged_still_apply() -> None:
    rules = [
        Rule(r"(?P<w>kiosk)", "custom_logic", is_regex=True),
        Rule(r"(?P<w>scanner)", "custom_logic", is_regex=True),
    ]
    result = Tagger(rules).tag("Kiosk mode on every scanner.")
    assert result.matches == {"custom_logic": ["Kiosk", "scanner"]}


def test_word_boundary_regexes_that_clash_when_merged_still_apply() -> None:
    rules = [
        Rule(r"\b(?P<w>kiosk)", "custom_logic", is_regex=True),
        Rule(r"\b(?P<w>scanner)", "custom_logic", is_regex=True),
        Rule("badge reader", "custom_logic"),
    ]
    result = Tagger(rules).tag("Kiosk mode on every scanner and badge reader.")
    assert result.matches == {"custom_logic": ["Kiosk", "scanner", "badge reader"]}


def test_invalid_rules_are_skipped_and_reported() -> None:
    bad = [Rule("(", "security", is_regex=True), Rule("sso", "nonsense"), Rule("  ", "security")]
    tagger = Tagger([*bad, Rule("sso", "security")])
    assert [rule for rule, _ in tagger.invalid] == bad
    assert tagger.tag("Customer wants SSO.").categories == ["security"]


@pytest.mark.parametrize(
    ("pattern", "is_regex", "fragment"),
    [
        ("", False, "empty"),
        ("   ", True, "empty"),
        ("(unclosed", True, "does not compile"),
        ("a*", True, "empty text"),
        (r"\b", True, "empty text"),
        (r"(sso)\s+\1", True, "Backreferences"),
    ],
)
def test_validate_rule_errors(pattern: str, is_regex: bool, fragment: str) -> None:
    error = validate_rule(pattern, is_regex)
    assert error is not None and fragment in error


@pytest.mark.parametrize(
    ("pattern", "is_regex"),
    [("kiosk mode", False), ("24/7", False), (r"\bnet[\s-]?30\b", True), ("(?i)SSO", True)],
)
def test_validate_rule_accepts_good_rules(pattern: str, is_regex: bool) -> None:
    assert validate_rule(pattern, is_regex) is None


def test_default_rules_are_all_valid() -> None:
    assert Tagger(DEFAULT_RULES).invalid == []


def test_a_rules_build_reuses_the_merged_patterns_however_many_others_were_compiled() -> None:
    # Python keeps 512 compiled patterns and drops the oldest; a build checks each of
    # its 500-odd regex rules on its own, which used to push the large merged patterns
    # out, so every build compiled them again (about two seconds).
    first = Tagger(DEFAULT_RULES)
    for n in range(600):
        re.compile(f"unrelated pattern {n}")
    second = Tagger(DEFAULT_RULES)
    pairs = list(zip(first._matchers, second._matchers, strict=True))
    assert pairs and all(a[1].compile()[0][0] is b[1].compile()[0][0] for a, b in pairs)


def test_classify_combines_lint_and_tags() -> None:
    text = "We will probably support their nightly CSV export."
    result = classify(text, TAGGER)
    assert result["reviewable"] is False
    assert result["kind"] == "data_movement"
    assert [p["code"] for p in result["problems"]] == ["hedge"]
    assert result["problems"][0] == {
        "code": "hedge",
        "message": result["problems"][0]["message"],
        "start": text.index("probably"),
        "end": text.index("probably") + len("probably"),
    }
    assert result["matches"]["data_movement"] == ["CSV", "export"]
    assert set(result) == {
        "text", "kind", "categories", "flags", "reviewable", "problems", "matches", "set_aside"
    }  # fmt: skip
    assert result["set_aside"] == {}


def test_classify_shows_a_category_the_second_reading_set_aside() -> None:
    text = (
        "Customer wants tickets assigned round-robin, skipping any agent who already holds 15 "
        "open tickets."
    )
    result = classify(text, Tagger(DEFAULT_RULES))
    assert result["categories"] == ["custom_logic"] and "data_movement" not in result["matches"]
    assert result["set_aside"] == {"data_movement": ["15 open tickets"]}


def test_classify_marks_clean_ask_reviewable() -> None:
    result = classify("Customer wants the Salesforce connector delivered by June 15.", TAGGER)
    assert result["reviewable"] is True
    assert result["problems"] == []
    assert result["flags"] == ["delivery_date"]


def test_seed_rules_live_in_tagging_rules_and_are_re_exported() -> None:
    from promises import tagging, tagging_rules

    assert tagging.DEFAULT_RULES is tagging_rules.DEFAULT_RULES
    assert tagging.CONCRETE_RULES is tagging_rules.CONCRETE_RULES
    assert set(tagging_rules.CONCRETE_RULES) <= set(DEFAULT_RULES)


@pytest.mark.parametrize("module", ["promises.tagging_rules", "promises.tagging"])
def test_either_module_can_be_imported_first(module: str) -> None:
    code = f"import {module}; from promises.tagging import DEFAULT_RULES; print(len(DEFAULT_RULES))"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(DEFAULT_RULES)


def _plain_pattern(rules: list[Rule]) -> re.Pattern[str]:
    """One plain alternation of the rules (trie first, then longest first): the shape
    the matcher had before rules were filed under first letters."""
    phrases, at_word, other = [], [], []
    for rule in rules:
        if not rule.is_regex:
            key, _, ends = _phrase_key(rule.pattern)
            phrases.append((key, ends))
        else:
            stripped = strip_word_boundary(rule.pattern)
            if stripped is not None and _starts_with_word_char(stripped):
                at_word.append(stripped)
            else:
                other.append(rule.pattern)
    at_word = [_phrase_trie(phrases), *_longest_first(at_word)] if phrases else at_word
    group = r"\b(?=\w)(?:" + "|".join(f"(?:{s})" for s in at_word) + ")"
    return re.compile("|".join(f"(?:{s})" for s in _longest_first([group, *other])))


def _plain_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(fold_case(text))]


def _sample_texts() -> list[str]:
    data = Path(__file__).resolve().parents[1] / "data"
    texts = []
    files = ("asks_labelled.jsonl", "asks_heldout.jsonl", "asks_clear_probe.jsonl",
             "asks_counts_only.jsonl")  # fmt: skip
    for name in files:
        with (data / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    words = " ".join(texts).split()
    # Windows of words cut anywhere, so rules meet each other in unplanned places.
    return texts + [" ".join(words[i : i + 5]) for i in range(0, len(words) - 5, 4)]


@pytest.mark.parametrize("target", TARGETS)
def test_filing_rules_under_first_letters_changes_no_match(target: str) -> None:
    rules = [r for r in DEFAULT_RULES if r.target == target]
    matcher, plain = Matcher(rules), _plain_pattern(rules)
    for text in _sample_texts():
        assert matcher.spans(text, fold_case(text)) == _plain_spans(plain, text), text


def test_leading_groups_split_by_first_letter_match_the_same_text() -> None:
    rules = [
        Rule(r"\b(?:to|into|item|\d+)\s+(?:the\s+)?queue\b", "custom_logic", is_regex=True),
        Rule(r"\b(?:kept|keep)\s+for\s+(?:a|an|\d+)\s+years?\b", "security", is_regex=True),
        Rule(r"\brule(?<!password\srule)s?\b", "custom_logic", is_regex=True),
        Rule("kiosk mode", "custom_logic"),
    ]
    texts = ["Route it to the queue, into queue 4, item queue, 12 queue.",
             "Logs kept for 7 years, keep for a year.", "Password rules and routing rules.",
             "Kiosk-modes on every scanner."]  # fmt: skip
    for rule in rules:
        matcher, plain = Matcher([rule]), _plain_pattern([rule])
        for text in texts:
            assert matcher.spans(text, fold_case(text)) == _plain_spans(plain, text)


def test_digit_led_rules_keep_their_place_among_rules_filed_under_that_digit() -> None:
    rules = [Rule(r"\b\d+\s+(?:[a-z]+\s+)?orders\b", "data_movement", is_regex=True),
             Rule(r"\b850\s+purchase\b", "data_movement", is_regex=True)]  # fmt: skip
    text = "Ingest 850 purchase orders."
    spans = Matcher(rules).spans(text, fold_case(text))
    assert spans == _plain_spans(_plain_pattern(rules), text) == [(7, 26)]


def test_patterns_compile_on_first_use_not_when_the_rules_are_loaded() -> None:
    # Importing the lint and building a tagger compiled about 7 s of merged patterns in
    # every process, including those that never tag (migrations, the scheduler).
    code = (
        "import promises.wording as w\n"
        "from promises.tagging import DEFAULT_RULES, Tagger\n"
        "t = Tagger(DEFAULT_RULES)\n"
        "lazy = [*w._LINT_SCANS, *w._LINT_MATCHERS, *(m for _, m in t._matchers)]\n"
        "assert all(p._compiled is None for p in lazy), 'compiled at load'\n"
        "assert t.tag('Customer wants SAML SSO.').categories == ['security']\n"
        "assert t._matchers[0][1]._compiled is not None\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
