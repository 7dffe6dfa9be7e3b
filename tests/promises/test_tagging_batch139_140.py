"""Tagging shapes added after batches 139 (an application security testing vendor) and
140 (hotel property management software): promises.tagging_rules_appsec, with its guards
behind the key words of promises.tagging_rules_security and the SIEM names of
promises.tagging_rules_secvendor.

Second senses removed: SAST and DAST results, findings, rules and targets, and scans of
their own sites, are the product's records; an SBOM exported or pushed to their server
is a file moved; a key hardcoded or leaked in their code is what a secrets scanner finds;
scan results or findings sent to their SIEM are records moved; complimentary rooms,
nights or upgrades are what a hotel gives its guests. Added: a scanner run "without
sending any source code outside their network" (security); files or paths a check
ignores, a merge-blocking policy, a policy for critical findings, a job run automatically
at a time of day (custom logic); data sent straight or directly from or to a system
(data movement); a price basis swapped "instead of" another and a price held "at the
current list price" (commercial terms). The first sense stays: an SBOM and a DAST of our
own platform, API keys for our service, audit logs sent to their SIEM, complimentary
licences.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants SAST findings pushed into their Jira project as tickets.", [D], []),
        ("Prospect wants a custom DAST rule that flags pages showing stack traces.",
         [L], []),
        ("Customer wants nightly DAST scans of their partner portals paused during "
         "their code freeze.", [L], []),
        ("Customer wants an SPDX SBOM for each release uploaded to their artifact "
         "registry.", [D], []),
        ("Prospect wants a Slack post whenever a leaked GitHub access token is found in "
         "a commit.", [D], []),
        ("Customer wants DAST findings sent to their Splunk instance every hour.",
         [D], []),
        ("Customer wants the self-managed scanner to run without uploading any code "
         "outside their network.", [S], []),
        ("Secret scanning should skip files matching *.snap in the monorepo.", [L], []),
        ("Buyer wants a build-blocking policy for high-severity findings in every "
         "pipeline.", [L], []),
        ("Customer wants the night audit to run automatically at 2am at every "
         "hotel.", [L], []),
        ("Customer wants guest folios pushed directly to their accounting system.", [D], []),
        ("Customer wants per-workspace licensing rather than per-member licensing.",
         [], [TERMS]),
        ("Buyer wants billing per active site instead of per named user.", [], [TERMS]),
        ("Prospect asks for 50 extra DAST scan targets at our published list price.",
         [], [TERMS]),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


def test_complimentary_upgrades_are_not_a_term() -> None:
    text = "Customer wants complimentary upgrades approved by the front office manager."
    assert rules_tags(text) == ([L], [])


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer requires an SBOM for every release of our platform.", [S], []),
        ("Their CISO wants an annual DAST of our web application.", [S], []),
        ("Customer wants API keys for our service rotated every 90 days.", [S], []),
        ("Customer wants our audit logs sent to their Splunk instance every hour.",
         [D, S], []),
        ("Prospect asks for complimentary licences for their auditors.", [], [TERMS]),
    ],
)  # fmt: skip
def test_first_sense_stays(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


# Narrowed in review: a file or feed on a schedule is not a rule of the product, and a
# person reached "directly" is told, not sent data.
@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants the invoice export runs automatically at 1am to their SFTP "
         "folder.", [D], []),
        ("Customer wants overdue alerts sent directly to the on-call engineer.", [], []),
    ],
)  # fmt: skip
def test_review_narrowings(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
