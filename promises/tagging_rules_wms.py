"""Trigger rules added after batch 164 (a warehouse management system vendor).

A warehouse system runs the customer's floor by their rules: where stock is put away,
what a packer must scan, how an order is split, which carrier is chosen and what a 3PL
charges its own clients. So:

* custom logic: putaway directed to a place or never to one, staff forced to scan or
  weigh, anything heavier, larger or older than a figure, a custom status on lots or
  orders, the cheapest or fastest of several carriers chosen, storage or handling
  charged per pallet or per order line (a 3PL's price to its clients, not ours);
* security: personal details removed from a file that goes to someone (redaction);
* data movement: two-way messages ("confirmations sent back"), and warehouse automation
  and robotics systems named by brand (they tag but do not make wording concrete);
* commercial terms: licences of ours billed or charged for a stretch.

Second senses removed (guards below): "WMS access" is access to the system
(promises.tagging_rules_sectors), an ASN quantity is a figure on a document, not a
document moved, "during November peak" is a season, not a deadline
(promises.tagging_rules_dates), and procurement signing off before the purchase is no
sign-off step (promises.tagging_rules_mail).
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules

# --- Guards lent to other modules -------------------------------------------------------

# After a month in "during November": a busy season the behaviour holds for ("during
# November peak"), not the work's date (promises.tagging_rules_dates).
SEASON_AHEAD = r"(?!\s+(?:peak|season|rush|surge|volumes?|freeze)\b)"

# An advance ship notice named for its figures ("differs from the ASN quantity"): a
# value compared on receipt, not a document moved. Replaces the phrase "asn" of
# promises.tagging_vocab DATA_FORMATS.
ASN_RULE = r"\basns?\b(?!\s+(?:quantit(?:y|ies)|counts?|totals?)\b)"

_STOCK = (
    r"(?:put[\s-]?aways?|picks?|picking|replenishment|pallets?|stock|inventory|products?"
    r"|orders?|totes?|cartons?)"
)

WMS_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Directed putaway: "putaway directed to the nearest empty bin", "frozen product is
    # never directed to putaway in an ambient zone".
    r"\b" + _STOCK + r"\s+(?:(?:is|are|be|gets?|should|must|will|to|never|always|only)\s+)"
    r"{0,3}directed\s+to\b|\bdirected\s+put[\s-]?aways?\b",
    # Staff made to scan or weigh: "packers forced to scan a serial number".
    r"\b(?:forced|required|made|prompted)\s+to\s+(?:scan|re-?scan|weigh|photograph|count)\b",
    # A size as a condition: "any order heavier than 150 pounds", "domains younger than 30
    # days" ("older than" and "no longer than" are mostly retention: left out).
    r"\b(?:heavier|lighter|bigger|taller|wider|younger)\s+than\s+"
    r"(?:\d|a\s|an\s|one\b|two\b|three\b|four\b|five\b|six\b|ten\b|twenty\b|thirty\b)"
    r"(?![^.;]{0,40}?\b(?:purg|delet|eras|archiv|destroy|remov|retain|kept|dropped)\w*)",
    # A custom status on records: "a Recall status on lots".
    r"\b(?:a|an|new)\s+[\w-]+\s+(?:status|state)\s+(?:on|for)\s+(?:all\s+|any\s+|every\s+)?"
    r"(?:lots?|batch(?:es)?|orders?|items?|skus?|pallets?|polic(?:y|ies)|claims?|quotes?"
    r"|receipts?|shipments?|stock)\b",
    # One of several chosen by a measure: "choose the cheapest of UPS, FedEx and OnTrac".
    r"\b(?:choos|pick|select)(?:e|es|s|ing)?\s+the\s+(?:cheapest|fastest|lowest[\s-]cost"
    r"|least\s+expensive|nearest|closest)\b|\brate[\s-]shop\w*",
    # A 3PL's price to its clients: "storage charged per pallet position per week".
    r"\b(?:charged|billed|invoiced|priced)\s+(?:by\s+the\s+|per\s+)(?:pallet(?:\s+positions?)?"
    r"|cartons?|cases?|order\s+lines?|picks?|cubic\s+(?:feet|foot|met(?:er|re)s?)"
    r"|square\s+(?:feet|foot)|bins?)\b",
)  # fmt: skip

WMS_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Personal details taken out of a file that goes on: "consignee names and phone
    # numbers removed from the daily order export".
    r"\b(?:names?|phone\s+numbers?|e-?mail\s+addresses|addresses|dates?\s+of\s+birth|ssns?"
    r"|social\s+security\s+numbers?|personal\s+(?:data|details))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:removed|stripped|redacted|masked|dropped|excluded|left\s+out)\s+(?:from|of)\b",
)  # fmt: skip

WMS_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Messages both ways: "pick tasks sent to their cube and confirmations sent back".
    r"\b(?:confirmations?|acknowledge?ments?|acks?|results?|statuse?s?|responses?)\s+"
    r"(?:are\s+|to\s+be\s+)?(?:sent|returned|posted|passed)\s+back\b",
    ASN_RULE,
)  # fmt: skip

# Warehouse automation and robotics by brand: they tag an ask but do not make it concrete
# (like _pos's POS_SYSTEM_RULES).
WMS_SYSTEM_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    r"\b(?:autostore|locus\s+robotics|6\s+river(?:\s+systems)?|exotec|dematic|knapp|swisslog"
    r"|attabotics|vanderlande|honeywell\s+intelligrated|berkshire\s+grey)\b",
)  # fmt: skip

# Our licences billed for a stretch: "the 40 extra scanner licences billed only for
# November and December".
WMS_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    r"\blicen[cs]es?\s+(?:[\w-]+\s+){0,5}?(?:be\s+|are\s+|is\s+|to\s+be\s+)?(?:billed|charged"
    r"|invoiced|priced|prorated|pro-rated)\b",
)  # fmt: skip
