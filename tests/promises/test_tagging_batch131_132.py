"""Tagging and wording shapes added after batches 131 (vulnerability management and SIEM)
and 132 (email security and security awareness training): vendors whose own product is
a security product (promises.tagging_rules_secvendor).

Second senses removed: a SIEM that is ours ("into our SIEM"), one data is moved off
("migrated from their old ArcSight") or one fed through our own collector is the product,
not a logging control; vulnerabilities and CVEs as records ("vulnerability findings",
"CVE data", "by CVE") and scans run on their devices are the product's data; a
PCI-scoped server is part of their estate; a directory users are synced or imported
from is a data source; firewall logs and events are a feed; sender and domain block
lists are mail filter settings; failed logins counted across their hosts are what a
detection rule looks for; a window counted from each person's start ("within their
first ten days") is a rule, not a delivery date.
Added: scans, simulations or checks excluded, skipped or bypassed, people who receive
only some simulations, findings merged into one record and a time window something is
kept out of are custom logic; log parsers, log formats and CEF/LEEF/syslog are data
movement; "pricing by monitored endpoint" is how we charge.
Lint: "attempt to" followed by where it goes ("each phishing attempt to their
executives") is a noun, not a hedge; copying a rival ("match all that Mimecast offers"),
"to their liking", "something for their obligations, which we can talk to", "looks
mostly fine, nothing major" and "whatever they end up needing" are refused.
The first sense stays: audit logs sent to their SIEM, our PCI paperwork, a vulnerability
in our platform, SSO through Active Directory, an IP allowlist, lockout after failed logins.

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("The MSSP wants Fortinet firewall events forwarded into the SIEM through our "
         "collector.", [D], []),
        ("Customer needs two years of alerts migrated from their old ArcSight into our SIEM.",
         [D], []),
        ("Buyer wants high-severity vulnerability findings pushed to their ServiceNow "
         "instance every hour.", [D], []),
        ("The CERT wants a daily feed of CVE data pushed to their data lake.", [D], []),
        ("Prospect wants open findings from both scanners merged into a single ticket per "
         "host.", [L], []),
        ("The clinic wants infusion pumps excluded from all scanning.", [L], []),
        ("Customer wants mail from their bank to bypass link rewriting.", [L], []),
        ("Finance staff should receive only lures that imitate invoice emails.", [L], []),
        ("Campaign emails should never go out between 18:00 and 08:00 local time.", [L], []),
        ("Customer wants user groups synced from Google Workspace every hour.", [D], []),
        ("Customer wants staff records imported from their Active Directory nightly.", [D],
         []),
        ("Prospect needs a parser for their custom firewall log format.", [D], []),
        ("Customer wants our collector to accept LEEF from their web proxies.", [D], []),
        ("The SOC wants an alert raised when one user fails login on more than 5 servers in "
         "an hour.", [L], []),
        ("Customer wants new starters enrolled in the phishing basics course within their "
         "first ten days.", [L], []),
        ("The MSSP wants pricing by monitored endpoint, not by ingested terabyte.", [],
         [TERMS]),
        ("Buyer wants the platform priced per scanned asset.", [], [TERMS]),
        ("Customer wants critical findings on PCI-scoped servers escalated to the on-call "
         "engineer.", [L], []),
        ("Customer wants block lists for their subsidiaries' domains imported from "
         "Proofpoint.", [D], []),
        ("Customer wants every phishing attempt to their executives posted to a Teams "
         "channel.", [D], []),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Customer wants our audit logs streamed to their Splunk instance.", [D, S]),
        ("Buyer requires our PCI DSS attestation of compliance before signing.", [S]),
        ("Customer wants any critical vulnerability in our platform disclosed to them.", [S]),
        ("Customer wants SSO through Active Directory for the console.", [S]),
        ("Customer wants an IP allowlist on the admin console.", [S]),
        ("Customer wants accounts locked after five failed logins.", [S]),
    ],
)
def test_first_sense_stays_security(text: str, categories: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), [])
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We will match all that Mimecast offers them today.",
        "Their pen test findings look mostly fine, nothing major.",
        "They want something for their DORA obligations, which we can talk to.",
    ],
)
def test_vague_refused(text: str) -> None:
    assert lint(text) != []
