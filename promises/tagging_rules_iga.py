"""Trigger rules added after batches 149 (an identity governance vendor) and 151 (a backup
and ransomware recovery vendor).

Both sell a product whose subject matter sounds like security. In an identity governance
(IGA) deal provisioning, roles, access requests and certifications are what the product
handles; in a backup deal backups, restores and retention are. An ask is security only
when it asks a control, a paper or an assurance of us (MFA on the console, customer-held
keys, immutable copies, deletion, residency, a proven recovery time). Otherwise:

* provisioning into their systems ("SCIM provisioning of users into their Slack",
  "deprovisioning into Google Workspace") and identities read from their directories or
  their old IGA tool ("from their SailPoint instance", "read from their OpenLDAP
  directory") are data movement; so are product records sent to their SIEM ("job
  reports sent to Splunk"), a file "by email", a GRC tool results go to, tapes and disks
  shipped to seed a first copy, and data moved into object storage;
* the product's own objects are not a control: provisioning tasks, events and engines,
  access requests, candidate or existing roles and role definitions, role mining, backup
  jobs, catalogs, windows and policies, restore requests, reports, runbooks and approvals
  (guards behind and ahead of the words in promises.tagging_rules_security);
* the customer's rules for them are custom logic: certification and review campaigns,
  joiner/mover/leaver rules ("when a mover changes department", "rehires returning within
  90 days should get their old account back"), grace periods before removal, failures
  counted in a row, a recovery or boot order, a schedule or policy each unit "gets its
  own", a test "scheduled automatically".

Money: per-identity or per-server pricing, first-year pricing, pricing at a tier and a
recovery warranty raised to a sum are terms of ours.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import NUM

# Excluded from the shipped security phrases (promises.tagging_rules_security): matched by
# IGA_SECURITY_RULES below, not where they name a system data moves to or from.
SUBJECT_PHRASES = frozenset(("scim", "sailpoint", "saviynt", "privileged access"))

# Identity governance tools a customer moves off ("from their SailPoint IdentityIQ").
_IGA_TOOLS = (
    r"(?:sailpoint|identityiq|identitynow|saviynt|omada|one\s+identity|oracle\s+identity"
    r"\s+manager|netiq\s+identity\s+manager|micro\s+focus\s+identity\s+manager)"
)
# Where records are moved off: "from their old Saviynt", "out of the legacy SailPoint".
_OFF = (
    r"(?:from|out\s+of|off)\s+(?:their\s+|the\s+|its\s+|an?\s+)?(?:old\s+|legacy\s+"
    r"|existing\s+|current\s+|on-?prem(?:ises)?\s+)?"
)
_NOT_OFF = not_behind(
    "from ", "from their ", "from the ", "from old ", "from legacy ", "from their old ",
    "from their legacy ", "out of ",
)  # fmt: skip
# A SIEM or log store that product records are sent to.
_LOG_STORES = (
    r"(?:splunk|sentinel|qradar|siems?|datadog|graylog|elastic(?:search)?|opensearch"
    r"|sumo\s+logic|logrhythm|new\s+relic)"
)
# Ahead of "provisioning": into one of their systems (data moving there), or the
# product's own objects ("provisioning tasks", "the provisioning engine").
PROVISIONING_AHEAD = (
    r"(?!\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:into\s(?!our\s)|to\s+(?:their|its)\s))"
    r"(?![\s-]+(?:tasks?|tickets?|events?|engines?|agents?|workflows?|requests?|jobs?"
    r"|queues?|logs?|rules?|connectors?)\b)"
    + not_behind("drive provisioning", "drives provisioning", "driving provisioning")
)
# Ahead of "privileged access" (promises.tagging_rules_security): requests for it are
# the records an IGA product routes and approves.
NOT_A_REQUEST_AHEAD = r"(?![\s-]+requests?\b)"
# Behind "google workspace" (promises.tagging_rules_security): a place accounts go.
DIRECTORY_AS_TARGET = r"(?<!into\sgoogle\sworkspace)(?<!to\stheir\sgoogle\sworkspace)"
# Around "role" (promises.tagging_rules_security): roles as records an IGA product mines,
# imports or models, not a role in our product.
ROLE_AS_RECORD = (
    not_behind(
        "candidate role", "candidate roles", "existing role", "existing roles", "legacy role",
        "legacy roles", "business roles", "birthright roles", "proposed roles", "mined roles",
    )
    + r"(?![\s-]+(?:definitions?|mining|miners?|catalog(?:ue)?s?|models?|hierarch(?:y|ies)"
    r"|holding|design|engineering|candidates?)\b)"
    # A part of a naming code: "their SITE-ROLE-NN naming convention".
    r"(?:(?<!\w-role)|(?!-\w))"
)  # fmt: skip
# Ahead of "backup": the product's own objects ("backup jobs", "the backup catalog",
# "a workload's backup policy") and backups a rule skips, not a copy kept as a control.
BACKUP_AS_PRODUCT_AHEAD = (
    r"(?![\s-]+(?:jobs?|catalog(?:ue)?s?|windows?|consoles?|agents?|chains?|software"
    r"|appliances?|operators?|events?|failures?|alerts?|reports?|schedules?|polic(?:y|ies)"
    r"|vendors?|tools?|products?|platforms?|solutions?)\b)"
    r"(?![^.;]{0,40}?\b(?:skipped|excluded)\b)"
)
# Around "restore": requests, reports, runbooks and approvals of the product, restores
# sized by a threshold, single-file restores, and restored records written somewhere.
RESTORE_AS_PRODUCT = (
    r"(?<!file[\s-]restore)(?<!file[\s-]restores)(?<!item[\s-]restore)(?<!item[\s-]restores)"
    r"(?<!level[\s-]restore)(?<!level[\s-]restores)"
    r"(?![\s-]+(?:tests?[\s-]+)?(?:requests?|reports?|runbooks?|approvals?|outcomes?"
    r"|results?|jobs?|operators?|tickets?|tasks?|portals?)\b)"
    r"(?!\s+(?:larger|bigger|greater|more|over|above|smaller)\b)"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:records|files|items|data|objects|mailboxes|emails|vms"
    r"|databases)\s+(?:should|must|will|are\s+to|to)\s+be\s+(?:written|placed|put|loaded"
    r"|copied|sent|delivered)\s+(?:in)?to\b)"
)
# Behind "logged": an outcome a rule gives instead of another ("a single failure only
# gets logged"), not an audit log.
LOGGED_AS_OUTCOME = not_behind(
    "only gets logged", "just gets logged", "only get logged", "is only logged",
    "are only logged", "only be logged",
)  # fmt: skip

IGA_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # SCIM to our console is sign-in; SCIM provisioning into their systems moves data.
    r"\bscim\b(?!(?:[^.;]|\.\d){0,50}?\b(?:into|to)\s+(?:their|its|the\s+customer['’]s)\b)",
    r"\b" + _NOT_OFF + r"(?:sailpoint|saviynt)\b",
    # "privileged access requests need a two-level approval": the request is theirs.
    r"\bprivileged[\s-]access\b" + NOT_A_REQUEST_AHEAD,
    # Copies no one can change or reach: "locked immutable", "object lock", "air gap".
    r"\bimmutab(?:le|ility)\b|\bobject[\s-]lock(?:ed|ing)?\b|\bworm\s+(?:storage|compliance"
    r"|mode|retention|locks?)\b|\bair[\s-]gap(?:s|ped)?\b",
    # A recovery time proven or promised: "fully recovered in under six hours".
    r"\b(?:recover(?:ed|able)?|restor(?:ed|able))\s+(?:fully\s+|completely\s+)?(?:in|within)\s+"
    r"(?:under\s+|less\s+than\s+|no\s+more\s+than\s+)?" + NUM + r"\s+(?:minutes?|hours?"
    r"|days?)\b|\bfully\s+recover(?:ed|able)\b",
)  # fmt: skip

IGA_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # "SCIM provisioning of users and groups into their Slack", "deprovisioning into
    # Google Workspace".
    r"\b(?:de-?)?provision(?:s|ed|ing)?\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:into\s(?!our\s)"
    r"|to\s+(?:their|its)\s)",
    # "from their SailPoint IdentityIQ instance", "out of the legacy Saviynt".
    r"\b" + _OFF + _IGA_TOOLS + r"\b",
    # "group memberships read from their OpenLDAP directory".
    r"\b(?:read|pulled|imported|synced|aggregated|fetched|collected|harvested|loaded)\s+"
    r"(?:in\s+)?from\s+(?:their|the|its)\s+(?:[\w-]+\s+){0,2}?director(?:y|ies)\b",
    # Product records sent to their SIEM or log store ("nightly job reports sent to
    # Splunk", "provisioning events reach their Splunk index"); events or audit logs
    # forwarded there with no such owner stay a logging control.
    r"\b(?:(?:jobs?|provisioning|backup|restore|sync|replication|certification|review)\s+"
    r"(?:events?|alerts?|records?|history)|reports?|results?|outcomes?|metrics?)\b"
    r"[^.;]{0,30}?\b(?:sent|streamed"
    r"|forwarded|pushed|posted|exported|reach(?:es)?|land(?:s|ed)?)\s+(?:to\s+|into\s+)?"
    r"(?:their\s+|the\s+|an?\s+)?(?:[\w-]+\s+)?" + _LOG_STORES + r"\b",
    # "a weekly PDF of certification outcomes should go to internal audit by email".
    r"\b(?:pdfs?|csvs?|xlsx|spreadsheets?|files?|exports?|extracts?)\b[^.;]{0,80}?\bby\s+"
    r"e-?mail\b",
    # GRC tools results are sent to: "their RSA Archer GRC tool".
    r"\bgrc\s+(?:tools?|platforms?|systems?|suites?|modules?|instances?)\b|\brsa\s+archer\b"
    r"|\barcher\s+(?:grc|irm|instance|tenant)\b|\b(?:metricstream|auditboard|logicgate)\b",
    # Seeding a first copy by shipping disks: "seed the first full backup by shipping
    # disks to our data center".
    r"\b(?:ship|ships|shipped|shipping|courier\w*)\s+(?:[\w-]+\s+){0,2}?(?:disks?|drives?"
    r"|tapes?|appliances?)\s+to\b|\bseed(?:s|ed|ing)?\s+(?:the\s+|their\s+|an?\s+)?(?:first"
    r"|initial)\s+(?:full\s+)?(?:backups?|cop(?:y|ies)|replicas?|syncs?)\b",
    # Tapes and object storage as places data is moved from or into.
    r"\blto(?:-?\d+)?\s+(?:tapes?|cartridges?)\b|\btape\s+(?:librar(?:y|ies)|cartridges?)\b"
    r"|\b(?:into|to|onto)\s+(?:their\s+|the\s+|our\s+|an?\s+)?(?:cloud\s+|s3[\s-]compatible\s+)?"
    r"object\s+storage\b",
    # Backup products data moves off or out of.
    r"\b(?:commvault|rubrik|cohesity|druva|netbackup|arcserve|backup\s+exec)\b",
)  # fmt: skip

IGA_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "quarterly access review campaigns", "a certification campaign for SAP".
    r"\b(?:(?:access|user|entitlement|role|privileged)\s+)?(?:reviews?|certifications?"
    r"|recertifications?|attestations?)\s+campaigns?\b(?![\s-]+(?:results?|outcomes?|reports?"
    r"|data|decisions?|evidence|history|exports?)\b)",
    # "monthly certification of SWIFT operators", "each manager certifies only".
    r"\b(?:quarterly|monthly|annual|yearly|semi-?annual|biannual|weekly)\s+(?:access\s+"
    r"|user\s+|entitlement\s+)?(?:re-?)?certifications?\s+(?:of|for)\b|\bcertif(?:y|ies)\s+only\b",
    # Joiner/mover/leaver rules: "when a mover changes department", "rehires returning
    # within 90 days should get ...", "leavers marked 'for cause' to lose ...".
    r"\b(?:when|whenever|if|once)\s+(?:a|an|the|any)\s+(?:mover|joiner|leaver|rehire"
    r"|transferee)s?\b",
    r"\b(?:rehires?|re-hires?|movers?|leavers?|joiners?|transferees?)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:should|must|will|to|shall)\s+(?:get|keep|lose|retain|receive|inherit|be\s+given"
    r"|be\s+granted)\b",
    # "a 10-day grace period before removal".
    r"\bgrace\s+periods?\s+(?:before|until|prior\s+to)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+)?(?:removal|revoc\w+|deprovision\w*|disabl\w*|deactivat\w*|suspension"
    r"|lock\w*|deletion)\b",
    # "if a job fails twice in a row", "after three consecutive failures".
    # Not a login failing three times in a row, which is a lockout (security).
    r"\b(?<!login\s)(?<!log-in\s)(?<!sign-in\s)(?<!password\s)(?:fails?|failed|failures?|errors?"
    r"|miss(?:es|ed)?)\s+(?:twice|three\s+times|\d+\s+times|(?:two|three|four|five|\d+)\s+"
    r"(?:times|runs|nights|days))\s+(?:in\s+a\s+row|consecutively|running)\b"
    r"|\b(?:two|three|four|five|\d+)\s+consecutive\s+(?:failed\s+|missed\s+)?(?:jobs?|runs?"
    r"|backups?|syncs?|imports?|nights?)\b",
    # A recovery order: "the domain controller boots first, then SQL, then the app tier".
    r"\b(?:boot|recovery|restore|start[\s-]?up|failover|power[\s-]on)\s+(?:order|sequence)\b"
    r"|\bfirst,?\s+then\b[^.;]{1,30}?\bthen\b|\balways\s+in\s+(?:that|this|the\s+same)\s+"
    r"(?:order|sequence)\b",
    # "each subsidiary gets its own backup window".
    r"\b(?:gets?|has|have|with)\s+(?:its|their)\s+own\s+(?:[\w-]+\s+)?(?:windows?|schedules?"
    r"|polic(?:y|ies)|retention|thresholds?|approvers?)\b",
    # "scheduled automatically", "placed automatically in a 30-day policy".
    r"\b(?:schedul|plac)\w*\s+automatically\b|\bautomatically\s+(?:schedul|plac)\w*",
)  # fmt: skip

IGA_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # "per-identity pricing", "per-server fees".
    r"\bper[\s-](?:identity|identities|user|seat|server|workload|vm|mailbox|node|socket"
    r"|endpoint|device|employee|tb|terabyte|gb|instance|application|app)\s+(?:pricing|prices?"
    r"|licen[cs]ing|fees?)\b",
    # "first-year pricing at the 500-server tier".
    r"\b(?:first|second|third|1st|2nd|3rd)[\s-]year\s+(?:pricing|prices?|fees?|discounts?)\b"
    r"|\bpric(?:ing|ed)\s+at\s+(?:the\s+)?(?:[\w-]+\s+)?tier\b",
    # "the ransomware recovery warranty raised to $1 million".
    r"\b(?:ransomware|recovery|restore|data[\s-]loss|cyber)\s+(?:recovery\s+)?warrant(?:y|ies)\b"
    r"|\bwarrant(?:y|ies)\s+(?:cap\s+|limit\s+|amount\s+)?(?:raised|increased|capped|extended"
    r"|lifted|doubled|set)\s+(?:to|at)\s+(?:\$|€|£)",
)  # fmt: skip
