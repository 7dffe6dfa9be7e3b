"""Wording families added after held-out batch 10: urgency and approximations.

Split out of tests/promises/test_wording.py, which was near the size limit. Each case is
a family member written apart from the data sets.
"""

import pytest

from promises.wording import lint


def _refused(text: str) -> list[tuple[str, str]]:
    return [(p.code, text[p.start : p.end]) for p in lint(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants the Snowflake export ASAP.",
        "ecom cust wants Shopify orders pulled every 5 min via their admin API, asap",
        "They need SAML SSO through Okta urgently.",
        "Customer wants audit logs streamed to Splunk as soon as possible.",
        "Customer wants something like a nightly CSV export of orders to S3.",
        "Customer wants something like 50,000 orders a day pulled from Shopify.",
    ],
)
def test_urgency_and_approximation_next_to_a_concrete_ask_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Needs to be live ASAP", [("vague_phrase", "ASAP")]),
        ("integration w/ their stack ASAP", [("vague_phrase", "ASAP")]),
        ("Right away they want seamless integration.",
         [("vague_phrase", "Right away"), ("vague_phrase", "seamless")]),
        ("Their auditors want something along the lines of best-practice logging.",
         [("vague_phrase", "something along the lines of")]),
        ("Customer wants something along the lines of robust access controls.",
         [("vague_phrase", "something along the lines of"), ("vague_phrase", "robust")]),
        ("Something along those lines for their compliance team.",
         [("vague_phrase", "Something along those lines")]),
    ],
)  # fmt: skip
def test_urgency_or_approximation_alone_is_refused(
    text: str, refused: list[tuple[str, str]]
) -> None:
    assert _refused(text) == refused


def test_approximation_messages_say_what_to_write() -> None:
    (problem,) = lint("Their auditors want something along the lines of best-practice logging.")
    assert "name the exact control" in problem.message


def test_comparison_still_wins_over_approximation() -> None:
    text = "Customer wants something similar to what Acme has."
    assert ("vague_phrase", "similar to what") in _refused(text)


# Families added after held-out batch 11.
@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Customer wants the sync to be daily-ish.", [("hedge", "ish")]),
        ("Customer wants SAML SSO via Okta for now.", [("hedge", "for now")]),
        ("Their admin reckons a CSV export to S3 will do.",
         [("hedge", "reckons"), ("hedge", "will do")]),
        ("Customer wants the same uptime their other vendors have.",
         [("vague_phrase", "same uptime their other vendors have")]),
        ("Buyer wants what the large insurers get.",
         [("vague_phrase", "what the large insurers get")]),
        ("Prospect wants an intuitive reporting experience.",
         [("vague_phrase", "intuitive")]),
        ("Buyer wants total flexibility on approval rules.",
         [("vague_phrase", "total flexibility")]),
        ("Just a small tweak to the approval rules, nothing major.",
         [("vague_phrase", "Just a small tweak"), ("vague_phrase", "nothing major")]),
    ],
)  # fmt: skip
def test_batch_11_vague_families_are_refused(text: str, refused: list[tuple[str, str]]) -> None:
    assert _refused(text) == refused


@pytest.mark.parametrize(
    "text",
    [
        "Prospect wants a case study with a named logistics customer.",
        "Buyer asks for a roadmap briefing with our head of product.",
        "Customer wants a small change: a required PO Number field on the Opportunity layout.",
        "Customer wants English and Polish invoice templates.",
        "Prospect wants a modern authentication flow with Okta SSO by 1 March.",
    ],
)
def test_batch_11_concrete_asks_still_pass(text: str) -> None:
    assert lint(text) == []
