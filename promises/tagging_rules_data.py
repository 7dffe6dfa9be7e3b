"""Seed trigger rules for data movement shapes that name no system or format.

Split out of promises.tagging_rules (which adds DATA_SHAPE_RULES to DATA_RULES, and so to
CONCRETE_RULES and DEFAULT_RULES); the same conventions apply. Import DEFAULT_RULES from
promises.tagging.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging import phrase_rules as _phrases
from promises.tagging_rules_cross import CROSS_DATA_RULES
from promises.tagging_rules_general import GENERAL_DATA_RULES
from promises.tagging_rules_knowledge import ARCHIVE_AS_FOLDER
from promises.tagging_rules_ops import OPS_DATA_RULES
from promises.tagging_rules_sectors import SECTOR_DATA_RULES
from promises.tagging_rules_utility import UTILITY_DATA_RULES
from promises.tagging_vocab_ops import FIELD_WORK, INSTRUMENTS, OT_SYSTEMS

DATA_SHAPE_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Logs and events sent on to a store of theirs: "audit logs shipped hourly to their
    # Elastic cluster", "forwarded every minute to their Splunk index", "shipped to Datadog"
    # (goods shipped to a warehouse are not data).
    r"\b(?:ship(?:s|ped|ping)?|forward(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}?(?:to|into)\s+(?:(?:their"
    r"|our|the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:clusters?|index(?:es)?|indices|buckets?|data\s+lakes?"
    r"|collectors?|log\s+(?:stores?|servers?|platforms?|pipelines?)|siems?|splunk|elastic(?:search)?"
    r"|opensearch|datadog|sentinel|graylog|loki|kafka|topics?|streams?)\b",
    # Records bundled for download: "moved into a ZIP archive they can download", "a
    # downloadable archive of every case", "bulk download of attachments".
    r"\b(?:zip|tar|gzip|7z|compressed)\s+(?:archives?|files?|bundles?|folders?)\b",
    r"\b(?:archives?|bundles?)\b[^.;]{0,40}?\bdownload\w*",
    r"\bdownload(?:s|ed|ing|able)?\s+(?:[\w-]+\s+){0,3}?(?:archives?|bundles?|zips?)\b",
    r"\bmov(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:into|to)\s+(?:an?|the|their|one|a\s+single)"
    r"\s+(?:[\w-]+\s+)?(?:archives?|bundles?)\b(?!\s+(?:tier|storage|class"
    + ARCHIVE_AS_FOLDER + "))",
    # Operational data in its own words: "GPS positions fed into the crew map", "upload
    # them once signal returns", "alarms from their historian to open work orders".
    r"\bfed\s+(?:[\w-]+\s+){0,4}?(?:into|to|through)\s+(?:the|their|our|an?|each|every)\b",
    r"\b(?:upload|sync|send|submit|transmit|push)\w*\b[^.;]{0,50}?\b(?:once|when|as\s+soon"
    r"\s+as|after)\s+(?:the\s+|a\s+)?(?:mobile\s+)?(?:signal|connection|connectivity|coverage"
    r"|network|reception)\s+(?:returns?|is\s+(?:back|restored)|comes\s+back|resumes?)\b"
    r"|\b(?:upload|sync|send|submit)\w*\b[^.;]{0,30}?\b(?:back\s+online|reconnect\w*)\b",
    r"\b(?:alarms?|alerts?|events?|faults?|readings?|trips?|signals?)\s+(?:[\w-]+\s+){0,2}?from"
    r"\s+(?:their|the\s+customer['’]s)\b[^.;]{0,60}?\b(?:open|create|raise|generate|spawn)"
    r"\w*\s+(?:an?\s+|new\s+)?(?:[\w-]+\s+)?" + FIELD_WORK + r"\b",
    # A reading taken from an instrument of theirs: "read carton weights straight from the
    # customer's scales", "capture dimensions from the dock dimensioner".
    r"\b(?:read|reads|reading|pull|pulls|pulled|pulling|captur(?:e|es|ed|ing)|import(?:s|ed"
    r"|ing)?|fetch(?:es|ed|ing)?|tak(?:e|es|en|ing))\s+(?:[\w-]+\s+){0,2}?(?:weights?"
    r"|dimensions?|measurements?|readings?|temperatures?|cube)\s+(?:(?:straight|directly"
    r"|automatically|live)\s+)?from\s+(?:[\w'’-]+\s+){0,4}?" + INSTRUMENTS + r"\b",
    r"\b(?:weights?|dimensions?|measurements?|readings?|temperatures?)\s+(?:(?:is|are|to\s+be"
    r"|must\s+be)\s+)?(?:read|pulled|captured|imported|fetched|taken)\s+(?:(?:straight"
    r"|directly|automatically|live)\s+)?from\s+(?:[\w'’-]+\s+){0,4}?" + INSTRUMENTS + r"\b",
    # A file handed to a third party: "the weekly benefits file sent to their broker".
    r"\b(?:files?|extracts?|feeds?|exports?|census)\s+(?:(?:is|are|to\s+be|should\s+be"
    r"|must\s+be)\s+)?(?:sent|delivered|dropped|pushed|transmitted|transferred|uploaded)\s+"
    r"(?:automatically\s+)?to\s+(?:their|the|its|each)\s+(?:[\w-]+\s+){0,2}?(?:brokers?"
    r"|carriers?|insurers?|providers?|vendors?|banks?|accountants?|administrators?|tpas?"
    r"|partners?|auditors?|bureaus?|agenc(?:y|ies))\b",
)
DATA_SHAPE_RULES += _phrases("data_movement", *OT_SYSTEMS)
DATA_SHAPE_RULES += SECTOR_DATA_RULES + CROSS_DATA_RULES
DATA_SHAPE_RULES += OPS_DATA_RULES  # payment files, filings (promises.tagging_rules_ops)
DATA_SHAPE_RULES += GENERAL_DATA_RULES  # destinations data is sent to (_general)
DATA_SHAPE_RULES += UTILITY_DATA_RULES  # shared with third parties, site requests (_utility)
