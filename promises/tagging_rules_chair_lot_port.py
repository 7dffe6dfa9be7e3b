"""Trigger rules added after batches 175 (a dental practice management vendor), 176 (a car
dealership management system vendor) and 177 (a freight forwarding and customs vendor).

Most of them are sentence shapes any trade uses, not the nouns of these three:

* custom logic: a record that cannot be confirmed, booked or started before a step is
  done, a step due before a visit or an appointment, bookings kept from overlapping, a
  value that differs per key ("a different clause per trade lane"), a rule kept to some
  records ("but only for LCL shipments"), a record locked once it reaches a state, a rate
  multiplied for some work ("1.2 times on warranty work"), a stock level that triggers an
  order, a charge or a refund their rule applies by itself;
* security: people who must not or cannot see some records, "only X and Y can see", people
  locked out of a screen, rights held by users and their re-certification;
* data movement: checks run live against an outside system, filings and declarations sent
  to an authority, reports submitted or sent electronically, rates refreshed from a file,
  a connection to a partner's network, orders sent to a supplier, a conversion of their
  records from an old system;
* commercial terms: everything for the price of fewer seats, a list price, a cap on
  renewal increases.

Second senses lent to other modules (guards below): an importer who wants something is a
person, not an import; a customer's e-signature on their own paperwork is a step of their
flow, not a Part 11 control; an instalment contract is their financing record; "free
time" on a container is a carrier's term, not free work; a regulator's safeguards or
recordkeeping rule is compliance; a window in which a buyer may expand is a condition of
a price, not a date.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind

# --- Guards lent to other modules -------------------------------------------------------

# After "importer" (promises.tagging_rules_generic): the importer who wants or needs
# something is a party to a customs entry ("Importer wants customer-managed keys").
IMPORTER_AS_PARTY = (
    r"(?!(?<=importer)s?\s+(?:wants?|needs?|requires?|asks?|expects?|of\s+record)\b)"
)
# After "e-signature" (promises.tagging_rules_sites): a customer's or a buyer's
# signature on their paperwork is a step of their flow.
SIGNER_IS_THEIR_CUSTOMER = not_behind(
    *(f"{who} {sig}{s}" for who in ("customer", "buyer", "client", "patient", "guest")
      for sig in ("e-signature", "esignature", "electronic signature") for s in ("", "s"))
)  # fmt: skip
# Words before "rule" (promises.tagging_rules): a regulator's rule met by a control.
REGULATORS_RULES = ("safeguards", "recordkeeping", "record-keeping")
# After "free" (promises.tagging_rules_flags): "free time" on a container is a carrier's
# allowance before demurrage.
FREE_TIME_AHEAD = r"(?!\s+time\b)"
# After "instalment" (promises.tagging_rules_flags): an instalment contract, loan or sale
# is their financing record.
INSTALMENT_RECORD_AHEAD = r"(?!\s+(?:contracts?|loans?|sales?|agreements?)\b)"
# After a cut by a dimension (promises.tagging_rules): a report or a figure per key loaded
# into a warehouse or a BI tool is data handed over ("collections per provider loaded into
# their Snowflake warehouse", "gross profit by department into Power BI").
CUT_SENT_ON = (
    r"(?![\w-]*\s+(?:[\w-]+\s+){0,2}?(?:into|to)\s+(?:(?:their|the|an?|our)\s+)?"
    r"(?:[\w-]+\s+)?(?:warehouse|data\s+lake|lake|bucket|power\s+bi|tableau|looker"
    r"|snowflake|bigquery|redshift|databricks)\b)"
)
# After a report sent to people (promises.tagging_rules_mail): sent as a file in a format,
# it is a file handed over ("emailed to their finance team as an Excel file").
REPORT_SENT_AS_FILE = (
    r"(?![^.;]{0,30}?\bas\s+(?:an?\s+)?(?:csv|tsv|excel|xlsx|xls|pdf|json|parquet)\b)"
)
# After "rate" (promises.tagging_rules_cross): a rate their own accounts are billed at
# ("billed at their contracted labor rate of $118 per hour") is their pricing rule, not
# our price.
AT_THEIR_RATE = "".join(
    rf"(?<!\bat\s{owner}\s[\w\s-]{{{n}}}rate)" for owner in ("their", "its") for n in range(31)
)
# Behind "within" (promises.tagging_rules_dates): "if they expand within 12 months".
BUYER_EVENTS = ("expand", "expands", "upgrade", "upgrades")

_STEPS = (
    r"(?:confirmed|booked|scheduled|started|dispensed|administered|performed|released"
    r"|dispatched|shipped|checked\s+in|checked\s+out|admitted|submitted)"
)

CHAIR_LOT_PORT_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # A gate on a record: "ticked before any sedation appointment can be confirmed".
    r"\bbefore\s+(?:(?:it|they|an?|the|any|each|every|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:can|may|could)\s+(?:ever\s+)?be\s+" + _STEPS + r"\b",
    # A step due before a visit: "signed and attached before a minor's first visit".
    r"\b(?:signed|completed|attached|uploaded|collected|captured|on\s+file|verified)\b"
    r"[^.;]{0,60}?\bbefore\s+(?:an?|the|each|every|any|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:visits?|appointments?|procedures?|treatments?|encounters?|sessions?|exams?)\b",
    # Bookings kept apart: "prevent double-booking", "overlaps of up to 15 minutes".
    r"\bdouble[\s-]?book(?:s|ed|ing|ings)?\b|\boverlap(?:s|ping)?\s+of\s+up\s+to\b",
    # A value per key: "a different clause text per trade lane".
    r"\b(?:a\s+|their\s+)?(?:different|distinct)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:per|for\s+each|for\s+every)\s+\w",
    # A rule kept to some records: "but only for LCL shipments".
    r"\bbut\s+only\s+(?:for|on|when|if|where|after|during)\b",
    # Locked once a state is reached: "blocked from changing the rate once submitted".
    r"\b(?:block|prevent|stop|bar|lock)(?:s|ed|ped|ping|ing)?\s+(?:[\w-]+\s+){0,2}?from\s+"
    r"(?:chang|edit|modify|alter|updat|overrid)\w*\b[^.;]{0,60}?\bonce\b",
    # A rate multiplied for some work: "1.2 times on warranty work".
    r"\b\d+\.\d+\s*(?:times|x)\s+(?:on|for)\b",
    # Their own accounts billed at their rates: "billed at their contracted labor rate".
    r"\b(?:billed|charged|invoiced|priced)\s+at\s+(?:their|its)\s+(?:[\w-]+\s+){0,3}?rates?\b",
    # A stock level that triggers an order: "any part below its reorder point".
    r"\b(?:below|under|beneath|at\s+or\s+below)\s+(?:its|their|the)\s+(?:reorder|re-order"
    r"|minimum|min|par|safety)\s+(?:points?|levels?|stock|quantit(?:y|ies))\b",
    # Charges and refunds their rule applies: "deposit refunded automatically", "add the
    # fuel surcharge automatically".
    r"\b(?:refund|credit|waiv|void|reimburs)(?:s|ed|ing)?\s+automatically\b",
    r"\b(?:add|apply|charge|calculate)(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:surcharges?|mark-?ups?|levies|levy)\s+automatically\b",
)  # fmt: skip

CHAIR_LOT_PORT_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # People kept from records: "must not see clinical notes", "unable to see entries".
    r"\b(?:must\s+not|mustn['’]t|should\s+not|shouldn['’]t|may\s+not|unable\s+to"
    r"|not\s+be\s+able\s+to|never\s+be\s+able\s+to)\s+(?:see|view|open|read)\b",
    # "so only the general manager and used car manager can see acquisition cost".
    r"\bonly\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){1,6}?(?:can|may)\s+(?:see|view)\b",
    # Locked out of a screen or a system: "locked out of the desking screen".
    r"\block(?:s|ed)?\s+out\s+of\b|\block(?:s|ed|ing)?\s+down\s+(?:the|a|an|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:fields?|screens?|pages?|modules?|records?)\b",
    # Rights held and checked again: "every user holding broker licence rights must be
    # re-certified".
    r"\b(?:holding|hold|holds|with)\s+(?:[\w-]+\s+){0,3}?(?:rights|entitlements)\b[^.;]{0,40}?"
    r"\bre-?certif(?:y|ied|ies|ication)\b",
)  # fmt: skip

CHAIR_LOT_PORT_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # Checks run live against an outside system: "real-time eligibility checks against".
    r"\b(?:real[\s-]time|live|automated|electronic)\s+(?:[\w-]+\s+)?(?:checks?|lookups?"
    r"|look-ups?|verifications?|inquir(?:y|ies)|queries)\s+(?:against|with|via|through)\b",
    # Filings and declarations sent to an authority: "filings transmitted to CBP",
    # "declarations filed from our platform", "registration filings should go to the DMV".
    r"\b(?:filings?|declarations?|manifests?)\s+(?:[\w-]+\s+){0,4}?(?:transmitted|filed"
    r"|submitted|sent|go|goes|generated|lodged)\s+(?:[\w-]+\s+){0,3}?(?:to|from|through"
    r"|via|with)\b",
    r"\btransmit(?:s|ted|ting)?\s+(?:electronically\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:agency|authorit(?:y|ies)|customs|government|regulators?|cbp|irs|hmrc"
    r"|dmv|oem|lenders?|banks?|carriers?|insurers?|payers?)\b",
    r"\b(?:sent|submitted|filed|delivered|reported|transmitted)\s+electronically\b"
    r"|\belectronic\s+(?:[\w-]+\s+)?(?:filings?|submissions?|returns?|declarations?)\b",
    # Reports submitted to someone: "submit the parts and service DCS report".
    r"\bsubmit(?:s|ted|ting)?\s+(?:the|their|its|each|every)\s+(?:[\w&-]+\s+){1,5}?"
    r"(?:reports?|filings?|returns?|declarations?)\b(?!\s+for\s+(?:review|approval"
    r"|sign[\s-]?off)\b)(?=[^.;]{0,30}?\b(?:automatically|electronically|to|every|each"
    r"|nightly|daily|weekly|monthly)\b)",
    # Rates and codes refreshed from a file: "duty rates refreshed from the tariff file".
    r"\b(?:refresh|reload|re-?import)(?:es|s|ed|ing)?\s+(?:daily\s+|nightly\s+)?from\s+"
    r"(?:the|their|an?)\s+(?:[\w-]+\s+){0,3}?(?:files?|feeds?|tables?|lists?|apis?"
    r"|databases?|systems?|sources?|schedules?)\b",
    # A connection to a partner's network: "connected to their PEN provider network".
    r"\bconnect(?:s|ed|ing)?\s+to\s+(?:their|the|its)\s+(?:[\w&-]+\s+){0,2}?(?:provider"
    r"|partner|lender|carrier|dealer|supplier|payer|clearinghouse|bank)\s+networks?\b",
    # Orders sent to a supplier: "a stock order sent to the OEM parts depot".
    r"\b(?:stock|purchase|replenishment|parts)\s+orders?\s+(?:is\s+|are\s+|be\s+)?(?:sent"
    r"|transmitted|submitted|placed)\s+(?:electronically\s+)?(?:to|with)\b",
    # Their records converted from an old system: "convert their perio charts and
    # treatment plans", "the full conversion finished and live".
    r"\bconvert(?:s|ed|ing)?\s+(?:all\s+(?:of\s+)?)?their\s+(?:[\w-]+\s+){0,3}?(?:charts?"
    r"|records?|histor(?:y|ies)|ledgers?|images?|documents?|files?|data)\b"
    r"|\b(?:full|data|system|dms|pms|ehr|erp)\s+conversions?\b"
    # A conversion that slips is the condition of a term, not the work asked for.
    r"(?!\s+(?:slips?|slipped|is\s+late|runs?\s+late|misses|fails)\b)",
)  # fmt: skip

CHAIR_LOT_PORT_TERMS_RULES: tuple[Rule, ...] = regex_rules(
    "commercial_terms",
    # "unlimited users for the price of 40 seats".
    r"\bfor\s+the\s+price\s+of\b",
    # "at this year's list price", "a 3% cap on renewal increases" ("purchases under list
    # price" is their buying rule).
    r"\b(?:at|on)\s+(?:this\s+year['’]s\s+|the\s+current\s+|today['’]s\s+|our\s+|the\s+)?"
    r"list\s+pric(?:e|es|ing)\b",
    # Starts at the increase, not at "cap", which another rule already starts at.
    r"\brenewal\s+(?:price\s+)?(?:increases?|uplifts?|rises?)\b",
    # Money off one of our modules: "20% off the parts module".
    r"\b\d+(?:\.\d+)?\s?%\s+off\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?modules?\b",
)  # fmt: skip

# Dental, dealership and customs systems by brand: they tag an ask but do not make it
# concrete (like _sites's SITES_SYSTEM_RULES).
CHAIR_LOT_PORT_SYSTEM_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # A system they leave is where the deal comes from ("switch over from Open Dental").
    r"\b(?<!over\sfrom\s)(?<!away\sfrom\s)(?:dentrix|eaglesoft|open\s+dental|denticon|curve\s+dental|dolphin\s+imaging"
    r"|cdk(?:\s+global|\s+drive)?|reynolds(?:\s+(?:and|&)\s+reynolds|\s+era)?|dealertrack"
    r"|dealersocket|tekion|routeone|cargowise|descartes|magaya)\b"
    r"(?!\s+(?:wants|needs|requires|asks)\b)",
)  # fmt: skip
