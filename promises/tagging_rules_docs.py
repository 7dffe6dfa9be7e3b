"""Seed trigger rules for the order people act in, limits that run out and values
refreshed from elsewhere, and guards lent to the other rule modules for words used in a
second sense (batches 56 and 57: e-signature, documents and forms; procurement and
spend).

Same conventions as promises.tagging_rules: word families and sentence shapes, ambiguous
words only in the shape that gives them one meaning. DOCS_RULES are added to
CONCRETE_RULES in promises.tagging_rules (one person acting after another, or a place in
the order, is a rule written out, so it also makes an ask concrete); DOCS_GENERIC_RULES
("a signing order", "fed in from") only tag. The guards are used by
promises.tagging_rules, _security, _logic and _objects and by promises.wording_ops.
Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules

# People who sign, approve or review in turn, in any trade (singular; a plain plural is
# matched too).
_PEOPLE_WORDS = (
    "employee", "candidate", "customer", "client", "counterparty", "signer", "signatory",
    "cosigner", "co-signer", "countersigner", "approver", "reviewer", "manager", "director",
    "vp", "ceo", "cfo", "cio", "cto", "coo", "president", "head", "lead", "owner", "officer",
    "partner", "supervisor", "admin", "administrator", "controller", "counsel", "lawyer",
    "attorney", "witness", "notary", "guarantor", "tenant", "landlord", "buyer", "seller",
    "sender", "recipient", "requester", "requisitioner", "submitter", "agent", "broker",
    "adjuster", "patient", "parent", "guardian", "student", "contractor", "vendor",
    "supplier", "borrower", "co-borrower", "lender", "applicant", "claimant", "insured",
    "policyholder", "member", "physician", "doctor", "nurse", "clinician", "teacher",
    "principal", "employer", "subcontractor", "architect", "engineer", "inspector",
    "auditor", "accountant", "treasurer", "secretary", "chair", "trustee", "beneficiary",
    "executor", "purchaser", "lessee", "lessor", "licensee", "licensor", "grantee",
    "grantor", "assignee", "payee", "team", "committee", "board", "hr", "legal", "finance",
    "procurement",
)  # fmt: skip
_PEOPLE = "(?:" + "|".join(w.replace("-", r"[\s-]?") for w in _PEOPLE_WORDS) + r")(?:e?s)?"
# "borrower then co-borrower", "department head, then finance": the person before "then",
# checked behind it (a rule led by the people words would be tried at every word).
_PERSON_BEFORE_THEN = (
    "(?:" + "|".join(rf"(?<={w}{sep}\sthen)" for w in _PEOPLE_WORDS for sep in ("", ",")) + ")"
)
_ACTS = (
    r"(?:sign|signs|signed|countersign|countersigns|countersigned|approve|approves|approved"
    r"|review|reviews|reviewed|initial|initials|initialled|initialed)"
)
# The person is the whole phrase, not a word describing what follows ("signed before
# the customer go-live" is a date, "before the board meeting" an event).
_PERSON_ENDS = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|then|has|have|does|do|did|is|are|signs?"
    r"|approves?|reviews?|countersigns?|in|on|at|with|for|from|of|to|so|while|when|once|if"
    r"|unless|via|through|using|within|without)\b)"
)
_ROLE_IN_TURN = r"(?:signers?|signator(?:y|ies)|countersigners?|approvers?|reviewers?)"

# "a flexible routing rule ... sends each lease to the regional manager for the property's
# state": where a rule sends something decided by what it is for. Checked by
# promises.wording_ops after a rule is written out.
RULE_CRITERION = (
    r"(?:by|on|based\s+on|according\s+to|per|covering|for\s+(?:the|its|their|each|every"
    r"|that)|(?:who|that)\s+(?:owns?|covers?|handles?|manages?|runs?)|responsible\s+for"
    r"|in\s+charge\s+of)\s+\w"
)

# A quoted label named as a status, stage, field or value ("a custom 'Pending Compliance
# Review' envelope status", "a 'Security Review' stage") names a step in their flow; the
# security words inside it are its name, not a control. Checked after the words.
QUOTED_LABEL_AHEAD = (
    r"(?![^'\"“”‘’.;]{0,30}?['\"”’]\s+(?:[\w-]+\s+)?(?:status(?:es)?|stages?|steps?|states?"
    r"|fields?|dropdowns?|picklists?|tabs?|labels?|tags?|queues?|folders?|values?|columns?"
    r"|checkbox(?:es)?|options?|sections?|buckets?)\b)"
)

# "new files in the invoices folder": the noun, not a document filed (the verb is "filed
# in" or "files into"). Checked right after the verb stem of the filing rule of
# promises.tagging_rules_generic (batch 71).
FILES_AS_NOUN = r"(?!(?<=\bfiles)\s+in\b)"

# A report of a cut delivered as a file ("a monthly spend-by-category report exported as
# an Excel file") says what the file holds: the file is data handed over, not a tailored
# report. Checked right after the report word of the by-dimension report rules.
REPORT_DELIVERED_AS_FILE = (
    r"(?!s?\s+(?:(?:is|are|to\s+be|be|gets?)\s+)?(?:exported|delivered|sent|emailed|mailed"
    r"|dropped|pushed|saved|uploaded|written|generated|produced|output)\s+(?:automatically\s+)?"
    r"(?:as|in|into)\s+(?:an?\s+|one\s+|a\s+single\s+)?(?:[\w-]+\s+)?(?:csv|tsv|excel|xlsx"
    r"|xls|pdf|json|parquet|spreadsheet|file)s?\b)"
)

# People a control covers, one by one or listed with others: "single sign-on for every
# requisitioner and approver", "MFA for each approver". Checked behind "approver(s)".
APPROVER_AS_PERSON = "".join(
    rf"(?<!for\s{det}\s{word}{noun})"
    for det in ("all", "every", "each", "any")
    for word in ("", *(rf"\w{{{n}}}\sand\s" for n in range(3, 15)))
    for noun in ("approver", "approvers")
    if not (noun == "approvers" and not word)  # promises.tagging_rules_logic has those
)

# An API that is down ("service credits whenever the signing API is down") is what a
# commitment covers, like its uptime: no data moves. Added to API_COMMITTED.
API_DOWN = (
    r"|outages?|downtime|(?:is|are|goes|go|was|were|being)\s+(?:down|unavailable|offline"
    r"|unreachable)"
)

# A condition that is a security event ("locked once the failed-login limit is reached")
# is a lockout, not a business rule. Checked on each word before the condition.
_NOT_LOGIN_WORD = (
    r"(?!(?:failed|unsuccessful|invalid|wrong|incorrect|log-?ins?|sign-?ins?|passwords?"
    r"|attempts?|mfa|sessions?|lockouts?)\b)"
)

DOCS_RULES: tuple[Rule, ...] = (
    *regex_rules(
        "custom_logic",
        # One person acting after or before another: "the HR manager signs after the
        # employee and before the VP", "counsel approves only after finance".
        r"\b" + _ACTS + r"\s+(?:only\s+)?(?:after|before)\s+(?:(?:the|their|each|every|an?|his"
        r"|her|its|all|both)\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + _PERSON_ENDS,
        # People listed in their order: "borrower then co-borrower", "department head,
        # then finance, then CEO".
        r"\bthen"
        + _PERSON_BEFORE_THEN
        + r"\s+(?:by\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
        + _PEOPLE
        + r"\b",
        # A place in the order: "with the adjuster as first signer", "a second approver".
        r"\b(?:first|second|third|fourth|last|final|next)\s+" + _ROLE_IN_TURN + r"\b",
        # Documents voided, withdrawn or recalled by rule: "auto-void after 14 days".
        r"\b(?:auto[\s-]?|automatically\s+)(?:void|withdraw|recall)\w*"
        r"|\b(?:void|withdraw|recall)(?:s|ed|n)?\s+automatically\b",
        # Work stopped when a limit is used up: "requisitions blocked once a line is fully
        # spent", "orders held when the credit limit is exhausted", "bookings stopped when
        # a class is full".
        r"\b(?:blocked|rejected|declined|refused|frozen|stopped|prevented|disallowed|held"
        r"|locked|paused|capped|closed|disabled|halted|suspended)\s+(?:automatically\s+)?"
        r"(?:once|when|whenever|if|after|as\s+soon\s+as)\s+(?:(?:the|a|an|its|their|that"
        r"|each|any|every)\s+)?(?:" + _NOT_LOGIN_WORD + r"[\w-]+\s+){0,4}?(?:is|are|has\s+been"
        r"|have\s+been|gets?|goes|runs|ran)\s+(?:fully\s+|completely\s+|entirely\s+)?"
        r"(?:spent|used\s+up|exhausted|consumed|depleted|overspent|drawn\s+down|out|full"
        r"|fully\s+booked|at\s+capacity|sold\s+out|maxed\s+out|over\s+budget)\b",
    ),
    *regex_rules(
        "data_movement",
        # A value refreshed on a cadence from somewhere: "a custom field filled nightly
        # from their GRC tool", "exchange rates updated daily from their treasury system".
        r"\b(?:filled|populated|pre-?filled|refreshed|updated|enriched|sourced|synced)\s+"
        r"(?:in\s+)?(?:automatically\s+)?(?:nightly|daily|hourly|weekly|monthly|every\s+"
        r"[\w-]+|each\s+[\w-]+|(?:once|twice)\s+a\s+[\w-]+|in\s+real[\s-]time)\s+(?:from"
        r"|out\s+of|via|through)\b",
    ),
)

# Kinds of work that name no rule or system on their own: "a signing order" does not say
# which order, "fed in from" does not say from where. They tag, like the generic rules of
# promises.tagging_rules_generic, without making an ask concrete.
DOCS_GENERIC_RULES: tuple[Rule, ...] = (
    *regex_rules(
        "custom_logic",
        # An order of signers or approvers: "a fixed signing order", "the approval
        # sequence", "signers in a set order", "sequential routing".
        r"\b(?:signing|signer|signature|signatory|approval|approver|routing|recipient"
        r"|review|reviewer)\s+(?:order|sequence)s?\b(?!\s+(?:form|number|id)s?\b)",
        # Signers all at once, or one after another: "parallel signing", "serial approvals".
        r"\b(?:sequential(?:ly)?|parallel|serial|simultaneous)\s+(?:signing|signatures?|signers?"
        r"|approvals?|approvers?|routing"
        r"|reviews?)\b|\bin\s+(?:a\s+|the\s+)?(?:fixed|set|strict|specific|defined|given"
        r"|predefined|sequential)\s+(?:order|sequence)\b|\bin\s+sequence\b",
    ),
    *regex_rules(
        "data_movement",
        # Fed from or into somewhere: "supplier risk scores fed in from Dun & Bradstreet".
        r"\bfed\s+(?:(?:back|automatically|directly|straight)\s+)?(?:in|into|from|through|via"
        r"|to)\b",
    ),
)
