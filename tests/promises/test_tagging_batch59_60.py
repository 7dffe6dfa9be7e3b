"""Tagging shapes added after pending batches 59 (identity, access and security tooling)
and 60 (data integration and workflow automation), in promises.tagging_rules,
_security, _data, _tech and promises.tagging_vocab.

Added: data "resident in" or "residing in" a place is residency (security); logs or
events shipped or forwarded to a cluster, index, bucket or log platform of theirs are
data movement; messages signed with HMAC are security; "for each of their three
subsidiaries" is a per-entity rule like "for each subsidiary" (custom logic); an added or
extra surcharge taken away is a commercial term. Second senses removed: a control
"required for every login" is the control, not a step of their flow; a sign-in page that
only carries their logo or colours is branding, not access; a part of the product named by
what it runs ("the workflow editor", "integration tokens", "the connector runtime") is
what a control covers, not a rule or data moving.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Residency said with "resident" or "residing".
        ("Insurer wants all claim files resident in Germany.", [S], []),
        ("Bank wants customer records residing only in Switzerland.", [S], []),
        # Logs and events sent on to a store of theirs.
        ("Customer wants access events forwarded every minute to their Splunk index.", [D, S], []),
        ("Retailer wants checkout logs shipped nightly to their OpenSearch cluster.", [D], []),
        # Signed messages.
        ("Customer wants outbound callbacks signed with HMAC-SHA512.", [S], []),
        # One look or rule per entity, counted.
        ("Franchisor wants a separate price list for each of their four brands.", [L], []),
        (
            "Group wants the help portal to show a different banner for each of its regions.",
            [L],
            [],
        ),
        # An added charge taken away.
        ("Buyer wants the audit add-on with no extra licensing surcharge.", [], [TERMS]),
        # A part of the product named by what it runs is what the control covers.
        ("Customer wants the automation builder and its runtime hosted only in the EU.", [S], []),
        ("Bank wants every saved integration token encrypted with their own KMS key.", [S], []),
        ("Customer wants SAML SSO required to open the workflow editor.", [S], []),
        # A control at every sign-in is the control alone.
        ("Bank wants hardware tokens required for every sign-in to the back office.", [S], []),
        (
            "Clinic group wants the sign-in screen to show a different logo for each of its "
            "brands.",
            [L],
            [],
        ),
    ],
)
def test_identity_and_integration_shapes(
    text: str, categories: list[str], flags: list[str]
) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # First senses still tag as before.
        ("Customer wants a manager approval required for every refund over $500.", [L], []),
        ("Customer wants sign-in through Okta for the admin console.", [S], []),
        ("Customer wants parcels shipped to their Reno depot by courier.", [], []),
        ("Customer wants tenant data stored only in Canada.", [S], []),
        ("Customer wants a workflow that routes refunds over $500 to finance.", [L], []),
        ("Customer wants a connector that loads Shopify orders into NetSuite hourly.", [D], []),
    ],
)
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
