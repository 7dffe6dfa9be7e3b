"""Tagging shapes added after batches 159 (a secrets management and key vault vendor,
second round), 160 (a veterinary practice management vendor) and 162 (a mortgage loan
origination vendor): promises.tagging_rules_mortgage, with its guards in promises.
tagging_rules_security, _secvendor, _flags, _general and _mail, and the wording lint's
"only X, not Y, should be able to" in promises.wording_excuses.

Added: their systems by brand (labs, pharmacies, registries at a clinic; bureaus,
registries, investors and origination systems at a lender), conversions of records from a
system, secret injection, keys and passwords pushed, synced or injected, secret-access
events (data movement); a database named for a credential, replicas kept in one place and
who may download set against who may not (security); fixed-length slots, reason codes, a
second person's signature, tiered waivers (custom logic); an upcharge of ours (terms).
Second senses removed: API keys listed by owner or aged, a borrower's escrow, a discount
that applies automatically, "free" in a name.

Each case is written apart from the data sets and asserted through the full tagger
(rules, then the learned reading).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, full_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Data movement: their systems by brand, conversions, secrets moved.
        ("Pharmacy orders placed through Vetsource have to show up on the client's invoice "
         "history the same day.", [D], []),
        ("Antech requisitions should be transmitted straight from the treatment room.",
         [D], []),
        ("Loans must be registered with MERS within five days of funding.", [D], []),
        ("Flood zone determinations should be ordered from CoreLogic for every new file.",
         [D], []),
        ("Borrower income should be verified through The Work Number before underwriting.",
         [D], []),
        ("Their open pipeline must be converted from Calyx Point before go-live.", [D], []),
        ("A nightly file of principal, interest and escrow for each loan goes to their "
         "core.", [D], []),
        ("Secret injection into their Nomad jobs must be supported at launch.", [D], []),
        ("Our sidecar should inject the access tokens as files mounted in each pod.",
         [D], []),
        ("They want a weekly spreadsheet of each API key's owner and creation date dropped "
         "in their S3 bucket.", [D], []),
        ("Rotated MongoDB passwords must be synced to their Kubernetes secrets within a "
         "minute.", [D], []),
        ("Database passwords must be pushed to their app servers after every rotation.",
         [D], []),
        ("Vault-access events must be streamed to their Datadog within a minute.",
         [D, S], []),
        # Security: a database named only as what a credential is for.
        ("Each developer should get dynamic Postgres credentials that expire after one "
         "hour.", [S], []),
        ("Admin passwords across all 40 Oracle databases must rotate every 14 days.",
         [S], []),
        ("Buyer requires MFA for every SAP database account with admin rights.", [S], []),
        # Custom logic: their rules; their money is no term of ours.
        ("Dental cleanings need 90-minute slots and vaccine visits 15-minute slots.",
         [L], []),
        ("Every API key older than 90 days should be flagged on the owner's dashboard.",
         [L], []),
        ("Escrow accounts below the required cushion have to be flagged for the servicing "
         "team.", [L], []),
        ("Escrow waivers should only be allowed for borrowers with at least 25% equity.",
         [L], []),
        ("A 15% loyalty discount must apply automatically whenever a client has five visits "
         "in a year.", [L], []),
        ("Exam notes need a mandatory Fear Free handling score field.", [L], []),
        # Terms: an upcharge of ours.
        ("They want SCIM provisioning included without the premium-tier upcharge.",
         [S], [TERMS]),
    ],
)  # fmt: skip
def test_vault_vet_and_lender_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert full_tags(text) == (categories, flags)


@pytest.mark.parametrize(
    "text",
    [
        "Only practice managers, not kennel assistants, should be able to print the client "
        "ledger.",
        "Only clinic owners, not associate vets, should be able to export the production "
        "report.",
    ],
)
def test_only_x_not_y_should_be_able_to_is_an_access_rule(text: str) -> None:
    assert lint(text) == []
    assert S in full_tags(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Only the admins, not the vets, should be able to do it.",
        "We, not they, should be able to handle that.",
        "Only managers, not agents, should be able to see the report, probably.",
    ],
)
def test_hedges_around_an_aside_are_still_refused(text: str) -> None:
    assert lint(text) != []
