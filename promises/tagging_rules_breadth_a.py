"""Trigger rules added in a breadth round over twelve trades nobody had written rules for
(law firm practice management, residential property management, airline crew scheduling,
maritime vessel operations, crop farm management, telecom billing, event ticketing, real
estate listing services, energy trading and risk, mining operations, library management
and sports league management).

The point is the NEXT trade, so nearly all of these are sentence shapes that recur across
those twelve and read the same in any other:

* custom logic: a step that must clear before a record is issued or confirmed, records
  blocked from an action or frozen until someone clears them, "no X until Y", an order
  of precedence ("oldest charges first", "in seniority order"), a share a thing counts
  toward, amounts rounded to the nearest unit, a limit of N per something, a cap once a
  person spends or passes an amount, steps on a numbered day, things sellable only
  together, states switched automatically, values carried over, a price set as a share
  of an index, records skipped when they match, a rate raised once a threshold is sold;
* security: people kept to the records they are assigned or their own shift, fields
  never visible to the public, cyber resilience requirements;
* data movement: records that land in, flow into, come across from or are brought in
  from another system, syndication, feeds on a schedule from a named source, reports to
  a regulator's repository, files to a bank, a size per message, devices sent records;
* commercial terms: our fees dropped to a new amount.

Vocabulary is used only for system and protocol names, which nothing else can catch
(named as such below).
"""

from __future__ import annotations

from promises.tagging import Rule, no_control_ahead, not_behind, regex_rules

_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
_SPAN = r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
# A condition naming a security control makes the block that control.
_NO_CONTROL = no_control_ahead(
    r"\b2fa\b", r"\btls\b", r"log(?:ged)?[\s-]?in", r"sign[\s-]?in", r"\bip\b"
)
_SYSTEM = r"(?:system|portal|repository|registry|erp|crm|instance)"

BREADTH_A_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A step that must clear before a record is issued: "before a new matter number is
    # issued", "flagged before a crew change is confirmed".
    r"\bbefore\s+(?!(?:the|their|a|an)\s+(?:po|purchase\s+order)\b)(?:an?|the|any|each|every)\s+"
    r"(?:[\w-]+\s+){1,4}?(?:is|are|can\s+be|gets?)\s+"
    r"(?:issued|confirmed|assigned|scheduled|dispatched|accepted)\b",
    # Blocked from an action: "must be blocked from assignment", "blocked from borrowing".
    r"\bblocked\s+from\s+(?:[\w-]+\s+)?(?:assignments?|assigning|booking|borrowing|enrol\w*"
    r"|registering|registration|scheduling|selection|dispatch|checking\s+out|checkout"
    r"|saving|posting|submitting|ordering|bidding|renewing|rostering)\b",
    # New work frozen until someone clears it: "freeze new trades for that desk until".
    r"\bfreez(?:e|es|ing)\s+new\s+(?:[\w-]+\s+){0,4}?until\b" + _NO_CONTROL,
    # "No firing until both have signed", "no coach goes on a roster until".
    r"^\s*no\s+(?!one\b|access\b|data\b|users?\b|logins?\b|admins?\b|records?\b|files?\b)"
    r"(?:[\w-]+\s+){1,5}?until\b" + _NO_CONTROL,
    # An order of precedence: "apply to the oldest charges first", "closest branch first".
    r"\b(?:oldest|newest|earliest|latest|closest|nearest|highest|lowest|largest|smallest)\s+"
    r"(?:[\w-]+\s+){0,2}?first\b",
    r"\bin\s+(?:seniority|priority|date|rank|ranking|alphabetical|arrival)\s+order\b",
    # A share a thing counts toward: "count 50% toward pay credit".
    r"\bcounts?\s+(?:\d+(?:\.\d+)?\s*%\s+)?towards?\b",
    # Rounding: "round up to the nearest tenth of an hour".
    r"\bround(?:s|ed|ing)?\s+(?:up\s+|down\s+)?to\s+the\s+nearest\b",
    # Records rejected by a rule: "entries with narratives under ten words must be rejected".
    r"\b(?:with|under|over|fewer\s+than|less\s+than|more\s+than|older\s+than)\s+"
    + _NO_CONTROL
    + r"(?:[\w-]+\s+){1,5}?(?:must|should|will|shall)\s+be\s+(?:rejected|refused)\b",
    # A limit of N per something: "a limit of six tickets per credit card".
    r"\b(?:limit|maximum|max|cap)\s+of\s+" + _N + r"\s+(?!(?:[\w-]+\s+)?(?:attempts?|log[\s-]?ins?"
    r"|sign[\s-]?ins?|requests?|calls?|api|sessions?|devices?|users?|seats?|licen[cs]es?)\b)"
    r"(?:[\w-]+\s+){0,2}?per\b",
    # A cap once a person spends or passes an amount: "once a subscriber spends €50",
    # "once fines pass $10", "once it is 80% sold".
    r"\bonce\s+(?:a|an|each|any)\s+[\w-]+\s+(?:spends?|pass(?:es)?|exceeds?|uses?)\s+"
    r"(?:\$|€|£)?\d",
    r"\bonce\s+(?:[\w-]+\s+)?(?:fines?|fees?|balances?|charges?|arrears)\s+(?:pass(?:es)?"
    r"|exceeds?|reach(?:es)?)\b",
    r"\bonce\s+it\s+is\s+\d+\s*%\s+\w+",
    r"\braises?\s+(?:[\w-]+\s+){0,3}?\d+(?:\.\d+)?\s*%\s+(?:once|when|if|after)\b",
    # Steps on a numbered day: "suspend outgoing calls on day 21".
    r"\b(?:suspend|bar|block|lock|close|cancel|escalat|remind|notif|disconnect|restrict)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?on\s+day\s+\d+\b",
    # Things sellable only together: "only be sellable together with the accessible seat".
    r"\bonly\s+(?:be\s+)?(?:sellable|sold|bookable|booked|offered|available)\s+(?:together\s+)?"
    r"with\b",
    r"\bunlocks?\s+only\s+(?:the|a|an)\b",
    # States switched automatically: "switch to Active automatically after 21 days",
    # "set to inactive the day a check expires", "awarded automatically".
    r"\b(?:switch|change|flip|move|revert)(?:es|s|ed|ing)?\s+to\s+['\"“‘]?[\w-]+['\"”’]?\s+"
    r"automatically\b",
    r"\bset\s+to\s+(?:inactive|active|suspended|expired|closed|lapsed|ineligible)\b",
    r"\b(?:award|offer|grant)(?:s|ed|ing)?\s+automatically\b",
    # Values carried over: "days on market carry over when a listing is relisted".
    r"\bcarr(?:y|ies|ied)\s+over\s+(?:when|if|unless|once)\b",
    # A price set as a share of an index: "priced at 115% of Henry Hub".
    r"\bpriced\s+at\s+\d+(?:\.\d+)?\s*%\s+of\b(?!\s+(?:their|our|the\s+customer)\b)",
    # Records skipped when they match: "skipping any record with a local note".
    r"\bskip(?:s|ping)?\s+(?:any|every|all|each)\s+(?:[\w-]+\s+)?(?:records?|rows?|items?"
    r"|entries|lines?|titles?)\s+(?:with|that|where|whose)\b" + _NO_CONTROL,
    # Checks a rule makes: "legality checks", "eligibility checks".
    r"\b(?<!of\sa\s)(?<!of\sthe\s)legality\s+checks?\b",
    # A record past its interval raising a notice: "raise an overdue alert".
    r"\braises?\s+an?\s+(?:overdue|late|expiry|renewal|missed|due)\s+(?:alerts?|warnings?|flags?"
    r"|notices?|tasks?)\b",
    # A value rescheduled into the first free slot: "rescheduled into the first open slot".
    r"\b(?:rescheduled|moved|booked|placed|slotted)\s+into\s+the\s+(?:first|next|earliest)\s+"
    r"(?:open|available|free)\b",
    # Rules cut by a type of person: "loan periods by patron type".
    r"\bby\s+(?:patron|member|customer|user|employee|student|account|vehicle|product|item"
    r"|player|tenant|client|unit|lease)\s+(?:types?|class(?:es)?|categor(?:y|ies)|groups?)\b",
    r"\bby\s+birth\s+(?:year|date)\b",
    # Their custom schedules: "the custom fine schedule".
    r"\bcustom\s+(?:[\w-]+\s+){0,2}?schedules?\b",
    # "netting out" amounts and records invalidated on an event.
    r"\bnets?\s+out\b|\binvalidat(?:e|es|ed|ing)\s+when\b",
    r"\b(?:late|overdue|rental|service)\s+fees?\s+of\s+\d",
    r"\bnever\s+charged\s+on\b",
    r"\blocked\s+on\s+(?:any|every|each)\b",
    r"\b(?:reports?|dashboards?)\s+built\b",
    # A count capped: "listings capped at 50 photos" (not seats or users we sell).
    r"\bcapped\s+at\s+\d[\d,]*\s+(?:photos|images|pictures|attachments|items|tickets|guests"
    r"|bookings|entries|lines|pages|visits|renewals|loans|holds|passes)\b",
    # The other branch of a rule: ", otherwise the seats go back on sale".
    r",\s*otherwise\s+(?:the|it|they|its|their)\b",
)

BREADTH_A_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # People kept to the records they are assigned or their own shift.
    r"\brestricted\s+to\s+(?:[\w-]+\s+){0,4}?(?:they|he|she)(?:['’]re|\s+are|\s+is)\s+assigned\b",
    r"\bnothing\s+else\s+visible\b",
    r"\bonly\s+(?:be\s+able\s+to\s+)?\w+\s+(?:[\w-]+\s+){0,3}?(?:from|in|on|for|of)\s+their\s+own\s+"
    r"(?:shifts?|stores?|branch(?:es)?|sites?|teams?|locations?|regions?|drawers?|tills?)\b",
    # Fields never shown outside: "must never be visible to the public".
    r"\bnever\s+(?:be\s+)?(?:visible|shown|exposed|displayed)\s+to\b",
    r"\bcyber[\s-]?(?:security|resilience)\s+requirements?\b",
)

BREADTH_A_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Records landing in another place: "court dates should land on each matter",
    # "settles landing in the forward curves".
    r"\b(?:should|must|will)\s+land\s+on\s+(?:each|every)\b|\blanding\s+in\s+the\s+(?!(?:[\w-]+\s+)?"
    r"(?:audit|logs?|history|trail|bank|accounts?|inbox|budget)\b)",
    r"\bflow(?:s|ing|ed)?\s+(?:in)?to\s+(?:their|our|the)\b",
    r"\bcom(?:e|es|ing)\s+(?:across|over|in)\s+from\s+(?:their|the|our)\b",
    r"\b(?:brought|pulled|read|loaded)\s+in\s+from\b",
    r"\bsyndicat(?:e|es|ed|ing|ion)\s+(?:[\w.-]+\s+){0,4}?to\b",
    r"\bone[\s-]time\s+conversion\b|\bconversion\b[^.;]{0,40}?\bcut[\s-]?over\b",
    # Records sent to a device or a named system: "barcodes sent to their gate controllers",
    # "every approval goes to their safety reporting system", "reach the association's system".
    r"\bsent\s+to\s+(?:their|the)\s+(?:[\w-]+\s+){0,2}?(?:controllers?|readers?|kiosks?"
    r"|terminals?|scanners?|printers?|ebb|portal|registry|repository|clearing\s*house)\b",
    *(
        start
        + r"\s+(?:their\s+(?:[\w-]+\s+){0,3}?|the\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)"
        + _SYSTEM
        + r"\b(?!\s+(?:admins?|administrators?|owners?))"
        for start in (
            r"\bgo(?:es)?\s+(?:in)?to",
            r"\bpushed\s+(?:in)?to",
            r"\bposted\s+(?:in)?to",
            r"\breach(?:es)?",
        )
    ),
    # Feeds on a schedule from a named source: "assignments from Arbiter every morning".
    r"\bfrom\s+(?!the\b|a\b|an\b|each\b|every\b)(?:[\w-]+\s+){1,3}?every\s+(?:morning|night"
    r"|evening|hour|weekday|day|\d+\s+minutes)\b",
    r"\bthrough\s+\w+\s+every\s+(?:week|day|night|month|hour)\b",
    r"\b(?:hourly|nightly|daily|weekly)\s+(?:[\w-]+\s+){0,2}?(?:telemetry|readings|data)\s+from\b",
    r"\b(?:should|will|must)\s+load\s+(?:nightly|hourly|daily|weekly|every)\b",
    r"\b(?:results?|files?|data|records?)\s+received\s+from\b",
    r"\btalks?\s+to\s+us\s+over\b",
    r"\bby\s+email\s+after\s+(?:each|every)\b",
    # Reports to a regulator's repository: "swap reporting to their DTCC repository".
    r"\breporting\s+to\s+(?:[\w-]+\s+){1,3}?(?:through|via|over)\s+(?:their|the|an?)\b",
    r"\breporting\s+to\s+(?:their|the)\s+(?:[\w-]+\s+)?(?:repository|regulator|registry)\b",
    # Files to a bank and files of a kind: "the payout file to their bank".
    r"\bfiles?\s+to\s+(?:their|the|our)\s+bank\b",
    r"\bas\s+an?\s+(?:encrypted|signed|zipped|compressed|flat|delimited)\s+files?\b",
    # A size per message: "at under 50 KB per message".
    r"\b\d+\s*(?:kb|mb)\s+per\s+(?:message|file|record|payload|transfer|report)\b",
    # System and protocol names only vocabulary can catch (named as such): library
    # self-check (SIP2), charging (Diameter), energy confirmations (EFETnet, CpML), legal
    # billing files (LEDES), listing portals and sports registration systems.
    r"\b(?:sip2|diameter\s+(?:gy|ro)|efetnet|cpml|fpml|ledes|stubhub|gotsport|arbiter\s+sports"
    r"|veson|compulaw|minestar)\b",
)

BREADTH_A_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Our fees dropped to a new amount: "per-ticket fees dropped to $0.75".
    r"\bfees?\s+(?:dropped|reduced|lowered|cut|discounted)\s+to\s+(?:\$|€|£)\d",
    r"\b\d+\s*%\s+off\s+for\s+(?:its|their|all|the)\b",
)


# --- Guards lent to other modules -------------------------------------------------------

# After "commission" (promises.tagging_rules_cross): their commission system is a place
# data goes, not a commission rule ("a nightly CSV for their commission system").
COMMISSION_SYSTEM = r"(?!s?\s+(?:system|platform|software|tool|app)s?\b)"
# After "transfer" (promises.tagging_rules_sectors): a transfer fee is money, and players
# moved between clubs are people, not data ("HOA transfer fees", "transfers between clubs").
TRANSFER_NOT_DATA = (
    r"(?!s?\s+(?:fees?|tax(?:es)?)\b|s?\s+between\s+(?:[\w-]+\s+)?(?:clubs|teams|schools"
    r"|leagues)\b)"
)
# After "credits" (promises.tagging_rules_flags): pay credits a crew earns are their pay.
PAY_CREDITS = not_behind("pay ")
# Before "waive" (promises.tagging_rules_flags): staff who can waive fines act in their
# product ("any staff account that can waive fines").
STAFF_WAIVE = not_behind("that can ", "who can ", "that may ", "who may ")
# Before "guarantees" (promises.tagging_rules_flags): a union contract's guarantees are
# their rules ("their pilot CBA guarantees reserves 12 hours' notice").
UNION_GUARANTEES = not_behind("cba ", "union ")
# After a volume in GB (promises.tagging_rules): a plan's pool or allowance is a number in
# their rules, not data moved ("a shared 100 GB pool").
ALLOWANCE_VOLUME = r"(?!\s+(?:data\s+)?(?:pools?|allowances?|bundles?|quotas?|caps?)\b)"
# Before "provisioning" (promises.tagging_rules_security): SIMs, devices and numbers set up
# on a network are not user accounts ("the eSIM provisioning integration").
DEVICE_PROVISIONING = not_behind("esim ", "sim ", "device ", "number ", "circuit ")
