"""Seed trigger rules shipped with Deal desk: the vocabulary plus the shapes of asks.

The lead edits rules as data (they are seeded into the database by the
0002_seed_rules migration); these are the defaults. Two layers:

* CONCRETE_RULES name things: a control, system, format, volume, rule or date. They
  tag the ask and also make its wording concrete (the wording lint reuses them).
* generic rules only say what kind of work it is ("an export", "a workflow",
  "hosting"): they tag, but an ask that has nothing else is still too vague.

Rules are written by word family, not for particular sentences: a verb with its
inflections, a shape ("<people> limited to", "held for <review>"), or a vocabulary
list from promises.tagging_vocab. Ambiguous words are matched only in the shape that
gives them one meaning (a "queue" you route tickets to, not a message queue; "box"
only as a place files go). The security rules live in promises.tagging_rules_security,
the generic rules in promises.tagging_rules_generic, the flags in
promises.tagging_rules_flags (the date rules in promises.tagging_rules_dates). Import
DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises import tagging_rules_appsec as _as
from promises import tagging_rules_billing as _bl
from promises import tagging_rules_breadth_a as _ba
from promises import tagging_rules_breadth_b as _bb
from promises import tagging_rules_chair_lot_port as _clp
from promises import tagging_rules_clear as _cl
from promises import tagging_rules_commerce as _cm
from promises import tagging_rules_devplat as _dv
from promises import tagging_rules_dlp as _dlp
from promises import tagging_rules_docs as _dc
from promises import tagging_rules_edr as _edr
from promises import tagging_rules_field as _fd
from promises import tagging_rules_fleet as _fl
from promises import tagging_rules_formal as _fm
from promises import tagging_rules_gateway as _gw
from promises import tagging_rules_general as _gn
from promises import tagging_rules_giving as _gv
from promises import tagging_rules_iga as _iga
from promises import tagging_rules_lab_ads_cash as _lac
from promises import tagging_rules_learning as _le
from promises import tagging_rules_logic as _lg
from promises import tagging_rules_mail as _ml
from promises import tagging_rules_mortgage as _mg
from promises import tagging_rules_notes as _nt
from promises import tagging_rules_objects as _ob
from promises import tagging_rules_pam as _pam
from promises import tagging_rules_pc as _pc
from promises import tagging_rules_people as _pp
from promises import tagging_rules_pos as _pos
from promises import tagging_rules_sectors as _sc
from promises import tagging_rules_secvendor as _sv
from promises import tagging_rules_shapes as _sh
from promises import tagging_rules_sites as _st
from promises import tagging_rules_tech as _tc
from promises import tagging_rules_trades as _tr
from promises import tagging_rules_wms as _wms
from promises.tagging import Rule, regex_rules
from promises.tagging import phrase_rules as _phrases
from promises.tagging_rules_cross import NOT_SPAN
from promises.tagging_rules_data import DATA_SHAPE_RULES
from promises.tagging_rules_dates import DATE_RULES
from promises.tagging_rules_flags import TERMS_RULES
from promises.tagging_rules_general import NOT_A_PRICE_CAP, OUR_PRICE_UNIT
from promises.tagging_rules_generic import GENERIC_RULES
from promises.tagging_rules_logic import LOGIC_SHAPE_RULES, NOT_ACCESS
from promises.tagging_rules_security import SECURITY_RULES
from promises.tagging_vocab import (
    COMMERCIAL_TERMS,
    DATA_FORMATS,
    DATA_SYSTEMS,
    LOGIC_OBJECTS,
    NUM,
    SECURITY_CONTROLS,
)

__all__ = [
    "COMMERCIAL_TERMS", "CONCRETE_RULES", "DATA_FORMATS", "DATA_SYSTEMS", "DEFAULT_RULES",
    "LOGIC_OBJECTS", "SECURITY_CONTROLS",
]  # fmt: skip


# "rules" is custom logic unless it is a security rule.
_NOT_SECURITY_RULES = "".join(
    rf"(?<!{w}\srule)"
    for w in (
        "retention", "firewall", "deletion", "password", "access", "security", "sharing",
        "network", "complexity", "lockout", "session", "masking", "dlp", "backup", "waf",
        "privacy", "compliance", "encryption", "residency", "gdpr", "hipaa",
        # A regulator's rules met by a control: "to meet state veterinary board rules".
        "board", "regulatory",
        # A sports or trade body's rules: "per their provincial association's rules".
        "association's", "association’s",
        # "the FTC Safeguards Rule", "the CBP recordkeeping rule" (_chair_lot_port).
        *_clp.REGULATORS_RULES,
    )
)  # fmt: skip
# What a guard must not name to be a business rule rather than a security control.
_NOT_A_CONTROL = (
    r"(?![^.;,]{0,30}?(?:encrypt|\bpgp\b|\bgpg\b|signed\s+with|authenticat|\bmfa\b|\b2fa\b"
    r"|\bsso\b|\bvpn\b|allow-?list|managed\s+device|virus|malware|scan|certificate|token"
    r"|password))"
)
# "within ten minutes of approval": an approval as a time reference only, not a step.
_APPROVAL_AS_TIME = "".join(
    rf"(?<!{unit}\s{prep}\sapproval)"
    for unit in ("seconds", "minutes", "mins", "hours", "hrs", "days", "minute", "hour")
    for prep in ("of", "after", "from")
)
_BI_TOOLS = "".join(
    rf"(?<!{w}\sdashboard)"
    for w in ("looker", "studio", "tableau", "bi", "grafana", "qlik", "sense", "metabase",
              "domo", "sisense", "kibana", "superset", "behind every", "behind each",
              "behind the", "behind all", "behind any", "behind their")
)  # fmt: skip
# People a notice or a report goes to.
_RECIPIENTS = (
    r"(?:owners?|managers?|teams?|users?|admins?|approvers?|assignees?|reps?|leads?|heads?"
    r"|directors?|agents?|customers?|submitters?|requesters?|supervisors?|vps?|svps?|evps?"
    r"|c[efiotrmpd]os?|chros?|cisos?|controllers?|executives?|execs?|officers?|coordinators?"
    r"|dispatchers?|adjusters?)"
)
_VOLUME_NOUNS = (
    r"(?:records|rows|files|events|tickets|transactions|documents|messages|contacts|orders"
    r"|invoices|skus|products|line\s+items|attachments|images|emails|calls|claims|shipments"
    r"|entries|objects|payloads)"
)

DATA_RULES: tuple[Rule, ...] = (
    # Databases and replicas with their guards in promises.tagging_rules_mortgage.
    *_phrases(
        "data_movement",
        # ADP by its own rule (promises.tagging_rules_shapes), not the ADP test of a 401(k).
        *(s for s in DATA_SYSTEMS if s not in _mg.CREDENTIAL_SYSTEMS
          and s not in _sh.IN_SHAPES),
        # "asn" only as a document, not its quantity (promises.tagging_rules_wms).
        *(f for f in DATA_FORMATS if f != "asn"),
    ),
    *DATA_SHAPE_RULES,
    *regex_rules(
        "data_movement",
        r"\b(?:to|into|from)\s+(?:their|the\s+customer['’]s|our|an?|the)\s+(?:own\s+)?"
        r"(?:[\w-]+\s+){0,2}?databases?\b",
        r"\b(?:to|into)\s+(?:their|the|our|a)\s+(?:[\w-]+\s+)?warehouse\b"
        + _fd.WAREHOUSE_PERSON_AHEAD,
        r"\b(?:from|to|into|via|their|our)\s+box(?:\.com)?\b(?!\s+(?:on|in|next|for|at|to"
        r"|with|and|of)\b)|\bbox\s+(?:folders?|accounts?|enterprise|drive)\b",
        r"\b(?:via|over|through|using|into|from)\s+(?:twilio\s+)?segment\b",
        r"\b(?:via|over|through|using)\s+rest\b|\brest(?:ful)?\s+(?:apis?|endpoints?"
        r"|services?|calls?|interfaces?|hooks?)\b",
        r"\b(?:with|from|into|to|in|their|our)\s+epic\b(?<!sign-on\swith\sepic)(?<!sso\swith\sepic)"
        r"(?!\s+(?:for|story|stories|tickets?|issues?|go-?live|upgrade|cutover|roll-?out)\b)|\bepic\s+(?:ehr|emr|mychart|clarity|caboodle|hyperspace|bridges)\b",
        r"\bmanhattan\s+(?:wms|scale|active|associates)\b",
        r"\b(?:value[\s-]added\s+network|(?:their|the|an?)\s+van)\b" + _gv.A_VEHICLE,
        r"\bworkday\b",
        r"\b(?:850|855|856|810|820|832|846|940|945|997)\s+(?:purchase|orders?|invoices?"
        r"|advance|ship\w*|documents?|files?|messages?|transactions?|feeds?|acknowledg\w*"
        r"|remittance|catalog\w*|inventory|asns?)\b",
        r"\b\d(?<!severity[\s-]\d)(?<!priority[\s-]\d)(?<!sev[\s-]\d)(?<!tier[\s-]\d)(?<!level[\s-]\d)"
        r"(?<!version\s\d)(?<!\d[,.]\d)(?<!than\s\d)"
        + _bl.NOT_ROUNDING_UNIT + r"(?<!over\s\d)(?<!above\s\d)(?<!exceeds\s\d)"
        + _cm.NOT_A_THRESHOLD
        + _cm.NOT_MONEY
        + _gn.NOT_A_CAPPED_COUNT
        + _st.NOT_A_FISCAL_YEAR
        + r"[\d,.]*\s*(?:k|m|thousand|million|billion)?\s+(?:[a-z-]+\s+){0,2}"
        + _VOLUME_NOUNS
        + r"\b",
        r"\b\d(?<!\d[,.]\d)" + _cm.NOT_A_THRESHOLD
        + r"[\d,.]*\s*(?:k|m|thousand|million)?\s+(?:[a-z-]+\s+)?(?:requests?|calls?"
        r"|messages?|events?|records?|rows?|transactions?)\s+(?:per|a|an|each|every)\s+"
        r"(?:second|minute|hour|day|night|month)\b",
        r"\b\d(?<!than\s\d)(?<!over\s\d)(?<!above\s\d)(?<!under\s\d)(?<!below\s\d)(?<!capped\sat\s\d)"
        r"(?<!to\s\d)(?<!of\s\d)(?<!max\s\d)[\d,.]*\s*(?:[kmgtp]b|gigabytes?|terabytes?"
        r"|petabytes?)\b" + _tc.DEVICE_MEMORY + _ba.ALLOWANCE_VOLUME,
    ),
)  # fmt: skip

LOGIC_RULES: tuple[Rule, ...] = (
    *_phrases("custom_logic", *(p for p in LOGIC_OBJECTS if p not in _lg.IN_SHAPES)),
    *LOGIC_SHAPE_RULES,
    *regex_rules(
        "custom_logic",
        r"\bapprov" + _gn.WHO_CAN_APPROVE + _lac.APPROVE_IN_PERMISSIONS
        + _ml.carried_behind("approv") + r"(?:al"
        + _APPROVAL_AS_TIME
        + r"|als|e|es|er|ers|ing)\b" + _lg.APPROVERS_AS_ROLE + _dc.APPROVER_AS_PERSON
        + _fm.APPROVAL_LOGGED
        + _cm.APPROVAL_AS_RECORD + _le.APPROVAL_AS_PERMISSION + _le.APPROVAL_WRITTEN
        + _ml.CARRIED_AHEAD + _ml.BODY_SIGNS_OFF + _cl.APPROVAL_AS_EVENT
        + r"|\bapproved\b" + _gn.APPROVED_AS_TIME + _lg.APPROVAL_AS_EVENT + _ml.BODY_SIGNS_OFF + (
        r"(?!\s+(?:[\w-]+\s+)?(?:pos?|purchase|orders?|invoices?|expenses?|requests?|records?|vendors?|suppliers?|timesheets?|quotes?"
        r"|disbursements?|payments?|payouts?|grants?|transactions?|batches|requisitions?"
        r"|contracts?|documents?|items?|budgets?|changes?|list|devices?|apps?|software|ips?|tickets?|"
        + _cm.APPROVED_STATES + _cl.APPROVED_RECORDS + _pos.APPROVED_TIME_RECORDS
        + _lac.APPROVED_RESULTS
        + r")\b)"),
        _sh.SIGNED_OFF_WHEN_DONE + r"\bsign(?:s|ed)?[\s-]?offs?\b" + _nt.SIGN_OFF_RECORDED
        + _fm.SIGN_OFF_MILESTONE
        + _ml.BODY_SIGNS_OFF + _cl.SIGNED_OFF_AS_ACCEPTANCE,
        # "en route" is checked behind the stem, so the rule starts with a literal (filed
        # under its first letter, promises.tagging_regex) now that its guards make it long.
        r"\b(?:rout|rerout|re-rout)(?<!\ben\srout)(?:e|es|ed|ing)\b" + _fl.ROUTE_AS_NOUN
        + _sh.ROUTING_NUMBER
        + r"(?!\s+(?:through|over|via)\b)" + _st.ROUTING_WITH_A_BOM,
        r"\bescalat(?:e|es|ed|ing)\b",
        # "the sites they are assigned to", "records assigned to them": whose records a
        # person holds, which scopes access, not a rule that assigns them.
        r"\b(?:assign|reassign|re-assign)(?:s|ed|ing|ment|ments)?\s+(?:to(?!\s+(?:their|its)\s+own"
        r"|\s+(?:them|him|her|me|you|us)\b|\s*(?:[.,;:!?)]|$|and\b|or\b))|by"
        + _pos.ASSIGNED_BY_A_DATE + r"|based|automatically"
        r"|round)\b|\bre-?assign\w*",
        # Validated (GxP) systems and their paperwork are compliance (security).
        _sc.VALIDATED_AS_LOGIC,
        r"\brule" + _NOT_SECURITY_RULES + r"s?\b",
        r"\bcustom\s+(?:[\w'\"“”‘’-]+\s+){0,4}?(?:status(?:es)?|stages?|templates?|layouts?"
        r"|views?|reports?|objects?|workflows?|logic|rules?|fields?|tabs?|pages?|forms?"
        r"|sections?|record\s+types?|picklists?|values?|buttons?|actions?|steps?|flows?"
        r"|checklists?|dashboards?|calculations?|formulas?|scor(?:e|es|ing)|surveys?"
        # What their own rule produces: "a custom risk score", "the custom notice generator".
        r"|generators?"
        r"|scorecards?|(?<!security\s)(?<!risk\s)(?<!privacy\s)questionnaires?)\b",
        r"\b(?:status|stage|step)\s+(?:called|named|['\"“‘])",
        r"['\"”’]\s+(?:status|stage|step)\b",
        r"\b(?:lead|ticket|case|approval|workflow|review|funnel)\s+stages?\b",
        # A guard whose condition is a security control is that control, not a business
        # rule: "not sent unless it is PGP-encrypted", "blocked unless on the VPN".
        r"\bunless\b(?![^.;,]{0,40}?(?:encrypt|\bpgp|\bgpg|signed\s+with|authenticat|\bmfa\b"
        r"|\bsso\b|\bvpn\b|allow-?list|managed\s+device|password|links?\s+expire"
        + _dv.SOURCE_ADDRESS + "))"
        + _gn.UNLESS_LEGAL_HOLD
        + _fm.CONDITION_ON_US,
        r"\bonly\s+(?:if|when|once)\b" + _bb.ONCE_THE_CONTRACT + _fm.BUYING_ONLY_IF,
        r"\bexcept\s+(?:when|if|for)\b" + _cl.EXCEPT_A_ROLE + r"|\bdepending\s+on\b",
        r"\bbased\s+on\b" + _tc.BASED_ON_STANDARD,
        r"\bover\s+budget\b",
        r"\b(?:two|three|four|2|3|4)[\s-]way\s+match\w*",
        # Not the deal's own purchase order ("our DPA countersigned before the PO is
        # issued"): when the customer buys, not a step in their workflow.
        r"\bbefore\s+(?!(?:the|their)\s+(?:po|purchase\s+order)\s+(?:is|gets)\s+(?:issued|raised"
        r"|signed|cut|sent)\b)(?:(?:it|they|an?|the|any|each|every|their)\s+)?(?:[\w-]+\s+){0,2}?(?:is|are"
        r"|can\s+be|gets?)\s+(?:released|paid|posted|issued|shipped|dispatched|disbursed"
        r"|booked|published|finali[sz]ed|activated)\b",
        r"\b(?:above|over|under|below|exceeds?|exceeding|more\s+than|less\s+than|greater\s+than"
        r"|larger\s+than|higher\s+than|lower\s+than|at\s+least|at\s+most)" + NOT_SPAN
        + _sh.NOT_A_DISTANCE
        + _cl.CONTROL_CONDITION + _cl.OUR_FEE_TIER
        + NOT_A_PRICE_CAP + _fm.NOT_A_CAP + _tc.NOT_LATENCY + r"\s+"
        r"(?!99(?:\.\d+)?\s?%|\d+\s+cfr\b)(?:\$|€|£|usd\s*|eur\s*|gbp\s*)?\d[\d,.]*"
        r"(?![\d,.]*\s*(?:k|m|thousand|million|billion)?\s+(?:[a-z-]+\s+)?" + _VOLUME_NOUNS
        # A volume a period with its noun left out: "every invoice above 50,000 a month".
        + r"|[\d,.]*\s*(?:k|thousand|million)?\s+(?:a|per|each|every)\s+(?:day|week|month"
        r"|quarter|year)\b)(?![\d,.]*\s*(?:million|billion|[kmgtp]b\b|gigabytes|terabytes"
        r"|(?:[a-z-]+\s+)?(?:users|seats" + _fd.OUR_COUNTED_UNITS + r")\b))\s*(?:%|percent|k\b)?",
        r"(?:\$|€|£)\s?\d[\d,.]*\s*(?:k|m)?\s+(?:or\s+(?:more|above|over|higher)|and\s+(?:above"
        r"|over|up))\b",
        r"\bexceed(?:s|ed|ing)?\s+(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:amount|budget"
        r"|limit|threshold|total|value|quota|cap|allowance)\b",
        r"\btier(?<=\w[\s-]tier)\s+(?:accounts?|customers?|clients?|members?|users?)\b",
        r"\bonly\s+(?:for|to|on)\s+(?:their\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:accounts?"
        r"|customers?|clients?|tiers?|subsidiar(?:y|ies)|locations?|branch(?:es)?|franchises?"
        r"|departments?|divisions?|regions?|countries|brands?|stores?|sites?|entities"
        r"|business\s+units?|products?|orders?|deals?|contracts?)\b" + _gv.OUR_TIER,
        # A page or a unit showing a subset; people seeing only some records is access
        # control (promises.tagging_rules_security).
        r"\b(?:shows?|displays?|lists?|appears?)\s+only\b" + _st.ROLE_SHOWS_ONLY
        + r"|\b(?:each|every|a|the)\s+(?:[\w-]+\s+)?"
        r"(?:franchise|store|branch|site|location|region|brand|entity|subsidiary|division"
        r"|business\s+unit|country|office|clinic|school|plant|warehouse|tenant)s?\s+(?:to\s+"
        r"|can\s+|should\s+|will\s+|only\s+)?(?:sees?|gets?)\s+only\b",
        # "for each subsidiary", and counted: "for each of their three subsidiaries".
        r"\b(?:for|per)\s+each\s+(?:of\s+(?:their|the|its|our)\s+(?:\w+\s+)?(?=\w+(?:ies|s)\b))?"
        r"(?:subsidiar(?:y|ies)|regions?|teams?|departments?|locations?|brands?|accounts?"
        r"|customers?|tiers?|countr(?:y|ies)|stores?|sites?|entit(?:y|ies)|business\s+units?"
        r"|product\s+lines?)\b" + _pos.UNIT_TOTALS_SENT_AHEAD,
        _bb.BILLED_PER + r"\bper" + NOT_ACCESS
        + r"[\s-](?:region|country|state|province|account|customer|brand"
        r"|entity|subsidiary|business\s+unit|department|team|location|site|store|branch|currency"
        r"|language|product(?:\s+line)?|deal|contract|tier|support\s+tier|segment|channel)\b"
        + OUR_PRICE_UNIT,
        r"\bby" + _pp.METRIC_BEFORE_BY + _le.CUT_IN_FILE
        + r"\s+(?:their\s+|the\s+|its\s+)?(?:region|country|state|province|territory"
        r"|language|post\s*code|zip(?:\s+code)?|product\s+(?:line|family|type|category)"
        r"|deal\s+size|order\s+value|contract\s+value|department|business\s+unit|brand"
        r"|segment|industry|severity|skills?|team|value|amount|tier)\b" + _clp.CUT_SENT_ON,
        r"\b(?:required|mandatory|picklist|dropdown)\s+(?:[\w'\"“”‘’-]+\s+){0,2}(?:fields?"
        r"|codes?|values?|inputs?|attachments?|comments?|reasons?|numbers?|documents?"
        r"|checkbox(?:es)?|approvals?)\b",
        # A control required at every sign-in is security, not a step of their flow:
        # "security keys required for every login to the admin portal".
        _bb.CONTROL_REQUIRED
        + r"\brequired\s+(?:when|if|for\s+(?:every|each|all|any)(?!\s+(?:[\w-]+\s+)?"
        r"(?:log[\s-]?ins?|log[\s-]?ons?|sign[\s-]?ins?|sessions?|authentications?"
        + _fd.ACCOUNT_KINDS
        + r")\b)|before|on\s+(?:every|each))\b",
        r"\bbefore" + _tc.BUYING_CLOSES + r"\s+(?:(?:it|they|an?|the|any|each|every)\s+"
        r"(?:[\w-]+\s+)?)?(?:(?:is|are|can\s+be|gets?)\s+)?(?:mov|clos|submit|publish|advanc|convert|progress|proceed"
        r"|releas|fulfil)\w*",
        r"\b(?:flag|tag|mark|label|categori[sz])\w*\s+(?:them\s+|it\s+)?(?:as\b"
        + _tr.NOT_A_LEGAL_MARK + _gw.VERDICT_AHEAD + r"|with\s+"
        r"(?:a|an|the)\b|['\"“‘]|(?:automatically\s+)?(?:when|whenever|if|once)\b)",
        r"\b(?:contain|mention|include)s?\s+['\"“‘]",
        r"\b(?:block|blocked|blocks|held|hold|holds|holding|pause[sd]?|parked|lock(?:s|ed)?)"
        + _gn.NOT_HELD_ADJECTIVE
        + _cl.PERCENT_HELD
        + r"(?<!retainage\sheld)(?<!holdback\sheld)(?<!payment\sheld)(?<!payments\sheld)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:until|pending)\b|\b(?:held|hold|holds|holding|parked"
        r"|pause[sd]?|blocked|flag(?:s|ged)?|mark(?:s|ed)?|queued?|sent|routed|referred"
        r"|submitted)\s+(?:[\w-]+\s+)?for\s+(?:[\w-]+\s+){0,2}?(?:review|approval"
        r"|sign[\s-]?off|checks?|verification)\b",
        r"\b(?:platinum|gold|silver|bronze|premium|vip|strategic|key|top[\s-]tier)[\s-]+"
        r"(?:tier\s+)?(?:customers|accounts|clients|members)\b",
        # Not an account locked after failed logins, which is a lockout (security).
        r"\block(?:s|ed)?\s+(?:for|against)\s+edit(?:s|ing)\b|\blocked\s+(?:once|after|when)\b"
        r"(?![^.;]{0,30}?\b(?:failed|unsuccessful|invalid|wrong|incorrect)\s+(?:log|sign|password"
        r"|pin|mfa|auth|attempt))" + _fd.NOT_IDLE_LOCK,
        # A scheduled report or a notice sent to a person: "emailed to their VP of Support".
        # A file "emailed to" someone is data sent on (promises.tagging_rules_general).
        r"\b(?:email|notify|alert|remind|message|ping)(?:s|ed|ing)?(?!(?<=emailed)\s+to\b)\s+"
        r"(?:to\s+)?(?:the\s+|each\s+|every\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}"
        + _RECIPIENTS + r"\b",
        r"\b(?:emails?|notification(?<!breach\snotification)(?<!incident\snotification)s?"
        r"|alerts?|reminders?|digests?|messages?|summar(?:y|ies))\s+(?:[\w-]+\s+){0,2}?to\s+"
        r"(?:the\s+|each\s+|every\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:" + _RECIPIENTS
        + r"|channels?)\b",
        r"\b(?:auto[\s-]?calculat|calculat|recalculat|comput" + _tc.COMPUTING_AS_FIELD
        + r")(?:e|es|ed|ing|ion|ions)\b" + _tc.COMPUTE_AS_RESOURCE,
        r"\bprioriti[sz](?:e|es|ed|ing|ation)\b|\bpriority\s+(?:is\s+)?(?:set|based|assigned"
        r"|calculated|derived|determined|mapped|raised|bumped|boost\w*)\b",
        r"\b(?:calculated|derived|determined|chosen|picked|selected|mapped|populated"
        r"|defaulted)\s+(?:automatically\s+)?(?:from|by|based\s+on|according\s+to)\b",
        r"\bterritor(?:y|ies)\b",
        # Scoring by points: "adds 20 points for a demo request", "10 points per visit".
        r"\b(?:add|subtract|deduct|award|give|remove|take)(?:s|ed|ing)?\s+(?:off\s+)?" + NUM
        + r"\s+points?\b|\b\d+\s+points?\s+(?:for|per|if|when|whenever)\b",
        # "lead scores from BigQuery" is a payload, not a scoring rule.
        r"\bscor(?:e|es|ed|ing)\s+(?:by|on|using|according\s+to|based\s+on)\b|\bscor(?:e|ed|ing)\s+from\b",
        r"\b(?:rated|ranked|graded|scored|weighted|tiered|rating|ranking|grading)\s+"
        r"(?:[\w-]+\s+)?(?:on|by|based\s+on|according\s+to|against)\b",
        r"\b(?:drives?|determines?|decides?)\s+(?:which|what|whether|who)\b",
        r"\b(?:block|prevent|stop)\w*\s+(?:[\w-]+\s+){0,2}?from\s+(?:plac|submit|creat|book"
        r"|order|check\w*\s+out|buy|purchas|renew|ship|invoic|clos)\w*",
        r"\b(?:alerts?|notif(?:y|ies|ied|ications?)|emails?" + _ob.EMAIL_AS_DATA
        + r"|reminders?)\b[^.;]{0,60}?"
        r"\b(?:when|whenever|if)\b",
        r"\b(?:auto[\s-]?|automatically\s+)(?:assign|reassign|re-assign|close|reopen|re-open|open|rais"
        r"|approve|reject|tag|route|escalate|archive|create|populate|fill|flag|merge|dedupe"
        r"|de-dup|cancel|convert|apply|calculate|generate|categori[sz]e|prioriti[sz]e|notify"
        r"|remind|releas|allocat|match)\w*",
        r"\b(?:assign|reassign|re-assign|clos|reopen|re-open|approv|reject|tag|rout|escalat"
        r"|archiv|populat|flag|merg|dedup|de-dup|cancel|convert|appl|calculat|generat"
        r"|categori[sz]|prioriti[sz]|renew|creat|fill|releas|allocat|match)\w*"
        r"\s+automatically\b",
        r"\b(?:creat|generat|trigger|open|sen[dt]|schedul|rais|fir|remind|notif|email)\w*\s+"
        r"(?:automatically\s+)?" + NUM + r"\s+(?:minutes?|hours?|days?|weeks?|months?)\s+"
        r"(?:before|after|prior\s+to|ahead\s+of)\b",
        r"\b" + NUM + r"\s+(?:days?|weeks?|months?)\s+(?:before|prior\s+to|ahead\s+of)\s+"
        r"(?:the\s+|each\s+|their\s+|its\s+|an?\s+)?(?:[\w-]+\s+)?(?:expiry|expiration"
        r"|renewal|due\s+date|deadline|contract\s+end|end\s+date|start\s+date|appointment"
        r"|meeting|event|shipment|delivery|visit)\b",
        r"\b(?:creat|open|generat|add|spawn)\w*\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:task|case|ticket"
        r"|opportunity|follow[\s-]up|record|reminder|alert)s?\s+(?:when|whenever|if|after"
        r"|for\s+(?:each|every))\b",
        r"\b(?:separate|different|distinct|own|dedicated|specific)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:checklists?|forms?|workflows?|approval\s+(?:chains?|paths?|flows?|steps?|rules?)"
        r"|process(?:es)?|templates?|rules?|layouts?|queues?|price\s*books?|numbering|stages?"
        r"|steps?|timers?|escalations?|reminders?)\b",
        r"\b(?:skip|jump|bypass)\s+the\s+queue\b|\b(?:to|into|in)\s+(?:the|an?|their|our)\s+"
        r"(?:[\w-]+\s+){0,2}?queue" + _tc.MESSAGE_QUEUE
        + r"\b|\b(?:work|review|approval|triage|escalation|priority|support)\s+queues?\b",
        r"\bdashboard" + _BI_TOOLS + _ob.DASHBOARD_NOT_BUILT_BEHIND + _lac.THEIR_OWN_DASHBOARD
        + r"s?\b" + _lg.NOT_SPEED
        + _ob.DASHBOARD_NOT_BUILT_AHEAD,
        # A report of a metric cut by a dimension, in any order: "churn by contract tier
        # report", "a dashboard of win rate per rep", "revenue broken down by region".
        r"\b(?:by|per)[\s-]+" + _lg.DIMENSION + r"[\s-]+(?:[\w-]+\s+){0,3}?" + _lg.REPORT + r"\b"
        + _dc.REPORT_DELIVERED_AS_FILE,
        r"\b" + _lg.REPORT + r"\s+(?:[\w%$&/-]+\s+){0,5}?(?<!ed\s)(?:by|per|for\s+each)\s+"
        + _lg.DIMENSION + _clp.CUT_SENT_ON,
        r"\b" + _pam.NOT_A_BILL_SPLIT + r"(?:broken\s+down|split|sliced|segmented|bucketed)"
        + _le.CUT_IN_FILE
        + r"\s+(?:out\s+)?(?:by|per)\s+" + _lg.DIMENSION,
        r"\b" + _pp.METRIC_IN_FILE + _lg.METRIC + r"\s+(?:" + _pos.FEED_WORD_AHEAD
        + r"[\w-]+\s+)?(?:by|per)[\s-]+"
        + _lg.DIMENSION,
        r"\btimer" + _pos.TIMER_AS_APP + r"s?\b",
        r"\b(?:distribut|spread)\w*\s+(?:[\w-]+\s+){0,2}?(?:evenly|round[\s-]robin|among"
        r"|between|across)\b",
        r"\bduplicates?\b[^.;]{0,30}?\b(?:merg|flag|block|reject|remov|detect|match|skip)\w*",
        r"\b(?<!webhook\s)" + _dv.THEIR_OWN_USE
        + r"trigger(?:s|ed|ing)?\b(?!\s+(?:a|the)\s+webhook)"
        + _pp.CHANGE_LOGGED_AHEAD,
        r"\bconditional(?:ly)?\b(?!\s+access)",
        # Records refused for a missing field are a validation rule: "claims w/o a VIN
        # rejected at entry", "can't be saved without a cost centre". A missing control
        # ("blocked without MFA") is security, not a business rule.
        r"\b(?:without|w/o|missing|lacking|with\s+no)\s+" + _NOT_A_CONTROL
        + r"(?:[\w/'’-]+\s+){1,4}?(?:(?:are|is|gets?|be|being|to\s+be|must\s+be|should\s+be)"
        r"\s+)?(?:automatically\s+)?(?:rejected|refused|blocked|bounced|declined|disallowed"
        r"|kicked\s+back|sent\s+back|not\s+(?:saved|accepted|allowed|submitted))\b",
        r"\b(?:can['’]?t|cannot|can\s+not|won['’]?t|must\s+not|may\s+not|should\s+not)\s+be\s+"
        r"(?:saved|submitted|created|closed|posted|entered|completed|finali[sz]ed|released"
        r"|booked)\s+without\s+" + _NOT_A_CONTROL + r"\w",
        r"\b(?:reject|refus|block|stopp|bounc)(?:ed|es|s)?\s+(?:at|on|during|upon)\s+(?:the\s+"
        r"point\s+of\s+)?(?:entry|save|saving|submit|submission|creation|intake|input"
        r"|data\s+entry)\b",
    ),
)  # fmt: skip

DATE_AND_TERMS_RULES: tuple[Rule, ...] = DATE_RULES + TERMS_RULES

# Naming one of these makes an ask concrete (the wording lint reuses them); the generic
# rules (promises.tagging_rules_generic) only say what kind of work it is ("an export").
CONCRETE_RULES: tuple[Rule, ...] = (
    SECURITY_RULES + DATA_RULES + LOGIC_RULES + DATE_AND_TERMS_RULES + _ob.OBJECT_RULES
    + _pp.PEOPLE_RULES + _dc.DOCS_RULES + _bl.BILLING_LOGIC_RULES + _bl.BILLING_SECURITY_RULES
    + _dv.DEVPLAT_RULES + _fd.FIELD_RULES + _le.LEARNING_RULES + _cl.CLEAR_RULES
    + _sv.SECVENDOR_LOGIC_RULES + _sv.SECVENDOR_DATA_RULES + _sv.SECVENDOR_TERMS_RULES
    + _pam.PAM_LOGIC_RULES + _pam.PAM_TERMS_RULES
    + _as.APPSEC_LOGIC_RULES + _as.APPSEC_DATA_RULES + _as.APPSEC_TERMS_RULES
    + _dlp.DLP_LOGIC_RULES
    + _iga.IGA_LOGIC_RULES + _iga.IGA_DATA_RULES + _iga.IGA_TERMS_RULES
    + _edr.EDR_LOGIC_RULES + _edr.EDR_DATA_RULES
    + _mg.MORTGAGE_DATA_RULES + _mg.MORTGAGE_SECURITY_RULES + _mg.MORTGAGE_LOGIC_RULES
    + _mg.MORTGAGE_TERMS_RULES
    + _pos.POS_LOGIC_RULES + _pos.POS_SECURITY_RULES + _pos.POS_DATA_RULES
    + _pos.POS_DATE_RULES + _pos.POS_TERMS_RULES
    + _gw.GATEWAY_LOGIC_RULES + _gw.GATEWAY_SECURITY_RULES + _gw.GATEWAY_DATA_RULES
    + _wms.WMS_LOGIC_RULES + _wms.WMS_SECURITY_RULES + _wms.WMS_DATA_RULES
    + _wms.WMS_TERMS_RULES
    + _pc.PC_LOGIC_RULES + _pc.PC_DATA_RULES + _pc.PC_SECURITY_RULES + _pc.PC_TERMS_RULES
    + _st.SITES_LOGIC_RULES + _st.SITES_SECURITY_RULES + _st.SITES_DATA_RULES
    + _st.SITES_TERMS_RULES
    + _gv.GIVING_LOGIC_RULES + _gv.GIVING_SECURITY_RULES
    + _lac.LAB_ADS_CASH_LOGIC_RULES + _lac.LAB_ADS_CASH_SECURITY_RULES
    + _lac.LAB_ADS_CASH_DATA_RULES + _lac.LAB_ADS_CASH_TERMS_RULES
    + _clp.CHAIR_LOT_PORT_LOGIC_RULES + _clp.CHAIR_LOT_PORT_SECURITY_RULES
    + _clp.CHAIR_LOT_PORT_DATA_RULES + _clp.CHAIR_LOT_PORT_TERMS_RULES
    + _sh.SHAPES_LOGIC_RULES + _sh.SHAPES_SECURITY_RULES + _sh.SHAPES_DATA_RULES
    + _sh.SHAPES_TERMS_RULES + _sh.SHAPES_DATE_RULES
    + _ba.BREADTH_A_LOGIC_RULES + _ba.BREADTH_A_SECURITY_RULES + _ba.BREADTH_A_DATA_RULES
    + _ba.BREADTH_A_TERMS_RULES
    + _bb.BREADTH_B_LOGIC_RULES + _bb.BREADTH_B_SECURITY_RULES + _bb.BREADTH_B_DATA_RULES
    + _bb.BREADTH_B_TERMS_RULES
)  # fmt: skip

# Systems named by brand tag an ask but do not make it concrete (_mortgage).
DEFAULT_RULES: tuple[Rule, ...] = (
    CONCRETE_RULES + GENERIC_RULES + _mg.MORTGAGE_SYSTEM_RULES + _pos.POS_SYSTEM_RULES
    + _wms.WMS_SYSTEM_RULES + _pc.PC_SYSTEM_RULES + _st.SITES_SYSTEM_RULES
    + _gv.GIVING_SYSTEM_RULES + _clp.CHAIR_LOT_PORT_SYSTEM_RULES
)
