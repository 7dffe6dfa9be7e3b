"""Trigger rules added after batches 139 (an application security testing vendor) and 140
(hotel property management software).

An application security vendor is a security vendor (promises.tagging_rules_secvendor):
its scanners' words are its subject matter. SAST, DAST and SBOMs are assurances asked of
us only in their first sense ("an SBOM for every release", "an annual DAST of our
platform"); in the second they are the product's records and rules, left out here:

* results, findings, rules and targets of a scan ("DAST results exported", "their own
  SAST rule", "unlimited DAST scan targets") and scans of their own sites;
* an SBOM exported, pushed or sent to their server is a file moved (data movement);
* a key found in their code ("a hardcoded AWS access key is detected") is what a
  secrets scanner looks for, not a key of ours (checked behind the key words of
  promises.tagging_rules_security);
* scan results or findings sent to their SIEM are records moved, not audit logging
  (checked behind the SIEM names of promises.tagging_rules_secvendor).

A scanner run on their side "without sending any source code outside their network" is
where their data stays (security). Their rules for the scanner are custom logic: files or
paths it ignores ("ignore files under /fixtures"), a merge-blocking policy or one keyed
to a severity ("for critical findings"), a job run automatically at a time of day at each site.

Money: a price basis swapped for another ("per-repository pricing instead of
per-developer", "pricing per occupied room night instead of per available room") and a
price held "at the current list price" are terms. "Complimentary" rooms, nights or
upgrades are what a hotel gives its guests, not a discount from us.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules

# Excluded from the shipped security phrases (promises.tagging_rules_security): matched
# by APPSEC_SECURITY_RULES below in their first sense only.
SUBJECT_PHRASES = frozenset(("sast", "dast", "sbom"))

# What a scan yields or is told: its results, findings, rules and targets.
_SCAN_RECORDS = (
    r"(?![\s-]+(?:results?|findings?|rules?|rulesets?|targets?|scan\s+targets?|issues?"
    r"|alerts?|(?:full\s+|nightly\s+|weekly\s+)?scans?\s+(?:of|on|against|across)\s+"
    r"(?:their|its|all\s+their)|scans?\s+(?:scheduled|blocked|paused|excluded))\b)"
)
# An SBOM moved to their server: "SBOM exports to their Artifactory".
_SBOM_MOVED = (
    r"(?![^.;]{0,40}?\b(?:export(?:s|ed)?|push(?:es|ed)?|sent|upload(?:s|ed)?|sync(?:s|ed)?"
    r"|publish(?:es|ed)?)\s+(?:to|into)\s+their\b)"
)
# Behind "api key", "access key": a key found in their code. Fixed-width lookbehinds.
FOUND_SECRET_BEHIND = "".join(
    rf"(?<!{adj}\s{cloud})"
    for adj in ("hardcoded", "hard-coded", "leaked", "exposed", "committed", "plaintext")
    for cloud in ("", r"aws\s", r"gcp\s", r"azure\s", r"cloud\s", r"github\s", r"stripe\s")
)
# Behind the SIEM names: scan results or findings sent to their SIEM are records moved.
RESULTS_SENT_BEHIND = "".join(
    rf"(?<!{noun}\s{verb}\s{to})"
    for noun in ("results", "findings")
    for verb in ("sent", "exported", "pushed", "streamed", "forwarded", "posted")
    for to in (r"to\s", r"to\stheir\s", r"into\s", r"into\stheir\s")
)

APPSEC_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    r"\b(?:sast|dast)\b" + _SCAN_RECORDS,
    r"\bsboms?\b(?![\s-]+exports?\b)" + _SBOM_MOVED,
    # "without sending any source code outside their network": where their data stays.
    r"\bwithout\s+(?:sending|uploading|transmitting|shipping|sharing)\s+(?:any\s+)?"
    r"(?:of\s+their\s+)?(?:source\s+)?(?:code|data)\s+(?:outside|off|out\s+of|beyond)\s+"
    r"(?:their|the\s+customer['’]s|its)\s+(?:own\s+)?(?:network|premises|environment"
    r"|perimeter|data\s+cent(?:er|re))\b",
)  # fmt: skip

# Behind the verb: a transfer that runs on a schedule is not a rule of the product.
_NOT_A_TRANSFER_RUN = "".join(
    rf"(?<!{n}\s{v})"
    for n in ("export", "exports", "import", "imports", "sync", "syncs", "feed", "feeds",
              "file", "files", "extract", "extracts", "upload", "uploads", "backup", "backups")
    for v in ("run", "runs", "ran", "execute", "executes", "close", "closes")
)  # fmt: skip
# After "sent directly to": a person told is a notice, not data moved to a system.
_NOT_TO_A_PERSON = (
    r"(?!\s+(?:the\s+|their\s+|each\s+|every\s+|an?\s+|our\s+)?(?:[\w'’-]+\s+)?"
    r"(?:engineers?|approvers?|reps?|managers?|owners?|inbox(?:es)?|teams?|leads?|users?"
    r"|agents?|admins?|people|persons?|staff|customers?|guests?|members?|phones?)\b)"
)

APPSEC_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "ignore files under /fixtures", "skip paths matching *_test.go".
    r"\b(?:ignor|skip|exclud)(?:e|es|ed|ing|s)?\s+(?:all\s+|any\s+)?(?:files?|paths?"
    r"|folders?|directories|director(?:y|ies)|branches)\s+(?:under|in|matching|named|beneath"
    r"|below)\s+[/*.\w]",
    # "the merge-blocking policy", "a build-blocking rule".
    r"\b(?:merge|build|deploy(?:ment)?|release|pr|pull[\s-]request)[\s-]blocking\b",
    # "a policy for critical findings", "gates for high-severity vulnerabilities": a rule
    # keyed to a severity.
    r"\b(?:polic(?:y|ies)|rules?|gates?)\s+for\s+(?:critical|high|high[\s-]severity"
    r"|medium|low|blocker)(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:findings?|vulnerabilities"
    r"|issues?|alerts?)\b",
    # "night audit run automatically at 3am": a job the product runs at a time of day.
    # Not a file or a feed on a schedule ("the export runs automatically at 2am": data
    # movement at a frequency, as a nightly export is).
    r"\b(?:run|runs|ran|execute|executes|close|closes)" + _NOT_A_TRANSFER_RUN
    + r"\s+automatically\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b",
)  # fmt: skip

APPSEC_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # "rate updates sent straight from the PMS", "pushed directly to Expedia".
    r"\b(?:sent|pushed|synced|posted|fed|sync|push|send)\s+(?:straight|directly)\s+"
    r"(?:from\b|(?:to|into)\b" + _NOT_TO_A_PERSON + ")",
)  # fmt: skip

APPSEC_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # "per-repository pricing instead of per-developer pricing".
    r"\bper[\s-][\w-]+\s+(?:pricing|billing|licen[cs]ing)\s+(?:instead\s+of|rather\s+than)\b",
    # "pricing per occupied room night instead of per available room".
    r"\b(?:pricing|priced|billing|billed|charged|licen[cs](?:ing|ed))\s+(?:by|per)\s+"
    r"[^.;]{0,40}?\b(?:instead\s+of|rather\s+than)\s+(?:by|per|a|an)\b",
    # "at the current list price for the first year".
    r"\bat\s+(?:the\s+|our\s+)?(?:current\s+|standard\s+|published\s+|full\s+)?list\s+"
    r"prices?\b",
    # "complimentary" as a discount from us, not rooms or nights given to their guests.
    # Nor their rates ("except on complimentary and staff rates").
    r"\bcomplimentary\b(?!\s+(?:(?:and|or|&)\s+)?(?:[\w-]+\s+)?(?:rooms?|nights?|stays?"
    r"|upgrades?|breakfasts?|meals?|drinks?|parking|amenit(?:y|ies)|tickets?|passes|items?"
    r"|guests?|shuttles?|rates?|rate\s+(?:plans?|codes?))\b)",
)  # fmt: skip
