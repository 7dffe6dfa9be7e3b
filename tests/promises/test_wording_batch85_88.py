"""Lint shapes after pending batches 85-88 (clear asks only), in promises.wording_excuses:
"later" after an ordinal or a version, "best-effort" as an engineering qualifier of a
mechanism whose figures are given, a regulation label on a control the sentence spells
out, and who may not act on a record (against who may) as an access rule. Sentences
written apart from the batches."""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Nurses must not be able to edit a signed chart note after it has been countersigned.",
        "Clerks cannot reverse a posted payment; only the controller can.",
        "Agents should not be able to reopen a ticket once it is closed, only team leads may.",
        "Pharmacists must not be able to override a dispensing alert after it has been "
        "escalated; only the duty manager can.",
        "Drivers cannot delete a delivery record once it has been synced.",
        "Tellers must not be able to approve their own overrides; only branch managers can.",
        "The app must support iOS 16 and later and Android 12 or later for the field crews.",
        "Customer wants a 5% loyalty credit on the third and later renewals of each policy.",
        "The club wants a 20% discount applied to the 2nd and later tickets in the same order.",
        "Customer wants webhooks delivered with best-effort ordering and up to 5 retries an "
        "hour apart.",
        "Buyer wants SMS alerts resent (best-effort, at most 3 tries 10 minutes apart) when a "
        "carrier rejects them.",
        "The hospital requires HIPAA-aligned retention so chart exports are deleted after 30 days.",
    ],
)
def test_plain_senses_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the same words still refused where they say nothing concrete.
        "They must not be able to do it; only we can.",
        "Cashiers must not be able to do things; only the right people can.",
        "We'll add SSO later.",
        "We'll do the export in the first month and later add SCIM.",
        "We'll handle the data transfer on a best-effort basis.",
        "Customer wants retries (best-effort) on the webhook.",
        "The district just wants comfort that we're FERPA-aligned where it counts.",
        "We're FERPA-aligned so they are happy.",
        "They want us fully DORA-ready across the board before we sign.",
    ],
)
def test_near_misses_refused(text: str) -> None:
    assert lint(text) != []
