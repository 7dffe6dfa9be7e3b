"""Trigger rules added after batches 166 (a hotel property management vendor), 167 (a
manufacturing execution vendor) and 168 (a commercial real estate lease management
vendor).

All three sell software that runs a site: a hotel, a plant, a leased building. Their
buyers write the site's own rules and papers in its trade's words, so:

* custom logic: a fee of the guest's or the tenant's stay ("no-show fees", "a resort fee",
  "holdover rent"), something handed on "before anyone else", records landing in a named
  queue or a team's queue, rules that "differ by" season or plan, a lot that goes "on
  quality hold", a second person who has to verify, a check made "at scan time" and
  expired stock that cannot be used, a stop at a witness or hold point, runs sequenced so
  one always runs after another, orders split into one job per unit, a signature of a
  named role or two signatures, alerts at a list of days before a date, records nested
  under others, a count of extra fields, a cap for a class of their own tenants or guests;
* security: a recovery point or time objective, card numbers never exposed, people who
  see records for their own site only, "only finance users may ...", a hold on records
  until an audit or a case closes, people's names stripped from a file, rights to change
  something, electronic signatures as a control;
* data movement: data flowing both ways, label jobs sent in ZPL, and the
  systems of these trades named by brand (SITES_SYSTEM_RULES, which tag but do not make
  wording concrete);
* commercial terms: a response time promised on severity-one tickets.

Second senses lent to other modules (guards below): a routing next to a bill of
materials is a plan of work, a plant's own engineers "named" for a right are no named
engineer of ours, a line's commissioning is no sales commission, a lease liability or a
tenant's liability cover is no term of ours, a role that shows only some records is
access, a fiscal year is no count of records, a discount deeper than a threshold is
their rule, and their complimentary rates are no discount from us.
"""

from __future__ import annotations

from promises import tagging_rules_chair_lot_port as _clp
from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import NUM

# --- Guards lent to other modules -------------------------------------------------------

# After "routing": a routing named with a bill of materials is a plan of operations, not
# records routed ("allowed to change a routing or bill of materials").
ROUTING_WITH_A_BOM = (
    r"(?!\s+(?:or|and|&)\s+(?:an?\s+|the\s+|their\s+)?(?:bills?\s+of\s+materials?|boms?)\b)"
)
# After "named ... engineers": a plant's or a building's own engineers or managers named
# for a right ("restricted to three named controls engineers per plant") are their staff,
# not a named engineer of ours.
_SITE_ROLES = (
    "controls", "control", "process", "quality", "maintenance", "plant", "production",
    "manufacturing", "reliability", "automation", "safety", "shift", "property", "facility",
    "facilities", "building", "site", "hotel", "duty", "floor", "chief",
)  # fmt: skip
SITE_ROLE_NAMED = not_behind(
    *(f"{r} {p}{s}" for r in _SITE_ROLES for p in ("engineer", "manager") for s in ("", "s"))
)
# After "commission": a line or a plant's commissioning is its start-up, not a sales
# commission ("ready for the line 4 commissioning on June 9"), unless a plan or a rate
# of it is named.
COMMISSIONING_AS_START_UP = (
    r"(?:(?<!commissioning)|(?=\s+(?:rules?|plans?|rates?|structures?|splits?|logic"
    r"|schedules?|tiers?)\b))"
)
# After "liability": a lease liability (ASC 842) and the liability cover of their tenants
# or vendors are their records, not our limitation of liability.
THEIR_LIABILITY = not_behind(
    *(
        f"{who} liabilit{end}"
        for who in ("lease", "leases", "tenant's", "tenant’s", "tenants'", "tenants’",
                    "vendor's", "vendor’s", "contractor's", "contractor’s", "supplier's",
                    "supplier’s", "guest's", "guest’s")
        for end in ("y", "ies")
    )
)  # fmt: skip
# After "shows only": a role that shows some records only is access control, not a page
# showing a subset ("an outside-broker role that shows only leases in their region").
ROLE_SHOWS_ONLY = not_behind(
    *(
        f"{role} {that} {verb} only"
        for role in ("role", "roles", "profile", "permission", "permissions")
        for that in ("that", "which")
        for verb in ("show", "shows", "display", "displays", "list", "lists")
    )
)
# Behind the first digit of a volume: a fiscal year is no count ("fiscal 2024 lease
# records").
NOT_A_FISCAL_YEAR = r"(?<!fiscal\s\d)(?<!fy\s\d)(?<!fy\d)"

_ROLE_WORDS = (
    r"(?:supervisor|manager|qa|qc|quality|second|engineer|lead|director|reviewer|approver"
    r"|inspector|production|foreman|pharmacist)"
)
_SIGNATURE = r"(?:e-?signatures?|electronic\s+signatures?)"
_THEIR_PEOPLE = (
    r"(?:tenants|guests|members|residents|patients|students|subscribers|franchisees|drivers"
    r"|employees|occupants|borrowers)"
)

SITES_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Fees of a guest's or a tenant's stay, charged by their rule: "no-show fees",
    # "a $45 resort fee added per night", "holdover rent of 150%".
    r"\b(?:no[\s-]?show|late[\s-]cancell?ation|early[\s-]departure|early[\s-]check[\s-]?in"
    r"|late[\s-]check[\s-]?out|resort|pet|cleaning|mini[\s-]?bar|rollaway|corkage|holdover)"
    r"\s+(?:fees?|charges?|penalt(?:y|ies)|rents?)\b",
    # Handed to someone first: "to the tower team before anyone else".
    r"\b(?:before|ahead\s+of)\s+(?:anyone|anybody|everyone|everybody)\s+else\b",
    # Records landing in a named queue or a team's: "land in a 'card check' queue for the
    # reservations team" (not a message queue, which has no team).
    r"\b(?:land|lands|landing|go|goes|drop|drops|fall|falls|sit|sits|end\s+up|ends\s+up)"
    r"\s+in(?:to)?\s+(?:an?|the|their|its)\s+(?:[\"“'‘][^\"”’]{1,30}[\"”'’]\s+queue\b"
    r"|(?:[\w-]+\s+){0,2}?queue\s+(?:for|of)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:team|desk|agents?|managers?|staff|review|reviewers?|supervisors?|clerks?)\b)",
    # Rules that differ by a key: "cancellation policies that differ by rate plan and by
    # season".
    r"\b(?:differ|differs|differing|vary|varies|varying)\s+(?:by|per|across)\s+(?:the\s+"
    r"|their\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:plans?|seasons?|regions?|countr(?:y|ies)"
    r"|sites?|propert(?:y|ies)|hotels?|stores?|segments?|tiers?|groups?|types?"
    r"|categor(?:y|ies)|channels?|class(?:es)?|units?|brands?|markets?)\b",
    # A lot put on a hold by their rule: "should go on quality hold automatically".
    r"\b(?:go|goes|going|went|put|puts|placed|place|places|set|moved?)\s+(?:automatically\s+)?"
    r"on\s+(?:an?\s+)?(?:quality|qa|qc|inspection|credit|engineering|material|production"
    r"|shipping|billing|payment)\s+holds?\b",
    # Four eyes: "a second person has to verify it".
    r"\ba\s+(?:second|another|different)\s+(?:person|pair\s+of\s+eyes|user|operator"
    r"|technician|engineer|inspector|signer|reviewer|approver|supervisor|nurse|pharmacist"
    r"|clerk|employee|staff\s+member)\s+(?:has\s+to|have\s+to|must|should|needs?\s+to|to"
    r"|will)\s+(?:verify|check|confirm|approve|sign|countersign|witness|review|validate"
    r"|co-?sign)\b",
    # A check made at a step of their work: "expiry checked at scan time".
    r"\b(?:checked|validated|verified|enforced)\s+(?:automatically\s+)?(?:at|on|during)\s+"
    r"(?:the\s+)?(?:scan|scanning|barcode\s+scan|receipt|receiving|issue|issuing|picking"
    r"|dispensing|weighing|posting)(?:\s+time|\s+stage|\s+step)?\b",
    # Stock in a state their rule blocks: "expired adhesive cannot be consumed" (not an
    # expired password or certificate, which is security).
    r"\b(?:expired|quarantined|rejected|unreleased|uninspected|non-?conforming|recalled"
    r"|out-of-spec|unapproved)\s+(?!(?:[\w-]+\s+)?(?:passwords?|certificates?|certs?|tokens?"
    r"|keys?|credentials?|sessions?|accounts?|badges?|licen[cs]es?)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:cannot|can['’]?t|can\s+not|must\s+not|may\s+not|should\s+not|won['’]?t|never)\s+be"
    r"\s+(?:consumed|used|issued|picked|shipped|sold|scanned|allocated|dispensed|loaded"
    r"|released|received)\b",
    # A stop in their process: "stop at a witness point until the inspector records
    # acceptance", "a hold point".
    r"\b(?:witness|hold)\s+points?\b|\bstop\w*\s+at\s+(?:an?|the|each|every)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:points?|steps?|stations?|gates?|operations?|stages?)\s+until\b",
    # An order of runs: "always run after allergen-free ones", "must be sequenced so" (not
    # a time: "the sync must always run before 6 a.m.").
    r"\balways\s+(?:run|runs|go|goes|come|comes|be\s+(?:run|scheduled|sequenced|processed"
    r"|picked|dispatched))\s+(?:after|before|first|last|ahead\s+of)\b(?!\s+(?:the\s+)?(?:\d"
    r"|midnight|noon|dawn|close|opening|go-?live|cutover|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)days?|(?:start|end|close)\s+of|(?:nightly|daily|weekly|monthly|morning|evening"
    r"|overnight)\b))"
    r"|\b(?:sequenced|ordered|sorted)\s+so\s+(?:that\s+)?\w",
    # One record cut into several by a key: "split into one MES job per mold cavity".
    r"\bsplit\s+(?:up\s+)?into\s+(?:one|a|an|separate|individual)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:per|for\s+each|for\s+every)\s+\w",
    # A signature as an approval step: "needs a supervisor e-signature", "two e-signatures,
    # one from production and one from QA".
    r"\b(?:needs?|requires?|takes?|take|must\s+have|gets?)\s+(?:an?\s+|the\s+)?" + _ROLE_WORDS
    + r"(?:['’]s)?\s+(?:" + _SIGNATURE + r"|signatures?|sign[\s-]?offs?)\b"
    r"|\b(?:two|three|dual|both)\s+(?:separate\s+)?(?:e-?signatures|electronic\s+signatures"
    r"|signatures)\b",
    # Reminders at a list of days: "alerts at 270, 180 and 90 days before each break option".
    r"\b(?:alerts?|reminders?|notices?|notifications?|warnings?)\s+(?:at|on)\s+\d+(?:\s*,\s*"
    r"\d+)*(?:,?\s+(?:and|or)\s+\d+)?\s+(?:days?|weeks?|months?)\s+(?:before|ahead\s+of"
    r"|prior\s+to|after)\b",
    # Records kept under others: "subleases nested under their head lease".
    r"\bnested\s+(?:under|within|inside|beneath|below)\b",
    # A count of extra fields: "14 extra abstract fields".
    r"\b(?:\d+|" + NUM + r")\s+(?:extra|additional|more|new)\s+(?:[\w-]+\s+){0,2}?fields\b",
    # A cap for a class of their own people: "CAM increases for anchor tenants capped at 5%".
    r"\bfor\s+(?:their\s+|all\s+|the\s+)?(?:[\w-]+\s+)?" + _THEIR_PEOPLE + r"\s+capped\s+at\b",
)  # fmt: skip

SITES_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Recovery objectives: "a recovery point objective of one hour", "an RPO of 15 minutes".
    r"\brecovery\s+(?:point|time)\s+objectives?\b|\br[pt]os?\s+(?:of\s+|under\s+|below\s+"
    r"|target\s+of\s+)?(?:\d|zero|one|two|three|four|five|six|eight|twelve|fifteen|thirty"
    r"|an?\s+hour|near[\s-]zero)",
    # Card data never shown: "without exposing raw card numbers".
    r"\bwithout\s+(?:ever\s+)?(?:exposing|revealing|disclosing|leaking|decrypting|unmasking)\b"
    r"|\b(?:raw|unmasked|clear[\s-]?text|plain[\s-]?text|unencrypted)\s+(?:card(?:holder)?\s+"
    r"(?:numbers?|data)|pans?|credit[\s-]card\s+numbers?)\b",
    # People kept to their own site: "may see reservations ... for their own hotel only,
    # never for sister properties".
    r"\bsee\s+(?:[\w-]+\s+){1,6}?for\s+(?:their|his|her)\s+own\s+[\w-]+\s+only\b"
    r"|\bnever\s+(?:for|at|from)\s+(?:sister|other|another|neighbou?ring)\s+(?:propert(?:y|ies)"
    r"|hotels?|sites?|stores?|plants?|branch(?:es)?|locations?|companies|entities|clinics?)\b",
    # A right kept to a group of users: "only finance users may reopen a closed day".
    r"\bonly\s+(?:[\w-]+\s+){0,2}?(?:users|staff|admins?|administrators|accounts|employees)\s+"
    r"(?:may|can|are\s+(?:allowed|able|permitted)\s+to|should\s+be\s+able\s+to)\s+(?:reopen"
    r"|edit|change|delete|approve|void|view|see|export|modify|unlock|release|close|create"
    r"|override|access|download|run)\b",
    # Records preserved until a case closes: "a hold on all folios and payment records
    # until the state tax audit closes".
    r"\bhold\s+on\s+(?:all|any|every|the|their)\s+(?:[\w-]+\s+){0,5}?(?:records?|folios?"
    r"|documents?|files?|e-?mails?|data|messages?|histor(?:y|ies)|logs?)\b[^.;]{0,40}?"
    r"\buntil\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:audit|litigation"
    r"|investigation|lawsuit|case|claim|dispute|inquiry|subpoena)\b",
    # People's names taken out of a file: "operator names must be stripped from the extract".
    r"\b(?:operator|employee|user|customer|guest|patient|tenant|worker|staff|driver|member"
    r"|student|personal|contact|caller|agent|donor)(?:['’]s)?\s+(?:names?|e-?mails?"
    r"|e-?mail\s+addresses|phone\s+numbers?|ids?|identifiers)\s+(?:(?:must|should|need"
    r"|needs|have|has|to|will|are|is|get|gets)\s+){0,2}(?:to\s+)?(?:be\s+)?(?:stripped"
    r"|scrubbed|removed|redacted|blanked)\s+(?:out\s+)?(?:of|from)\b",
    # Rights to act on something: "rights to change machine configurations".
    r"\b(?:rights|permissions?|privileges)\s+to\s+(?:change|edit|modify|delete|update|approve"
    r"|release|override|create|view|see|export|run|reopen|void|unlock)\b",
    # Electronic signatures as a control (21 CFR Part 11), not a signing product ("the
    # e-signature service", "sent out for e-signature", "an e-signature step").
    r"\b(?:e(?<!for\se)(?<!docusign\se)-?signatures?|electronic(?<!for\selectronic)\s+"
    r"signatures?)" + _clp.SIGNER_IS_THEIR_CUSTOMER +
    r"(?!\s+(?:service|tool|page|platform|vendor|provider"
    r"|steps?|flows?|experience|requests?|envelopes?|product|module|app|integration"
    r"|signing|templates?)\b)"
    r"(?![^.;]{0,20}?\b(?:via|through|using|with|in)\s+(?:docusign|adobe\s+sign|dropbox\s+sign"
    r"|hellosign|pandadoc|signnow)\b)",
)  # fmt: skip

SITES_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Both ways: "room status needs to flow both ways between the PMS and Optii".
    r"\bflow(?:s|ing|ed)?\s+both\s+ways\b|\bboth\s+ways\s+between\b",
    # Label jobs sent to printers in a printer language: "ZPL label jobs to 60 Zebra
    # printers" (labels printed in a layout of theirs are their rule, not data moved).
    r"\bzpl\b|\blabel\s+(?:print\s+)?jobs?\b",
)  # fmt: skip

# Hotel, plant and lease systems named by brand: they tag an ask but do not make it
# concrete (like _pos's POS_SYSTEM_RULES). "Mews" only not as a street.
SITES_SYSTEM_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Hotels: property management, central reservations, distribution, housekeeping,
    # revenue, door locks and loyalty.
    r"\bmews\b(?!\s+(?:houses?|cottages?|streets?|roads?|lanes?|flats?))|\b(?:protel"
    r"|maestro\s+pms|stayntouch|apaleo|infor\s+hms|agilysys|synxis|windsurfer\s+crs|derbysoft"
    r"|travelclick|duetto|ideas\s+g3|optii|hotsos|quore|flexkeeping|assa\s+abloy|visionline"
    r"|vingcard|dormakaba|onity|salto\s+(?:ks|systems|locks?)|booking\.com|expedia|agoda"
    r"|hotelbeds|antavo|talon\.one)\b",
    # Plants: gateways, OPC servers and MES suites.
    r"\b(?:kepware|kepserver(?:ex)?|ignition\s+(?:gateways?|scada|edge|server|perspective)"
    r"|factorytalk|opcenter|plex\s+(?:mes|smart\s+manufacturing))\b",
    # Leases: lease administration, leasing, valuation and insurance tracking systems.
    r"\b(?:vts|visual\s+lease|leasequery|lucernex|prolease|accruent|nakisa|costar|argus\s+"
    r"(?:enterprise|valuation|taliance)|mycoi|tririga|building\s+engines|angus\s+anywhere"
    r"|leasecake)\b",
)  # fmt: skip

SITES_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # A response promised on their worst tickets: "severity-one tickets to get a response
    # within 30 minutes".
    r"\bsev(?:erity)?[\s-]?(?:one|1|i)\b[^.;]{0,40}?\b(?:respon(?:se|ded|d)|resolution"
    r"|resolved|fixed|fix|restored|restore)\s+(?:time\s+)?(?:within|in\s+under|in\s+less"
    r"\s+than)\s+(?:\d+|" + NUM + r")\s*[\s-]?(?:minutes?|mins?|hours?|hrs?)\b",
)  # fmt: skip
