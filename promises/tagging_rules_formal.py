"""Seed trigger rules for tender language and for asks a rep reports second-hand.

Split out of promises.tagging_rules; the same conventions apply (word families, ambiguous
words only in their one-meaning shapes). The logic, security and terms rules here are
added to those of promises.tagging_rules_logic, _security and _flags, so they reach
CONCRETE_RULES; the fragments are checked inside rules of promises.tagging_rules,
_generic, _flags and _sectors (each says where).

A tender speaks of "the supplier" paying "at its own cost", of liability "capped at no
less than" a multiple of the fees, and of a "UAT sign-off" before go-live; a rep passes
on a buying condition ("they won't sign unless we ...", "they'll renew only if ...") and
what the customer asked ("they asked if we can guarantee that"). None of those is a rule
on records (the fragments below keep them out). The rules add what we pay in tender
voice as terms, data kept from other places as security, and a review step or records
flagged for review as custom logic. Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import PLACE

# Who we are in a tender: "the supplier shall", "Vendor to".
_US = r"(?:vendor|supplier|contractor|provider|bidder|tenderer|service\s+provider)"

FORMAL_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # We pay, in tender voice: "Vendor to fund an annual pen test", "the supplier shall
    # bear all costs of the migration", "at its own cost", "at the supplier's expense".
    r"\b" + _US + r"\s+(?:shall\s+|to\s+|will\s+|must\s+|is\s+to\s+|agrees\s+to\s+)(?:fund"
    r"|pay\s+for|bear|absorb|meet|cover)\b(?:(?<=fund)|(?<=pay\sfor)|\s+(?:all|any|the|its"
    r"|their)\s+(?:[\w-]+\s+)?(?:costs?|expenses?|fees?|charges?)\b)",
    r"\b(?:at|on)\s+(?:its|the\s+" + _US + r"['’]s)\s+(?:own\s+)?(?:cost|expense)s?\b",
    # A price said as its kind of fee: "priced as a one-time fee", "billed as an annual
    # add-on" (a figure alone may be their own price).
    r"\b(?:priced|charged|billed|invoiced|sold|licen[cs]ed)\s+as\s+(?:a|an|one)\s+(?:single\s+)?"
    r"(?:one[\s-]time|one[\s-]off|annual|yearly|monthly|quarterly|flat|fixed|separate"
    r"|per[\s-][\w-]+)\b",
)  # fmt: skip

FORMAL_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Data kept from other places, however many words in between: "transferred to or
    # accessed from outside the EEA", "never viewed by anyone outside Canada".
    r"\b(?:accessed|accessible|viewed|processed|stored|transferred|sent|moved|copied|held)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:from\s+)?(?:outside|beyond|out\s+of)\s+(?:of\s+)?(?:the\s+)?"
    + PLACE + r"\b",
)  # fmt: skip

FORMAL_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A step of review in their process: "a legal review step before signature", "a QA stage".
    r"\b(?:review|sign[\s-]?off|verification|validation|checking|qa|quality\s+check"
    r"|compliance\s+check)\s+(?:steps?|stages?|gates?)\b",
    # Records flagged for someone's review, the condition between: "flag any vendor
    # missing a tax ID for review", "flag orders shipped to a new address for a check".
    r"\bflag(?:s|ged|ging)?\s+(?:[\w'’-]+\s+){2,8}?for\s+(?:[\w-]+\s+){0,2}?(?:review|approval"
    r"|follow[\s-]?up|investigation|checks?|verification)\b",
)  # fmt: skip

# "liability capped at no less than 200% of fees": a cap, not a condition on records.
# Checked behind the comparison word of the threshold rule in promises.tagging_rules.
NOT_A_CAP = not_behind(*(
    f"{cap} {neg} {more} than"
    for cap in ("capped at", "capped to", "limited to", "a cap of", "a ceiling of",
                "a maximum of", "a minimum of")
    for neg in ("no", "not")
    for more in ("more", "less", "greater", "fewer", "lower", "higher")
))  # fmt: skip

# A buying condition on us is the ask itself, not a rule on records: "they won't sign
# unless we show our SOC 2 report", "they'll renew only if we add SSO". Checked after
# "unless" and "only if" in promises.tagging_rules.
CONDITION_ON_US = r"(?!\s+(?:we|you|our)\b)"
_BUYING = ("sign", "signs", "deal", "contract", "renew", "renewal", "commit", "buy", "purchase",
           "proceed", "forward", "ahead", "agreement", "expand", "upgrade", "extend")  # fmt: skip
BUYING_ONLY_IF = (
    not_behind(*(f"{w} only {c}" for w in _BUYING for c in ("if", "when", "once")))
    + CONDITION_ON_US
)

# "UAT sign-off", "the go-live sign-off": a project milestone, not an approval step in the
# product; "their team won't sign off": a buyer declining the deal. Checked after the
# sign-off rule of promises.tagging_rules.
_SIGN_OFFS = ("sign-off", "sign off", "signoff", "sign-offs", "sign offs", "signoffs")
SIGN_OFF_MILESTONE = not_behind(
    *(f"{w} {s}" for w in ("uat", "testing", "acceptance", "test", "go-live", "go live",
                          "golive", "project", "design", "milestone", "cutover", "deployment",
                          "release", "implementation", "phase", "migration", "readiness",
                          "procurement", "purchasing")
      for s in _SIGN_OFFS),
    *(f"{n} sign off" for n in ("not", "n't", "n’t", "cannot", "refuse to", "refuses to")),
)  # fmt: skip

# "audit logs of every approval decision": an approval that a log records, not a step.
# Checked behind "approval(s)" in the approval rule of promises.tagging_rules.
APPROVAL_LOGGED = not_behind(*(
    f"{head} {det}approval{s}"
    for head in ("logs of", "log of", "trail of", "trails of", "history of", "logging of",
                 "record of", "records of", "log", "logs", "logging")
    for det in ("", "every ", "each ", "all ", "any ", "the ")
    for s in ("", "s")
))  # fmt: skip

# "they asked if we can guarantee that": an assurance asked for, not a commercial
# guarantee. Checked after "guarantee" in the terms rules of promises.tagging_rules_flags.
GUARANTEE_AS_ASSURANCE = r"(?!\s+(?:that|it|this|those|them)\b)"

# "Discounts of more than 15% must be approved": a threshold on their discounts, a rule in
# the product. Checked after "discounts of" in the terms rules of _flags.
DISCOUNT_THRESHOLD = (
    r"(?!\s+(?:(?:more|greater|higher|larger|less|lower)\s+than|over|above|exceeding"
    r"|in\s+excess\s+of|beyond|under|below)\b)"
)

# "transferred to or accessed from outside the EEA": data kept in, not data moving.
# Checked after "transfer" in the data-transfer rule of promises.tagging_rules_sectors.
TRANSFER_KEPT_IN = r"|\s+(?:[\w-]+\s+){0,4}?(?:from\s+)?(?:outside|beyond)\s"

# "audit logs of every record view, edit and export", "users who can view and export":
# export listed with what people do to records is an action a log or a role covers; a
# destination or a format still makes it data movement. Checked behind "export" in
# promises.tagging_rules_generic.
_ACTIONS = ("view", "edit", "delete", "print", "download", "read", "update", "create",
            "change", "open", "share", "copy", "access", "search", "upload", "approve")  # fmt: skip
EXPORT_AS_ACTION = not_behind(
    *(f"{a}{s} {c} export" for a in _ACTIONS for s in ("", "s") for c in ("and", "or", "&"))
)
