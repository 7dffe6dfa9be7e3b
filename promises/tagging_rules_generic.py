"""Seed generic rules: words that say what kind of work an ask is ("an export", "a
workflow", "hosting") but name nothing concrete.

They tag the ask, but an ask that has nothing else is still too vague: the wording lint
reuses only CONCRETE_RULES. Split out of promises.tagging_rules, which appends
GENERIC_RULES after CONCRETE_RULES to make DEFAULT_RULES; the generic commercial words
come from promises.tagging_rules_flags, and more generic shapes from _cross and _docs.
"""

from __future__ import annotations

from promises import tagging_rules_billing as _bl
from promises import tagging_rules_chair_lot_port as _clp
from promises import tagging_rules_devplat as _dv
from promises import tagging_rules_docs as _dc
from promises import tagging_rules_field as _fd
from promises import tagging_rules_fleet as _fl
from promises import tagging_rules_formal as _fm
from promises import tagging_rules_gateway as _gw
from promises import tagging_rules_general as _gn
from promises import tagging_rules_giving as _gv
from promises import tagging_rules_lab_ads_cash as _lac
from promises import tagging_rules_logic as _lg
from promises import tagging_rules_mail as _ml
from promises import tagging_rules_notes as _nt
from promises import tagging_rules_objects as _ob
from promises import tagging_rules_people as _pp
from promises import tagging_rules_sectors as _sc
from promises import tagging_rules_shapes as _sh
from promises import tagging_rules_tech as _tc
from promises import tagging_rules_trades as _tr
from promises.tagging import Rule, regex_rules
from promises.tagging import phrase_rules as _phrases
from promises.tagging_rules_cross import CROSS_GENERIC_RULES
from promises.tagging_rules_flags import GENERIC_TERMS_RULES
from promises.tagging_rules_logic import API_AS_SUBJECT

# A part of the product named by what it runs ("the workflow designer", "connector
# credentials", "the integration runtime", "any connector is promoted to production"):
# the thing a control or a host covers, not a rule or data moving. Checked after the word.
_PRODUCT_PART_AHEAD = (
    r"(?!s?\s+(?:designers?|builders?|editors?|studios?|canvas(?:es)?|runtimes?|engines?"
    r"|credentials?|secrets?|tokens?|passwords?|service[\s-]+accounts?|runs?\s+logs?"
    r"|run\s+history)\b)(?!s?\s+(?:is|are|gets?|get|being)\s+(?:promoted|deployed|published"
    r"|released)\b)"
)

GENERIC_RULES: tuple[Rule, ...] = (
    *_phrases("security", "hosting"),
    *regex_rules("security", r"\bhosted\s+(?:in|on|within|inside)\b", r"\bretain(?:s|ed|ing)?\b",
              r"\bretention\b" + _tr.NOT_CUSTOMER_RETENTION + _gn.RETENTION_AS_MONEY),
    *_phrases("data_movement", "backfill", "data load"),
    # "API tokens scoped per integration": whose key it is, not data moving; so are "every
    # stored connector credential" and "the integration runtime hosted in Canada" (the
    # part of ours a control covers) and "any connector promoted to production".
    *regex_rules("data_movement", r"\bintegration" + _pp.INTEGRATION_AS_HOLDER + r"s?\b"
              + _PRODUCT_PART_AHEAD, r"\bconnector\b" + _PRODUCT_PART_AHEAD),
    *regex_rules(
        "data_movement",
        r"\bimport(?:s|ed|ing|er|ers)?\b" + _clp.IMPORTER_AS_PARTY,
        r"\bfeed" + _tr.NOT_FODDER + r"s?\b",
        # Export controls and licences are trade compliance, not data leaving; nor is an
        # export no one may make alone (promises.tagging_rules_giving).
        r"\bexport" + _sh.EXPORT_BLOCKED + _gv.NO_ONE_EXPORTS + _ob.ACTION_AUDITED
        + _fl.EXPORT_AS_AUDITED
        + _nt.NOT_DENIED_EXPORT
        + _fm.EXPORT_AS_ACTION + r"(?:s|ed|ing|er|ers)?\b(?![\s-]+(?:control|licen[cs]"
        r"|classification|regulation" + _nt.EXPORT_AS_PERMISSION + "))" + _ml.EXPORT_LOGGED,
        r"\bmigrat(?:e|es|ed|ing|ion|ions)\b",
        r"\bsync(?:s|ed|ing|hroni[sz](?:e|es|ed|ing|ation))?\b",
        _sc.DATA_REPLICATION,
        r"\bintegrat(?:e|es|ed|ing)\b",
        r"\b(?:pull|push(?<!duo\spush)(?<!okta\spush)(?<!verify\spush))(?:es|s|ed|ing)?\b"
        + _dv.PULL_REQUESTS + _gw.PULLED_FROM_INBOXES + r"(?!\s+"
        r"(?:notifications?|mfa|approvals?|auth\w*|prompts?|codes?" + _lac.PULL_AS_SCHEDULE
        + r"|for\b|to\s+the\s+(?:top|front|head)\b"
        + _fl.PUSHED_TO_LATER + "))",
        r"\bload(?:s|ed|ing)?\b[^.;]{0,60}?\b(?:into|from)\b|\bloaded\s+(?:nightly|daily"
        r"|hourly|weekly|monthly|quarterly|annually|yearly|every|each|once|in\s+bulk)\b|\b(?:initial|bulk|full|delta"
        r"|incremental)\s+loads?\b",
        r"\b(?:post|publish)(?:s|es|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:to|into)\b",
        r"\bstream(?:s|ed|ing)?\b" + _lg.NOT_INDUSTRY + _sh.STREAMED_ONLY_TO,
        r"\bextract" + _gn.NOT_DOCUMENT_EXTRACTION + r"(?:s|ed|ing|ion)?\b",
        # "pricing by ingested gigabyte" is a price unit (promises.tagging_rules_secvendor).
        r"\bingest(?<!by\singest)(?<!per\singest)(?:s|ed|ing|ion)?\b" + _sh.INGEST_AS_PRICE_OR_KEPT,
        r"\bbulk\b",
        _sc.DATA_TRANSFER,
        r"\bsen(?:d|ds|ding|t)\s+(?:[\w-]+\s+){0,3}?(?:data|records|files|events|rows|payloads"
        r"|batches)\b",
        r"\b(?:data|records|files|events|rows)\s+(?:is\s+|are\s+)?sent\s+(?:to|into)\b",
        r"\bsen(?:d|ds|ding|t)\s+(?:[\w-]+\s+){0,4}?(?:to|into)\s+(?:their|the|our|an?)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:systems?|platforms?|endpoints?|servers?|instances?|buckets?"
        r"|warehouses?" + _fd.WAREHOUSE_PERSON_AHEAD
        + r"|databases?|lakes?|topics?|crm|erp|hris|apis?|portals?|ledgers?"
        r"|folders?|director(?:y|ies))\b",
        r"\b(?:data|records|files|history|tickets|orders)\b[^.;]{0,30}?\bmov(?:e|es|ed|ing)\b"
        # "procurement won't move forward": going on with the deal, not data moving.
        r"(?!\s+(?:forward|ahead)\b)",
        r"\bmov(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:data|records|files|history|documents)\b"
        r"|\bmov(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?from\b",
        r"\b(?:bulk|csv|file|mass|batch|spreadsheet|excel)\s+uploads?\b(?!\s+(?:(?:is|are|to\s+be"
        r"|must\s+be|should\s+be)\s+)?(?:scanned|checked\s+for|virus|malware))|\bupload(?:s|ed|ing)?\s+"
        r"(?:of|to|into|via|through)\b",
        r"\bcop(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+(?:their|our)\b",
        # Copies of production data: "an anonymised prod copy", "refreshed from prod".
        r"\bprod(?:uction)?\s+(?:data\s+)?(?:cop(?:y|ies)|clones?|snapshots?|refresh(?:es)?"
        r"|dumps?|extracts?|subsets?)\b|\b(?:cop(?:y|ies)|clones?|snapshots?|subsets?"
        r"|refresh(?:ed|es|ing)?|seed(?:ed|ing)?|clon(?:ed|ing)|cop(?:ied|ying)|restored)\s+"
        + _tc.CADENCE
        + r"(?:of|from|with)\s+(?:the\s+|their\s+|our\s+)?(?:live\s+)?(?:prod(?:uction)?\b"
        r"|(?<=live\s)(?:data(?:base)?|environment|system)s?\b)"
        r"(?!\s+(?:access|support|environment\s+access))",
        # Documents filed into a document system: "filed into the matching workspace".
        r"\b(?:fil|deposit|lodg)(?:e|es|ed|ing)" + _dc.FILES_AS_NOUN + r"\s+(?:automatically\s+)?"
        r"(?:in|into|to)\s+(?:the|their|our|a|an|each|its)\s+(?:[\w'’-]+\s+){0,2}?(?:workspaces?"
        r"|folders?|librar(?:y|ies)|repositor(?:y|ies)|matters?|vaults?|cabinets?|drives?|dms)\b",
        r"\bmirror(?:s|ed|ing)?" + _tc.MIRRORED_LAYOUT + r"\s+(?:[\w-]+\s+){0,3}?(?:to|into"
        r"|in)\b",
        r"\bconsum(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?from\b",
        r"\bsubscrib(?:e|es|ed|ing)\s+to\s+(?:[\w-]+\s+){0,2}?(?:events?|topics?|webhooks?"
        r"|feeds?|streams?|changes)\b",
        r"\bpoll(?:s|ed|ing)?\s+(?:their|the|our)\b",
        r"\bdumps?\b",
        r"\breconcil(?:e|es|ed|ing|iation)\b",
        r"\bbi-?directional\b",
        r"\bexchang(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:with|between)\b",
        r"\b(?:read|write)[\s-]?back\b",
        r"\b(?:data|etl|elt|ingestion|integration|sync)\s+pipelines?\b|\bp(?<!attributes\sp)ipelines?\s+(?:to"
        r"|into|from)\b" + _dv.PIPELINE_ACTS,
        r"\bmapping(?<!role\smapping)(?<!group\smapping)(?<!claim\smapping)"
        r"(?<!attribute\smapping)(?<!sso\smapping)s?\b",
        # "Mutual TLS on the API" secures the API; no data moves.
        r"\b" + _lg.API_EVERY_CONNECTION + r"api" + API_AS_SUBJECT + _bl.CALL_TO_API
        + _tc.API_AS_UNIT + r"s?\b"
        r"(?!\s+(?:keys?|tokens?|access|credentials?|secrets?|auth\w*|gateway\s+polic\w*"
        r"|traffic|security|rate\s+limit\w*|abuse|threat\w*" + _dv.API_AS_PRODUCT
        + _lg.API_COMMITTED
        + _ob.API_ACCESS_LIMITED + r")\b)",
    ),
    # "Okta Workflows" is the identity provider's automation product, not a workflow rule.
    *regex_rules("custom_logic", r"\bworkflow" + _ml.carried_behind("workflow")
              + r"(?<!okta\sworkflow)(?<!published\sworkflow)(?<!deploy\sworkflow)"
              r"(?<!deploys\sworkflow)(?<!deployed\sworkflow)(?<!deploying\sworkflow)s?\b"
              + _ml.CARRIED_AHEAD + _PRODUCT_PART_AHEAD),
    # Logic named as such ("the margin alert logic", "their rate logic"): a rule of theirs,
    # not the Sumo Logic or Alert Logic services nor Azure Logic Apps.
    *regex_rules("custom_logic", r"\blogic\b" + _tr.not_behind(
        "sumo logic", "to alert logic", "into alert logic", "from alert logic",
        "with alert logic", "via alert logic") + r"(?!\s+apps?\b)"),
    *GENERIC_TERMS_RULES,
    *CROSS_GENERIC_RULES,
    *_dc.DOCS_GENERIC_RULES,
)  # fmt: skip
