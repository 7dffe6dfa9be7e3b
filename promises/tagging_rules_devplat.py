"""Seed rules from batches 65 (general SaaS), 66 (marketing automation) and 67 (developer
platform: API management, CI/CD, feature flags, observability).

By what a word names in its sentence: on a developer platform a pipeline, a build, a
pull request, an API gateway or its consumers are the product's own parts, which a rule
gates or a control covers, not data moving; in marketing a send, a score, a cap or a
suppression is the customer's rule on contacts. Added shapes:

* a pipeline or build that fails, runs a stage or is promoted only on a condition, a
  change freeze, a rate limit or quota that differs by consumer, an error body returned
  for some responses, something done only during business hours (custom logic);
* a cap of N messages per contact, a score of N points, a send in each contact's own
  time zone, a contact changed after N bounces, people suppressed from sends (custom
  logic); people from a system added to a list (data movement); logs moved (data);
* people limited to their own records (security); requests allowed only from their own
  addresses (security);
* usage billed at a fraction of our rate, something written into the contract (terms).

Guards, lent to promises.tagging_rules, _generic and _flags: "pull requests" pull no data; a
pipeline "to fail" or "to run" moves none; an API's gateway or consumers are no data
flow; a team a rule routes alerts to is no dedicated team of ours; a signing deadline
("if they sign before the end of the month") dates the contract, not the work.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind

_N = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
_CHANGES = r"(?:builds?|releases?|deploys?|deployments?|changes|versions?|artifacts?)"

# Checked after "pull": "pull requests" are code review, not data pulled.
PULL_REQUESTS = r"(?!\s+requests?\b)"
# Checked after "pipelines to": "pipelines to fail when ...", "pipelines to run a scan".
PIPELINE_ACTS = r"(?!\s+(?:fail|run|pass|stop|break|block|halt|pause|require|deploy|build)\b)"
# Checked after "api": the product's gateway and the API's callers are no data moving.
API_AS_PRODUCT = r"|gateways?|consumers?|callers?"
# In a guard's condition: "rejected unless they come from their NAT gateway addresses" is
# a network control, not a business rule.
SOURCE_ADDRESS = r"|\b(?:ip|nat|egress)\s+(?:gateway\s+)?(?:address|range)"
# Checked before "trigger": "imported daily so they can trigger campaigns" is what they
# do with the data, not a rule of ours.
THEIR_OWN_USE = not_behind("so they can ", "so that they can ")
# Checked after "dedicated team": a team a rule sends things to is theirs, not ours.
ROUTED_TO_TEAM = r"(?<!routed\sto\sa\sdedicated\steam)(?<!sent\sto\sa\sdedicated\steam)"

DEVPLAT_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "pipelines to fail when the commit message lacks a ticket number".
    r"\b(?:pipelines?|builds?|checks?|jobs?|deploys?|deployments?|merges?)\s+(?:to\s+|should\s+"
    r"|must\s+|will\s+)?fail\s+(?:when|if|unless|on)\b",
    # "pull requests touching the billing service to run an extra static-analysis stage".
    r"\b(?:pull|merge)\s+requests?\b[^.;]{0,60}?\bto\s+(?:run|require|trigger|pass|need)\b",
    # "staging builds promoted to production only after 30 minutes with no new errors".
    r"\b" + _CHANGES + r"\s+(?:(?:are|is|be|get|to\s+be)\s+)?(?:promoted|released|rolled\s+out)"
    r"\s+to\s+(?:production|prod|staging|live)\s+only\b",
    # "pipeline runs stopped during their holiday change-freeze weeks" ("a migration done
    # before the change freeze" only dates the work).
    r"\b(?:stopped|blocked|paused|halted|held|disabled|suspended|locked)\s+(?:during|for|in"
    r"|throughout)\s+(?:[\w'’-]+\s+){0,3}?(?:change|code|deploy(?:ment)?|release)[\s-]freezes?\b",
    # "keys held to a lower rate limit than ...", "a quota that resets monthly".
    r"\b(?:lower|higher|different|separate|stricter|looser)\s+(?:rate[\s-]limits?|quotas?)\b",
    # "return their house JSON error body for all 4xx responses".
    r"\b(?:return|respond\s+with|send\s+back)\s+(?:[\w-]+\s+){0,4}?error\s+(?:bod(?:y|ies)"
    r"|payloads?|pages?|formats?|messages?)\b",
    r"\bonly\s+(?:during|outside|within|in)\s+(?:(?:their|our)\s+)?(?:business|working|office)"
    r"\s+hours\b",
    # Marketing: "a cap of three marketing emails per contact in any seven-day window".
    r"\bcap\s+of\s+" + _N + r"\s+(?:[\w-]+\s+){0,2}?(?:emails?|messages?|sends?|notifications?"
    r"|sms|texts?|pushes)\s+per\b",
    # "scored 25 points higher than registrants who did not attend".
    r"\bscor(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,2}?" + _N + r"\s+points?\b",
    # "sent at 9 a.m. in each contact's local time zone".
    r"\b(?:each|every)\s+(?:contact|recipient|subscriber|user|customer|lead|member)['’]s\s+"
    r"(?:own\s+)?(?:local\s+)?time[\s-]?zones?\b",
    # "a contact deactivated after two hard bounces instead of one".
    r"\bafter\s+" + _N + r"\s+(?:[\w-]+\s+)?(?:bounces|complaints"
    r"|unsubscribes|strikes)\b",
    # "anyone who bought in the last 14 days suppressed from discount emails".
    r"\bsuppress(?:ed|es|ing)?\s+from\b",
)  # fmt: skip

DEVPLAT_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # "advisers limited to their own students", "marketers limited to their own region's".
    r"\b(?:limited|restricted|scoped|kept)\s+to\s+their\s+own\b",
    # "rejected unless they come from their three NAT gateway addresses".
    r"\b(?:come|comes|coming|originat(?:e|es|ing))\s+from\s+(?:their|the|our|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:ip|nat|egress)\s+(?:gateway\s+)?(?:addresses|address|ranges?)\b",
)

DEVPLAT_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # "webinar registrants from Zoom added to a contact list automatically".
    r"\b(?:added|copied|written|pushed)\s+(?:automatically\s+)?(?:to|into)\s+(?:a|an|the"
    r"|their)\s+(?:[\w-]+\s+){0,2}?(?:contact|mailing|subscriber|audience|marketing)\s+lists?\b",
    # "logs older than 90 days moved to their own Glacier bucket".
    r"\b(?:logs|backups|artifacts|snapshots)\b[^.;]{0,30}?\bmoved\s+(?:to|into)\b",
)

DEVPLAT_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # "build minutes above their plan billed at half the list rate".
    r"\b(?:billed|charged|priced|invoiced)\s+at\s+(?:half|a\s+third\s+of|a\s+quarter\s+of"
    r"|double|twice)\b",
    # "a four-hour support response ... written into the contract".
    r"\b(?:written|put|included)\s+into\s+(?:the|our|their)\s+(?:contract|order\s+form|msa"
    r"|agreement)\b",
)

DEVPLAT_RULES: tuple[Rule, ...] = DEVPLAT_LOGIC_RULES + DEVPLAT_SECURITY_RULES + DEVPLAT_DATA_RULES
