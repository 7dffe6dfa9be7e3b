"""Tagging shapes added after batches 157 (an endpoint detection and response vendor) and
159 (a secrets management and key vault vendor): promises.tagging_rules_edr, with its
guards around the HashiCorp Vault, Key Vault and CyberArk phrases of promises.
tagging_rules_security and the SIEM rule of promises.tagging_rules_secvendor.

Added: secrets, keys and certificates fetched from a vault, injected or written into
their systems, config files rendered onto hosts, credentials moved over, records shipped
to a cluster or bucket of theirs (data movement); responses taken automatically on a
host, blocks with an exception for a device group, detect-only modes, caps and warnings
once reached, calendar exceptions, lease lengths, records that cannot be closed without a
field, extra fields, costs split across teams (custom logic). Second senses removed: a
secret store secrets are moved to or from, and the product's telemetry sent to their
SIEM, are not controls. Guards kept: tokens rotated or accounts disabled automatically,
and masking for everyone except a team, stay security.

Each case is written apart from the data sets and asserted through the full tagger
(rules, then the learned reading).
"""

import pytest

from tests.promises.rules_only import D, L, S, full_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Data movement: secrets moved between systems, records shipped to theirs.
        ("Their build farm should fetch signing keys from our vault at the start of "
         "each pipeline.", [D], []),
        ("Database secrets need to be injected into their Nomad jobs as environment "
         "variables.", [D], []),
        ("TLS certificates should be written into each of their edge clusters as soon "
         "as they are renewed.", [D], []),
        ("The agent must render application config files onto their Windows "
         "servers.", [D], []),
        ("Prospect wants about 3,000 secrets migrated from their HashiCorp Vault "
         "deployment.", [D], []),
        ("Buyer wants detection telemetry forwarded to their Microsoft Sentinel "
         "workspace.", [D], []),
        ("Raw process events should be shipped hourly to their Elastic cluster.",
         [D], []),
        # Custom logic: their rules for the product.
        ("Any laptop running a known ransomware binary should be auto-isolated from "
         "the network.", [L], []),
        ("Files matching their hash list are to be quarantined automatically.",
         [L], []),
        ("Bluetooth file transfer must be blocked everywhere except the Lab device "
         "group.", [L], []),
        ("New branch offices start in audit-only mode for two weeks before "
         "enforcement.", [L], []),
        ("Limit each project to 200 keys and alert the admin once it reaches "
         "180.", [L], []),
        ("Deployments to production should be paused on Saturdays and public "
         "holidays.", [L], []),
        ("CI runners get 30-minute leases and human operators get eight-hour "
         "ones.", [L], []),
        ("Resolving an alert should require a disposition code from their own "
         "list.", [L], []),
        # Guards: controls of ours stay security.
        ("Personal access tokens must be rotated automatically every 60 days.",
         [S], []),
        ("Salary fields should be masked for everyone except the payroll team.",
         [S], []),
    ],
)  # fmt: skip
def test_edr_and_vault_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert full_tags(text) == (categories, flags)
