"""Trigger rules added after batches 143 (a data loss prevention vendor) and 144 (event
management and ticketing software).

A DLP vendor is a security vendor (promises.tagging_rules_secvendor): blocking, labels
and detectors are its subject matter, so a block or a label keyed to a group, a file's
label or a count is a rule of the product (custom logic), not a control asked of us:

* one outcome for a group and another "for everyone else" ("notices in German for their
  Munich users and in English for everyone else", "GBP for UK buyers and EUR for
  everyone else");
* files, documents or print jobs "labelled Confidential" blocked, encrypted or
  quarantined;
* their existing rules or policies converted, rewritten or ported into ours;
* a message held or delayed for some minutes or hours (a hold, not retention: days are
  left to the retention rules);
* a count within a window as a trigger ("once the same user overrides three blocks in a
  week", "when a user sends 20 files within an hour").

Money shown or given by their product is not a term of ours: prices a checkout "shows in
GBP" to their buyers, staff who "register without paying" (a rule, custom logic) and "a
free ticket" or pass for their attendees (guards in promises.tagging_rules_ops,
promises.tagging_rules_objects and promises.tagging_rules_flags).

Encryption as a rule of a DLP policy: "an exception for encrypted company-issued drives",
"email with a Confidential label encrypted automatically when it goes to any outside
domain" (guards around the encryption rule of promises.tagging_rules_security).

Event software: a session's capacity is the seats of a talk, not a login session (guard
behind the session rule of promises.tagging_rules_security); Passkey, the hotel housing
system, is a place data goes when it is "their Passkey account" (a passkey login stays
security). A seat map, blocks of seats reserved for a group, promo codes and custom
registration or qualification questions are the organiser's rules (custom logic).
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules

# Excluded from the shipped security phrases (promises.tagging_rules_security): matched by
# PASSKEY below, not where it names their system ("sent to their Passkey account").
SUBJECT_PHRASES = frozenset(("passkey",))
PASSKEY = (
    r"\bpasskeys?\b(?!\s+(?:account|instance|tenant|housing|portal"
    r"|system|api|integration|connector|site|room|hotel|booking)s?\b)"
)
# Ahead of a session's "limits": an event session's seats, not a login session.
NOT_A_TALK = (
    r"(?<!\bsession\scapacity\slimits)(?<!\bsession\scapacity\slimit)"
    r"(?<!\bsessions\scapacity\slimits)(?<!\bsessions\scapacity\slimit)"
)

# Behind "prices in GBP" (promises.tagging_rules_ops): prices a checkout shows their
# buyers, not the currency of our price.
PRICES_SHOWN_BEHIND = "".join(
    rf"(?<!{v}\s)" for v in ("show", "shows", "showing", "display", "displays", "displaying",
                             "list", "lists", "listing", "charge", "charges", "charging")
)
# Behind "without paying" (promises.tagging_rules_objects): their people let in free by
# a rule ("internal staff can register without paying"), not a plan of ours.
NOT_LET_IN_FREE = "".join(
    rf"(?<!{v}\s)" for v in ("register", "registers", "book", "books", "attend", "attends",
                             "enrol", "enroll", "enrols", "enrolls", "check out", "sign up",
                             "signs up", "join", "joins", "enter", "enters")
)
# After "free" (promises.tagging_rules_flags): a free ticket or pass is what an organiser
# gives an attendee, not a discount from us.
FREE_ADMISSION_AHEAD = (
    r"(?![\s-](?:event\s+|conference\s+|vip\s+|general\s+|day\s+)?(?:tickets?|passes"
    r"|admission|entry|entries|registrations?|badges?)\b)"
)

# Around "encrypted" (promises.tagging_rules_security): an exception for encrypted
# drives, or mail encrypted automatically when it leaves, is a rule of a DLP policy.
NOT_A_DLP_ENCRYPTION_BEHIND = (
    r"(?<!exception\sfor\s)(?<!exceptions\sfor\s)(?<!except\sfor\s)(?<!unless\sit\sis\s)"
)
NOT_A_DLP_ENCRYPTION_AHEAD = (
    r"(?!\s+automatically\s+(?:when|whenever|if|once)\s+(?:it|they|the\s+\w+)\s+"
    r"(?:goes|go|is\s+sent|are\s+sent|leaves?|reach(?:es)?)\b)"
)

_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)"

DLP_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "... in English for everyone else": one outcome for a group, another for the rest.
    r"\b(?:for|to)\s+(?:everyone|everybody|anyone|all\s+other\s+[\w-]+)\s+else\b",
    # "documents labelled Restricted be blocked", "files tagged Secret quarantined".
    r"\b(?:files?|documents?|emails?|messages?|attachments?|jobs?)\s+(?:containing\s+"
    r"(?:documents?|files?)\s+)?(?:labell?ed|tagged|classified|marked)\s+(?:as\s+)?['\"‘’]?"
    r"[\w-]+['\"‘’]?\s+(?:be\s+|are\s+|to\s+be\s+)?(?:automatically\s+)?(?:blocked"
    r"|encrypted|quarantined|held|redacted|watermarked)\b",
    # "its 340 existing DLP rules converted into our policy engine".
    r"\b(?:existing|current|legacy|old)\s+(?:[\w-]+\s+){0,3}(?:rules|policies|rulesets)\s+"
    r"(?:converted|rewritten|ported|translated|recreated|rebuilt|migrated)\s+(?:in)?to\b",
    # "rewrite their 60 existing email policies".
    r"\b(?:rewrit|convert|port|translat|recreat|rebuild)\w*\s+(?:their|its|the\s+customer['’]s)"
    r"\s+(?:" + _COUNT + r"\s+)?(?:existing|current|legacy|old)\s+(?:[\w-]+\s+){0,2}"
    r"(?:rules|policies|rulesets)\b",
    # "a USB block policy with an exception for encrypted drives".
    r"\b(?:polic(?:y|ies)|rules?|blocks?|blocking|bans?)\s+(?:[\w-]+\s+){0,2}?with\s+"
    r"(?:an?\s+)?exceptions?\s+for\b",
    # "held for 15 minutes so senders can recall them": a hold, not retention.
    r"\b(?:held|delayed|queued|paused)\s+for\s+" + _COUNT + r"\s+(?:minutes?|mins?|hours?)\b"
    r"\s+(?:so|before|to\s+(?:let|allow|give))\b",
    # "once the same user overrides three blocks in a week": a count within a window.
    r"\b(?:once|when|whenever|if|after)\s+(?:the\s+same\s+|a\s+|any\s+|one\s+|a\s+single\s+)?"
    r"[\w-]+\s+\w+s\s+(?:more\s+than\s+)?" + _COUNT + r"\s+(?:[\w-]+\s+)?\w+\s+(?:in|within)\s+"
    r"(?:a|one|an|" + _COUNT + r")\s+(?:minutes?|hours?|days?|weeks?|months?)\b",
    # Event software: seat maps, seats reserved for a group, promo codes, custom questions.
    r"\bseat(?:ing)?\s+(?:maps?|charts?|plans?)\b",
    r"\breserved\s+(?:seat(?:ing)?\s+)?(?:blocks?|sections?|rows?)\s+for\b",
    r"\bpromo(?:tional)?\s+codes?\b",
    # "internal staff can register without paying": who is let in free is their rule.
    r"\b(?:register|book|attend|enrol|enroll|check\s+out|sign\s+up|join|enter)\s+without\s+"
    r"(?:paying|payment|a\s+payment|being\s+charged)\b",
    # "session capacity limits enforced at check-in": seats of a talk or room.
    r"\b(?:session|room|venue|event|ticket|registration|attendance)\s+capacity\s+"
    r"(?:limits?|caps?|rules?)\b",
    r"\bcustom\s+(?:[\w-]+\s+){0,2}questions\b",
)  # fmt: skip
