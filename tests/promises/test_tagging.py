"""The tagger: categories, kind, flags, shown matches, and rules edited at runtime."""

import pytest

from promises.classify import classify
from promises.tagging import DEFAULT_RULES, Rule, Tagger, validate_rule

TAGGER = Tagger(DEFAULT_RULES)


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
        "text", "kind", "categories", "flags", "reviewable", "problems", "matches"
    }  # fmt: skip


def test_classify_marks_clean_ask_reviewable() -> None:
    result = classify("Customer wants the Salesforce connector delivered by June 15.", TAGGER)
    assert result["reviewable"] is True
    assert result["problems"] == []
    assert result["flags"] == ["delivery_date"]
