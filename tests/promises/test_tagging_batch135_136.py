"""Tagging shapes added after batches 135 (privileged access management and secrets
vaulting) and 136 (email marketing automation): promises.tagging_rules_pam and the
second senses in promises.tagging_rules_secvendor.

Second senses removed: the Active Directory team is a team and their AD forests a data
source; a break-glass checkout is the product's action (its approval rule is custom
logic); AWS Secrets Manager as a place secrets are synced to or from is a system; roles
listed from their cloud ("IAM roles from Azure") are records fed in; passwords moved out
of an export or a file are records migrated; a session ended when the user types or runs
a command is a product rule; "if no approver responds within" is a workflow step, not a
support response time; invoices split by business unit are a term, not a report cut.
Added: a credential released only through a ticket or change request, a record acted on
after a stretch of inactivity, a flow that branches a number of ways, a value used "as
the fallback", a mandatory content block or one editors cannot remove are custom logic.
The first sense stays: SSO through Active Directory, break-glass access for our support
staff, a secrets manager that keeps our keys, a password policy, a session timeout,
support tickets answered within an hour, a report of signups split by region.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants vault requests from contractors routed to the Active Directory "
         "team.", [L], []),
        ("Customer wants nightly imports of admin groups from their two Active Directory "
         "forests.", [D], []),
        ("Prospect wants every break-glass checkout escalated to the duty manager for "
         "approval.", [L], []),
        ("Customer wants vault secrets synced hourly to AWS Secrets Manager.",
         [D], []),
        ("Prospect asks for a nightly import of IAM roles from Azure into the vault.", [D], []),
        ("Customer wants 2,000 passwords imported from their KeePass export.", [D], []),
        ("Customer wants an admin session killed if the user runs shutdown on a "
         "database server.", [L], []),
        ("Customer wants vault access tickets escalated if no reviewer responds within "
         "ten minutes.", [L], []),
        ("Their controller wants invoices broken down by cost center.",
         [], [TERMS]),
        ("Customer wants root credentials released only with an approved change request.",
         [L], []),
        ("Customer wants subscribers dormant for six months tagged for a re-engagement "
         "series.", [L], []),
        ("Their lifecycle lead wants the onboarding journey to branch four ways after the "
         "first purchase.", [L], []),
        ("Prospect wants subject lines personalized by first name, with 'there' as the "
         "fallback.", [L], []),
        ("Customer wants a mandatory unsubscribe footer on every newsletter template.",
         [L], []),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants SSO through Active Directory for the vault console.", [S], []),
        ("Customer wants break-glass access for our support staff logged and reviewed.",
         [S], []),
        ("Customer wants our signing keys held in a secrets manager.", [S], []),
        ("Customer wants a password policy enforced on the console.",
         [S], []),
        ("Customer wants console sessions terminated after 15 minutes idle.", [S], []),
        ("Procurement wants priority 1 support tickets answered within one hour.",
         [], [TERMS]),
        ("Customer wants a weekly report of signups split by region.", [L], []),
    ],
)  # fmt: skip
def test_first_sense_stays(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


# Added when the round closed (session 15): a deadline for signing a term dates the
# contract, not the work; a file of records sent to a person is data sent on (up to eight
# words between the file and "sent to").
@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Their CFO wants 10% off if they sign a two-year term before March 31.",
         [], [TERMS]),
        ("Customer wants a weekly PDF of vault requests still open after two days sent "
         "to their IT director.", [D], []),
        ("Customer wants a daily CSV of failed payments sent to the finance team.", [D], []),
    ],
)  # fmt: skip
def test_round_closing_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


def test_date_for_the_work_stays_beside_a_term() -> None:
    assert rules_tags("Customer wants the new vault console live before March 31.") == ([], [DATE])
