"""The lint's last look before refusing an ask as naming nothing concrete
(promises.wording_fallback).

Every sentence here is new (written for this test, in none of the data files). The
first group was refused by the rules alone (not_specific, or no_concrete_subject for a
pronoun) before the counts were consulted; each is a rule said in everyday verbs.
"""

import pytest

from promises import wording_fallback
from promises.wording import lint
from promises.wording_fallback import CLEAR_AT, Clarity, train


@pytest.mark.parametrize(
    "text",
    [
        "Prospect wants refunds above the original charge stopped before the payment step.",
        "Customer wants overdue invoices shown above paid ones in the account view.",
        "Customer wants the mobile app to open on the last board a user viewed.",
        "Buyer wants a project owner named before anyone can add tasks to the project.",
        "Customer wants new hires added to the onboarding project on their first morning.",
        "Customer wants a task's due date pushed back a day whenever it lands on a holiday.",
        "Customer wants closed deals to lock their line items so nobody edits them afterwards.",
    ],
)  # fmt: skip
def test_a_rule_in_everyday_words_that_reads_clear_passes(text):
    assert lint(text) == []
    clarity = wording_fallback.shipped()
    assert clarity is not None and clarity.score(text) >= CLEAR_AT


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Customer wants their managers to feel in control.", "not_specific"),
        ("Customer wants their users to be happy with the change.", "not_specific"),
        ("Customer would like us to be a real partner to them.", "no_concrete_subject"),
        # Short: a name with nothing about it, however often clear asks hold the name.
        ("Customer wants a signing order.", "not_specific"),
        ("Prospect asks for an easy migration.", "not_specific"),
    ],
)
def test_an_ask_that_names_nothing_and_reads_vague_or_is_short_is_still_refused(text, code):
    assert [p.code for p in lint(text)] == [code]
    clarity = wording_fallback.shipped()
    assert clarity is not None and not clarity.reads_clear(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer probably wants the mobile app to open on the last board a user viewed.",
        "Customer wants, if possible, new hires added to the onboarding project on their first "
        "morning.",
    ],
)
def test_a_hedge_is_refused_with_the_missing_anchor_however_clear_the_words_read(text):
    # The counts only speak when nothing else in the sentence was refused.
    assert {p.code for p in lint(text)} == {"hedge", "not_specific"}


def _rows() -> list[dict]:
    clear = [f"Customer wants {t} invoices held until finance signs off." for t in
             ("late", "large", "foreign", "disputed", "partial", "manual")]  # fmt: skip
    vague = [f"Customer wants their team to feel {t} about it." for t in
             ("good", "great", "happy", "calm", "safe", "fine")]  # fmt: skip
    rows = [{"text": t, "vague": False} for t in clear]
    return rows + [{"text": t, "vague": True} for t in vague] + [{"text": "Zebra.", "vague": True}]


def test_the_counts_weigh_words_seen_in_clear_asks_against_words_seen_in_vague_ones():
    model = train(_rows())
    assert model["clear"] == 6 and model["vague"] == 7
    assert model["features"]["invoices"] == [6, 0] and model["features"]["feel"] == [0, 6]
    assert "zebra" not in model["features"]  # seen once: below MIN_COUNT, ignored
    clarity = Clarity(model)
    assert clarity.reads_clear("Buyer wants old and overdue invoices held until finance signs off.")
    assert not clarity.reads_clear("Buyer wants their team to feel calm.")
    assert not clarity.reads_clear("Zebra.")  # nothing known: the prior alone, not enough
    nine = "Buyer wants late invoices held until finance signs off."
    assert clarity.score(nine) >= CLEAR_AT and not clarity.reads_clear(nine)  # under MIN_WORDS
