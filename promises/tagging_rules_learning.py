"""Seed rules from batches 83 and 84 (learning management; procurement and supplier
management).

By sentence shape, not by trade word: each shape below is one a rule author meets in any
domain. Added shapes:

* a record reaching a status that creates another record ("every opportunity marked
  Closed Won to create a client portal", "tickets moved to Done to open a survey"); an
  assignment, price or limit driven by something else ("course assignment driven by Okta
  group membership"); their prices moving by themselves on a condition ("seat prices to
  drop 15% automatically when a client books ten or more seats"); weighted scoring
  ("weighted tender scoring", "price weighted at 40%") (custom logic).

Guards, lent to promises.tagging_rules (the approval and cut-by-dimension rules) and
_flags (the price and credit shapes): see the constants below.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind

# --- guards -------------------------------------------------------------------------------

# "any user holding payment approval rights": a permission a control covers, not an
# approval step. Checked right after "approval(s)".
APPROVAL_AS_PERMISSION = (
    r"(?!(?:(?<=approval)|(?<=approvals))\s+(?:rights?|permissions?|privileges?)\b)"
)
# "every approval decision written to the audit log": the approval is what is logged,
# not a step added. Checked right after "approval(s)".
APPROVAL_WRITTEN = (
    r"(?!(?:(?<=approval)|(?<=approvals))(?:\s+(?:decisions?|actions?|outcomes?|events?))?"
    r"\s+(?:(?:is|are|gets?|to\s+be|be|must\s+be)\s+)?(?:written|recorded|logged|captured"
    r"|stored|streamed|kept)\s+(?:to|in|into)\b)"
)

# "a monthly Excel extract of overdue training broken down by department", "a CSV export
# of campaign spend broken down by UTM source": a cut inside a file only says what the
# file holds (as METRIC_IN_FILE in promises.tagging_rules_people, but with any words
# between). A lookbehind must be fixed-width, so one lookbehind per width: each looks back
# exactly n characters and fails when a file noun followed by "of" (or "showing",
# "listing", ...) starts there. Checked right after the cut's verb or "by".
_FILE_OF = (
    r"(?=\b(?:exports?|extracts?|csvs?|tsvs?|files?|feeds?|dumps?|spreadsheets?|xlsx)\s+"
    r"(?:of|showing|listing|containing|covering)\s)"
)
CUT_IN_FILE = "".join(rf"(?<!{_FILE_OF}[\s\S]{{{n}}})" for n in range(10, 100))

# Their credits for learning, not money off what they pay us: "continuing-education
# credits", "CPD credits". Checked behind "credits" in promises.tagging_rules_flags.
LEARNING_CREDITS = not_behind(
    "education ", " cpd ", " ce ", " cle ", " pdu ", "college ", "degree ", "elective ",
    " study ", "learning ",
)  # fmt: skip

# A price that moves by itself ("seat prices to drop 15% automatically when a client
# books ten or more seats") is their pricing rule, not a price of ours. Used after the
# price words: as a guard in promises.tagging_rules_flags and in the rule below.
_PARTY = (
    r"(?:clients?|customers?|buyers?|members?|learners?|students?|shoppers?|guests?"
    r"|attendees?|patients?|tenants?|users?|companies|organi[sz]ations?|suppliers?"
    r"|vendors?|dealers?|resellers?)"
)
_PRICE_MOVES = (
    r"\s+(?:(?:to|should|must|will|automatically)\s+)?(?:drop|fall|decrease|reduce|increase"
    r"|rise|change|adjust|step\s+(?:down|up)|go\s+(?:down|up))(?:s|es|ed|d)?\s+(?:by\s+)?"
    r"(?:\d[\d.,]*\s?(?:%|percent)\s+)?(?:automatically\b|(?:automatically\s+)?(?:when|whenever"
    r"|once|if)\s+(?:an?|each|any|every)\s+(?:[\w-]+\s+)?" + _PARTY + r"\b)"
)
PRICE_MOVES_BY_RULE = r"(?!" + _PRICE_MOVES + ")"

# "access driven by group membership" is an access mapping (security), not a rule.
_ACCESS_DRIVEN = not_behind(*(
    f"{what} {aux}driven"
    for what in ("access", "permissions", "roles", "provisioning", "deprovisioning",
                 "visibility", "sso", "login", "logins", "entitlements", "data", "event",
                 "metadata")
    for aux in ("", "is ", "are ")
))  # fmt: skip

# --- rules --------------------------------------------------------------------------------

LEARNING_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "every opportunity marked Closed Won to create a client portal": a status change
    # that creates another record (not a place: "moved to the archive", "set to S3").
    r"\b(?:marked|set\s+to|moved\s+to|changed\s+to|switched\s+to|flipped\s+to|updated\s+to)"
    r"\s+(?:as\s+)?(?!(?:an?|the|their|our|its|this|that|his|her|production|prod|staging"
    r"|s3|expire|read|be)\b)['\"“‘]?(?:[\w-]+['\"”’]?\s+){1,3}?(?:(?:to|should|must|will"
    r"|shall|then)\s+)?(?:automatically\s+)?(?:create|open|generate|spawn|provision|raise"
    r"|kick\s+off|start|add)s?\s+(?:an?|new|the|one)\b",
    # "course assignment driven by Okta group membership", "limits driven off job grade".
    r"\bdriven" + _ACCESS_DRIVEN + r"\s+(?:automatically\s+)?(?:by|off|from)\b",
    # Their own prices moving on a condition, not ours.
    r"\b(?:prices?|pricing|rates?|fees?)" + not_behind("our price", "our prices", "our rate",
    "our rates", "our fee", "our fees", "our pricing") + _PRICE_MOVES,
    # "weighted tender scoring", "a weighted supplier scorecard", "price weighted at 40%".
    r"\bweighted\s+(?:[\w-]+\s+){0,2}?(?:scor(?:e|es|ing)|scorecards?|evaluations?|criteria"
    r"|rankings?|averages?|matrix|matrices)\b|\bweighted\s+(?:at\s+)?\d+(?:\.\d+)?\s?%",
)  # fmt: skip

LEARNING_RULES: tuple[Rule, ...] = LEARNING_LOGIC_RULES
