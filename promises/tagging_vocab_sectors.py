"""Vocabulary of banking, insurance, retail, logistics and education software.

Those buyers write asks in the words of their own systems and standards: EDI networks
and transaction sets, rostering and LTI launches between school systems, regulatory
reports filed with a reporting mechanism. Same conventions as promises.tagging_vocab:
whole families, matched as phrases (case-insensitive, plural allowed, spaces and hyphens
interchangeable), and words that also mean something else ("Clever", "Banner") only in
the shapes where they name the system (promises.tagging_rules_sectors).

It also names the two kinds of system name that are often *our* product rather than a
system data moves to (see promises.tagging_rules_sectors): a system named by its type
("the WMS", "our LMS", "the payment gateway") and a platform whose app store lists our
app ("the Shopify app").
"""

from __future__ import annotations

# Systems and standards that move data between schools, stores, carriers and banks.
SECTOR_SYSTEMS = (
    # Education: rostering, LTI launches and student information systems.
    "oneroster", "lti", "lti advantage", "learning tools interoperability",
    "student information system", "sis", "schoology", "skyward", "infinite campus",
    "brightspace", "d2l", "ellucian banner", "banner sis", "ed-fi", "clever secure sync",
    # Retail and logistics: EDI networks and trading partner platforms.
    "sps commerce", "truecommerce", "dicentral", "opentext trading grid", "ecgrid",
    "cleo integration cloud", "kleinschmidt", "edi network", "trading partner network",
    # Financial reporting endpoints: regulatory reports filed electronically.
    "approved reporting mechanism", "trade repository", "regulatory reporting hub",
    # Healthcare: claims clearinghouses, HIE networks and the HL7 v2 transport.
    "availity", "change healthcare", "waystar", "trizetto", "office ally", "experian health",
    "surescripts", "redox", "health gorilla", "commonwell", "carequality", "mllp",
    "clearinghouse", "esg gateway", "fda esg",
    # Government: permitting, ERP and open-data platforms of cities and counties.
    "accela", "tyler munis", "munis", "energov", "tyler eagle", "centralsquare", "opengov",
    "granicus", "civicplus", "socrata", "open data portal",
    # Trades: property, construction, energy trading, farms, hotels and travel, staffing,
    # dealers, publishers, fundraising, games and ticketing ("Opera" and "Piano" only as
    # the product, as they are also ordinary words).
    "entrata", "buildium", "rent manager", "resman", "mri software", "primavera p6",
    "oracle aconex", "aconex", "viewpoint vista", "sage 300 cre", "cmic", "buildertrend",
    "plangrid", "bluebeam", "autodesk construction cloud", "etrm", "ctrm", "openlink endur",
    "allegro etrm", "amdocs", "netcracker", "john deere operations center",
    "climate fieldview", "agworld", "opera pms", "oracle opera", "opera cloud", "cloudbeds",
    "siteminder", "sabre gds", "amadeus", "travelport", "bullhorn", "jobadder", "vincere",
    "ziprecruiter", "checkr", "hireright", "goodhire", "certn",
    "cdk drive", "cdk global", "dealertrack", "routeone", "reynolds and reynolds", "vauto",
    "dealersocket", "arc xp", "brightcove", "google ad manager", "piano paywall",
    "raiser's edge", "nonprofit cloud", "justgiving", "bloomerang", "donorperfect",
    "playfab", "steamworks", "ticketmaster", "tixr", "seatgeek",
    # Legal e-billing platforms law firms submit invoices to.
    "counsellink", "tymetrix", "legal tracker", "collaborati", "ebillinghub", "brightflag",
    # Insurance: the bordereaux a coverholder sends its insurers (the plural is not a
    # plain "s") and the ACORD messages carriers and brokers exchange.
    "bordereau", "bordereaux", "acord", "acord xml", "acord al3",
)  # fmt: skip

# Token formats a control is written in: "signed JWTs", "JSON Web Tokens".
SECTOR_CONTROLS = (
    "jwt", "json web token", "jws", "jwe", "jwks",
    # Badge and card sign-in on shared workstations: "Imprivata badge tap-in".
    "imprivata", "badge tap", "tap-in", "tap and go", "proximity badge", "proximity card",
    "smart card", "piv card", "cac card",
    # Cookie consent as privacy control: "consent signals to GA4 through consent mode".
    "cookie banner", "cookie consent", "consent mode", "consent signals", "onetrust",
    "trustarc", "cookiebot", "usercentrics", "didomi",
    # Security standards of grids, plants, telecoms, defence suppliers and carmakers.
    "nerc cip", "iec 62443", "isa/iec 62443", "isa 62443", "nist 800-82", "nist 800-171",
    "cmmc", "dfars", "tsa security directive", "cpni", "calea", "lawful intercept",
    "iso 21434", "iso/sae 21434", "unece r155",
    # Security rules of governments for the data they hold: federal tax information under
    # IRS Publication 1075, benefits data under MARS-E, state cloud programmes, FISMA.
    "publication 1075", "pub 1075", "irs 1075", "federal tax information", "mars-e",
    "tx-ramp", "txramp", "fisma", "authority to operate",
    # Law firms keep lawyers with a conflict out of a matter: an ethical wall.
    "ethical wall", "ethical screen", "information barrier", "chinese wall", "conflict wall",
)  # fmt: skip

# A system named by its type, not its brand: our product when named as "the WMS" or "our
# LMS", theirs when named as "their WMS" or as where data goes ("into the WMS").
SYSTEM_TYPES = (
    "wms", "tms", "oms", "lms", "cms", "pim", "crm", "erp", "mrp", "plm", "hris", "hcm",
    "itsm", "cmdb", "ehr", "emr", "payment gateway", "payment processor", "billing system",
    "pos system", "point of sale", "storefront", "ledger", "payroll system",
)  # fmt: skip

# Platforms with an app store: "the Shopify app" is our app listed there.
APP_PLATFORMS = (
    "shopify", "bigcommerce", "salesforce", "hubspot", "slack", "zendesk",
    "microsoft teams", "ms teams", "jira", "servicenow", "quickbooks", "xero", "intercom",
    "pipedrive",
)  # fmt: skip
