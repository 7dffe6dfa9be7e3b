"""Trigger rules for asks put to a vendor whose own product is a security product (a
SIEM, a vulnerability scanner, a mail filter, awareness training), added after batches 131
and 132.

In such deals the words of security are the product's subject matter: findings, scans,
CVEs, firewall logs, block lists and failed logins are what the product handles, not a
control asked of us. An ask is security only when the customer asks a control, a paper or
an assurance of us (SSO to the console, a DPA, audit logs of our product). So these words
are matched here in their first sense only, with the second sense left out:

* a SIEM that is ours ("into our SIEM", "the connector for our SIEM"), one data is moved
  off ("migrated from their QRadar appliance") or one fed through our own collector is
  the product; events sent to their SIEM stay a logging control;
* vulnerabilities and CVEs as records ("vulnerability findings", "a feed of CVE
  findings", "merged by CVE") and scans run on their devices are the product's data;
* a PCI-scoped host, or a PCI lead, is a part of their estate, not PCI paperwork;
* a directory users are synced from ("synced from Google Workspace", "imported from
  Active Directory") is a data source, not sign-in (promises.tagging_rules_security);
* firewall logs are a feed ("3 TB of firewall logs per day"), sender and domain
  allow/block lists are mail filter settings, and failed logins counted across their
  hosts are what a detection rule looks for.

Their rules for the product are custom logic: scans or simulations excluded or blocked
("medical devices excluded from active scanning"), mail that skips a check, people who
receive only some simulations, duplicates merged into one record, a window counted from
each person's start ("within their first two weeks"). Log parsers and log formats (CEF,
LEEF, syslog) are data movement; "pricing by ingested gigabyte" is how we charge.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_appsec import RESULTS_SENT_BEHIND
from promises.tagging_rules_edr import PRODUCT_DATA_SENT_BEHIND, STORE_CONTENTS_MOVED
from promises.tagging_rules_gateway import SIEM_APP_AHEAD
from promises.tagging_rules_mortgage import PASSWORDS_MOVED_AHEAD
from promises.tagging_vocab import NUM

# Excluded from the shipped security phrases (promises.tagging_rules_security): matched
# by SECVENDOR_SECURITY_RULES below in their first sense only.
SUBJECT_PHRASES = frozenset((
    "siem", "splunk", "qradar", "sentinel", "sumo logic", "logrhythm", "arcsight", "exabeam",
    "elastic security", "vulnerability", "vulnerability scan", "cve", "pci", "pci dss",
    "pci-dss", "active directory", "break-glass", "secrets manager",
    "password",
))  # fmt: skip

_SIEMS = (
    r"(?:siem|splunk|qradar|sentinel|sumo\s+logic|logrhythm|arcsight|exabeam"
    r"|elastic\s+security)"
)
# Where data is moved off: "from their QRadar appliance", "from the old ArcSight".
_NOT_FROM = "".join(
    rf"(?<!{w})"
    for w in (r"\bour\s", r"from\s", r"from\stheir\s", r"from\sthe\s", r"from\sa\s",
              r"from\san\s", r"from\sits\s", r"from\sold\s", r"from\stheir\sold\s",
              r"from\sthe\sold\s", r"from\slegacy\s", r"from\stheir\slegacy\s")
)  # fmt: skip
# What the product handles: records about vulnerabilities, not a vulnerability of ours.
_AS_RECORDS = (
    r"(?![\s-]+(?:disclosures?|findings?|data|details|inventory|counts?|records?|tickets?|feeds?"
    r"|exceptions?|remediation|management|scanners?|ids?|numbers?|scores?|severity"
    r"|severities|results?|lists?|reports?\s+for\s+their|intelligence|database|dashboards?"
    r"|scans?\s+(?:[\w-]+\s+)?(?:from\s+running|on\s+their|against|across|of\s+their"
    r"|blocked|paused|excluded|scheduled|windows?)))\b"
)
# Scans, simulations or checks that their rules keep off some targets.
_CHECKS = (
    r"(?:scans?|scanning|simulations?|campaigns?|sandboxing|sandbox|filtering|filters?"
    r"|checks?|inspection|url\s+rewriting|link\s+rewriting|detonation|quarantine)"
)

# "synced to AWS Secrets Manager": the cloud's secret store as a place secrets are moved
# to or from is a system (a data flow). Checked behind "secrets manager" here and in
# promises.tagging_rules_security.
NOT_AWS_SECRETS_MANAGER = (
    r"(?<!to\saws\s)(?<!into\saws\s)(?<!from\saws\s)(?<!to\stheir\saws\s)"
    r"(?<!from\stheir\saws\s)"
)
# "the Active Directory team" is a team; "their three Active Directory forests" are where
# accounts and groups are read from (a data source), not sign-in to our console.
# "the nightly Active Directory sync" is a feed (a data flow), not sign-in either.
AD_AS_A_NAME = r"(?!\s+(?:teams?|forests?|syncs?|feeds?|imports?|exports?|connectors?)\b)"

SECVENDOR_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Scan results sent to their SIEM are records moved (promises.tagging_rules_appsec), and
    # so are a detection product's telemetry and alerts (promises.tagging_rules_edr).
    r"\b" + _NOT_FROM + RESULTS_SENT_BEHIND + PRODUCT_DATA_SENT_BEHIND + _SIEMS
    + r"s?\b(?!\s+(?:through|via|using)\s+our\b)" + SIEM_APP_AHEAD,
    # One rule, so "vulnerability scan" is tried before "vulnerability" wherever it is filed.
    r"\b(?<!\bby\s)(?<!\bper\s)(?<!\beach\s)(?:vulnerability\s+scan(?:s|ning)?\b(?![^.;]{0,12}?"
    r"\b(?:from\s+running|on\s+their|against\s+their|blocked|paused|excluded)\b)"
    r"|(?:vulnerabilit(?:y|ies)|cves?)" + _AS_RECORDS + ")",
    r"\bpci(?:[\s-]+dss)?\b(?![\s-]+(?:scoped|hosts?|assets?|servers?|leads?|owners?"
    r"|teams?|managers?)\b)",
    r"\bactive\s+directory\b" + "".join(
        rf"(?<!from\s{w}active\sdirectory)"
        for w in ("", r"their\s", r"on-premises\s", r"on-prem\s", r"their\son-premises\s",
                  r"their\son-prem\s")
    ) + AD_AS_A_NAME,
    # A break-glass checkout is the product's own action on a vaulted account (its rules
    # are custom logic); break-glass access to our service stays a control.
    r"\bbreak[\s-]glass\b(?![\s-]+(?:checkouts?|check[\s-]outs?)\b)",
    # AWS Secrets Manager as a place secrets are synced to or from is a system (a data
    # flow); a secrets manager that keeps our keys stays a control.
    r"\b" + NOT_AWS_SECRETS_MANAGER + r"secrets\s+manager\b" + STORE_CONTENTS_MOVED,
    # Passwords moved out of a file or a password manager's export are records migrated
    # ("600 passwords from their LastPass export", "imported from a CSV file"), not a
    # password policy.
    r"\bpasswords?\b(?!\s+(?:(?:imported|migrated|moved|copied|loaded)\s+)?from\s+(?:their|the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:exports?"
    r"|csvs?|files?|spreadsheets?)\b)" + PASSWORDS_MOVED_AHEAD,
)  # fmt: skip

# "IAM roles from AWS Organizations": records listed in their cloud, not access to ours.
# Checked after "role" (promises.tagging_rules_security).
ROLES_FROM_A_CLOUD = (
    r"(?!\s+from\s+(?:their\s+)?(?:aws|azure|gcp|google\s+cloud|entra|cloud\s+accounts?)\b)"
)

# "a Google Workspace user list synced from ...": checked behind "google workspace"
# (promises.tagging_rules_security), a source of users, not sign-in.
DIRECTORY_AS_SOURCE = r"(?<!from\sgoogle\sworkspace)(?<!from\stheir\sgoogle\sworkspace)"
# "firewall logs", "firewall events": a feed the product ingests. Checked after
# "firewall" (promises.tagging_rules_general).
FIREWALL_AS_SOURCE = r"(?!s?\s+(?:logs?|events?|telemetry|syslogs?|traffic\s+logs?)\b)"
# "allow and block lists for their acquired domains": mail filter settings. Checked
# after "allow/block list" (promises.tagging_rules_security).
NOT_A_MAIL_LIST_AHEAD = (
    r"(?!\s+(?:for|of|on)\s+(?:their\s+|the\s+|its\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:domains?|senders?|email\s+addresses|mail\s+domains?)\b)"
)
# "fails login on more than 20 hosts": logins across their estate, what a detection rule
# counts. Checked after "login" (promises.tagging_rules_security).
LOGIN_ACROSS_HOSTS = (
    r"(?!s?\s+(?:on|across|to|from)\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?"
    r"(?:\d[\d,]*|several|many|multiple|different)\s+(?:[\w-]+\s+)?(?:hosts?|servers?"
    r"|machines?|endpoints?|devices?|workstations?)\b)"
)
# "within their first two weeks" of each new hire: a rule's window, not a delivery date.
# Checked behind "their" in promises.tagging_rules_dates.
NOT_A_PERSON_WINDOW = r"(?<!within\stheir)"

SECVENDOR_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "medical devices excluded from active scanning", "exempt from all simulations".
    r"\b(?:exclud|exempt|remov|opt)(?:e|es|ed|ing|s)?\s+(?:out\s+)?from\s+(?:all\s+|any\s+"
    r"|the\s+|every\s+)?(?:[\w-]+\s+)?" + _CHECKS + r"\b",
    # "mail from payroll vendors to skip attachment sandboxing".
    r"\b(?:skip|skips|skipped|skipping|bypass|bypasses|bypassed|bypassing)\s+(?:the\s+|all\s+"
    r"|any\s+)?(?:[\w-]+\s+)?" + _CHECKS + r"\b",
    # "vulnerability scans blocked from running on clinical devices".
    r"\b(?:scans?|jobs?|simulations?|campaigns?|tasks?)\s+(?:are\s+|be\s+|to\s+be\s+)?"
    r"(?:blocked|prevented|stopped|paused|held|kept)\s+from\s+running\b",
    # "users in legal to receive only simulations that mimic e-signature requests".
    r"\b(?:receive|receives|get|gets)\s+only\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:simulations?"
    r"|campaigns?|templates?|lures?|emails?|messages?|notifications?|alerts?|courses?"
    r"|modules?|lessons?|newsletters?|offers?|surveys?|digests?)\b",
    # "scans blocked ... between 07:00 and 19:00", "sent only between 9:00 and 17:00": a
    # window the rule keeps something in or out of.
    r"\b(?:only|never|not|blocked|paused|suppressed|held|muted|silenced)\s+(?:[\w-]+\s+){0,6}?"
    r"between\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+(?:and|to)\s+\d",
    # "duplicate findings merged into one record by CVE and hostname".
    r"\bmerg(?:e|es|ed|ing)\s+into\s+(?:one|a\s+single|the\s+same)\s+(?:[\w-]+\s+)?"
    r"(?:records?|findings?|tickets?|cases?|alerts?|incidents?|contacts?|accounts?|entr(?:y|ies))\b",
    # "enrolled within their first two weeks": counted from each person's start.
    r"\bwithin\s+(?:their|his|her|its)\s+first\s+(?:" + NUM
    + r"\s+)?(?:days?|weeks?|months?|shifts?|log[\s-]?ins?)\b",
)  # fmt: skip

SECVENDOR_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Formats security tools send logs and findings in.
    r"\b(?:cef|leef|syslog|ocsf|stix|taxii|sarif)\b",
    # "a parser for their in-house mainframe log format".
    r"\b(?:parsers?|parsing)\b(?=[^.;]{0,40}?\b(?:logs?|formats?|events?|feeds?|messages?)\b)"
    r"|\b(?:log|event|message)\s+formats?\b",
)  # fmt: skip

SECVENDOR_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # How we charge: "pricing by ingested gigabyte", "priced per protected mailbox".
    r"\bpric(?:ing|ed)\s+(?:by|per)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:gigabytes?|gb|terabytes?"
    r"|tb|events?|assets?|hosts?|endpoints?|mailboxes?|seats?|users?|employees?|devices?"
    r"|nodes?|ips?|sensors?|agents?)\b",
)  # fmt: skip
