"""Trigger rules added after batches 157 (an endpoint detection and response vendor) and
159 (a secrets management and key vault vendor).

Both sell a product whose subject matter sounds like security: agents, detections,
alerts and isolated hosts in one, secrets, keys, certificates, leases and rotation in the
other. An ask is security only when it asks a control, a paper or an assurance of us
(SSO to the console, encryption, audit logs of our product, residency). Otherwise:

* secrets, keys and certificates moved between systems are data movement: fetched or
  pulled from a vault, written, injected or synced into their clusters, pipelines and
  hosts, config files rendered onto hosts, credentials "moved over"; a secret store named
  as the place they come from or go to ("migrated from HashiCorp Vault", "synced into
  their CyberArk safe", "Key Vault certificates imported") is a system, not a control;
* the product's telemetry, alerts and detections sent to their SIEM are records moved,
  and so is anything shipped to a cluster, bucket or collector of theirs;
* the customer's rules for the product are custom logic: a response taken automatically
  ("auto-quarantine", "isolated automatically"), a block with an exception for a group,
  a detect-only or audit mode before enforcing, a cap and a warning once it is reached,
  a calendar exception ("blocked on Fridays", "skip the last business day"), lease
  lengths, a record that cannot be closed without a field, extra fields, costs split
  across teams.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import NUM

# Excluded from the shipped security phrases (promises.tagging_rules_security): matched by
# EDR_SECURITY_RULES below, not where they name a store secrets move to or from.
SUBJECT_PHRASES = frozenset(("hashicorp vault", "key vault", "cyberark", "tls", "ssl"))

# Behind a secret store: where secrets come from or go to.
_STORE_AS_PLACE = not_behind(
    "from ", "from their ", "from the ", "from an ", "from a ", "from old ", "from legacy ",
    "from their old ", "from their legacy ", "from azure ", "from their azure ", "into ",
    "into their ", "into the ", "into azure ", "into their azure ", "to their ",
    "to azure ", "to their azure ", "out of ", "out of their ", "our ",
)  # fmt: skip
# Ahead of a secret store: its contents moved ("Key Vault certificates are to be
# imported", "HashiCorp Vault migration tooling").
STORE_CONTENTS_MOVED = r"(?![^.;,]{0,40}?\b(?:migrat|import|sync|mirror|replicat|copied|export)\w*)"
# What the product itself collects and sends on: its records, not a log of our service.
# Not "events": "events forwarded to Sumo Logic" stays a logging control (batch 103).
PRODUCT_DATA_SENT_BEHIND = not_behind(
    *(
        f"{noun} {verb} {to}"
        for noun in ("telemetry", "alerts", "detections")
        for verb in ("sent", "forwarded", "streamed", "pushed", "exported", "shipped")
        for to in ("to ", "into ", "to their ", "into their ", "to microsoft ",
                   "to their microsoft ", "into microsoft ")
    )
)  # fmt: skip

_SECRETS = (
    r"(?:secrets?|credentials?|certificates?|certs?|(?:api\s+|private\s+|ssh\s+)?keys?"
    r"|passwords?|tokens?|config(?:uration)?\s+files?)"
)
# Responses the product takes on a host or a file. Not rotation, revocation or disabling:
# "tokens rotated automatically", "accounts disabled automatically" are controls.
_RESPONSES = r"(?:isolat|quarantin|contain|kill|block|remediat)"
# After a secret: moved into a system ("should be written into", "synced onto").
_MOVED_INTO = (
    r"(?:[\w-]+\s+){0,3}?(?:written|injected|synced|pushed|mirrored|rendered|delivered"
    r"|distributed|replicated)\s+(?:in)?(?:to|onto)\b"
)
_DAYS = (
    r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?"
    r"|(?:public\s+|bank\s+)?holidays?)"
)

EDR_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    r"\b"
    + _STORE_AS_PLACE
    + r"(?:hashicorp\s+vault|key\s+vault|cyberark)s?\b"
    + STORE_CONTENTS_MOVED,
    # TLS is a control, except for certificates moved into a system ("TLS certificates
    # should be written into their edge clusters": EDR_DATA_RULES).
    r"\b(?:tls|ssl)\b(?!\s+(?:certificates?|certs?)\s+" + _MOVED_INTO + ")",
)

EDR_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # "secrets written into 40 Kubernetes clusters", "certificates should be synced to
    # their hosts".
    r"\b" + _SECRETS + r"\s+" + _MOVED_INTO,
    # "fetches SSH private keys from our vault", "injects API keys as environment
    # variables", "render config files onto their hosts".
    r"\b(?:fetch|pull|retriev|inject|render|push)\w*\s+(?:[\w-]+\s+){0,3}?" + _SECRETS
    + r"\s+(?:from|into|onto|to|as)\b",
    # "moving their 400 Jenkins credentials over".
    r"\bmov(?:e|es|ed|ing)\s+(?:their|the|all|our)\s+(?:[\w,-]+\s+){0,3}?" + _SECRETS
    + r"\s+(?:over|across)\b",
    # "shipped nightly to the customer's Elastic cluster".
    r"\b(?:shipped|forwarded|streamed|pushed|sent|exported|delivered)\s+(?:\w+\s+)?(?:in)?to\s+"
    r"(?:the\s+customer['’]s|their)\s+(?:[\w-]+\s+){0,2}?(?:clusters?|buckets?|collectors?"
    r"|indexes|indices|index|data\s+lakes?|workspaces?)\b",
)  # fmt: skip

EDR_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "auto-quarantine", "isolated automatically", "a process killed automatically".
    r"\bauto[\s-]?" + _RESPONSES + r"\w*",
    r"\b" + _RESPONSES + r"\w*\s+(?:(?:an?|the|any|each|every|that|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?automatically\b",
    # "blocked on all endpoints except the Engineering device group".
    # Not a team or a unit: "masked for everyone except the payments team" is access.
    r"\bexcept\s+(?:on\s+|in\s+|for\s+)?(?:the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:(?:device"
    r"|host|endpoint|server|machine)\s+groups?|hosts?|endpoints?|servers?|machines?|devices?"
    r"|laptops?|namespaces?|clusters?)\b",
    # "run in detect-only mode for 30 days", "audit mode before enforcing".
    r"\b(?:detect|audit|monitor|learning|report)(?:[\s-]only)?\s+mode\b",
    # "cap each team at 500 secrets", "warn the owner once they reach 450"; not a price
    # tier ("once they reach 10,000 users").
    r"\bcap(?:s|ped)?\s+(?:each|every|per|any)\s+[\w-]+\s+at\s+" + NUM + r"\b",
    r"\b(?:once|when|whenever|as\s+soon\s+as)\s+(?:they|it|a\s+[\w-]+|the\s+[\w-]+)\s+"
    r"(?:reach|hit)(?:es|s)?\s+" + NUM + r"\b(?![\d,.]*\s*(?:k\s+)?(?:active\s+)?(?:users|seats"
    r"|learners|employees|members)\b)",
    # "blocked on Fridays after 3 p.m.", "skip the last business day of each month".
    r"\b(?:blocked|paused|frozen|disabled|suspended|skipped|held)\s+(?:on|during|over)\s+"
    + _DAYS + r"\b",
    r"\bskip(?:s|ped|ping)?\s+(?:the\s+)?(?:last|first)\s+(?:business\s+|working\s+)?"
    r"(?:day|week)\b",
    # "12-hour database leases", "a 30-minute TTL".
    r"\b(?:\d+|one|two|four|eight|twelve)[\s-](?:hour|minute|day|second)s?\s+(?:[\w-]+\s+)?"
    r"(?:leases?|ttls?)\b",
    # "closing an incident must require a root cause".
    r"\b(?:closing|resolving|submitting|saving|reopening)\s+(?:an?|the|each|every|any)\s+"
    r"(?:[\w-]+\s+)?(?:incidents?|tickets?|cases?|alerts?|records?|requests?|detections?)\s+"
    r"(?:must|should|has\s+to|needs?\s+to|will)\s+require\b",
    # "an extra incident field for the change ticket number".
    r"\b(?:extra|additional)\s+(?:[\w-]+\s+)?fields?\s+for\b",
    # "splits vault costs across their product teams".
    r"\bsplit\w*\s+(?:[\w-]+\s+){0,2}?(?:costs?|spend|charges?|bills?)\s+(?:across|between"
    r"|among)\b",
)  # fmt: skip
