"""Seed trigger rules for custom logic: the shapes of a business rule on records.

Split out of promises.tagging_rules (which adds LOGIC_SHAPE_RULES to LOGIC_RULES, and so
to CONCRETE_RULES and DEFAULT_RULES); the same conventions apply. Custom logic is often
written with no logic word at all, only a condition and an automatic effect: "reps
emailed when a deal has had no activity for 14 days", "must not move to Proposal until
budget is filled in", "capped at 25 open opportunities at a time", "leads scored 0 to
100 from job title". These rules name those shapes. A guard whose condition is a
security control ("must not be sent unless encrypted") stays a security control.
Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_clear import PEOPLE_WHOSE_ACCESS_EXPIRES
from promises.tagging_rules_commerce import COMMERCE_LOGIC_RULES
from promises.tagging_rules_cross import CROSS_LOGIC_RULES
from promises.tagging_rules_docs import API_DOWN
from promises.tagging_rules_fleet import FLEET_LOGIC_RULES
from promises.tagging_rules_formal import FORMAL_LOGIC_RULES
from promises.tagging_rules_general import GENERAL_LOGIC_RULES
from promises.tagging_rules_knowledge import KNOWLEDGE_LOGIC_RULES
from promises.tagging_rules_mail import MAIL_LOGIC_RULES
from promises.tagging_rules_notes import NO_PAPER, NOTES_LOGIC_RULES
from promises.tagging_rules_ops import OPS_LOGIC_RULES
from promises.tagging_rules_sectors import SECTOR_LOGIC_RULES
from promises.tagging_rules_tech import TECH_LOGIC_RULES
from promises.tagging_rules_trades import TRADE_LOGIC_RULES
from promises.tagging_rules_utility import UTILITY_LOGIC_RULES
from promises.tagging_vocab import NUM
from promises.tagging_vocab_ops import CREWS, EVIDENCE, FIELD_WORK, PAY_RULES

# A condition that names a security control makes the guard that control.
_NO_CONTROL = (
    r"(?![^.;,]{0,40}?(?:encrypt|\bpgp\b|\bgpg\b|signed\s+with|authenticat|\bmfa\b|\b2fa\b"
    r"|\bsso\b|\bvpn\b|allow-?list|managed\s+device|virus|malware|scan|certificate|token"
    r"|password|log(?:ged)?[\s-]?in))"
)
# "API tokens to expire after 30 days", "auditor accounts that expire after 30 days": a
# credential or an account expiring is a security control, not a record on a clock
# (course certificates stay). Checked behind the verb of the expiry rule.
_CREDENTIALS = (
    "token", "tokens", "key", "keys", "password", "passwords", "session", "sessions",
    "secret", "secrets", "credential", "credentials", "tls certificate", "tls certificates",
    "ssl certificate", "ssl certificates", "tls cert", "tls certs", "ssl cert", "ssl certs",
    "account", "accounts", "access", "login", "logins", "users",
    "pin", "pins", "passcode", "passcodes",
    *PEOPLE_WHOSE_ACCESS_EXPIRES,
)  # fmt: skip
_CREDENTIAL_AUX = ("", r"to\s", r"will\s", r"must\s", r"should\s", r"shall\s",
                   r"automatically\s", r"to\sautomatically\s", r"that\s", r"which\s",
                   "auto-", r"to\sauto-", r"have\sto\s", r"has\sto\s", r"need\sto\s",
                   r"needs\sto\s", r"are\sto\s", r"is\sto\s")  # fmt: skip


def _unless_credential(verbs: str) -> str:
    """verbs (an alternation), unless a credential (and an auxiliary) comes right before.

    The lookbehinds sit behind the verb's first letter, written once for all the verbs
    (as any letter), so they are only tried at words that start like one of them; those
    of one width share one lookbehind (Python allows alternatives of equal width).
    """
    by_width: dict[int, list[str]] = {}
    for noun in _CREDENTIALS:
        for aux in _CREDENTIAL_AUX:
            source = rf"{noun}\s{aux}\w"
            width = len(source.replace(r"\s", " ").replace(r"\w", "w"))
            by_width.setdefault(width, []).append(source)
    letters = "".join(sorted({verb[0] for verb in verbs.split("|")}))
    behind = "".join(f"(?<!{'|'.join(alts)})" for _, alts in sorted(by_width.items()))
    rest = "|".join(rf"(?<={verb[0]}){verb[1:]}" for verb in verbs.split("|"))
    return f"[{letters}]{behind}(?:{rest})"


_WHEN = r"(?:when|whenever|once|if|after|as\s+soon\s+as|while|until|unless)"
# Records a business rule acts on, counted per person ("25 open opportunities").
_WORK_ITEMS = (
    r"(?:opportunit(?:y|ies)|deals?|leads?|accounts?|cases?|tickets?|orders?|tasks?|quotes?"
    r"|claims?|projects?|jobs?|appointments?|bookings?|discounts?|refunds?|returns?|loans?"
    r"|applications?|prospects?|contacts?|visits?|shifts?|reservations?|work\s+orders?)"
)
_NOT = (
    r"(?:(?:must|may|should|shall|will|do|does|can)\s*not|mustn['’]?t|shouldn['’]?t"
    r"|can['’]?t|cannot|won['’]?t|don['’]?t|doesn['’]?t|never)"
)


LOGIC_SHAPE_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A person told on a trigger: "reps emailed when", "the owner is alerted if".
    r"\b(?:emailed|notified|alerted|pinged|reminded|messaged|texted|paged|warned)\b"
    r"[^.;]{0,60}?\b(?:when|whenever|once|if|as\s+soon\s+as)\b",
    # A record held at a step until a condition holds: "must not move to the Proposal
    # stage until", "orders must not be submitted when", "can't close while".
    r"\b" + _NOT + r"\s+(?:be\s+)?(?:able\s+to\s+)?(?:be\s+)?(?:mov|advanc|progress|clos"
    r"|submit|proceed|convert|sav|publish|approv|book|releas|ship|post|complet|finali[sz]"
    r"|promot|transition|go\s+live|invoic|dispatch|sen[dt]\b)\w*\b[^.;]{0,60}?\b(?:until|unless|when"
    r"|whenever|if|while|before|without)\b" + _NO_CONTROL + NO_PAPER,
    # Limits per person or at once: "capped at 25 open opportunities at a time".
    r"\b(?:capped|limited|restricted|held)\s+(?:at|to)\s+(?:a\s+)?(?:max(?:imum)?\s+(?:of\s+)?)?"
    + NUM
    + r"\s+(?:open\s+|active\s+|concurrent\s+|assigned\s+|live\s+|new\s+|outstanding\s+)?"
    r"(?:[\w-]+\s+)?" + _WORK_ITEMS + r"\b",
    r"\b"
    + NUM
    + r"\s+(?:open|active|concurrent|assigned|live|outstanding)\s+(?:[\w-]+\s+)?"
    + _WORK_ITEMS
    + r"\s+(?:at\s+(?:a|any\s+one)\s+time|per\s+(?:rep|agent|person|user|owner|seller))\b",
    # Scoring on a scale: "leads scored 0 to 100 from job title".
    r"\bscor(?:e|es|ed|ing)\s+(?:from\s+|on\s+a\s+(?:scale\s+of\s+)?)?\d+\s*(?:to|-|–|through)"
    r"\s*\d+\b",
    # A status that changes colour or state on its own: "status turns red automatically".
    r"\b(?:turn|turns|turned|turning|go|goes|went|change|changes|changed|switch(?:es|ed)?"
    r"|flip(?:s|ped)?)\s+(?:to\s+)?(?:red|amber|green|yellow|orange)\b",
    r"\bstatus(?:es)?\s+(?:[\w-]+\s+){0,2}?(?:turns?|changes?|flips?|switch(?:es)?|goes"
    r"|updates?)\b[^.;]{0,40}?\b(?:automatically|when|whenever|once|after|if)\b",
    # A share of a limit passed: "actual hours pass 90% of budget" (not 99.9% uptime).
    r"\b(?:pass(?:es|ed)?|hit(?:s)?|reach(?:es|ed)?|cross(?:es|ed)?|tops?|go(?:es)?\s+over)"
    r"\s+(?!99)\d+(?:\.\d+)?\s*(?:%|percent)\s+of\b",
    # Templated documents with computed content: "the quote template to pull prices".
    r"\btemplates?\s+(?:that\s+|to\s+|which\s+|should\s+|must\s+|will\s+|can\s+)?(?:auto"
    r"(?:matically)?[\s-]?)?(?:pull|fill|populat|insert|calculat|comput|merg|fetch|look\s+up"
    r"|pick|show|hide|switch)\w*",
    # Conditional forms: "show export-control questions only when", "hide the section if".
    r"\b(?:show|hide|display|reveal|skip)\w*\s+(?:[\w-]+\s+){0,4}?(?:questions?|fields?"
    r"|sections?|steps?|pages?|options?|tabs?)\s+(?:only\s+)?(?:when|whenever|if|unless"
    r"|once|based)\b",
    # Work left untouched for a while: "no activity for 14 days", "unanswered for 3 days".
    r"\b(?:(?:had|has|have|with)\s+)?(?:no\s+(?:activity|response|reply|replies|update|updates"
    r"|touch(?:es)?|follow[\s-]?up)|untouched|unanswered|unapproved|unassigned|unworked"
    r"|stuck|sitting|sits?)\s+(?:in\s+[\w-]+\s+)?(?:for\s+)?(?:more\s+than\s+|over\s+"
    r"|at\s+least\s+|longer\s+than\s+)?" + NUM + r"\s+(?:business\s+|working\s+|calendar\s+)?"
    r"(?:days?|weeks?|hours?|months?)\b",
    # An automatic effect on a record on a trigger: "reassigned once the rep leaves".
    r"\b(?:assigned|reassigned|re-assigned|escalated|closed|reopened|re-opened|cancell?ed"
    r"|marked|promoted|demoted|converted)\s+(?:automatically\s+)?(?:when|whenever|once"
    r"|as\s+soon\s+as)\b" + _NO_CONTROL,
    # SLA clocks configured on tickets are workflow rules (the flag skips them too).
    r"\bsla[\s-]+(?:clocks?|timers?|countdowns?)\b|\b(?:clocks?|timers?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:pauses?|paused|stops?|stopped|starts?|started|resets?|resumes?)\b",
    # A report cut to a part of the business: "win-rate report limited to their region".
    r"\b(?:reports?|dashboards?|views?|lists?)\b[^.;]{0,60}?\b(?:limited|restricted|filtered"
    r"|scoped)\s+to\s+(?:their|the|its|each|one)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:regions?"
    r"|territor(?:y|ies)|teams?|branch(?:es)?|divisions?|segments?)\b",
    # A report sent to people with only their part: "a weekly report to each regional
    # manager listing overdue inspections in their region only".
    r"\b(?:reports?|dashboards?|digests?|summar(?:y|ies)|lists?)\b[^.;]{0,80}?\b(?:in|for|from"
    r"|within|across|of|on)\s+(?:their|his|her|its)\s+(?:own\s+)?(?:regions?|territor(?:y|ies)"
    r"|teams?|branch(?:es)?|divisions?|departments?|districts?|stores?|sites?|areas?)\b",
    # A field added to records: 'a "Project Code" field', "a field on every timesheet line".
    r"\b(?:fields?|columns?|attributes?|checkbox(?:es)?|picklists?|dropdowns?)\s+(?:on|to|in"
    r"|for)\s+(?:every|each|all)\b",
    r"\b(?:"
    + "|".join(
        rf"{w}(?<={q}\s{w})"
        for w in (
            "field",
            "fields",
            "column",
            "columns",
            "checkbox",
            "picklist",
            "dropdown",
            "attribute",
            "status",
            "stage",
            "tab",
        )
        for q in "\"”'’"
    )
    + r")\b",
    # Tier prices inside their quotes are a pricing rule, not what they pay us: "quote unit
    # prices to drop automatically at 500 and at 1,000 seats".
    r"\bquot(?:e|es|ed|ing)\b[^.;]{0,40}?\bpric(?:e|es|ing)\b[^.;]{0,40}?\b(?:drop|fall|decreas"
    r"|step|tier|break|chang|reduc|lower|discount)\w*",
    # A field or switch on records that hides or shows them for some accounts: "a checkbox
    # that hides a product from the catalogue for wholesale accounts only".
    r"\b(?:check[\s-]?box(?:es)?|tick[\s-]?box(?:es)?|toggles?|flags?|switch(?:es)?"
    r"|custom\s+fields?|fields?|picklists?|dropdowns?)\s+(?:that|which|to)\s+(?:automatically\s+"
    r"|also\s+)?(?:hides?|shows?|un-?hides?|excludes?|removes?|suppress(?:es)?|displays?"
    r"|reveals?|filters?\s+out)\s+(?:[\w'’-]+\s+){0,4}?(?:from|in|on|for)\b",
    r"\b(?:tiered|volume|quantity)[\s-](?:based\s+)?(?:pricing|prices|price\s+breaks?"
    r"|discounts?)\b(?:[^.;]{0,40}?\b(?:in|on|for)\s+(?:their|its|the\s+customer['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:quotes?|price\s?books?|catalog(?:ue)?s?|orders?)\b)",
)

# What a report is cut by ("churn by contract tier", "revenue per region"): the groups of
# a business, never a time ("by month" is a schedule, "by Friday" a date).
DIMENSION = (
    r"(?:(?!(?:their|our|the|an?|its|next|this|last|each|every|end|mid)\b)[\w-]+\s+)?"
    r"(?:tiers?|regions?|countr(?:y|ies)|states?|territor(?:y|ies)|plans?|products?|skus?"
    r"|categor(?:y|ies)|channels?|segments?|cohorts?|customers?|accounts?|clients?|reps?"
    r"|owners?|teams?|departments?|sites?|stores?|locations?|branch(?:es)?|warehouses?"
    r"|clinics?|wards?|schools?|campus(?:es)?|sources?|campaigns?|industr(?:y|ies)|verticals?"
    r"|sizes?|stages?|status(?:es)?|priorit(?:y|ies)|severit(?:y|ies)|agents?|carriers?"
    r"|vendors?|suppliers?|cost\s+cent(?:er|re)s?|projects?|brands?|languages?|currenc(?:y|ies)"
    r"|types?|famil(?:y|ies)|lines?|cit(?:y|ies)|post\s*codes?|zip\s*codes?|markets?"
    r"|partners?|units?|divisions?|entit(?:y|ies)|subsidiar(?:y|ies)|programmes?|programs?"
    r"|funds?|grants?|donors?|courses?|classes?|routes?|lanes?|shifts?|machines?|plants?"
    r"|facilit(?:y|ies)|providers?|physicians?|payers?|funders?|reasons?|outcomes?)\b"
)
REPORT = (
    r"(?:reports?|reporting|dashboards?|breakdowns?|charts?|graphs?|summar(?:y|ies)"
    r"|roll-?ups?|scorecards?|leaderboards?|heat\s*maps?|pivots?|analytics|kpis?|metrics"
    r"|trends?)"
)
METRIC = (
    r"(?:churn|revenue|mrr|arr|bookings|sales|pipeline|win\s+rates?|conversion(?:\s+rates?)?"
    r"|margins?|spend|utili[sz]ation|headcount|attrition|turnover|nps|csat|backlog"
    r"|no[\s-]shows?|returns|refunds|renewals|retention\s+rates?|forecasts?)"
)

# Operational rules on field work, written with no logic word (promises.tagging_vocab_ops).
LOGIC_SHAPE_RULES += (
    *(Rule(p, "custom_logic") for p in PAY_RULES),
    *regex_rules(
        "custom_logic",
        # Scheduling: "auto-schedule every 90 days or after 200 run hours, whichever comes
        # first", "inspections generated every six months".
        r"\bauto(?:matically)?[\s-]?(?:re-?)?schedul\w*|\bwhichever\s+(?:comes|is|happens"
        r"|occurs)\s+(?:first|sooner|earlier|later|last)\b",
        r"\b(?:after|every|each)\s+" + NUM + r"(?:,\d{3})*\s+(?:run|running|operating|engine"
        r"|machine|flight|duty|service)\s+hours\b",
        r"\b" + FIELD_WORK + r"\s+(?:(?:are|is|to\s+be|should\s+be|must\s+be)\s+)?(?:scheduled"
        r"|generated|created|raised|opened|booked)\s+(?:automatically\s+)?(?:every|each|after)\b",
        # Queue priority: "pushed to the top of every dispatcher's queue".
        r"\b(?:to|at)\s+the\s+(?:top|front|head)\s+of\s+(?:the\s+|every\s+|each\s+|their"
        r"\s+|a\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?(?:queues?|lists?|boards?|backlogs?|rotas?)\b",
        # Offered or assigned by a rule: "go by seniority", "the nearest crew holding a
        # valid certificate", "assigned by skill".
        r"\b(?:by|in\s+order\s+of|according\s+to|based\s+on)\s+(?:[\w-]+\s+)?(?:seniority"
        r"|proximity|distance|skills?(?:\s+levels?)?|qualifications?|certifications?|rota"
        r"|rotation|travel\s+time|drive\s+time)\b|\b(?:on|by)\s+(?:a\s+)?(?:rota|roster"
        r"|rotation)\b",
        # A step gated on the work: "scan the asset barcode before starting a job".
        r"\bbefore\s+(?:starting|beginning|closing|completing|leaving|accepting|dispatching"
        r"|signing\s+off)\s+(?:an?|the|each|every|any)\s+(?:[\w-]+\s+)?" + FIELD_WORK + r"\b",
        r"\b(?:nearest|closest)\s+(?:available\s+|qualified\s+|free\s+)?(?:[\w-]+\s+)?"
        + CREWS
        + r"\b",
        r"\b(?:holding|holds?|with|who\s+(?:hold|have|has))\s+(?:an?\s+)?(?:valid|current"
        r"|in-date|up-to-date|active)\s+(?:[\w-]+\s+){0,2}?(?:certificat(?:e|es|ion|ions)"
        r"|licen[cs]es?|qualifications?|permits?|tickets?|cards?|training)\b",
        # Evidence required on a step: "require before and after photos on every job".
        r"\b(?:requir\w*|(?:must|to)\s+(?:attach|capture|take|add|record|upload))\s+"
        r"(?:[\w-]+\s+){0,4}?" + EVIDENCE + r"\s+(?:on|for|at|before|after"
        r"|when|from)\s+(?:every|each|all|any|the)\b|\b" + EVIDENCE + r"\s+(?:are\s+|is\s+)?"
        r"(?:required|mandatory|compulsory)\b",
        # A notice timed to the work: "texted 30 minutes before the technician arrives".
        r"\b(?:emailed|notified|alerted|texted|messaged|called|paged|reminded|sms(?:ed)?)\s+"
        r"(?:[\w-]+\s+){0,3}?" + NUM + r"\s+(?:minutes?|mins?|hours?|days?)\s+(?:before|ahead"
        r"\s+of|prior\s+to|after)\b",
        # Their own object types: "a custom asset type for streetlight poles with 15
        # attributes of their own", "a custom permit-to-work module".
        r"\bcustom\s+(?:[\w'-]+\s+){0,3}?(?:types?|class(?:es)?|modules?)\b"
        r"|\b" + NUM + r"\s+(?:custom\s+)?(?:attributes|fields|properties)\s+of\s+"
        r"(?:their|its)\s+own\b",
        # Records that expire or renew on a clock: "certificates expire after 12 months
        # and the learner re-enrolled automatically".
        r"\b(?:"
        + _unless_credential("expire|lapse|renew")
        + r"s?|recertif(?:y|ies)|re-?enrol(?:l|ls|s)?)\s+"
        r"(?:automatically\s+)?(?:after|every)\s+"
        + NUM
        + r"\s+(?:days?|weeks?|months?|years?)\b"
        + _NO_CONTROL
        + r"|\bre-?(?:enrol(?:l)?|certifi)\w*\s+automatically\b"
        r"|\bautomatically\s+re-?(?:enrol(?:l)?|certifi)\w*",
        # A record locked on a status change: "quotes to lock once legal marks them final".
        r"\block(?:s|ed)?\s+(?:automatically\s+)?(?:once|when|whenever|after|as\s+soon\s+as)"
        r"\b[^.;]{0,40}?\b(?:final|finali[sz]ed|approved|signed(?!\s+(?:in|on)\b)|accepted"
        r"|closed|submitted)\b",
        # Aged records routed for review: "returns older than 60 days sent to a supervisor".
        r"\bolder\s+than\s+" + NUM + r"\s+(?:hours?|days?|weeks?|months?)\b[^.;]{0,40}?\b"
        r"(?:sent|routed|escalated|forwarded|assigned|passed|flagged)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:for\s+(?:review|approval|sign-?off)|to\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:supervisors?|managers?|leads?|owners?|reviewers?|approvers?|admins?))\b",
        # Pay rules: "paid 1.5x after 40 hours a week and 2x on public holidays".
        r"\b\d+(?:\.\d+)?\s?x\s+(?:after|over|beyond|on|for)\s+(?:" + NUM + r"\s+hours"
        r"|(?:public\s+|bank\s+)?holidays|weekends|sundays|nights|overtime)\b"
        r"|\b(?:holiday|overtime|weekend|night|shift|sunday)\s+(?:pay\s+)?(?:rates?|premiums?"
        r"|multipliers?)\b",
        # Their own structures: "a custom skills taxonomy", "custom picklist values".
        r"\bcustom\s+(?:[\w-]+\s+){0,2}?(?:taxonom(?:y|ies)|catalog(?:ue)?s?|hierarch(?:y|ies)"
        r"|picklist\s+values)\b",
    ),
)

# Phrases of LOGIC_OBJECTS matched only in their shapes: a commission (promises.tagging_rules_cross)
# and a stage, which as a change that fires a webhook ("within five seconds of any deal
# stage change") is only the event.
IN_SHAPES = frozenset((
    "commission", "deal stage", "opportunity stage", "pipeline stage", "lifecycle stage",
    "sales stage", "sign-off", "signoff",
))  # fmt: skip
LOGIC_SHAPE_RULES += regex_rules(
    "custom_logic",
    r"\b(?:deal|opportunity|pipeline|lifecycle|sales)\s+stages?\b(?!\s+(?:changes?|updates?)\b)",
)

# Banking, retail and education shapes (promises.tagging_rules_sectors).
LOGIC_SHAPE_RULES += SECTOR_LOGIC_RULES + CROSS_LOGIC_RULES + TRADE_LOGIC_RULES + NOTES_LOGIC_RULES
LOGIC_SHAPE_RULES += FORMAL_LOGIC_RULES  # tender voice (promises.tagging_rules_formal)
LOGIC_SHAPE_RULES += MAIL_LOGIC_RULES  # customers' own mails (promises.tagging_rules_mail)
LOGIC_SHAPE_RULES += TECH_LOGIC_RULES  # second reviewers, blocking statuses (_tech)
LOGIC_SHAPE_RULES += OPS_LOGIC_RULES  # accruals, FEFO, handoffs, VIP tickets (_ops)
LOGIC_SHAPE_RULES += COMMERCE_LOGIC_RULES  # holds, duplicates, catalogue rules (_commerce)
LOGIC_SHAPE_RULES += GENERAL_LOGIC_RULES  # branches, skipped steps, caps, keys (_general)
LOGIC_SHAPE_RULES += KNOWLEDGE_LOGIC_RULES  # rankings, numbering, folders (_knowledge)
LOGIC_SHAPE_RULES += FLEET_LOGIC_RULES  # splits, gates, load order, put off (_fleet)
LOGIC_SHAPE_RULES += UTILITY_LOGIC_RULES  # rate structures, meter data, code sets (_utility)

# "whenever a termination is approved": an approved event as a trigger, and "MFA for all
# payroll approvers": approvers as the people a control covers; neither is an approval
# step. Checked behind "approved" and "approvers" in promises.tagging_rules.
APPROVAL_AS_EVENT = "".join(
    rf"(?<!{when}\s{det}\s\w{{{n}}}\s{be}\sapproved)"
    for when in ("whenever", "every time", "each time")
    for det in ("a", "an", "the")
    for be in ("is", "gets")
    for n in range(3, 13)
)
APPROVERS_AS_ROLE = "".join(
    rf"(?<!for\s{det}{word}approvers)"
    for det in ("all ", "every ", "each ", "their ", "the ")
    for word in ("", *(rf"\w{{{n}}}\s" for n in range(3, 13)))
)

# "roles scoped per business unit": a unit that scopes access is security, not a report
# cut by it. Checked behind "per" in the per-<unit> rule of promises.tagging_rules.
NOT_ACCESS = "".join(
    rf"(?<!{who}\s{how}per)"
    for who in (
        "role",
        "roles",
        "permission",
        "permissions",
        "access",
        "rights",
        "admin",
        "admins",
        "visibility",
    )
    for how in ("", r"scoped\s", r"set\s", r"assigned\s", r"granted\s", r"defined\s")
)

# "Uptime on the public API": an API named only as what a commitment covers moves no data.
# "TLS enforced on every API connection": the API is only where a control applies.
API_EVERY_CONNECTION = (
    "(?:"
    + "".join(rf"(?<!{prep}\s{det}\s)" for prep in ("on", "for", "across", "to")
              for det in ("every", "all", "each", "any"))
    + r"|(?!api\s+(?:connections?|calls?|endpoints?|requests?)\b))"
)  # fmt: skip
API_AS_SUBJECT = "".join(
    rf"(?<!{prep}\s{det}\s{word}api)"
    for prep in ("on", "of")
    for det in ("the", "our", "its", "their")
    # Words of three to ten letters, hyphens too ("uptime on the ad-serving API").
    for word in ("", *(rf"[\w-]{{{n}}}\s" for n in range(3, 11)))
)  # fmt: skip

# "a 99.99% API availability SLA": the API is only what a commitment covers.
# "API response times below 500 ms": the API's speed, as its latency; "whenever the
# signing API is down": its outages (promises.tagging_rules_docs.API_DOWN).
API_COMMITTED = r"|availability|uptime|slas?\b|latency|response\s+times?\b|throughput" + API_DOWN
# "for the streaming platform", "Streaming customer wants": the customer's business, not a
# stream of data (still one on "their streaming platform" or an "event streaming" one).
NOT_INDUSTRY = (
    r"(?!\s+(?:services?|customers?|clients?|compan(?:y|ies)|providers?|business(?:es)?"
    r"|prospects?|buyers?|brands?|giants?|apps?|subscribers?|viewers?)\b)"
    r"(?!(?<!their\sstreaming)(?<!event\sstreaming)(?<!data\sstreaming)\s+platforms?\b)"
)

# "the dashboard to load in under two seconds": a speed target, not a tailored report.
NOT_SPEED = (
    # "dashboard pages to load in under two seconds": the page's speed, not a dashboard.
    r"(?!\s+(?:(?:pages?|views?|screens?|tiles?|widgets?|charts?|queries|reports?)\s+)?"
    r"(?:to\s+|should\s+|must\s+|will\s+|needs?\s+to\s+)?(?:loads?|render|renders"
    r"|opens?|respond|responds)\s+(?:in\s+)?(?:under|within|below|less\s+than)\b)"
)
