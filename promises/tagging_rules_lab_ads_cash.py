"""Trigger rules added after batches 172 (a laboratory information system vendor), 173
(an advertising buying platform) and 174 (a treasury and cash management vendor).

Each trade has its own words for results, spend and cash:

* custom logic: a record opened automatically, records blocked from release or launch,
  values that differ per client or method, a schedule of intervals ("at 0, 3, 6 and 12
  months"), rush work billed at a surcharge, a fee added on top of another, campaigns and
  line items paused by their rule, spend past a cap, frequency caps and bidding stopped,
  figures rolled up by a hierarchy, netting and cash pooling, a check that rejects any
  file, fields added to a record;
* security: records visible only to some people;
* data movement: instruments read over a serial line, files checked against their
  checksum, instrument files parsed into records, lab and bank formats (AnIML, EDD,
  EBICS, SWIFT), a file format named for a receiver, photos uploaded onto records, a
  customer's historical records rebuilt on our side, bank connectivity;
* commercial terms: paid custom work.

Second senses lent to other modules (guards below): a sample's login is its registration
in the lab, not a sign-in; results and samples that are approved are a record's state,
not an approval step, and approving named among what a role may do is a permission; a
validation environment, or a system "validated and live", is no validation rule; a
funding or payroll transfer is money; pull dates of a study are a schedule, not data
pulled; dashboards they build themselves are not ours to build; a fee waived for the
first quarter is a price term, not a date; an interface that goes down is an outage.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind

# --- Guards lent to other modules -------------------------------------------------------

# After "login" (promises.tagging_rules_security): a sample's or a specimen's login is
# its registration in the lab ("custom fields on sample login").
SAMPLE_LOGIN = not_behind(
    *(f"{what} {login}" for what in ("sample", "samples", "specimen", "specimens")
      for login in ("login", "log-in", "logins", "log-ins", "log in"))
)  # fmt: skip
# After "approved" (promises.tagging_rules): an approved result or sample is a record's
# state ("each approved sample result pushed to their ELN").
APPROVED_RESULTS = r"|results?|samples?|certificates?|coas?"
# After "validation" (promises.tagging_rules_sectors): a place to test in, not a rule
# ("SSO working in their validation environment").
VALIDATION_AS_PLACE = r"|environments?|envs?|instances?|servers?|tenants?|sandbox(?:es)?"
# After "validated" (promises.tagging_rules_sectors): a system validated and put live is
# its qualification before use, not a validation rule.
VALIDATED_AND_LIVE = r"|and\s+(?:live|in\s+production|rolled\s+out|deployed|signed\s+off)"
# Before "transfer" (promises.tagging_rules_sectors): money moved between accounts.
MONEY_TRANSFERS = ("funding", "payroll", "intercompany", "treasury", "book")
# After "pull" (promises.tagging_rules_generic): the pull dates or points of a stability
# study are a schedule, not data pulled.
PULL_AS_SCHEDULE = r"|dates?|points?|schedules?|intervals?"
# After "dashboard" (promises.tagging_rules): dashboards they build themselves from what
# we send ("so their analysts can build their own dashboards").
THEIR_OWN_DASHBOARD = not_behind("their own dashboard", "its own dashboard")

# After "first quarter" and the like (promises.tagging_rules_dates): a fee waived or cut
# for an opening stretch is a term of the price, not a date for work ("the monthly
# minimum waived for the first quarter").
FEE_PERIOD = not_behind(
    *(f"{done} {prep} the {nth}"
      for done in ("waived", "free", "discounted", "reduced", "halved", "abated", "off")
      for prep in ("for", "in", "during", "over")
      for nth in ("first", "second", "third", "fourth"))
)  # fmt: skip
# After "approv" (promises.tagging_rules): approving named in a list of what a role may
# or may not do is a permission ("can view cash positions but cannot create, edit or
# approve payments").
APPROVE_IN_PERMISSIONS = not_behind(
    *(f"{verb}{sep} {conj} approv"
      for verb in ("edit", "create", "view", "delete", "change", "modify", "update", "read")
      for sep in ("", ",")
      for conj in ("or", "and", "nor"))
)  # fmt: skip

# After "interface" (promises.tagging_rules_cross): an interface that goes down is the
# outage a support promise covers ("a 30-minute response whenever an instrument interface
# goes down"), not data moved.
INTERFACE_DOWN = r"(?!s?\s+(?:goes|go|went|is|are|being)\s+(?:down|offline)\b)"

_RECORD_NOUNS = (
    r"(?:campaigns?|line\s+items?|flights?|ads?|ad\s+sets?|insertion\s+orders?|ios?"
    r"|creatives?|deals?|orders?|placements?)"
)

LAB_ADS_CASH_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A record their rule opens: "an investigation opened automatically for every OOS
    # result" (a logged event is an audit trail, not opened by a rule).
    r"\b(?:opened|raised|launched|started|spawned|kicked\s+off)\s+automatically\b",
    # Held back from a step of their work: "blocked from release", "from launching".
    r"\b(?:block|prevent|stop|bar)(?:s|ed|ped|ping|ing)?\s+(?:[\w-]+\s+){0,2}?from\s+"
    r"(?:release|releasing|being\s+released|launch|launching|going\s+live|bidding"
    r"|spending|serving|dispatch|dispatching)\b",
    # Values set per key: "reporting limits to differ per client account".
    r"\b(?:differ|differs|differing|vary|varies|varying)\s+(?:by|per|across|for\s+each)\s+"
    r"(?:the\s+|their\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:accounts?|clients?|customers?"
    r"|matri(?:x|ces)|methods?|analytes?|tests?|products?|currenc(?:y|ies)|entit(?:y|ies)"
    r"|campaigns?|advertisers?)\b",
    # A schedule of intervals: "pull dates at 0, 3, 6, 12 and 24 months".
    r"\bat\s+\d+(?:\s*,\s*\d+)+,?\s+(?:and|or|&)\s+\d+\s+(?:minutes|hours|days|weeks|months"
    r"|years)\b",
    # Their surcharge on their own clients: "rush samples billed at 1.5 times".
    r"\b(?:rush|expedited|stat|urgent|after[\s-]hours|weekend|same[\s-]day)\s+(?:samples?"
    r"|orders?|tests?|jobs?|requests?|analys[ie]s)\s+(?:[\w-]+\s+){0,2}?(?:billed|charged"
    r"|priced|invoiced)\b",
    # A fee or a charge stacked on another: "an agency fee added on top of media cost".
    r"\b(?:added|applied|layered|stacked)\s+on\s+top\s+of\b",
    # Spend rules: "pause the campaign", "pause a line item automatically", "spent 110%
    # of its daily budget", "spend past the monthly IO cap".
    r"\bpaus(?:e|es|ed|ing)\s+(?:the|a|an|any|each|every|that|its|their)\s+(?:[\w-]+\s+)?"
    + _RECORD_NOUNS
    + r"\b",
    r"\bspent\s+\d[\d.]*\s*(?:%|percent)\s+of\b",
    r"\bspend\s+(?:past|over|beyond|above)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cap|budget|limit|threshold)\b",
    r"\bfrequency[\s-]cap(?:s|ped|ping)?\b",
    r"\b(?:stop|pause|block|halt|suppress)(?:s|ed|ped|ping|ing)?\s+bidding\b|\bbidding\s+"
    r"(?:is\s+|to\s+be\s+)?(?:stopped|paused|blocked|halted|suppressed|capped)\b",
    # Figures gathered up a hierarchy: "cash positions rolled up by their own hierarchy".
    r"\b(?:roll|rolls|rolled|rolling)\s+up\s+(?:by|to|into|under|across)\b",
    # Treasury's own rules: netting of intercompany payables and pooling of cash.
    # The netting's output sent on is data ("netting settlement instructions sent to
    # their in-house bank").
    r"\bnetting\b(?!\s+(?:settlement\s+)?(?:instructions?|files?|reports?|statements?"
    r"|results?|data)\b)|\bcash\s+pool(?:s|ing)?\b|\bzero[\s-]balanc(?:e|ing)\b",
    # A check that refuses records: "a check that rejects any file whose balance ...".
    r"\b(?:that|which)\s+(?:automatically\s+)?(?:rejects|refuses|quarantines)\s+(?:any|every"
    r"|each|all)\b",
    # Fields put on a record: "hedge designation fields added to FX trades".
    r"\bfields\s+(?:are\s+|to\s+be\s+|be\s+)?added\s+to\s+(?:the\s+|their\s+|each\s+"
    r"|every\s+|all\s+)?(?:[\w-]+\s+)?(?:records?|trades?|orders?|items?|samples?|accounts?"
    r"|payments?|objects?|tickets?|cases?|deals?|invoices?)\b",
)

LAB_ADS_CASH_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "visible only to that entity's own finance staff".
    r"\b(?:visible|viewable|accessible)\s+only\s+to\b|\bonly\s+(?:visible|viewable"
    r"|accessible)\s+to\b",
)

LAB_ADS_CASH_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Lab instruments and their files: "over RS-232", "AnIML files parsed into records".
    r"\brs[\s-]?(?:232|485|422)\b|\bserial\s+(?:ports?|lines?|connections?|interfaces?)\b",
    r"\banimls?\b|\bedds?\s+(?:files?|formats?)\b|\belectronic\s+data\s+deliverables?\b",
    # Files checked on arrival against their checksum: "checksum-verified before stored".
    r"\bchecksum(?:s|med)?[\s-](?:verified|validated|checked|matched)\b",
    r"\bparsed\s+into\b",
    r"\b(?:captured|read|pulled|taken)\s+(?:straight\s+|directly\s+)?from\s+(?:the\s+|their\s+)?"
    r"(?:[\w-]+\s+)?instruments?\b",
    # A file format named for its receiver: "in its EDD file format".
    r"\bin\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?file\s+formats?\b",
    # Photos put onto records: "the image uploaded and attached to the sample record".
    r"\b(?:photos?|images?|pictures?|scans?)\s+(?:[\w-]+\s+){0,3}?uploaded\b"
    r"|\buploaded\s+and\s+attached\b",
    # Their history brought across: "rebuild their 40 historical campaigns".
    r"\b(?:rebuild|rebuilds|rebuilt|rebuilding|recreat\w*|re-creat\w*)\s+(?:all\s+)?(?:of\s+)?"
    r"(?:their|its|the\s+customer['’]s)\s+(?:[\d,]+\s+)?(?:historical|existing|legacy|old"
    r"|past|current)\b",
    # Bank connectivity: "EBICS connectivity", "SWIFT Alliance Lite2", "onboarding of all
    # 22 of their banks", "balances from 9 banks".
    r"\bebics\b|\bswift\s+(?:alliance|fileact|gpi|service\s+bureau)\b|\balliance\s+lite\s*2\b"
    r"|\bhost[\s-]to[\s-]host\b",
    r"\b(?:connectivity|connections?|connect(?:s|ed|ing)?|onboarding|on-boarding"
    r"|onboard(?:s|ed)?)\s+(?:of\s+|to\s+|with\s+)?(?:all\s+)?(?:[\d,]+\s+)?(?:of\s+)?"
    r"(?:their|its|the|our)\s+(?:[\w-]+\s+){0,2}?banks\b",
    r"\bfrom\s+(?:all\s+)?(?:\d+|their|its)\s+(?:[\w-]+\s+)?banks\b",
)

LAB_ADS_CASH_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # Work we charge for: "built as paid custom work".
    r"\b(?:paid|billable|chargeable)\s+(?:custom\s+)?(?:work|services|engagement|project)\b",
)
