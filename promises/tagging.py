"""Tag an ask with review categories and hard-stop flags, from editable rules.

Pure Python on purpose: the same Tagger runs in requests, in the management command
and in the benchmark, and the rules come from the database as plain rows. A rule is a
phrase (matched case-insensitively on word boundaries, with a plain plural allowed and
spaces/hyphens interchangeable) or a Python regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

CATEGORIES = ("security", "data_movement", "custom_logic")
FLAGS = ("delivery_date", "commercial_terms")
TARGETS = CATEGORIES + FLAGS

# Texts a valid rule must not match with zero width: such a rule would tag everything.
_EMPTY_PROBES = ("", "x", "Customer wants 10 things, by Friday.")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")
# Escapes and group names, which may hold capitals without matching any.
_NON_LITERAL = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P?<[^>]*>|\(\?P=\w+\)")


@dataclass(frozen=True)
class Rule:
    pattern: str
    target: str
    is_regex: bool = False


@dataclass(frozen=True)
class TagResult:
    categories: list[str]
    flags: list[str]
    kind: str
    matches: dict[str, list[str]]


def fold_case(text: str) -> str:
    """Lowercase text without changing its length, so match spans index the original.

    Matching lowercase patterns against folded text is several times faster than
    Python's IGNORECASE, which is what keeps tagging cheap enough to run on every key.
    """
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _phrase_key(phrase: str) -> tuple[str, bool, bool]:
    """A phrase as lowercase words joined by single spaces, and whether it starts and
    ends on a word character (only there do word boundaries apply)."""
    key = " ".join(w for w in re.split(r"[\s\-]+", phrase.strip().lower()) if w)
    return key, bool(re.match(r"\w", key)), bool(re.search(r"\w$", key))


def _phrase_trie(phrases: Iterable[tuple[str, bool]]) -> str:
    """One regex for many phrase keys, sharing their prefixes.

    Sales writes "sign-on", "sign on" and "signon" interchangeably, and a lead who adds
    "custom field" expects "custom fields" to match too, so separators are loose and a
    trailing plural is allowed. The trie shape matters for speed: the engine tests one
    first letter per branch instead of every phrase in turn.
    """
    root: dict[str, Any] = {}
    for key, ends in phrases:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = node.get("", False) or ends

    def emit(node: dict[str, Any]) -> str:
        # Children before the end marker: at one position the longest phrase wins.
        alts = [
            (r"[\s\-]*" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if "" in node:
            alts.append(r"(?:e?s)?(?!\w)" if node[""] else "")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


def phrase_to_regex(phrase: str) -> str:
    """Stand-alone regex for a phrase rule, for case-folded text (see fold_case).

    Boundaries only apply next to word characters, so "24/7" or "$" still work.
    """
    key, starts, ends = _phrase_key(phrase)
    return (r"\b" if starts else "") + _phrase_trie([(key, ends)])


def _is_lowercase_safe(regex: str) -> bool:
    return not any(c.isupper() for c in _NON_LITERAL.sub("", regex))


def validate_rule(pattern: str, is_regex: bool) -> str | None:
    """Return why a rule cannot be used, or None when it is fine."""
    if not pattern or not pattern.strip():
        return "The pattern is empty: enter a word, a phrase or a regular expression."
    if not is_regex:
        if not re.search(r"\w", pattern) and len(pattern.strip()) < 2:
            return "The phrase is too short to mean anything: enter at least one word."
        return None
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        return f"The regular expression does not compile: {exc}."
    if _BACKREF.search(pattern):
        # Rules are merged into one regex per target, which renumbers groups.
        return "Backreferences are not supported in rules: repeat the words instead."
    for probe in _EMPTY_PROBES:
        for match in compiled.finditer(probe):
            if match.end() == match.start():
                return (
                    "The regular expression matches empty text, so it would tag every ask: "
                    "make it require at least one character."
                )
    return None


class Matcher:
    """Finds where any of a set of rules matches, case-insensitively.

    Phrases and lowercase regexes run as one combined pattern over the folded text;
    a regex with capitals in it keeps Python's IGNORECASE on the original text.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        phrases: list[tuple[str, bool]] = []
        at_word: list[str] = []  # regexes that start with a word boundary, minus it
        fast: list[str] = []
        cased: list[str] = []
        for rule in rules:
            if not rule.is_regex:
                key, starts, ends = _phrase_key(rule.pattern)
                if starts:
                    phrases.append((key, ends))
                else:
                    fast.append(phrase_to_regex(rule.pattern))
            elif not _is_lowercase_safe(rule.pattern):
                cased.append(rule.pattern)
            else:
                stripped = strip_word_boundary(rule.pattern)
                if stripped is not None and _starts_with_word_char(stripped):
                    at_word.append(stripped)
                else:
                    fast.append(rule.pattern)
        if phrases:
            at_word.insert(0, _phrase_trie(phrases))
        if at_word:
            # One shared word-start test in front lets the engine skip every other
            # position at once instead of trying each alternative there.
            group = r"\b(?=\w)(?:" + "|".join(f"(?:{s})" for s in _longest_first(at_word)) + ")"
            try:
                re.compile(group)
                fast.insert(0, group)
            except re.error:  # rules that clash when merged, e.g. duplicate group names
                fast.extend(rf"\b(?=\w)(?:{s})" for s in at_word)
        self._fast = _compile_all(fast, 0)
        self._cased = _compile_all(cased, re.IGNORECASE)

    def spans(self, text: str, folded: str) -> list[tuple[int, int]]:
        """Non-empty match spans in text order; folded is fold_case(text)."""
        found = [m.span() for p in self._fast for m in p.finditer(folded)]
        found += [m.span() for p in self._cased for m in p.finditer(text)]
        if len(self._fast) + len(self._cased) > 1:
            found.sort()
        return [(s, e) for s, e in found if e > s]

    def search(self, text: str, folded: str) -> bool:
        """Whether any rule matches; folded is fold_case(text), computed once by the caller."""
        return any(p.search(folded) for p in self._fast) or any(p.search(text) for p in self._cased)


class Tagger:
    """Compiled rule set: one Matcher per target, built once, then shared freely.

    Rules that cannot be used (bad regex, unknown target) are skipped and listed in
    `invalid` with the reason, so one bad row never stops asks from being tagged.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        self.invalid: list[tuple[Rule, str]] = []
        by_target: dict[str, list[Rule]] = {t: [] for t in TARGETS}
        for rule in self.rules:
            error = (
                validate_rule(rule.pattern, rule.is_regex)
                if rule.target in by_target
                else f"Unknown target {rule.target!r}."
            )
            if error:
                self.invalid.append((rule, error))
            else:
                by_target[rule.target].append(rule)
        self._matchers = tuple((t, Matcher(rs)) for t, rs in by_target.items() if rs)

    def tag(self, text: str) -> TagResult:
        folded = fold_case(text)
        matches: dict[str, list[str]] = {}
        for target, matcher in self._matchers:
            words = _unique_words(text, matcher.spans(text, folded))
            if words:
                matches[target] = words
        categories = [c for c in CATEGORIES if c in matches]
        flags = [f for f in FLAGS if f in matches]
        several = "mixed" if categories else "unclassified"
        kind = categories[0] if len(categories) == 1 else several
        return TagResult(categories=categories, flags=flags, kind=kind, matches=matches)


def _scan(regex: str) -> Iterable[tuple[int, int]]:
    """(index, depth) of every "(", ")" and "|" outside escapes and character classes;
    depth counts the groups open before the character."""
    depth = 0
    in_class = escaped = False
    for index, char in enumerate(regex):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth -= char == ")"
            yield index, depth
            depth += char == "("


def split_alternatives(regex: str) -> list[str]:
    """The top-level alternatives of a regex ("a|(b|c)" gives "a" and "(b|c)")."""
    cuts = [i for i, depth in _scan(regex) if depth == 0 and regex[i] == "|"]
    bounds = zip([-1, *cuts], [*cuts, len(regex)], strict=True)
    return [regex[start + 1 : end] for start, end in bounds]


def _starts_with_word_char(regex: str) -> bool:
    """True only when every match of regex surely begins with a word character."""
    for alt in split_alternatives(regex):
        while alt.startswith(("(?<=", "(?<!")):  # lookbehinds consume nothing: skip them
            alt = alt[_group_end(alt) :]
        if alt[:1].isalnum() or alt[:1] == "_":
            size = 1
        elif alt.startswith((r"\w", r"\d")):
            size = 2
        elif alt.startswith("(") and not alt.startswith(("(?=", "(?!", "(?<")):
            size = _group_end(alt)
            inner = re.sub(r"^\((?:\?:|\?P<\w+>)?", "", alt[: size - 1])
            if not _starts_with_word_char(inner):
                return False
        else:
            return False
        if alt[size : size + 1] in ("?", "*") or alt[size:].startswith("{0"):
            return False  # the first atom is optional, so something else may lead
    return True


def _group_end(regex: str) -> int:
    """Index just after the group that opens at regex[0]."""
    for index, depth in _scan(regex):
        if depth == 0 and regex[index] == ")":
            return index + 1
    return len(regex)


def strip_word_boundary(regex: str) -> str | None:
    """The regex without the leading \\b of every alternative, or None if one lacks it."""
    pieces = split_alternatives(regex)
    if not all(p.startswith(r"\b") for p in pieces):
        return None
    return "|".join(p[2:] for p in pieces)


def _longest_first(sources: Iterable[str]) -> list[str]:
    # At one position the first alternative wins: "audit log export" before "audit log".
    return sorted(dict.fromkeys(sources), key=len, reverse=True)


def _compile_all(sources: Sequence[str], flags: int) -> tuple[re.Pattern[str], ...]:
    if not sources:
        return ()
    ordered = _longest_first(sources)
    try:
        return (re.compile("|".join(f"(?:{s})" for s in ordered), flags),)
    except re.error:
        # A lone valid rule can still clash when merged (inline flags, duplicate group
        # names); keep those rules working at some cost in speed.
        return tuple(re.compile(s, flags) for s in ordered)


def _unique_words(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    seen: set[str] = set()
    words: list[str] = []
    for start, end in spans:
        word = text[start:end]
        key = " ".join(word.lower().split())
        if key not in seen:
            seen.add(key)
            words.append(word)
    return words


def _phrases(target: str, *phrases: str) -> tuple[Rule, ...]:
    return tuple(Rule(p, target) for p in phrases)


def _regexes(target: str, *patterns: str) -> tuple[Rule, ...]:
    return tuple(Rule(p, target, is_regex=True) for p in patterns)


# Vocabulary of named things; also what makes wording concrete (see CONCRETE_RULES).
SECURITY_CONTROLS = (
    "sso", "single sign-on", "saml", "oidc", "openid connect", "oauth", "scim", "mfa",
    "2fa", "two-factor", "multi-factor", "authenticator", "rbac", "role-based access",
    "access control", "permission", "read-only role", "admin role", "least privilege",
    "session timeout", "password policy", "ip allowlist", "ip whitelist", "ip restriction",
    "ip range", "network range", "vpn", "private link", "audit log", "audit trail",
    "activity log", "access log", "siem", "encryption key", "customer-managed key", "kms",
    "byok", "key rotation", "key management", "tls", "at rest", "in transit",
    "data residency", "legal hold", "backup", "disaster recovery", "rpo", "rto",
    "soc 2", "soc2", "iso 27001", "iso 27701", "dpa", "data processing agreement", "baa",
    "hipaa", "gdpr", "ccpa", "pci dss", "fedramp", "pen test", "pentest",
    "penetration test", "vulnerability scan", "security questionnaire", "okta", "azure ad",
    "entra id", "onelogin", "ping identity", "active directory", "ldap", "splunk",
    "pii", "data masking", "tenant isolation", "single-tenant", "password", "passkey",
    "ssl", "malware", "virus scan", "antivirus", "on-premise", "on-prem", "private cloud",
    "dedicated instance", "support access", "just-in-time access", "ip address",
    "security review", "ciso", "vendor assessment", "guest user", "guest access",
)  # fmt: skip
DATA_SYSTEMS = (
    "salesforce", "netsuite", "sap", "snowflake", "bigquery", "redshift", "databricks",
    "data warehouse", "data lake", "erp", "crm", "hris", "zendesk", "servicenow",
    "hubspot", "workday", "dynamics", "quickbooks", "xero", "marketo", "jira", "shopify",
    "stripe", "kafka", "sftp", "ftp", "s3", "s3 bucket", "google cloud storage", "gcs",
    "azure blob", "blob storage", "webhook", "api endpoint", "rest api", "graphql",
    "warehouse", "etl", "elt", "edi", "google sheets", "bi tool", "power bi", "tableau",
    "looker", "odbc", "jdbc", "segment", "mulesoft", "zapier", "boomi", "workato",
    "sharepoint", "google drive", "onedrive", "dropbox", "file drop", "slack", "pim",
)  # fmt: skip
DATA_FORMATS = (
    "csv", "json", "xml", "parquet", "avro", "xlsx", "excel", "spreadsheet", "tsv",
    "flat file", "fixed-width",
)  # fmt: skip
LOGIC_OBJECTS = (
    "custom field", "custom object", "custom status", "custom workflow", "custom report",
    "custom view", "custom layout", "custom template", "custom logic", "custom approval",
    "approval step", "approval path", "approval rule", "approval workflow",
    "validation rule", "business rule", "routing rule", "assignment rule",
    "escalation rule", "pricing rule", "workflow rule", "dashboard", "reminder",
    "round-robin", "account-specific", "customer-specific", "picklist", "dropdown",
    "trigger", "queue", "formula", "lead scoring", "conditional",
)  # fmt: skip

COMMERCIAL_TERMS = (
    "sla", "service level", "uptime", "service credit", "response time",
    "resolution time", "24/7", "24x7", "support level", "support tier", "support plan",
    "support hours", "phone support", "premium support", "priority support",
    "dedicated support", "named support", "onsite support", "dedicated account manager",
    "technical account manager", "customer success manager", "free of charge", "no charge",
    "at no cost", "payment terms", "price lock", "price cap", "price increase",
    "fixed price", "liability cap", "credits", "rebate", "free trial", "upfront",
    "billing terms", "payment schedule", "payment plan", "termination", "out clause",
    "fix time", "money-back", "csm", "qbr", "business review",
)  # fmt: skip

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_FULL_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_NUM = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty)"
_PLACE = (
    r"(?:eu|eea|european|us|usa|u\.s\.|uk|british|canada|canadian|germany|german|france"
    r"|french|australia|australian|swiss|switzerland|india|japan|singapore|brazil|in-country)"
)

# Naming one of these makes an ask concrete (the wording lint reuses them); the generic
# rules below only say what kind of work it is ("an export", "a workflow").
CONCRETE_RULES: tuple[Rule, ...] = (
    *_phrases("security", *SECURITY_CONTROLS, "role", "data center", "data centre"),
    *_regexes(
        "security",
        r"\bencrypt\w*",
        r"\bdelet(?:e|es|ed|ing|ion)\b",
        r"\b(?:purg|eras)(?:e|es|ed|ing|ure)\b",
        r"\bkept\s+for\s+" + _NUM + r"\s+(?:days|weeks|months|years)\b",
        r"\brestor(?:e|es|ed|ing)\b",
        r"\b(?:allow|white)[\s-]?list(?:s|ed|ing)?\b",
        r"\b" + _PLACE + r"[\s-]+(?:only|region|data\s+cent(?:er|re)s?|hosting|storage)\b",
        r"\b(?:stored|hosted|kept|stays?|remains?|resides?)\s+(?:only\s+)?(?:in|within)\s+"
        r"(?:the\s+|a\s+)?" + _PLACE + r"\b",
        r"\b(?:log\s*in|sign[\s-]?in)\s+(?:with|through|via)\b",
        r"\bsingle[\s-]sign[\s-]?on\b",
        r"\blog[\s-]?ins?\b",
        r"\b(?:logged|logging)\b",
        r"\b(?:deprovision|provision)(?:s|ed|ing)?\b",
        r"\bimpersonat(?:e|es|ed|ing|ion)\b",
        r"\bapi\s+(?:keys?|tokens?)\b",
        r"\bkeys?\b[^.;]{0,20}?\brotat(?:e|es|ed|ing|ion)\b",
        r"\baccess\s+(?:rights|levels?|controls?|reviews?|polic(?:y|ies)|restrictions?)\b",
        r"\b(?:read|write|admin|guest|limited|restricted|view|edit|least[\s-]privilege)"
        r"[\s-]+(?:only\s+)?access\b",
        r"\baccess\s+only\s+to\b|\bhave\s+access\s+only\b",
        r"\b(?:separate|dedicated|isolated)\s+(?:database|tenant|instance|schema)s?\b",
        r"\b(?:block|prevent|restrict|stop|prohibit)(?:s|ed|ped)?\s+(?:[\w-]+\s+){0,2}?from\s+"
        r"(?:download|view|see|access|export|shar|edit|delet|print|copy)\w*",
        r"\b(?:downloads?|logins?|access|views?|actions?|changes?|events?)\b[^.;]{0,30}?"
        r"\b(?:recorded|logged|tracked)\b",
    ),
    *_phrases("data_movement", *DATA_SYSTEMS, *DATA_FORMATS),
    *_regexes(
        "data_movement",
        r"\b(?:to|into|from)\s+(?:their|the\s+customer's|our)\s+(?:own\s+)?database\b",
        r"\b\d[\d,.]*\s*(?:k|m|thousand|million|billion)?\s+(?:[a-z-]+\s+){0,2}"
        r"(?:records|rows|files|events|tickets|transactions|documents|messages|contacts)\b",
        r"\b\d[\d,.]*\s*(?:[kmgt]b|gigabytes?|terabytes?)\b",
    ),
    *_phrases("custom_logic", *LOGIC_OBJECTS, "threshold", "sign-off", "signoff", "escalation"),
    *_regexes(
        "custom_logic",
        r"\bapprov(?:al|als|e|es|ed|er|ers|ing)\b",
        r"\bsign(?:s|ed)?[\s-]off\b",
        r"\b(?:rerout|rout)(?:e|es|ed|ing)\b",
        r"\bescalat(?:e|es|ed|ing)\b",
        r"\bassign(?:s|ed|ing|ment|ments)?\s+(?:to|by)\b",
        r"\bvalidat(?:e|es|ed|ing|ion)\b",
        r"\b(?<!retention\s)(?<!firewall\s)(?<!deletion\s)rules?\b",
        r"\bcustom\b[^.;]{0,30}?\bstatus(?:es)?\b",
        r"\bcustom\s+(?:[\w-]+\s+){1,3}?(?:templates?|layouts?|views?|reports?|objects?"
        r"|workflows?|logic|rules?)\b",
        r"\bunless\b",
        r"\bover\s+budget\b",
        r"\b(?:above|over|under|below|exceeds?|exceeding|more\s+than|less\s+than|greater\s+than)"
        r"\s+(?:\$|€|£|usd\s*|eur\s*|gbp\s*)?\d[\d,.]*\s*(?:%|percent|k\b)?",
        r"\b\w[\w-]*[\s-]tier\s+(?:accounts?|customers?|clients?|members?|users?)\b",
        r"\bonly\s+(?:for|to|on)\s+(?:their\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:accounts?|customers?|clients?|tiers?|subsidiar(?:y|ies)|locations?|branch(?:es)?"
        r"|franchises?|departments?|divisions?)\b",
        r"\b(?:shows?|displays?|visible|sees?)\s+only\b",
        r"\b(?:for|per)\s+each\s+(?:subsidiary|region|team|department|location|brand|account"
        r"|customer|tier)\b",
        r"\b(?:required|mandatory|picklist|dropdown)\s+(?:[\w'\"“”-]+\s+){0,2}"
        r"(?:fields?|codes?|values?|inputs?|attachments?|comments?|reasons?)\b",
        r"\bwhenever\b",
        r"\b(?:flag|tag|mark|label|categori[sz]e)(?:s|ged|ed|d)?\s+(?:them\s+|it\s+)?as\b",
        r"\b(?:contain|mention|include)s?\s+['\"“‘]",
        r"\b(?:block|held|hold|pause|lock)(?:s|ed|d)?\s+until\b",
        r"\b(?:platinum|gold|silver|bronze|premium|vip|strategic|top[\s-]tier)"
        r"[\s-]+(?:tier\s+)?(?:customers|accounts|clients|members)\b",
        r"\block(?:s|ed)?\s+(?:for|against)\s+edit(?:s|ing)\b",
        r"\b(?:email|notify|alert|remind|message)(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:owner|manager|team|user|admin|approver|assignee|rep)s?\b",
        r"\b(?:auto[\s-]?calculat|calculat)(?:e|es|ed|ing|ion|ions)\b",
        r"\bprioriti[sz](?:e|es|ed|ing|ation)\b",
        r"\bterritor(?:y|ies)\b",
        r"\b(?:alerts?|notif(?:y|ies|ied|ications?)|emails?|reminders?)\b[^.;]{0,60}?"
        r"\b(?:when|whenever|if)\b",
        r"\b(?:auto[\s-]?|automatically\s+)(?:assign|close|approve|reject|tag|route|escalate"
        r"|renew|archive|create|populate|fill|flag)\w*",
        r"\b(?:assign|close|approve|reject|tag|route|escalate|archive|populate|flag)\w*\s+"
        r"automatically\b",
    ),
    *_regexes(
        "delivery_date",
        r"\b(?:by|before|until|no\s+later\s+than)\s+(?:the\s+)?(?:(?:end|start|middle)\s+of\s+)?"
        r"(?:early\s+|mid[\s-]|late\s+)?" + _MONTH + r"\b(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)?",
        r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))",
        r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b",
        r"\b(?:in|during)\s+(?:early\s+|mid[\s-]|late\s+)?" + _FULL_MONTH + r"\b",
        r"\b(?:q[1-4]|h[12])\b(?:\s*(?:of\s+)?(?:fy\s*)?'?\d{2,4})?",
        r"\b(?:first|second|third|fourth|next|this)\s+(?:quarter|half)\b",
        r"\b(?:next|this)\s+(?:month|sprint|release)\b",
        r"\bend\s+of\s+(?:the\s+)?(?:week|month|quarter|year|sprint)\b",
        r"\b(?:by|before|until|in)\s+20\d\d\b",
        r"\b20\d\d-\d\d-\d\d\b",
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
        r"\bby\s+(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
        # A window counted from signing is a deadline; "deleted within 90 days after
        # contract end" or "restore within four hours" are retention and recovery terms.
        r"\bwithin\s+" + _NUM + r"\s+(?:business\s+|working\s+)?(?:days?|weeks?|months?)\s+"
        r"(?:of|after|from)\s+(?:the\s+)?(?:signing|signature|kick-?off|contract\s+"
        r"(?:start|signature|signing)|go-?live|purchase|po|order)\b",
        r"\b(?:delivered|built|live|ready|shipped|available|done|completed?|enabled|"
        r"implemented|launched|configured|set\s+up|in\s+place|working|finished)\b[^.;]{0,40}?"
        r"\b(?:with)?in\s+(?:the\s+next\s+)?" + _NUM + r"\s+(?:days?|weeks?|months?|sprints?)\b",
        r"\bin\s+" + _NUM + r"\s+(?:weeks?|months?|sprints?)\b",
        r"\bwithin\s+" + _NUM + r"\s+(?:weeks?|months?|sprints?)\b(?!\s+(?:after|of|from)\s+"
        r"(?:the\s+|a\s+)?(?:contract\s+end|termination|cancell?ation|expiry|request|deletion"
        r"|offboarding))",
        r"\b(?:next|this)\s+week\b",
        r"\bby\s+(?:eo[dwmqy]|cob)\b",
        r"\bby\s+the\s+\d{1,2}(?:st|nd|rd|th)\b",
        r"\bbefore\s+(?:christmas|black\s+friday|the\s+holidays|(?:their\s+)?year[\s-]end)\b",
    ),
    *_phrases("commercial_terms", *COMMERCIAL_TERMS),
    *_regexes(
        "commercial_terms",
        r"\bat\s+no\s+(?:additional\s+|extra\s+)?(?:cost|charge|fee)s?\b",
        r"\bwaiv(?:e|es|ed|er|ing)\b",
        r"\bincluded\s+in\s+(?:the|their|our)\s+(?:[\w-]+\s+)?"
        r"(?:subscription|licen[cs]e|contract|plan|price|fee)s?\b",
        r"\bnet[\s-]?(?:15|30|45|60|90|120)\b",
        r"\bpenalt(?:y|ies)\b",
        r"\bguarantee(?:s|d)?\b",
        r"\bdedicated\s+(?:csm|engineer|manager|team|resource|contact|consultant)s?\b",
        r"\b(?:quarterly|monthly|annual|yearly)\s+(?:invoicing|billing|payments?)\b",
        r"\b\d{2}(?:\.\d+)?\s?%\s+(?:uptime|availability)\b",
    ),
)

_GENERIC_RULES: tuple[Rule, ...] = (
    *_phrases("security", "hosting", "retention"),
    *_regexes("security", r"\bhosted\s+(?:in|on|within)\b"),
    *_regexes("security", r"\bretain(?:s|ed|ing)?\b"),
    *_phrases("data_movement", "integration", "feed", "pipeline", "mapping", "backfill"),
    *_phrases("data_movement", "connector"),
    *_regexes(
        "data_movement",
        r"\bimport(?:s|ed|ing|er|ers)?\b",
        r"\bexport(?:s|ed|ing|er|ers)?\b",
        r"\bmigrat(?:e|es|ed|ing|ion|ions)\b",
        r"\bsync(?:s|ed|ing|hroni[sz](?:e|es|ed|ing|ation))?\b",
        r"\breplicat(?:e|es|ed|ing|ion)\b",
        r"\bintegrat(?:e|es|ed|ing)\b",
        r"\b(?:pull|push)(?:es|s|ed|ing)?\b(?!\s+notification)",
        r"\bload(?:s|ed|ing)?\b[^.;]{0,60}?\binto\b",
        r"\bpost(?:s|ed|ing)?\s+(?:to|into)\b",
        r"\bstream(?:s|ed|ing)?\b",
        r"\bextract(?:s|ed|ing|ion)?\b",
        r"\bingest(?:s|ed|ing|ion)?\b",
        r"\bbulk\b",
        r"\btransfer(?:s|red|ring)?\b(?!\s+(?:of\s+)?ownership)",
        r"\bsen(?:d|ds|ding)\s+(?:[\w-]+\s+){0,3}?(?:data|records|files|events|rows)\b",
        r"\b(?:data|records|files|events|rows)\s+(?:is\s+|are\s+)?sent\s+(?:to|into)\b",
        r"\b(?:data|records|files|history|tickets|orders)\b[^.;]{0,30}?\bmov(?:e|es|ed|ing)\b",
        r"\bmov(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:data|records|files|history)\b",
    ),
    *_phrases("custom_logic", "workflow"),
    *_phrases("commercial_terms", "professional services"),
    *_regexes(
        "commercial_terms",
        r"\bfree\b(?![\s-](?:text|form)\b)",
        # Prices and discounts are also product data ("prices pulled from their PIM",
        # "discounts above 20% blocked"): only their commercial shapes count here.
        r"\bpric(?:e|es|ing)\s+(?:lock|cap|freeze|frozen|increase|hold|protection|match)\w*",
        r"\b(?:fixed|same|current|special|locked|renewal|unit|per[\s-]seat|seat|introductory"
        r"|promotional|discounted|flat|better|lower)\s+pric(?:e|es|ing)\b",
        r"\bpricing\s+(?:for|on)\s+(?:the\s+|their\s+)?(?:renewal|subscription|licen[cs]es?"
        r"|seats?|contract|first\s+year)\b",
        r"\b\d+(?:\.\d+)?\s?%\s+discount",
        r"\bdiscount(?:s|ed)?\s+(?:of|on|for)\b",
        r"\b(?:multi-year|volume|loyalty|early|additional|extra|special|deeper|bigger|partner"
        r"|non-?profit|education|launch)\s+discounts?\b",
    ),
)

DEFAULT_RULES: tuple[Rule, ...] = CONCRETE_RULES + _GENERIC_RULES
