"""Seed trigger rules for the shorthand of CRM notes and for asks from trades not seen yet.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The logic, security, date and terms rules here
are added to those of promises.tagging_rules_logic, _security, _dates and _flags, so they
reach CONCRETE_RULES; the fragments at the end are checked inside rules of
promises.tagging_rules, _generic, _logic, _security and _sectors (each says where).

Reps in a hurry write "deals >$250k", "cutover on 9/1", "paid by us", "included in base
price", "can't edit or export"; buyers in new trades split invoices across project
stages, suspend volunteers whose checks lapse, and keep sign-offs in an audit trail.
Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import PLACE

_MONEY = r"(?:\$|€|£|usd\s?|eur\s?|gbp\s?)\s?\d[\d,.]*\s*(?:k|m|mm|bn)?"
# A figure right after a comparison sign and a currency sign: ">$250k", "≥ €10k", "<= £50".
_AFTER_COMPARISON = "(?:" + "|".join(
    f"(?<=[<>≤≥]{eq}{sp1}[$€£]{sp2}\\d)"
    for eq in ("", "=")
    for sp1 in ("", " ")
    for sp2 in ("", " ")
) + ")"  # fmt: skip
# Credentials and accounts: one suspended or disabled on its own is a security control.
_ACCESS_NOUNS = ("account", "accounts", "user", "users", "login", "logins", "access", "session",
                 "sessions", "key", "keys", "token", "tokens", "device", "devices", "licence",
                 "license", "licences", "licenses", "seat", "seats")  # fmt: skip
_AUX = ("", "are ", "is ", "get ", "gets ", "be ", "to be ", "will be ", "should be ",
        "must be ")  # fmt: skip


def _unless_access(*verbs: str) -> str:
    """verbs (stems), unless an account, a user or a credential comes right before (with an
    auxiliary): "accounts are suspended automatically" is a security control. The
    lookbehinds sit behind each whole stem, so they are only tried where one matched."""
    texts = [f"{n} {a}" for n in _ACCESS_NOUNS for a in _AUX]
    return "(?:" + "|".join(verb + not_behind(*texts, tail=verb) for verb in verbs) + ")"


# Credentials: "whose password has expired" is a security control, not a business rule.
_NOT_A_CREDENTIAL = (
    r"(?!(?:[\w-]+\s+){0,2}?(?:passwords?|passcodes?|tokens?|keys?|sessions?|logins?"
    r"|credentials?|secrets?|accounts?|access|tls|ssl|mfa)\b)"
)
# Amounts a business splits or allocates, and what it splits them across.
_AMOUNTS = (
    r"(?:invoices?|invoice\s+(?:amounts?|lines?|totals?)|bills?|billing|costs?|charges?"
    r"|revenue|payments?|commissions?|expenses?|spend|budgets?|hours|time\s+entries|timesheets?)"
)
_SPLIT_ACROSS = (
    r"(?:stages?|phases?|milestones?|projects?|cost\s+cent(?:er|re)s?|departments?"
    r"|work\s+packages?|tasks?|jobs?|grants?|funds?|budget\s+lines?|gl\s+(?:codes?|accounts?)"
    r"|programmes?|programs?|clients?|matters?|properties|sites?|locations?)"
)

NOTES_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A threshold in note shorthand: "any deal >$250k", "POs ≥ €10k", "refunds $500+".
    # Both start at the figure and look back for the sign: a rule that starts with a
    # symbol costs a try at every character (see promises.tagging_regex).
    r"\b\d" + _AFTER_COMPARISON + r"[\d,.]*\s*(?:k|m|mm|bn)?(?![\w/])",
    r"\b\d(?<=[$€£]\d)[\d,.]*\s*(?:k|m)?\+(?!\w)",
    # Round robin as a verb, as reps write it: "leads round-robined within each region".
    r"\bround[\s-]?robin(?:ed|ing)\b",
    # Amounts split across parts of the work: "invoices split across project stages",
    # "costs allocated between cost centres", "billed by percentage complete".
    r"\b" + _AMOUNTS + not_behind("our invoice", "our invoices", "annual invoice")
    + r"\s+(?:(?:to\s+be|are|is|should\s+be|must\s+be|gets?|get)\s+)?(?:automatically\s+)?"
    r"(?:split|allocated|apportioned|divided|prorated|pro-rated)\s+(?:(?:evenly|proportionally"
    r"|automatically|\d+/\d+)\s+)?(?:across|between|among|over|by|per)\s+(?:the\s+|their\s+"
    r"|each\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,3}?" + _SPLIT_ACROSS + r"\b",
    r"\b(?:percent(?:age)?|%)[\s-]+(?:of[\s-]+)?complet(?:e|ed|ion)\b",
    # People or records taken out of use on their own: "volunteers whose check has lapsed
    # suspended automatically" (an account suspended after inactivity is security).
    r"\b" + _unless_access("suspend", "deactivat", "unpublish", "withdr", "exclud")
    + r"\w*\s+automatically\b"
    r"|\b" + _unless_access("auto") + r"(?:[\s-]?|matically\s+)(?:suspend|deactivat|unpublish"
    r"|withdraw|exclud)\w*(?!\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_ACCESS_NOUNS) + r")\b)",
    # A condition on someone's record: "anyone whose safeguarding check has lapsed",
    # "crew whose medical has expired" (not a password or a token).
    r"\bwhose\s+" + _NOT_A_CREDENTIAL + r"(?:[\w'’-]+\s+){1,3}?(?:has|have|had|is|are)\s+"
    r"(?:now\s+)?(?:lapsed|expired|run\s+out|failed|been\s+(?:revoked|suspended|rejected"
    r"|cancell?ed|withdrawn))\b",
)  # fmt: skip

NOTES_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Where data may not go: "no replication outside the EU", "never copied outside Canada".
    r"\b(?:replicat|transferr|transfer|cop(?:y|ied|ies)|mov|process|stor|back(?:ed)?\s+up"
    r"|leav)\w*\s+(?:[\w-]+\s+){0,2}?(?:outside|beyond|out\s+of)\s+(?:of\s+)?(?:the\s+)?"
    + PLACE + r"\b",
    # Accounts taken out of use on their own, the participle right after the noun:
    # "dormant accounts deactivated after 45 days", "users auto-suspended".
    r"\b(?:accounts?|logins?|users?|credentials?)\s+(?:automatically\s+|auto-?)?(?:disabled"
    r"|revoked|deactivated|suspended)\b",
    # Export taken away as a permission: "can see invoices but can't edit or export them".
    r"\b(?:can['’]?t|cannot|can\s+not|unable\s+to|not\s+(?:be\s+)?(?:allowed|able|permitted)"
    r"\s+to|but\s+not|never)\s+(?:(?:view|edit|delete|change|modify|see|open|share|copy|print"
    r"|download|email|save)(?:,\s+\w+)*\s+or\s+)?(?:export|download|print)(?:s|ing)?\b",
)  # fmt: skip

# Paying us, or not: "pen test paid by us", "Snowflake connector included in base price",
# "the €15k add-on", "priced as a flat yearly fee".
NOTES_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    r"\b(?:paid|funded|covered|borne|absorbed|footed|picked\s+up|paid\s+for)\s+by\s+us\b"
    r"|\bwe(?:['’]ll|\s+will|\s+would|\s+to)?\s+(?:pay|cover|fund|absorb|foot|bear)\s+(?:for\b"
    r"|the\s+(?:cost|bill|fees?|expense)s?\b)",
    r"\b(?:included|includes?|including|bundled|thrown\s+in|provided|delivered|built|added)\s+"
    r"(?:at|in|into|within|under|for)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:standard|base"
    r"|list|current|existing|same|usual|normal|core|regular|agreed)\s+(?:price|pricing|fee"
    r"|rate|cost|plan|tier|subscription|licen[cs]e|package)s?\b",
    r"\b\d(?:(?<=[$€£]\d)|(?<=[$€£]\s\d))[\d,.]*\s*(?:k|m|mm|bn)?(?:\s*/\s*(?:user|seat|mo"
    r"|month|yr|year|site)\w*)*\s+"
    r"(?:[\w-]+\s+){0,2}?add-?ons?\b",
    # Given for nothing: "the sandbox thrown in", "SSO thrown in for year one".
    r"\b(?:throw|throws|thrown|threw|chuck|chucked)\s+in\b(?=\s*(?:[.,;!?]|$|free\b|for\b"
    r"|at\b|as\b|with\b|on\s+top\b|instead\b|too\b|as\s+well\b))",
    r"\b(?:paid|priced|chargeable|extra[\s-]cost|separately[\s-]priced)\s+add-?ons?\b",
    r"\bflat\s+(?:yearly|annual|monthly|quarterly)\s+(?:fees?|rates?|prices?|charges?)\b"
    r"|\b(?:priced|charged|billed|invoiced|sold)\s+(?:as|at)\s+(?:a\s+|one\s+)?(?:single\s+)?"
    r"(?:flat|fixed)\b",
)

# A day and a month after "on", as reps write them ("before cutover on 9/1"), but not the
# day a contract is signed or money falls due ("paid on 9/1", "renews on 3/1").
_NOT_CONTRACT_DAY = not_behind(*(
    f"{w} on"
    for w in ("signed", "sign", "signs", "signing", "closed", "close", "closes", "renews",
              "renew", "renewal", "expires", "expiry", "paid", "pay", "payable", "due",
              "invoiced", "billed", "ends", "terminates", "signature", "contract", "balance",
              "remainder", "payment", "instalment", "installment", "deposit")
))  # fmt: skip
NOTES_DATE_RULES: tuple[Rule, ...] = regex_rules(
    "delivery_date",
    r"\bon" + _NOT_CONTRACT_DAY + r"\s+(?!24/7)(?:[0-2]?\d|3[01])/(?:[0-2]?\d|3[01])\b"
    r"(?!/?\d|\s*(?:%|days?|hours?|of|majority)\b)",
)

# "can see invoices but can't edit or export them", "no export rights": export as a
# permission taken away is access control, not data leaving. Checked behind "export".
_NEGATIONS = ("can't", "can’t", "cannot", "can not", "not", "no", "never", "without", "w/o",
              "unable to", "blocked from", "prevented from", "barred from", "not allowed to",
              "not able to", "forbidden to", "nor", "couldn't", "shouldn't", "mustn't")  # fmt: skip
_ALSO_DENIED = ("", "edit or ", "view or ", "delete or ", "download or ", "print or ",
                "copy or ", "share or ", "change or ", "modify or ", "update or ", "see or ",
                "email or ", "save or ", "edit, delete or ", "edit, download or ")  # fmt: skip
NOT_DENIED_EXPORT = not_behind(*(f"{n} {a}export" for n in _NEGATIONS for a in _ALSO_DENIED))
# Export named as a permission: "export rights", "the export button".
EXPORT_AS_PERMISSION = r"|rights?|permissions?|privileges?|buttons?|access\b"

# "will not proceed without a signed GDPR Article 28 DPA": a condition that names security
# paperwork is that paper (a buying condition), not a record held at a step, as one that
# names a control is that control. Checked after the condition of the held-at-a-step rule
# in promises.tagging_rules_logic.
NO_PAPER = (
    r"(?![^.;,]{0,40}?\b(?:dpas?|baas?|ndas?|sccs|standard\s+contractual|soc\s*[12]\b"
    r"|iso\s*27\d\d\d|pen(?:etration)?[\s-]?test|security\s+questionnaire|caiq|hecvat"
    r"|data\s+processing\s+(?:agreement|addendum)|business\s+associate))"
)
# Where data may not be replicated ("no replication outside the EU") is residency.
REPLICATION_OUTSIDE = r"|(?:outside|beyond|out\s+of)\s+(?:of\s+)?(?:the\s+)?" + PLACE + r"\b"
# "round-robin within each US region": a sales region, not where data is hosted.
# Checked before the place in the residency rule of promises.tagging_rules_security.
NOT_A_SALES_REGION = r"(?<!each\s)(?<!every\s)(?<!per\s)(?<!by\s)"
# "chain-of-custody sign-offs kept in an audit trail": what the trail records, not a step.
SIGN_OFF_RECORDED = (
    r"(?!\s+(?:(?:are|is|to\s+be|must\s+be|should\s+be)\s+)?(?:kept|recorded|logged|captured"
    r"|stored|retained|written|tracked)\s+(?:in|to|on)\s+(?:an?|the|their|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:audit|activity|event)\s+(?:trails?|logs?|history)\b)"
)
