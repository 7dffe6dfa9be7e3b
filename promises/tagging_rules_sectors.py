"""Seed trigger rules for banking, insurance, retail, logistics and education asks.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The rules here are added to the data, security
and custom-logic shapes (promises.tagging_rules_data, _security and _logic), so they reach
CONCRETE_RULES and DEFAULT_RULES. Import DEFAULT_RULES from promises.tagging.

Our product or theirs: a vendor's own product is often named by its type ("admin access
to the TMS", "the LMS to retain submissions for five years", "uptime on the payment
gateway") and a customer's system by its owner or as where data goes ("their WMS",
"loaded into the WMS"). Only the second is data movement, so a system type counts after
"the" or "our" only when data goes to, from or through it; an app in a platform's app
store ("the Shopify app") is our product too.
"""

from __future__ import annotations

import re

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_billing import DUNNING_END
from promises.tagging_rules_breadth_a import TRANSFER_NOT_DATA
from promises.tagging_rules_commerce import SUPPORT_CHANNEL_OWNERS
from promises.tagging_rules_formal import TRANSFER_KEPT_IN
from promises.tagging_rules_lab_ads_cash import (
    MONEY_TRANSFERS,
    VALIDATED_AND_LIVE,
    VALIDATION_AS_PLACE,
)
from promises.tagging_rules_mail import MESSAGING, not_a_source
from promises.tagging_rules_notes import REPLICATION_OUTSIDE
from promises.tagging_rules_tech import LEGAL_TRANSFER
from promises.tagging_vocab import NUM, PLACE
from promises.tagging_vocab_sectors import APP_PLATFORMS, SYSTEM_TYPES

_OURS = ("the", "our")
# "WMS roles", "CRM users", "a loan ledger balance": the system only qualifies who or what.
# "ledger entries", "ledger posting rights": records and rights in the system; "CRM:" or
# "CRM note:" opening an ask says where the note came from (batches 42 and 45).
_QUALIFIES = (
    r"(?!\s*(?:notes?\s*)?:)"
    r"(?!\s+(?:roles?|permissions?|users?|admins?|administrators?|logins?|access|balances?"
    r"|workflows?"
    r"|entr(?:y|ies)|postings?"
    r"|stages?|templates?|layouts?"
    # "storefront sessions", "storefront SSO", "PIM attributes", "storefront and API
    # traffic", "all PIM data must be hosted in Germany": what belongs to the system.
    r"|sessions?|traffic|sso|saml|mfa|attributes?|(?:and|or)\s+[\w-]+\s+(?:traffic|sessions?)"
    # "all CRM records hosted in Canadian data centers" (batch 49): records of the system
    # kept somewhere, no data moving.
    r"|(?:data|records|contacts|files|documents|content)\s+(?:must\s+|should\s+|to\s+|is\s+"
    r"|are\s+|will\s+)?(?:be\s+|stay\s+|remain\s+)?"
    r"(?:hosted|stored|kept|held|located|resident|residing)\b"
    # "MRP to ignore safety stock for make-to-order items": the system's own planning told
    # what to leave out or how to treat a record, a rule in it, no data moving.
    r"|to\s+(?:ignore|skip|exclude|disregard|treat|net|honou?r|respect)\b)\b)"
)


def _type_names(after_first_letter: str) -> str:
    """The system types as one alternation, filed under their first letter with
    after_first_letter (a check written for a one-letter word start) behind it, so every
    branch still starts with a literal (see promises.tagging_regex)."""
    by_letter: dict[str, list[str]] = {}
    for name in SYSTEM_TYPES:
        by_letter.setdefault(name[0], []).append(re.escape(name[1:]).replace(r"\ ", r"[\s-]+"))
    return (
        "(?:"
        + "|".join(f"{c}{after_first_letter}(?:{'|'.join(r)})" for c, r in by_letter.items())
        + ")"
    )


# Named bare or as theirs ("their WMS", "WMS roles" aside): the customer's system.
_NOT_OURS = "".join(rf"(?<!{d}\s\w)" for d in _OURS)
# Named as ours but as where data goes: "loaded into the WMS", "between NetSuite and the
# OMS"; "admin access to the TMS" names where a control applies, not where data goes.
# Checked behind "the"/"our", one lookbehind per width of preposition.
_MOVED = "|".join(
    "(?<=" + "|".join(rf"{p}\s{d}" for p in group for d in _OURS) + ")"
    for group in (("to",), ("via", "and"), ("into", "onto", "from", "with"), (r"out\sof",),
                  ("through", "between"))
)  # fmt: skip
SYSTEM_TYPE_RULES = (
    r"\b" + _type_names(_NOT_OURS) + r"(?:e?s)?\b" + _QUALIFIES,
    r"\b(?:the|our)(?:"
    + _MOVED
    + r")(?<!access\sto\sthe)(?<!access\sto\sour)"
    # "blocked from publication to the storefront": shown in the product, not sent out.
    + "".join(rf"(?<!{w}\sto\sthe)" for w in ("publication", "publishing", "published", "publish"))
    + r"\s+"
    + _type_names("")
    + r"(?:e?s)?\b"
    + _QUALIFIES,
)


def _app_platform(name: str) -> str:
    """A platform as data movement, except in "the/our <platform> app"."""
    words = r"\s".join(re.escape(w) for w in name.split())
    ours = "".join(rf"(?<!{d}\s{words})" for d in _OURS)
    app = r"(?!\s+(?:apps?|plugins?|extensions?|add-?ons?)\b)"
    source = not_a_source(words) if name in MESSAGING else ""
    if name in MESSAGING:
        # "premium support through a dedicated Slack channel": people talking, no data.
        owners = "|".join(rf"(?<={o}\s{words})" for o in SUPPORT_CHANNEL_OWNERS)
        source += rf"(?!(?:{owners})\s+channels?\b)"
    return rf"\b{words}\b(?:{app}|{ours})" + source


_EDI_SETS = (
    r"(?:204|210|214|810|820|830|832|846|850|852|855|856|860|861|862|864|940|943|944|945"
    r"|947|990|997|999)"
)

# Checked behind the set's number (always three digits), so the rule starts with it.
_AFTER_ARTICLE = (
    "(?:"
    + "|".join(
        rf"(?<={article}\s{edi}\d{{3}})"
        for article in ("a", "an", "the", "each", "every", "one", "their", "our")
        for edi in ("", r"edi\s")
    )
    + ")"
)

SECTOR_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    *SYSTEM_TYPE_RULES,
    *(_app_platform(name) for name in APP_PLATFORMS),
    # An EDI transaction set named by its number alone: "give us an 856 for every
    # shipment", "810s back within the hour" (with a document word, see DATA_RULES).
    r"\b" + _EDI_SETS + _AFTER_ARTICLE + r"s?\b(?=\s*(?:[,.;:!?\"”)]|$|(?:for|to|from|per|on"
    r"|back|with|within|when|whenever|after|through|via|into|and|or|is|are)\b))"
    r"|\b" + _EDI_SETS + r"s\b(?!\s*(?:%|percent))",
    # Rostering and school systems: "Clever rostering", "ClassLink roster server", "roster
    # files", "grades synced back to Banner", "Canvas gradebook".
    r"\b(?:clever|classlink)\s+(?:rostering|rosters?|roster\s+server|sync\w*|secure\s+sync"
    r"|data|apis?|exports?|imports?|feeds?|files?)\b",
    r"\broster(?:ing)?\s+(?:sync\w*|data|files?|feeds?|imports?|exports?|integrations?)\b",
    r"\b(?:to|into|from|with)\s+banner\b(?!\s+(?:ads?|messages?|images?|notices?)\b)",
    r"\bcanvas\s+(?:lms|lti|gradebooks?|courses?|course\s+shells?|apis?|instances?"
    r"|rostering|sis\s+imports?)\b|\b(?:to|into|from|with)\s+canvas\b(?!\s+(?:bags?|prints?"
    r"|of)\b)",
    # Reports filed with a regulator: "MiFID II transaction reports generated and submitted
    # to their ARM by T+1", "returns filed with the tax authority".
    r"\b(?:reports?|returns?|filings?|submissions?|files?)\s+(?:(?:is|are|to\s+be|should\s+be"
    r"|must\s+be)\s+)?(?:[\w-]+\s+and\s+)?(?:submitted|filed|sent|reported|transmitted"
    r"|delivered|uploaded)\s+(?:automatically\s+|electronically\s+|directly\s+)?(?:to|with)\s+"
    r"(?:the\s+|their\s+|its\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:regulators?|arms?"
    r"|trade\s+repositor(?:y|ies)|tax\s+authorit(?:y|ies)|revenue\s+agenc(?:y|ies)"
    r"|central\s+banks?|clearing\s+houses?|credit\s+bureaus?|registr(?:y|ies))\b",
)  # fmt: skip

SECTOR_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Access that ends on its own: "read-only auditor accounts that expire after 30
    # days", "guest users to be disabled automatically".
    r"\b(?:accounts?|access|logins?|users?|credentials?|invitations?|invites?)" + DUNNING_END
    + r"\s+(?:that\s+"
    r"|which\s+|to\s+|will\s+|should\s+|must\s+|shall\s+)?(?:automatically\s+)?(?:expire[sd]?"
    r"|(?:are|is|be|get|gets)\s+(?:automatically\s+)?(?:disabled|revoked"
    r"|deactivated|suspended))\b",
    r"\b(?:read|view)[\s-]only\s+(?:[\w-]+\s+)?(?:accounts?|logins?|users?|roles?|seats?)\b",
    # Retention said with an active verb: "keep chat transcripts for seven years".
    r"\b(?:keep|keeps|keeping|retain|retains|retaining|store|stores|storing|preserve"
    r"|preserves|preserving)\s+(?:[\w-]+\s+){0,5}?for\s+(?:at\s+least\s+|up\s+to\s+"
    r"|a\s+minimum\s+of\s+)?" + NUM + r"\s+(?:days|weeks|months|years)\b",
    # Copies kept in another region are residency and recovery, not data moving to a
    # system: "no replication to other regions", "cross-region replication".
    r"\breplicat(?:e|es|ed|ing|ion)\s+(?:to|in|into|across|between)\s+(?:an?\s+|the\s+|their\s+)?"
    r"(?:other|another|different|second|secondary|multiple|separate|backup|two|three)\s+"
    r"(?:[\w-]+\s+)?(?:regions?|data\s+cent(?:er|re)s?|zones?|countries|sites?)\b"
    r"|\b(?:cross[\s-]region|geo|multi[\s-]region)[\s-]?replication\b",
)  # fmt: skip

# "late-assignment penalties calculated in the gradebook": the product works the penalty
# out for their users, which is logic; a penalty on us is a term (tagging_rules_flags),
# however it is worked out ("a penalty deducted from our monthly fee").
PENALTY_IN_PRODUCT = (
    r"(?!\s+(?:(?:is|are|to\s+be|should\s+be|must\s+be|be|gets?)\s+)?(?:automatically\s+)?"
    r"(?:calculated|computed|applied|deducted|assessed|added)\b(?![^.;]{0,20}?\b(?:to|from"
    r"|against|on|off)\s+(?:us|our|the\s+(?:vendor|supplier)|(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:invoices?|fees?|subscription|licen[cs]e))\b))"
)
# "renewal fees calculated with a late penalty", "permit fees computed from the floor
# area": fees the product works out for their payers, not the fees they pay us ("our
# setup fee calculated on the seat count" stays ours). Checked after "fee(s)".
FEES_WORKED_OUT = (
    r"(?!\s+(?:(?:is|are|to\s+be|should\s+be|must\s+be|be|gets?)\s+)?(?:automatically\s+)?"
    r"(?:calculated|computed|recalculated|assessed)\b(?![^.;]{0,30}?\b(?:us|our)\b))"
)
# A late penalty is charged to whoever pays them late ("a 50% late penalty once the
# licence expires"), like a late fee, unless it falls on us ("a late penalty if we miss
# go-live"). Checked behind the stem "penalt".
LATE_PENALTY_THEIRS = (
    r"(?:(?<!late\spenalt)(?<!late-penalt)|(?=(?:y|ies)\b[^.;]{0,40}?\b(?:we|us|our)\b))"
)
# A payment plan their product sets up for the people who owe them ("fines split into a
# payment plan automatically", "payment plans for taxpayers with arrears") is their rule,
# not how the customer pays us. Checked after "payment plan(s)".
THEIR_PAYMENT_PLAN = (
    r"(?!\s+(?:(?:is|are)\s+)?(?:automatically|auto[\s-]created)\b)"
    r"(?![^.;]{0,40}?\b(?:defendants?|taxpayers?|ratepayers?|patients?|students|tenants?"
    r"|residents?|debtors?|borrowers?|citizens?|claimants?|offenders?|households?|licensees?"
    r"|policyholders?|permit\s+holders?|account\s+holders?|their\s+customers)\b)"
)
# "a 5% multi-policy discount when a household holds both policies": a discount the
# product applies to a kind of their customer is a pricing rule, not our price.
DISCOUNT_BY_RULE = r"(?!(?:s|ed)?\s+(?:when|whenever|if|once)\s+(?:a|an|any|every|each)\s)"

SECTOR_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Loyalty rules: "earn double points in their birthday month", "capped at 5,000 bonus
    # points", "a 2x points multiplier".
    r"\b(?:earn|earns|earned|earning|accru\w+|get|gets|award\w*|give|gives)\s+(?:double"
    r"|triple|quadruple|\d+(?:\.\d+)?\s?x|twice\s+the|extra|bonus|\d[\d,]*|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+"
    r"(?:bonus\s+|loyalty\s+|reward\s+)?points\b|\bbonus\s+points\b|\bpoints?\s+multipliers?\b"
    r"|\b(?:capped|limited)\s+at\s+(?:a\s+maximum\s+of\s+)?[\d,]+\s+(?:bonus\s+|loyalty\s+"
    r"|reward\s+)?points\b",
    # A check the product runs on records: "a confirmation-of-payee check on beneficiaries",
    # "a duplicate check on every invoice" (not a background or security check on people).
    r"\bchecks?(?<!background\scheck)(?<!background\schecks)(?<!security\scheck)"
    r"(?<!security\schecks)(?<!health\scheck)(?<!health\schecks)\s+(?:on|against)\s+"
    r"(?:(?:every|each|all|any|new|incoming|outgoing|the|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:beneficiar(?:y|ies)|payees?|payments?|transactions?|orders?|applicants?|applications?"
    r"|claims?|invoices?|transfers?|wires?|shipments?|returns?|bookings?|refunds?|loans?"
    r"|policies|quotes?)\b",
    # Matching within a tolerance: "auto-match settlements to statement lines within a
    # $0.05 tolerance" (not fault tolerance).
    r"\btolerances?\b(?<!fault\stolerance)(?<!fault-tolerance)(?<!fault\stolerances)"
    r"(?<!zero\stolerance)(?<!zero-tolerance)",
    # How an insurer prices a risk: "a rating factor for roof age", "underwriting rules
    # for flood zones", "the rating algorithm for commercial auto".
    r"\b(?:rating|underwriting)\s+(?:factors?|rules?|algorithms?|tables?|variables?"
    r"|relativit(?:y|ies)|criteria)\b",
)  # fmt: skip

# Shapes of DATA_RULES and LOGIC_RULES in promises.tagging_rules, kept here with the
# families they now leave out.
_REGIONS = (
    r"(?:an?\s+|the\s+|their\s+)?(?:other|another|different|second|secondary|multiple"
    r"|separate|backup|two|three)\s+(?:[\w-]+\s+)?(?:regions?|data\s+cent(?:er|re)s?|zones?"
    r"|countries|sites?)\b"
)
# Copies sent to a country or region by name ("never replicated to the US", "replicated
# into an EU region") are residency, as transfers to one are (DATA_TRANSFER); not a place
# that names a system of theirs ("replicated to the US sales team's Snowflake").
REPLICATION_TO_PLACE = (
    r"|(?:to|into)\s+(?:the\s+|an?\s+)?" + PLACE
    + r"(?:\s+(?:regions?|data\s+cent(?:er|re)s?|zones?|hosting))?(?![\w-])"
    r"(?!\s+(?!(?:for|or|and|at|in|by|under|unless|except|even|without|from|during|ever)\b)\w)"
)
DATA_REPLICATION = (
    r"\breplicat(?:e|es|ed|ing|ion)\b(?<!region\sreplication)(?<!region-replication)"
    r"(?<!geo-replication)(?<!georeplication)(?!\s+(?:(?:to|in|into|across|between)\s+"
    + _REGIONS
    + REPLICATION_OUTSIDE
    + REPLICATION_TO_PLACE
    + "))"
)
# Goods, people and money are transferred too: "a store transfer when stock runs low",
# "patient transfers", "a wire transfer", "warm call transfers".
_NOT_DATA_TRANSFER = (
    "wire", "bank", "money", "funds", "fund", "balance", "stock", "store", "inventory",
    "warehouse", "branch", "bin", "site", "location", "dc", "patient", "student", "credit",
    "cash", "payment", "ach", "call", "warm", "knowledge", "title", "international",
    "cross-border", *MONEY_TRANSFERS,
)  # fmt: skip
DATA_TRANSFER = (
    r"\btransfer"
    + "".join(rf"(?<!{w}\stransfer)" for w in _NOT_DATA_TRANSFER)
    + r"(?:s|red|ring)?\b(?!\s+(?:of\s+)?(?:ownership|stock|inventory|goods|pallets|patients?"
    r"|students?|funds|money|calls?|clauses?|provisions?|restrictions?)\b|\s+(?:to|outside(?:\s+of)?)\s+(?:the\s+)?(?:us|usa|u\.s\."
    r"|united\s+states|uk|eu|eea|third\s+countries|other\s+countries)\b" + TRANSFER_KEPT_IN
    + LEGAL_TRANSFER + ")" + TRANSFER_NOT_DATA
)
# A certificate of a crypto module, not a validation rule: "an HSM validated to FIPS
# 140-2 Level 3", "FIPS-validated modules".
VALIDATED_AS_LOGIC = (
    r"\bvalidat(?:e|es|ing|ions?(?<!system\svalidation)(?<!gxp\svalidation)"
    r"(?!\s+(?:package|pack|documentation|protocols?|evidence|deliverables"
    + VALIDATION_AS_PLACE + r")\b))\b"
    r"|\bvalidated(?<!gxp\svalidated)(?<!gxp-validated)(?<!fips\svalidated)"
    r"(?<!fips-validated)(?<!140-2\svalidated)(?<!140-3\svalidated)\b(?!\s+(?:encryption"
    r"|modules?|crypto\w*|certificates?|domains?|emails?|identit\w+|(?:[\w-]+\s+)?(?:env"
    r"(?:ironment)?s?|instances?|systems?|tenants?|platforms?|hosting|clouds?|state"
    r"|servers?)\b|(?:to|against|under|at)\s+(?:fips|common\s+criteria|eal\s*\d|nist|pci"
    r"|iso|fedramp|level\s+\d)" + VALIDATED_AND_LIVE + "))"
)
# People of an age: "students under 13" says whom a rule covers, not a threshold on a
# record ("anyone under 98% accuracy" is one). Checked behind the comparison word of the
# threshold rule, where a one- or two-digit number follows.
_OF_AN_AGE = (
    "children", "child", "kids", "minors", "students", "pupils", "learners", "teens",
    "teenagers", "users", "visitors", "anyone", "people", "applicants", "youths", "aged",
)  # fmt: skip
NOT_AGE = (
    r"(?:(?!\s+\d{1,2}(?![\d%]|[.,]\d)(?!\s*(?:%|percent)))|"
    + "".join(rf"(?<!{p}\s{w})" for p in _OF_AN_AGE for w in ("under", "over", "below", "above"))
    + ")"
)
