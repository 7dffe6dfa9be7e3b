"""Seed rules for the two hard-stop flags: a delivery date, and commercial terms.

The delivery-date rules (DATE_RULES) live in promises.tagging_rules_dates and are
re-exported here; the commercial-terms rules are below. Conventions (from the labelled
asks): prices and discounts that are product data ("discounts above 20% blocked", "a
pricing rule") are custom logic, not commercial terms; the money the customer pays us is.
"""

from __future__ import annotations

from promises import tagging_rules_billing as _bl
from promises import tagging_rules_breadth_a as _ba
from promises import tagging_rules_breadth_b as _bb
from promises import tagging_rules_chair_lot_port as _clp
from promises import tagging_rules_devplat as _dv
from promises import tagging_rules_formal as _fm
from promises import tagging_rules_giving as _gv
from promises import tagging_rules_learning as _le
from promises import tagging_rules_mail as _ml
from promises import tagging_rules_objects as _ob
from promises import tagging_rules_pc as _pc
from promises import tagging_rules_people as _pp
from promises import tagging_rules_pos as _pos
from promises import tagging_rules_shapes as _sh
from promises import tagging_rules_sites as _st
from promises import tagging_rules_tech as _tc
from promises.tagging import Rule, regex_rules
from promises.tagging import phrase_rules as _phrases
from promises.tagging_rules_clear import CLEAR_TERMS_RULES, FEES_WAIVED_BY_RULE
from promises.tagging_rules_commerce import PRICE_BREAK_AT_QUANTITY
from promises.tagging_rules_cross import CROSS_TERMS_RULES
from promises.tagging_rules_dates import DATE_RULES
from promises.tagging_rules_dlp import FREE_ADMISSION_AHEAD
from promises.tagging_rules_field import BILLED_PER
from promises.tagging_rules_general import (
    DISCOUNT_APPLIED,
    FEES_RECOGNIZED,
    GENERAL_TERMS_RULES,
    NOT_A_NAMED_PERSON,
    NOT_OUR_CREDIT,
    ON_THEIR_INVOICES,
)
from promises.tagging_rules_notes import NOTES_TERMS_RULES
from promises.tagging_rules_ops import OPS_TERMS_RULES
from promises.tagging_rules_sectors import (
    DISCOUNT_BY_RULE,
    FEES_WORKED_OUT,
    LATE_PENALTY_THEIRS,
    PENALTY_IN_PRODUCT,
    THEIR_PAYMENT_PLAN,
)
from promises.tagging_rules_trades import (
    FEES_LEFT_OUT,
    FREE_AS_AVAILABLE,
    NOT_OUR_FEE,
    PRICES_WORKED_OUT,
)
from promises.tagging_rules_utility import (
    THEIR_CREDITS_AHEAD,
    THEIR_CREDITS_BEHIND,
    THEIR_TRUE_UP_AHEAD,
    THEIR_TRUE_UP_BEHIND,
)
from promises.tagging_vocab import COMMERCIAL_TERMS, FULL_MONTH, NUM

__all__ = ["DATE_RULES", "GENERIC_TERMS_RULES", "TERMS_RULES"]


_SUPPORT_LEVEL = (
    r"(?:premium|premier|priority|enterprise|platinum|gold|silver|24/7|24x7|extended"
    r"|dedicated|named|white[\s-]glove|concierge|vip|weekend|after[\s-]hours|in[\s-]language"
    r"|follow[\s-]the[\s-]sun)"
)

_THEIR_SLA = "".join(
    rf"(?<!{w}\s{sla})"
    for w in ("internal", r"breaching\stheir", r"breach\stheir", r"breached\stheir",
              r"breaches\stheir", r"against\stheir", r"tracks\stheir", r"track\stheir",
              r"tracking\stheir", r"within\stheir", r"their\sinternal", "own")
    for sla in ("sla", "slas")
)  # fmt: skip
# Priority of a support ticket: "P1", "Sev 2", "priority 1", "critical".
_SEVERITY = r"(?:p[1-4]|sev(?:erity)?[\s-]?[1-4]|priority[\s-](?:[1-4]|one|two)|critical|urgent)"

# Phrases of COMMERCIAL_TERMS matched only in the shapes of TERMS_RULES below.
_IN_SHAPES = frozenset((
    "sla", "response time", "first response", "resolution time", "liability",
    "limitation of liability", "liability cap", "indemnity", "indemnification", *_ml.RATE_PHRASES,
    *_tc.RELAYER_PHRASES, *_bl.BILLING_TERM_PHRASES, "msa", "master services agreement",
    *(f"{level} support" for level in ("premium", "premier", "priority", "enterprise",
                                       "platinum", "gold", "dedicated", "named",
                                       "white-glove", "extended")),
    "payment plan", "instalment", "installment", "true-up",
    "payment milestone",  # not one of their payees' (promises.tagging_rules_giving)
    "complimentary",  # only as a discount from us (promises.tagging_rules_appsec)
    "escrow",  # not a borrower's escrow (promises.tagging_rules_mortgage)
    *_pos.TERMS_IN_SHAPES,  # not a cash drawer's overage (promises.tagging_rules_pos)
))  # fmt: skip
# A count of instalments compared with a limit is the condition of their own rule
# ("payment plans longer than six installments need CFO sign-off"), like payment terms
# compared (promises.tagging_rules_objects TERMS_COMPARED). Checked before "instalment".
_INSTALMENTS_COMPARED = "".join(
    rf"(?<!{w}\s\w{{{n}}}\s)"
    for w in ("than", "over", "above", "exceeding", "beyond")
    for n in range(1, 8)
)
# An insurance premium paid in instalments is what their policyholders pay them, not a
# payment plan with us: "instalment premiums collected by direct debit", "premium
# instalments", "instalments of the annual premium". Checked before and after the word.
PREMIUM_BEHIND = r"(?<!premium\s)(?<!premiums\s)"
PREMIUM_AHEAD = r"(?!\s+(?:premiums?|of\s+(?:the\s+|their\s+|each\s+)?(?:[\w-]+\s+)?premiums?)\b)"
# The workflow their contract tool runs on a kind of document ("the custom MSA approval
# routing", "MSA intake fields"): their documents, not our MSA. Checked after "MSA".
MSA_WORKFLOW = (
    r"(?:approval\s+(?:routing|workflows?|steps?|chains?|flows?|rules?)|routing|workflows?"
    r"|intake|fields?|metadata|repository|queues?|obligations?)\b"
)
# "40% credit to first touch, 40% to last touch": a share an attribution model gives.
ATTRIBUTION_CREDIT = (
    r"(?!\s+(?:goes\s+|going\s+)?(?:to|for)\s+(?:the\s+|each\s+|every\s+)?(?:(?:first|last|middle"
    r"|final|initial|opening|closing|lead|assisting)[\s-]+)?(?:touch(?:points?|es)?|clicks?"
    r"|channels?|campaigns?|interactions?|sources?|sessions?|visits?|middle|ads?)\b)"
)
_CLAUSE_HANDLED = (
    r"(?!\s+clauses?\b[^.;]{0,60}?\b(?:rout\w*|flag\w*|deviat\w*|redlin\w*|extract\w*|tagged"
    r"|highlight\w*|compared|review\w*|fallback|playbook|library)\b)"
    # Rated as a risk ("flags any uncapped indemnity as high risk") or kept on every one of
    # their documents ("fields for liability cap and notice period on every MSA").
    r"(?![^.;]{0,40}?\bas\s+(?:a\s+)?(?:high|medium|low|elevated|critical)[\s-]+risk\b)"
    r"(?![^.;]{0,60}?\b(?:on|in|for|of|across)\s+(?:every|each|all|any)\s+(?:[\w-]+\s+)?"
    r"(?:msas?|contracts?|agreements?|ndas?|sows?|documents?|templates?)\b)"
)

# The kinds of fee the customer pays us.
_OUR_FEE_KINDS = (
    r"(?:setup|set-up|implementation|onboarding|training|migration|licen[cs]e|subscription"
    r"|renewal|annual|platform|integration|services|overage|cancellation|termination"
    r"|consulting)"
)

TERMS_RULES: tuple[Rule, ...] = (
    *_bl.BILLING_TERMS_RULES,
    *_dv.DEVPLAT_TERMS_RULES,
    *_phrases("commercial_terms", *(t for t in COMMERCIAL_TERMS if t not in _IN_SHAPES)),
    *regex_rules(
        "commercial_terms",
        # An SLA clock or timer on tickets is a workflow rule (custom logic), not a term.
        # Nor is the customer's own target that a dashboard tracks: "their internal SLA".
        # So is a breach recorded on their records: "a custom SLA-breach flag on tickets".
        r"\bslas?\b(?![\s-]+(?:clocks?|timers?|countdowns?|breaches|attainment)\b)"
        # Breaches kept as their data are records moved or counted: "SLA breach events".
        r"(?![\s-]+breach[\s-]+(?:flags?|fields?|alerts?|reports?|rates?|counts?|metrics?"
        r"|status(?:es)?|indicators?|dates?|columns?|tags?|percentages?|events?|records?"
        r"|logs?|histor(?:y|ies)|data|timestamps?)\b)" + _THEIR_SLA,
        # A response time measured per agent or team is a report metric, not a promise.
        r"\b(?:first[\s-]response|(?:response|resolution)\s+time)" + _tc.RESPONSE_AS_SPEED
        + r"(?!(?:s?\s+times?|s)?\s+(?:per"
        r"|by|for\s+each|across)\b)" + _pp.THEIR_RESPONSE_TARGETS + r"(?:\s+times?|s)?\b",
        # A clause their contract tool handles ("any indemnity clause is routed to senior
        # counsel", "flag any limitation of liability clause that deviates") is a document,
        # not a term of ours.
        r"\b(?:limitation\s+of\s+)?liabilit(?:y|ies)\b" + _st.THEIR_LIABILITY + _CLAUSE_HANDLED
        + _sh.LIABILITY_WAIVER,
        # Our MSA, not a class of their documents ("initials on every page, but only for
        # their master services agreements", "each MSA routed to legal").
        r"\b(?<!every\s)(?<!each\s)(?<!any\s)(?<!all\s)(?:msa|master\s+services?\s+agreement)"
        r"\b(?!s?\s+" + MSA_WORKFLOW + r")" + _gv.MSA_AS_A_TIME,
        # Not a "cost centre" or "cost code", which are fields.
        r"\b(?:at\s+no|no|without(?:\s+any)?)\s+(?:additional\s+|extra\s+)?(?:cost|charge|fee)s?"
        r"\b(?!\s+(?:cent(?:er|re)|code|allocation|object|element|line)s?\b)",
        r"\bfor\s+free\b|\bfree\s+of\s+charge\b",
        # Not a waiver their product grants by rule: "fee waivers for registered nonprofits
        # applied only after a supervisor approves", "the waiver request".
        _sh.WAIVER_SIGNED_BEHIND + _ba.STAFF_WAIVE + r"\bwaiv(?:e|es|ed|er|ing)\b"
        + _sh.WAIVER_MADE_BY + _bb.WAIVER_AS_FIELD
        + r"(?!s?\s+(?:automatically|requests?|applied)\b)"
        r"(?!s?\s+for\s+(?:[\w-]+\s+){0,2}?(?:nonprofits|applicants|residents|students|guests"
        r"|patients|members|seniors|veterans|families|(?:home)?buyers|homebuyers|borrowers"
        r"|employees|staff)\b)",
        r"\bincluded\s+in\s+(?:the|their|our)\s+(?:[\w-]+\s+)?"
        r"(?:subscription|licen[cs]e|contract|plan|price|fee|deal|agreement|order)s?\b",
        # Our payment terms, not a property of their own customers ("their Net 30 accounts").
        # Terms on their own invoices to their customers are their rule (promises.
        # tagging_rules_general); "payment terms" left the phrase list to take that check.
        r"\b" + _bl.RECORDS_WITH_TERMS + r"payment\s+terms\b" + ON_THEIR_INVOICES
        + _ob.TERMS_COMPARED + _bl.ROUTED_AHEAD,
        r"\bpayment\s+plans?\b" + _ob.TERMS_COMPARED + THEIR_PAYMENT_PLAN,
        r"\b" + _INSTALMENTS_COMPARED + PREMIUM_BEHIND + _pc.LINES_BEHIND + _gv.PLEDGE_BEHIND
        + r"instal?lments?\b" + PREMIUM_AHEAD + _gv.PLEDGE_AHEAD + _clp.INSTALMENT_RECORD_AHEAD,
        r"\b" + _gv.THEIR_PAYEES_BEHIND + r"payment[\s-]*milestones?\b",
        r"\b" + _ob.THRESHOLD_BEHIND + r"net[\s-]?(?:7|10|14|15|30|45|60|75|90|120)\b"
        + ON_THEIR_INVOICES
        + r"(?!\s+(?:accounts?|customers?|clients?|buyers?|vendors?|suppliers?|invoices?|bills?"
        r"|orders?|debtors?))",
        # Our true-up, not one that settles their customers' bills (_utility).
        r"\b" + THEIR_TRUE_UP_BEHIND + r"true[\s-]ups?\b" + THEIR_TRUE_UP_AHEAD,
        r"\bpenalt" + LATE_PENALTY_THEIRS + r"(?:y|ies)\b" + PENALTY_IN_PRODUCT,
        _ba.UNION_GUARANTEES + r"\bguarantee(?:s|d)?\b" + _fm.GUARANTEE_AS_ASSURANCE,
        r"\bindemn\w*\b" + _CLAUSE_HANDLED,
        r"\b(?:dedicated|named)\s+(?:[\w-]+\s+)?(?:csm|engineer|manager|team|resource|contact"
        r"|consultant|architect|specialist)s?\b" + NOT_A_NAMED_PERSON + _st.SITE_ROLE_NAMED
        + _dv.ROUTED_TO_TEAM,
        # Not their own team named for the tickets it takes: "the VIP support group".
        r"\b" + _SUPPORT_LEVEL + r"\s+support\b(?!\s+(?:groups?|pools?|rotas?)\b)",
        r"\b(?:support|coverage|available|availability|respon\w+)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:during|within|in|outside)\s+(?:[\w-]+\s+)?business\s+hours\b",
        r"\bsupport(?<!customer's\ssupport)(?<!customer’s\ssupport)(?<!account's\ssupport)"
        r"(?<!account’s\ssupport)\s+tiers?\b",
        r"\b(?:quarterly|monthly|annual|yearly|month[\s-]to[\s-]month)\s+(?:invoicing|billing"
        r"|payments?|invoices?)\b" + _pp.PAYMENT_AS_FILE,
        # The length of our contract: "an annual contract", "a month-to-month term".
        r"\b(?:an|a|the|one)\s+(?:annual|yearly|month[\s-]to[\s-]month|one[\s-]year"
        r"|12[\s-]month|twelve[\s-]month)\s+(?:contract|term|agreement|commitment|subscription)s?\b",
        # Credits on what they pay us, not gift, tax, course or film credits.
        r"\b(?<!soft\s)(?<!hard\s)(?<!tax\s)(?<!carbon\s)(?<!course\s)(?<!cpe\s)(?<!cme\s)"
        r"(?<!ceu\s)(?<!academic\s)(?<!energy\s)(?<!end\s)(?<!closing\s)(?<!opening\s)"
        r"(?<!matching\s)(?<!gift\s)(?<!store\s)(?<!\d\s)" + _le.LEARNING_CREDITS
        + THEIR_CREDITS_BEHIND + _ba.PAY_CREDITS + r"credits\b" + NOT_OUR_CREDIT
        + THEIR_CREDITS_AHEAD
        + r"(?!\s+(?:for|if|when|against|toward|towards)\b)",
        # When the customer pays us: "pay in two instalments", "pay the licence in March",
        # "pay quarterly in advance". Their own customers paying is product behaviour.
        r"\bpa(?:y|ys|ying|id)(?<!customers\spay)(?<!patients\spay)(?<!members\spay)"
        r"(?<!users\spay)(?<!buyers\spay)(?<!shoppers\spay)(?<!students\spay)(?<!parents\spay)"
        r"(?<!tenants\spay)(?<!donors\spay)(?<!guests\spay)(?<!clients\spay)\s+(?:us\s+|for\s+"
        r"(?:it\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:licen[cs]es?|subscription|seats?|contract"
        r"|renewal)\s+|the\s+(?:[\w-]+\s+)?(?:licen[cs]e|subscription|contract|invoice|fees?"
        r"|balance|renewal)\s+)?(?:(?:in|by|over|across)\s+(?:full\s+|advance|arrears|" + NUM
        + r"\s+(?:instal\w*|install\w*|parts|tranches|payments|chunks)|" + FULL_MONTH + r"\b"
        r"|equal\s+)|(?:monthly|quarterly|annually|yearly|upfront|up\s+front)\b)",
        r"\b(?:invoic|bill)(?:e|es|ed|ing)?\s+(?:annually|quarterly|monthly|in\s+arrears"
        r"|in\s+advance|upfront|up\s+front)\b",
        r"\b\d{2}(?:\.\d+)?\s?%\s+(?:monthly\s+)?(?:uptime|availability)\b",
        r"\b(?:uptime|availability)\s+(?:commitment\s+|target\s+|guarantee\s+)?(?:of\s+|at\s+)?"
        r"\d{2}(?:\.\d+)?\s?%",
        # A credit counted in our billing periods: "a credit of one month's fees", "a credit
        # equal to two weeks of subscription fees".
        r"\bcredits?\s+(?:of|equal\s+to|worth)\s+(?:" + NUM + r"|a\s+full|the|their)\s+"
        r"(?:full\s+)?(?:days?|weeks?|months?|quarters?|years?)(?:['’]s?)?\s+(?:of\s+)?"
        r"(?:(?:their|the|our)\s+)?(?:subscription\s+|licen[cs]e\s+|service\s+|platform\s+)?"
        r"(?:fees?|charges?)\b",
        # Not credit shared out by an attribution model: "40% credit to first touch".
        r"\b\d+(?:\.\d+)?\s?%\s+(?:service\s+)?credits?\b" + ATTRIBUTION_CREDIT
        + r"|\b(?<!soft\s)(?<!gift\s)(?<!store\s)" + THEIR_CREDITS_BEHIND
        + r"credits?\s+(?:for|if|when|against"
        r"|toward|towards)\b",
        r"\b(?:\d+|one|two|four|eight|twelve)" + _tc.RESPONSE_MISSED
        + r"[\s-]?(?:minutes?|hours?|business[\s-]hours?|days?"
        r"|business[\s-]days?)\s+(?:initial\s+)?(?:support\s+)?(?:response|resolution|fix|turnaround"
        r"|acknowledg\w*)\b",
        # Not a person in their workflow: "if no approver responds within 15 minutes".
        r"\b(?<!no\sapprover\s)(?<!no\sreviewer\s)(?<!no\smanager\s)(?<!no\sone\s)"
        r"(?:respond|responds|resolve|resolves|resolved)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?"
        r"within\b",
        # Support response promised without the word SLA: "priority 1 support tickets
        # answered within 30 minutes", "P1 response in 1 hour", "support around the clock".
        r"\b" + _SEVERITY + r"\s+(?:(?!not\b)[\w-]+\s+){0,2}?(?:answered|responded\s+to|responses?"
        r"|acknowledged|picked\s+up|resolved|fixed)\s+(?:[\w-]+\s+)?(?:within|in|under)\s+"
        + NUM + r"\s*(?:min(?:ute)?s?|h(?:ou)?rs?|h|business\s+(?:hours?|days?))\b",
        r"\b(?:a?round)[\s-]the[\s-]clock\b",  # as "24/7"
        # We pay: "wants us to pay for a penetration test", "at our cost", "our expense".
        r"\bus\s+to\s+(?:pay|fund|foot|cover\s+the\s+cost|bear\s+the\s+cost|absorb\s+the\s+cost)\b"
        r"|\b(?:at|on)\s+our\s+(?:own\s+)?(?:cost|expense|dime)\b|\bour\s+(?:own\s+)?expense\b",
        r"\bterminat" + _ml.TERMINATION_AS_TIME + r"(?:e|es|ed|ing)\s+(?:the\s+|their\s+|this\s+)?"
        r"(?:contract|agreement"
        r"|subscription|order|deal|msa)\b|\bterminat\w*\s+for\s+convenience\b",
        r"\bcancel(?:l?ation)?\s+(?:the\s+|their\s+)?(?:contract|subscription|agreement)\b"
        r"|\bopt[\s-]out\s+(?:clause|right)s?\b",
        r"\brefund(?:s|ed)?\s+(?:of\s+)?(?:the\s+|their\s+|any\s+|all\s+)?(?:fees?|subscription"
        r"|licen[cs]es?|prepaid|unused|payments?|money)\b|\bpro[\s-]?rat(?:a|ed)\s+refund",
        r"\b(?:multi[\s-]year|\d+[\s-]year|two[\s-]year|three[\s-]year|five[\s-]year)\s+"
        r"(?:contract|term|agreement|deal|commitment|price|pricing)s?\b",
        # Fees the product works out are theirs, unless named as ours ("our setup fee").
        r"\b" + FEES_LEFT_OUT + r"(?:(?<=our\s)" + _OUR_FEE_KINDS + r"\s+fees?\b|"
        + _OUR_FEE_KINDS + r"\s+fees?\b" + FEES_WORKED_OUT + ")" + FEES_RECOGNIZED
        + FEES_WAIVED_BY_RULE,
        # "the price per named user stays locked at $65": a per-seat unit may come between.
        r"\b(?:pric\w*|fee" + NOT_OUR_FEE + r"s?|increases?|uplifts?|renewals?|rates?)\s+"
        r"(?:per\s+(?:named\s+|active\s+|concurrent\s+|billable\s+)?(?:users?|seats?"
        r"|licen[cs]es?|members?|employees?|agents?|sites?)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:capped|frozen|held|locked|fixed|protected)\b",
    ),
)  # fmt: skip

# Price shapes, cooperative contracts and retainage (promises.tagging_rules_cross), note
# shorthand such as "paid by us" (_notes) and tender voice ("at its own cost", _formal).
TERMS_RULES += CROSS_TERMS_RULES + NOTES_TERMS_RULES + _fm.FORMAL_TERMS_RULES
TERMS_RULES += _ml.MAIL_TERMS_RULES  # their staff's pay rates are not ours (_mail)
TERMS_RULES += _tc.TECH_TERMS_RULES  # usage pricing, marketplaces, relayers (_tech)
TERMS_RULES += OPS_TERMS_RULES  # our rate card, no additional cost (_ops)
TERMS_RULES += GENERAL_TERMS_RULES  # half price, free seats (_general)
TERMS_RULES += CLEAR_TERMS_RULES  # on-site response, a premium paid us (_clear)

# What the customer pays us for: a discount or a cut on one of these is a commercial term.
_OURS = (
    r"(?:licen[cs]es?|subscriptions?|renewals?|contracts?|seats?|acv|arr|tcv|deal|order\s+form"
    r"|first\s+(?:year|yr|invoice|term)|(?:year|yr)\s+(?:one|1)|y1|(?:licen[cs]e|subscription"
    r"|platform|annual|implementation|setup|set-up|onboarding|service|support|seat|per[\s-]seat"
    r"|renewal|contract)\s+(?:fees?|prices?|pricing|costs?|rates?)|add-?ons?" + BILLED_PER + ")"
)

# Generic commercial words: they say what kind of term it is but name nothing concrete.
GENERIC_TERMS_RULES: tuple[Rule, ...] = (
    *_phrases("commercial_terms", "professional services"),
    *regex_rules(
        "commercial_terms",
        # Not free work: "free-text", "a free email domain", "free shipping" for their buyers.
        _sh.JOINS_FREE + r"\bfree(?<!-free)\b" + FREE_AS_AVAILABLE + _ml.FREE_IN_A_NAME
        + FREE_ADMISSION_AHEAD + _clp.FREE_TIME_AHEAD
        + r"(?![\s-](?:text|form|e-?mail|web-?mail|mail|shipping|returns|up|articles?"
        r"|stories|reads|views|downloads|samples|gifts|previews|chapters|episodes|videos|lessons"
        r"|school|meals?|lunch(?:es)?"
        r"|from)\b)",
        # Prices and discounts are also product data ("prices pulled from their PIM",
        # "discounts above 20% blocked"): only their commercial shapes count here.
        r"\bpric(?:e|es|ing)\s+(?:lock|cap|freeze|frozen|increase|hold|protection|match)\w*"
        + _bl.ROUTED_AHEAD,
        r"\b(?:fixed|same|current|special|locked|renewal|unit(?<!quote\sunit)|per[\s-]seat"
        r"|seat|introductory"
        r"|promotional|discounted|flat|better|lower|ramped)\s+pric(?:e|es|ing)\b"
        + PRICES_WORKED_OUT + _le.PRICE_MOVES_BY_RULE,
        r"\bpricing\s+(?:for|on)\s+(?:the\s+|their\s+)?(?:renewal|subscription|licen[cs]es?"
        r"|seats?|contract|first\s+year)\b",
        r"\b" + _ob.THRESHOLD_BEHIND + r"\d+(?:\.\d+)?\s?%\s+(?:[\w-]+\s+){0,2}?discount"
        + DISCOUNT_BY_RULE + DISCOUNT_APPLIED,
        r"\b" + _pos.GUEST_DISCOUNT_BEHIND + r"discount(?:s|ed)?\s+(?:of|on|for)\b"
        + _fm.DISCOUNT_THRESHOLD
        + r"(?!\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:quotes?"
        r"|orders?|price\s?books?)\b)",
        r"\b(?:multi-year|volume|loyalty|early|early[\s-]payment|prepayment|upfront|additional"
        r"|extra|special|deeper|bigger|partner|non-?profit|education|launch|renewal)\s+"
        r"discounts?\b" + DISCOUNT_APPLIED
        + r"(?!\s+(?:in|on|for)\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:quotes?|orders?"
        r"|price\s?books?)\b)",
        # Money off what they pay us, in all its phrasings: "20% off the first-year
        # licence", "$5k off list", "a charity discount", "a price cut on the renewal".
        # Money off their own prices ("12% off their list price", "10% off the public
        # rate") is a pricing rule, so the thing taken off must be ours.
        r"\b(?:\d[\d,.]*\s?(?:%|percent|k|m|usd|eur|gbp|dollars|euros|pounds)?|half|a\s+(?:third"
        r"|quarter)|money|something|a\s+(?:bit|little))\s+off\b(?:\s+(?:the\s+|our\s+|its\s+"
        r"|their\s+)?(?:[\w-]+\s+){0,2}?" + _OURS + r"\b|\s+(?:the\s+|our\s+)?(?:list|sticker"
        r"|msrp|rrp)(?:\s+pric(?:e|es|ing))?\b|(?=\s*(?:[.,;!?]|$|if\b|when\b|in\s+exchange\b|for\s+(?:signing"
        r"|committing|prepaying|paying|a\s+(?:multi|\w+[\s-]year)|the\s+first)\b)))"
        r"|\bmoney\s+off\b",
        r"\b(?:discount(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)"
        r"|slash(?:es|ed|ing)?|knock(?:s|ed|ing)?)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _OURS + r"\b|\b" + _OURS + r"\s+(?:[\w-]+\s+){0,2}?"
        r"(?:discounted|reduced|cut|lowered)\s+(?:by|to)\b",
        r"\b(?:an?|any|some|the\s+usual|bigger|deeper|better|further|extra|one-off|one-time"
        r"|charit(?:y|able)|not-for-profit|ngo|educational|academic|student|government"
        r"|public[\s-]sector|startup|competitive|commitment|introductory|promotional"
        r"|first[\s-]year|(?:two|three|four|five|\d+)[\s-]year|signing|end[\s-]of[\s-]quarter"
        r"|quarter[\s-]end|year[\s-]end)\s+discounts?\b(?!\s+(?:codes?|rules?|fields?|approvals?"
        r"|levels?|thresholds?|lines?|types?|engine|matrix|polic(?:y|ies)|tables?|schedules?"
        r"|tiers?|columns?|above|over|under|below|greater|higher|larger|beyond|exceeding"
        r"|deeper|bigger|steeper|more\s+than"
        r"|of\s+more)\b)",
        # Not "price breaks at 10, 50 and 100 units", quantity breaks on their price list.
        r"\bprice\s+(?:cut|reduction|concession|break" + PRICE_BREAK_AT_QUANTITY + r")s?\b"
        r"|\bcheaper\s+(?:price|pricing|rate|deal|plan)s?\b|\b(?:charity|non-?profit"
        r"|not-for-profit|education(?:al)?|academic"
        r"|government|public[\s-]sector|startup|reduced|preferential|concessionary|partner"
        r"|best)\s+(?:pric(?:e|es|ing)|rates?)\b",
    ),
)  # fmt: skip
