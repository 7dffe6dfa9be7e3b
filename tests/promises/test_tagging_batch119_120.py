"""Tagging and wording shapes added after batches 119 (insurance policy administration and
claims) and 120 (recruiting and applicant tracking).

Added: insurance rating logic ("a rating factor for roof age", "underwriting rules",
"rating variables") is custom logic; bordereaux and ACORD messages are insurance data
files, and Checkr, HireRight, GoodHire, Certn and ZipRecruiter are systems data moves to;
a bank file spelt "payments file" is a payment file; a per-seat or per-user licence is
our price; a deadline set by the start of our term ("in place before their contract
starts on April 1") is a delivery date (the start alone still is not); records left out
of search results are a rule of the search. Second senses removed: an exception for a
litigation hold is the hold, as one for a legal hold already was (security, not a
business rule); instalments of an insurance premium are what their policyholders pay,
not a payment plan with us; a background check on a candidate (its orders, statuses and
invitations, one run through a screening vendor) is a hiring step, not vetting of staff;
a role someone is hired into ("applicants for nursing roles") is a job, not an access
role; an approved job posting, opening or vacancy is a state, not an approval step.
Lint: a good, strong or solid SLA (or service level) with no number is quality without a
figure, as "good uptime" already was.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Pricing wants new rating variables for the pet insurance product.", [L], []),
        ("Underwriting wants a rating factor for driver age on the motor product.", [L], []),
        ("Lloyd's syndicates want monthly claims bordereaux from the MGA.", [D], []),
        ("HR wants background checks on new applicants ordered through HireRight.", [D], []),
        ("Treasury wants a weekly payments file for HSBC.", [D], []),
        ("Customer needs per-seat licensing for their contractors.", [], [TERMS]),
        ("The agency asks to move off per-user licences.", [], [TERMS]),
        ("Prospect needs SCIM provisioning live before their subscription starts on March 3.",
         [S], [DATE]),
        ("Customer wants discontinued products excluded from shoppers' search results.", [L],
         []),
        ("Records team wants case files purged ten years after closure unless a litigation "
         "hold applies.", [S], []),
        ("The carrier wants monthly premium instalments collected from policyholders by card "
         "through Stripe.", [D], []),
        ("Client wants background check invitations sent to candidates from Greenhouse.", [D],
         []),
        ("Recruiters want candidates for warehouse roles routed to the Leeds hiring team.", [L],
         []),
        ("Customer wants each approved opening posted to LinkedIn.", [D], []),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They expect a great SLA.",
        "Prospect wants a solid SLA.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []
