"""Tagging shapes added after batches 149 (an identity governance vendor) and 151 (a backup
and ransomware recovery vendor): promises.tagging_rules_iga, with its guards around the
provisioning, role, backup, restore, logged, access, SCIM, SailPoint/Saviynt and Google
Workspace rules of promises.tagging_rules_security, "Active Directory" (promises.
tagging_rules_secvendor) and "connector" (promises.tagging_rules_generic).

Added: provisioning into their systems, identities read from their directory or their old
IGA tool, product records sent to their SIEM, a file "by email", a GRC tool, disks
shipped to seed a first copy, backup products and tapes (data movement); certification
campaigns, joiner/mover/leaver rules, grace periods before removal, failures in a row, a
recovery order, a window each unit "gets its own", a test scheduled automatically (custom
logic); immutable copies and a proven recovery time (security); per-identity, first-year
and tier pricing and a recovery warranty (terms). Second senses removed: provisioning
tasks and engines, access requests, candidate roles and role mining, backup jobs and
policies, restore requests and approvals are the product's objects, not controls.

Each case is written apart from the data sets and asserted through the full tagger
(rules, then the learned reading); the clear ones must also pass the lint.
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, full_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Data movement: provisioning into their systems, sources, destinations.
        ("Prospect wants SCIM 2.0 provisioning of accounts into their Zendesk "
         "instance.", [D], []),
        ("Buyer asks for 400,000 entitlement records loaded from their old SailPoint "
         "IdentityNow tenant.", [D], []),
        ("Nested groups should be pulled from their eDirectory directory every "
         "four hours.", [D], []),
        ("Replication job reports should be forwarded nightly into their Datadog "
         "account.", [D], []),
        ("A monthly CSV of orphaned accounts should go to the compliance lead by "
         "email.", [D], []),
        ("Attestation results should be sent each quarter to their ServiceNow GRC "
         "module.", [D], []),
        ("Six years of archives on LTO-8 tapes need cataloguing and moving into "
         "their object storage.", [D], []),
        # Custom logic: their rules for the product.
        ("Customer wants semi-annual entitlement review campaigns for every finance "
         "application.", [L], []),
        ("When a joiner starts in the call centre, they should get the standard "
         "telephony bundle.", [L], []),
        ("Rehires returning inside 60 days should keep their old mailbox.", [L], []),
        ("A nightly job that fails three times in a row should page the on-call "
         "engineer.", [L], []),
        ("In a site recovery the database tier boots first, then the middleware, then "
         "the web servers.", [L], []),
        ("Each region gets its own snapshot schedule set by the local IT "
         "manager.", [L], []),
        ("Health checks of each protected database should be scheduled automatically "
         "every Sunday.", [L], []),
        # Security: controls asked of us.
        ("Their CISO wants every snapshot kept immutable for 14 days.", [S], []),
        ("Buyer wants a written guarantee that any single VM can be recovered within "
         "two hours.", [S], []),
        # Terms.
        ("Buyer wants per-workload pricing with a 10% discount in year two.",
         [], [TERMS]),
        ("Their legal team asks for the cyber recovery warranty raised to "
         "$500,000.", [], [TERMS]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert full_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Guards: the product's own objects are not a control of ours.
        ("Open provisioning tasks should be mirrored as tickets in their Freshservice "
         "project.", [D], []),
        ("Access requests for the payroll app should route to the payroll "
         "manager.", [L], []),
        ("Candidate roles from role mining should need at least 75 percent overlap "
         "within a department.", [L], []),
        ("Backup job failures should stream to their Datadog account through a "
         "webhook.", [D], []),
        ("Restore requests above 500 GB need approval from the storage lead.",
         [L], []),
        ("If a nightly job errors twice in a row it should open a ticket, but a single "
         "error only gets logged.", [L], []),
        # First senses stay: controls asked of us.
        ("Customer requires daily backups of their tenant kept for 35 days with "
         "point-in-time restore.", [S], []),
        ("Admins of our console must be granted privileged access only through "
         "MFA.", [S], []),
        ("Our console must lock an account after five failed logins in a row.",
         [S], []),
        ("Provisioning of users into our console must use SCIM from their Okta.",
         [S], []),
        ("Customer wants immutable backups in place before their go-live on "
         "March 3.", [S], [DATE]),
    ],
)  # fmt: skip
def test_guards_and_first_senses(text: str, categories: list[str], flags: list[str]) -> None:
    assert full_tags(text) == (sorted(categories), flags)
