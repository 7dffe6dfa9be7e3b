"""Seed trigger rules for HR, payroll and help-desk asks (batches 53 and 54), and guards
lent to the other rule modules for words those trades use in a second sense.

Same conventions as promises.tagging_rules: word families and sentence shapes, ambiguous
words only in the shape that gives them one meaning. PEOPLE_RULES are added to
CONCRETE_RULES in promises.tagging_rules; the guards are used by promises.tagging_rules,
_generic and _flags. Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules

# A payment, invoice or billing run named as a file or a batch of records is data handed
# over, not our billing terms: "the monthly payment file we send to their bank", "the
# quarterly invoice export", "monthly payment records". Checked after the word.
PAYMENT_AS_FILE = (
    r"(?!\s+(?:files?|batch(?:es)?|exports?|extracts?|records?|data|details|instructions?"
    r"|lines?|feeds?|uploads?|reports?|journals?|registers?)\b)"
)

# A response target a help desk keeps for the customer's own customers ("first-response
# targets for their platinum customers' tickets", "response times for their members'
# cases") is a rule of their workflow, not the support we promise. Checked after
# "first response" or "response time", before an optional plural or "time".
THEIR_RESPONSE_TARGETS = (
    r"(?!(?:s?\s+times?|s)?(?:\s+(?:targets?|goals?|polic(?:y|ies)|timers?|clocks?))?"
    r"(?:\s+(?:of|under|within|below)(?:\s+[\w.-]+){1,2}?)?\s+(?:for"
    r"|on|to)\s+(?:their|its|the\s+customer['’]s)\s+(?:[\w-]+\s+){0,2}?(?:customers|clients"
    r"|members|patients|guests|users|buyers|shoppers|subscribers|tenants|residents"
    r"|students|citizens|employees)(?:['’]|\b))"
)

# A rule, trigger or workflow named as what is changed and logged ("every change to
# macros and triggers to appear in the audit log", "workflows edited ... are logged") is
# what an audit trail records, not logic built. Checked after the word.
CHANGE_LOGGED_AHEAD = (
    r"(?!\s+(?:(?:are|is|to\s+be|be|must\s+be|should\s+be|get|gets|to)\s+)?(?:appear\s+in"
    r"|show\s+up\s+in|logged|recorded|audited|captured\s+in)\b)"
)

# A credential held per integration or app ("API tokens scoped per integration") says
# whose key it is; no data moves. Checked right after "integration".
INTEGRATION_AS_HOLDER = "".join(
    rf"(?<!{w}\sintegration)"
    for w in (r"scoped\sper", r"scoped\sto\seach", r"scoped\sto\sone", r"token\sper",
              r"tokens\sper", r"key\sper", r"keys\sper", r"credential\sper",
              r"credentials\sper", r"secret\sper", r"secrets\sper", r"one\sper")
)  # fmt: skip

# A metric cut by a dimension is a tailored report (promises.tagging_rules_logic.METRIC),
# not routing "by department"; inside a file ("a nightly CSV of headcount by department
# dropped on their SFTP server") the cut only says what the file holds. METRIC_IN_FILE is
# checked before the metric, METRIC_BEFORE_BY right after "by" in the by-dimension rule.
METRIC_IN_FILE = "".join(
    rf"(?<!{w}\sof\s)"
    for w in ("csv", "csvs", "file", "files", "export", "exports", "extract", "extracts",
              "feed", "dump", "json", "xlsx", "spreadsheet", "tsv", "parquet")
)  # fmt: skip
METRIC_BEFORE_BY = "".join(
    rf"(?<!{w}\sby)"
    for w in ("churn", "revenue", "mrr", "arr", "bookings", "sales", "pipeline", "margin",
              "margins", "spend", "utilization", "utilisation", "headcount", "attrition",
              "turnover", "nps", "csat", "backlog", "returns", "refunds", "renewals",
              "forecast", "forecasts", r"win\srate", r"win\srates", "conversion",
              r"conversion\srate", r"conversion\srates",
              # A bill split by unit is a term (promises.tagging_rules_pam).
              r"invoices\ssplit", r"invoice\ssplit", r"billing\ssplit")
)  # fmt: skip

# A background check on a candidate is a step of their hiring, run by a screening
# vendor: "background check orders sent to Checkr", "background check statuses pulled into
# each candidate profile", "background checks on new applicants". Vetting the staff who
# handle data ("CJIS background checks for our staff") stays a control. Checked right
# after "background check(s)".
HIRING_SCREEN = (
    r"(?!\s+(?:orders?|status(?:es)?|results?|reports?|requests?|invitations?|invites?"
    r"|packages?|vendors?|providers?|partners?|integrations?)\b)"
    r"(?!\s+(?:on|for|of)\s+(?:each\s+|every\s+|all\s+|the\s+|their\s+|any\s+)?(?:new\s+)?"
    r"(?:[\w-]+\s+)?(?:candidates?|applicants?|hires|recruits|job\s+seekers)\b)"
    r"(?!\s+(?:through|via|with|from|in|by)\s+(?:checkr|hireright|goodhire|certn"
    r"|sterling)\b)"
)

_LEAVE = (
    r"(?:holiday|leave|vacation|time[\s-]off|pto|absence|annual[\s-]leave|shift[\s-]swap"
    r"|overtime|expense|mileage|timesheet|booking)"
)

PEOPLE_RULES: tuple[Rule, ...] = (
    *regex_rules(
        "custom_logic",
        # A request blocked, refused or capped by rule: "holiday requests blocked for
        # warehouse staff during the last two weeks of December", "PTO requests auto-
        # declined in blackout weeks", "overtime requests capped at 10 hours a week".
        r"\b" + _LEAVE + r"\s+(?:requests?|applications?|claims?|bookings?)\s+(?:(?:are|is"
        r"|to\s+be|be|get|gets|being|must\s+be|should\s+be)\s+)?(?:automatically\s+|auto[\s-]"
        r")?(?:blocked|rejected|declined|denied|refused|disallowed|prevented|locked|frozen"
        r"|capped|limited|held)\b",
        r"\bblackout\s+(?:dates?|periods?|windows?|days?|weeks?|months?)\b",
        # People or records left out of a recurring process: "employees on parental leave
        # excluded from the quarterly performance review cycle", "interns exempt from the
        # on-call rotation", "contractors skipped in each payroll run".
        r"\b(?:excluded|exempt(?:ed)?|left\s+out|skipped|removed)\s+(?:from|of|in)\s+(?:the\s+"
        r"|their\s+|any\s+|all\s+|each\s+|every\s+)?(?:[\w-]+\s+){0,3}?(?:cycles?|runs?|rounds?"
        r"|calculations?|accruals?|bonus(?:es)?|reminders?|surveys?|campaigns?|sequences?"
        r"|rotations?|rosters?)\b",
        # Money paid back at their rate: "mileage claims reimbursed at 45p per mile",
        # "per-diem reimbursed at $60 a day", "expenses reimbursed at the HMRC rate".
        r"\breimburs(?:e|es|ed|ing|ement)\s+(?:[\w-]+\s+){0,2}?at\s+(?:a\s+|the\s+|their\s+)?"
        r"(?:[$£€]?\d[\d,.]*(?:p|c)?\b|rates?\b|[\w-]+\s+rates?\b)",
        r"\b\d+(?:\.\d+)?\s*(?:p|c|cents?|pence)?\s+(?:per|a|an)\s+(?:mile|km|kilomet(?:re|er))\b",
        # Content shown by who is looking: "the help-center portal to show different article
        # sets to their wholesale and retail customers", "display separate price lists for".
        r"\b(?:show|shows|showing|shown|display|displays|displaying|displayed|serve|serves"
        r"|serving|served|present|presents|presented)\s+(?:different|separate|distinct)\s+"
        r"(?:[\w-]+\s+){1,3}?(?:to|for)\s+(?:(?:their|the|each|every|its|different)\s+)?[\w-]+",
        # Work kept for people with a qualification: "only trained staff can clock onto the
        # welding cell", "only certified inspectors may sign off", "only operators certified
        # on the press can start a job" (a skills rule, whatever else guards the step).
        r"\bonly\s+(?:(?:[\w-]+\s+)?(?:trained|certified|qualified|licensed|credentialed"
        r"|accredited|competent)\s+(?:[\w-]+\s+){0,2}?(?:can|may|are\s+(?:allowed|permitted"
        r"|able)\s+to|get\s+to)|[\w-]+\s+(?:who\s+(?:are|have\s+been)\s+)?(?:trained|certified"
        r"|qualified|licensed)\s+(?:on|for|in|to)\s+)\b",
        # The check itself: "operator certifications checked before a job starts", "driver
        # licences verified at clock-in" (people's qualifications, not our ISO paperwork).
        r"\b(?:operators?|staff|employees?|workers?|technicians?|drivers?|welders?|crews?"
        r"|contractors?|inspectors?|nurses?|caregivers?|carers?)['’]?\s+(?:certifications?"
        r"|certificates?|qualifications?|licen[cs]es?|training(?:\s+records?)?"
        r"|competenc(?:y|ies)|skills?)\s+(?:(?:be|are|is|get|gets|to\s+be|must\s+be"
        r"|should\s+be)\s+)?(?:checked|verified|validated|confirmed)\b",
    ),
    *regex_rules(
        "data_movement",
        # Documents produced in a file format: "W-2 forms produced as individual PDFs for
        # all 2,400 employees", "payslips generated as password-protected PDF files".
        r"\b(?:produced|generated|issued|created|rendered|output|printed|delivered)\s+(?:as|in)\s+"
        r"(?:(?:an?|one|individual|separate|single|bulk|zipped|password[\s-]protected"
        r"|encrypted|signed)\s+){0,2}(?:pdfs?|pdf\s+(?:files?|documents?)|xlsx|excel\s+files?"
        r"|docx|word\s+documents?)\b",
    ),
)
