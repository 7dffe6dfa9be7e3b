"""Trigger rules added after batch 163 (an email security gateway vendor).

A mail filter's settings are the customer's rules for their own mail, so the words of
security that name what the product does to a message (quarantined, blocked, tagged, a
warning banner, an impersonation list) are custom logic when the ask sets how it is
done for some mail or some people:

* custom logic: mail handled one way rather than another ("tagged in the subject line
  rather than rejected"), a setting on for some people but off or weaker for others
  ("blocked for legal but only warned on for all other staff"), a banner on mail to or
  from some people, rules or policies that block or hold mail containing something,
  people who fail a phishing test a second time, every copy of a message pulled from
  all inboxes (a clawback, not data pulled from a system);
* security: our own staff reading customer content only after an approval (support
  access), which the customer asks of us;
* data movement: an app or add-on for their SIEM ("a native Splunk app") is an
  integration, not the SIEM as a control.

Second senses removed (guards below): a message pulled from inboxes is no data pulled,
a verdict of ours ("a link we later flag as malicious") is no flagging rule, a feed that
falls minutes behind is lag (promises.tagging_rules_tech NOT_LATENCY), a list of people
to protect from impersonation is a filter setting, and on-prem mail servers are where
mail comes from.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind

# --- Guards lent to other modules -------------------------------------------------------

_BOXES = r"(?:inbox(?:es)?|mailbox(?:es)?)"
# After "pull" (promises.tagging_rules_generic): a message pulled back out of their
# mailboxes is a clawback, not records pulled from a system.
PULLED_FROM_INBOXES = (
    r"(?!\s+(?:back\s+)?(?:out\s+of|from)\s+(?:all|every|each|their|users['’]?|the|any)\s+"
    r"(?:[\w'’-]+\s+)?" + _BOXES + r"\b)"
)
# After "flag ... as" (promises.tagging_rules LOGIC_RULES): our verdict on a message or a
# link is what the product finds, not a rule that flags records.
VERDICT_AHEAD = r"(?!\s+(?:malicious|phishing|spam|suspicious|unsafe|a\s+threat)\b)"
# After "impersonation" (promises.tagging_rules_security): the list of people a mail
# filter protects is a filter setting, like sender allow and block lists.
IMPERSONATION_LIST_AHEAD = r"(?!\s+(?:protection\s+)?lists?\b)"
# After a SIEM's name (promises.tagging_rules_secvendor): an app or add-on for their SIEM
# is an integration of ours, not the SIEM as a control.
SIEM_APP_AHEAD = r"(?!\s+(?:apps?|add-?ons?|technology\s+add-?ons?)\b)"

# After "google workspace" (promises.tagging_rules_security): a connector to their suite
# reads mailboxes and users from it, it is not sign-in.
SUITE_CONNECTOR_AHEAD = r"(?!\s+(?:connectors?|integrations?)\b)"

# After "allowlist"/"blocklist" (promises.tagging_rules_security): a list of senders or
# domains is a mail filter setting, like those named with "for" (_secvendor).
SENDER_LIST_BEHIND = not_behind(*(
    f"{who} {kind}{sep}list"
    for who in ("sender", "senders", "domain", "domains")
    for kind in ("allow", "white", "deny", "block")
    for sep in ("", " ", "-")
))  # fmt: skip

_MAIL = r"(?:e-?mails?|mail|messages?)"
_DONE_TO_MAIL = (
    r"(?:tagged|quarantined|rejected|blocked|held|delivered|bounced|deleted|dropped|flagged"
    r"|warned(?:\s+on)?|released|stripped|sandboxed|rewritten|redirected|rerouted)"
)

GATEWAY_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Mail handled one way rather than another: "tagged in the subject line rather than
    # rejected", "quarantined rather than just tagged".
    r"\b" + _DONE_TO_MAIL + r"\s+(?:[\w'’-]+\s+){0,4}?(?:rather\s+than|instead\s+of)\s+"
    r"(?:just\s+|simply\s+|only\s+|being\s+)?" + _DONE_TO_MAIL + r"\b",
    # A setting on for some people but off or weaker for others: "on for interns but
    # switched off for the trading desk", "blocked for legal but only warned on for staff".
    r"\b(?:on|enabled|switched\s+on|turned\s+on|blocked|quarantined|rejected|tagged|held"
    r"|enforced|required)\s+for\s+(?:[\w'’-]+\s+){1,6}?(?:but|while|and)\s+(?:only\s+|just\s+)?"
    r"(?:off|switched\s+off|turned\s+off|disabled|exempt|warned(?:\s+on)?|tagged|allowed"
    r"|delivered|blocked|quarantined)\s+for\b",
    # A banner on some mail: 'an "[EXTERNAL]" banner only on mail to their finance team'.
    r"\b(?:banners?|warnings?|disclaimers?)\s+(?:only\s+)?(?:on|to|in)\s+(?:all\s+|every\s+"
    r"|any\s+|each\s+)?(?:inbound\s+|outbound\s+|external\s+|incoming\s+)?" + _MAIL
    + r"\s+(?:to|from|sent|that|which|whose|with)\b",
    # Rules that act on mail: "DLP rules that block emails containing IBANs".
    r"\b(?:rules?|polic(?:y|ies)|filters?)\s+(?:that|which|to)\s+(?:block|quarantine|hold"
    r"|reject|tag|route|flag|strip|redirect)s?\s+(?:any\s+|all\s+|every\s+)?(?:[\w-]+\s+)?"
    r"(?:" + _MAIL + r"|attachments?)\s+(?:containing|that\s+contains?|with|from|to|whose)\b",
    # People who fail a test again: "employees who fail twice flagged for a conversation".
    r"\bwho\s+(?:fail|fails|failed|click|clicks|clicked)\s+(?:[\w-]+\s+){0,3}?(?:twice"
    r"|again|more\s+than\s+once|(?:three|four|five|\d+)\s+times)\b",
    # Members of a group put on a list or a policy by the product: "anyone in the
    # Finance group added to the VIP list automatically".
    r"\b(?:anyone|everyone|any\s+(?:user|member|employee)|users|members|employees)\s+(?:in|of"
    r"|from)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){1,2}?(?:groups?|teams?|departments?"
    r"|ous?)\s+(?:is\s+|are\s+|gets?\s+)?(?:added|moved|enrolled|assigned|put)\s+(?:to|in|into"
    r"|on)\b",
    # Every copy pulled back from their mailboxes (a clawback).
    r"\b(?:pulled|clawed|removed|retracted|recalled)\s+(?:back\s+)?(?:out\s+of|from)\s+(?:all"
    r"|every|each|their|users['’]?|the|any)\s+(?:[\w'’-]+\s+)?" + _BOXES + r"\b",
)  # fmt: skip

GATEWAY_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Our staff reading their content only after an approval: "our support staff can read
    # message content only after a customer-approved access request".
    r"\bour\s+(?:[\w-]+\s+)?(?:staff|engineers?|employees|personnel|team|admins?|operators?"
    r"|analysts?)\s+(?:can|may|will|could|should|must)\s+(?:only\s+)?(?:read|access|see|view"
    r"|open|reach)\b[^.;]{0,60}?\b(?:only|approv\w*|requests?|consent|grants?)\b",
)  # fmt: skip

GATEWAY_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # An app or add-on for their SIEM: "a native Splunk app", "a Sentinel connector".
    r"\b(?:splunk|sentinel|qradar|sumo\s+logic|logrhythm|arcsight|exabeam)\s+(?:apps?"
    r"|add-?ons?|technology\s+add-?ons?)\b",
)  # fmt: skip
