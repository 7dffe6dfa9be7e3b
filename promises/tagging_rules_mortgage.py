"""Trigger rules added after batches 159 (a secrets management and key vault vendor, second
round), 160 (a veterinary practice management vendor) and 162 (a mortgage loan origination
vendor).

* Their systems, named by brand: reference labs, pharmacies, reminder and microchip
  registries and practice systems at a clinic; loan origination systems, credit and
  verification bureaus, registries, investors' delivery formats and bank cores at a lender.
  Brands that are also words are matched only where they name a system ("from
  Encompass", not "should encompass"; "the Cornerstone conversion", not "a cornerstone
  of"). They tag but do not make wording concrete on their own (MORTGAGE_SYSTEM_RULES),
  so "work the way it does in Encompass today" is still refused.
* A conversion of records from a system is a migration (data movement).
* A database named only as what a credential is for ("Postgres credentials", "MySQL
  password rotation") is no data system; a replica kept only in a place is residency;
  code-signing certificates fetched from or written into a store are records moved, not
  a signing control.
* Logic: a reason code, tiered waivers, fees and pricing, fixed-length booking slots, a
  record flagged a colour, a charge taken automatically after an event, a second
  person's signature, a look-back window ("in the previous seven days"), a share of
  production credited to a person, a use count that ends a credential, a mandatory field
  named in three words.
* Security: a session locked after a spell without activity; who may see or download
  something said as "only X, not Y, should be able to"; clinic staff kept to some records.
* Terms: an upcharge of ours; not a borrower's escrow ("escrow waivers", "fees and
  escrow"), which leaves the phrase list of promises.tagging_rules_flags for the regex here.
* Guards lent to other modules: API keys and access tokens injected, pulled or synced, or
  listed as records ("every API key's owner", "API keys older than 180 days"), a masked CI
  variable, passwords pushed into their services, a counted list of service accounts
  (promises.tagging_rules_security and _secvendor).
"""

from __future__ import annotations

from promises.tagging import Rule, phrase_rules, phrase_to_regex, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import DATA_SYSTEMS, DATABASES, NUM

# What a credential is for, not a system data moves to: "Postgres credentials", "MySQL
# password rotation", "dynamic Postgres admin secrets".
_CREDENTIAL_AHEAD = (
    r"(?!\s+(?:admin\s+|root\s+|service\s+|database\s+|db\s+|read[\s-]?only\s+|superuser\s+)?"
    r"(?:credentials?|passwords?|logins?|secrets?)\b"
    # "SAP HANA database accounts", "Oracle DB service account": the accounts on a system.
    r"|\s+(?:hana\s+)?(?:databases?|dbs?|instances?)\s+(?:admin\s+|service\s+|user\s+)?"
    r"(?:accounts?|credentials?|passwords?|logins?)\b)"
)
# Systems that are, in an ask about credentials, the databases the accounts live on.
_HOSTING = tuple(
    s for s in ("oracle", "sap", "sap hana", "hana", "teradata") if s in DATA_SYSTEMS
)
# Behind one of them or a database: "the service account passwords on their 300 Oracle
# databases" names where the passwords are, not a system data moves to.
_CREDENTIALS_ON_BEHIND = "".join(
    not_behind(
        *(
            f"{what} {prep} {det}"
            for what in ("passwords", "password", "credentials", "accounts", "secrets")
            for prep in ("on", "for", "of", "across", "in")
            for det in ("their", "the", "all", "its", "every")
        ),
        tail=tail,
    )
    for tail in (r"\s", r"\s\d\s", r"\s\d\d\s", r"\s\d\d\d\s", r"\s\d,\d\d\d\s")
)
# A replica kept only somewhere is residency: "replicas to run only in Frankfurt".
_KEPT_ONLY_IN = r"(?![^.;]{0,30}?\bonly\s+in\b)"

# Behind "API keys", "access tokens" (promises.tagging_rules_security): keys moved by the
# product ("injects API keys as environment variables", "pulls access tokens").
KEY_MOVED_BEHIND = not_behind(
    *(
        f"{verb} {det}"
        for verb in ("inject", "injects", "injected", "injecting", "fetch", "fetches",
                     "fetched", "pull", "pulls", "pulled", "push", "pushes", "pushed", "sync",
                     "syncs", "synced", "mirror", "mirrors", "mirrored")
        for det in ("", "the ", "their ")
    )
)  # fmt: skip
# Ahead of them: a key as a record listed or aged ("every API key's owner", "API keys
# older than 180 days flagged on a dashboard").
KEY_AS_RECORD_AHEAD = r"(?!['’]s\s|\s+older\s+than\b)"
# Ahead of "masked": a variable a build hides from its own log is no masked data.
MASKED_VARIABLE_AHEAD = r"(?<!masked(?=\s(?:environment|env|ci|build|pipeline)\s+variables?\b))"

# Ahead of "passwords" (promises.tagging_rules_secvendor): passwords moved into a system
# ("rotated database passwords should be pushed to their services").
PASSWORDS_MOVED_AHEAD = (
    r"(?!\s+(?:[\w-]+\s+){0,3}?(?:written|injected|synced|pushed|mirrored|rendered|delivered"
    r"|distributed|replicated)\s+(?:in)?(?:to|onto)\b)"
)
# Behind "service accounts": a counted list of them imported is records ("a CSV import of
# 1,200 service accounts").
COUNTED_BEHIND = r"(?<!\d\s)"

_NAMES = "(?:" + "|".join(
    phrase_to_regex(db).removeprefix(r"\b")
    for db in sorted((*DATABASES, *_HOSTING), key=len, reverse=True)
) + ")"
# Excluded from the shipped data phrases (promises.tagging_rules DATA_RULES) and matched
# here with their guards.
CREDENTIAL_SYSTEMS = frozenset((*DATABASES, *_HOSTING, "replica"))
# Excluded from the shipped security phrases (promises.tagging_rules_security).
SUBJECT_PHRASES = frozenset(("code signing",))

MORTGAGE_DATA_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    # One rule for them all: the lookahead finds a name before any lookbehind is tried, so
    # the chain of lookbehinds costs nothing at the other words of an ask.
    r"\b(?=" + _NAMES + r")" + _CREDENTIALS_ON_BEHIND + _NAMES + _CREDENTIAL_AHEAD,
    phrase_to_regex("replica") + _KEPT_ONLY_IN,
    # "a one-time conversion of roughly 180,000 closed loans from Encompass".
    r"\bconversion\s+of\s+(?:[\w,.'’-]+\s+){0,6}?from\b",
    # A file on a cadence is a feed: "a nightly file of principal and interest per loan".
    r"\b(?:nightly|daily|weekly|monthly|hourly|quarterly)\s+(?:[\w-]+\s+){0,2}?(?:files?"
    r"|extracts?|feeds?|dumps?)\b",
    # "Kubernetes secret injection", "certificate distribution to their hosts".
    r"\b(?:secrets?|credentials?|keys?|certificates?|certs?)\s+(?:injection|distribution"
    r"|delivery)\b",
)  # fmt: skip

MORTGAGE_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Code signing as a control, not its certificates fetched from a store.
    r"\bcode[\s-]?signing\b(?!\s+(?:certificates?|certs?|keys?)\s+(?:from|into|onto"
    r"|out\s+of)\b)",
    # "sessions on shared workstations to lock after 10 minutes without activity".
    r"\b(?:after|following)\s+" + NUM + r"\s+(?:minutes?|mins?|hours?)\s+(?:of\s+(?:inactivity"
    r"|idle(?:\s+time)?|no\s+activity)|idle|without\s+(?:any\s+)?(?:activity|input|use))\b",
    # Who read or used a secret or a record kept with us: "secret-access events must
    # stream to their Datadog" (not a network product's "ZTNA access events" dumped).
    r"\b(?:secrets?|keys?|vault|credentials?|records?|files?|data)[\s-]access\s+events?\b",
    # "Only regional managers, not front-desk staff, should be able to download ...".
    r"\bonly\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:managers?|admins?|administrators?"
    r"|supervisors?|directors?|leads?|owners?|officers?|staff|vets?|veterinarians?|dvms?"
    r"|doctors?|nurses?|technicians?|underwriters?|processors?|closers?|accountants?)"
    # Checked ahead of the people, so the rule still reads with the hedge-like words left
    # out (the wording lint looks for something concrete besides them).
    r"(?:,\s+(?:and\s+|but\s+)?not\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,)?(?=\s+(?:(?:can|may"
    r"|should|must|will|be|able|allowed|permitted|to)\s+){0,4}(?:see|view|open|access"
    r"|download|export|print|edit|read)\b)",
    # "Relief vets may only open charts for the clinics they are booked into".
    r"\b(?:vets?|veterinarians?|dvms?|locums?|receptionists?|groomers?|front[\s-]desk\s+staff"
    r"|kennel\s+staff)\s+(?:may|can|should|must|will)\s+(?:only|not)\s+(?:be\s+able\s+to\s+)?"
    r"(?:see|view|open|access|download|export|print|edit|read)\b",
)  # fmt: skip

MORTGAGE_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # "Whenever a result comes back flagged critical, ... a callback task created".
    r"\bwhenever\b[^.;]{0,80}?\b(?:tasks?|tickets?|cases?|alerts?|follow[\s-]?ups?)\s+"
    r"(?:is\s+|are\s+|be\s+|gets?\s+)?(?:created|opened|raised|generated)\b",
    # "the tiered fee waiver for first-time homebuyers", "tiered volume pricing".
    r"\btiered\s+(?:[\w-]+\s+){0,2}?(?:waivers?|discounts?|fees?|commissions?|rebates?"
    r"|tariffs?|pricing)\b",
    # A reason asked for; not one carried in a log or a file ("user, time and reason code",
    # "imported along with reason codes").
    r"\b(?<!\band\s)(?<!\band\sthe\s)(?<!\bwith\s)reason\s+codes?\b",
    # "hold 45-minute slots for new puppy exams".
    r"\b" + NUM + r"[\s-](?:minute|min|hour)\s+(?:appointment\s+|booking\s+)?(?:slots?|blocks?)\b",
    # "flagged red on the triage board".
    r"\bflag(?:s|ged)?\s+(?:as\s+)?(?:red|amber|yellow|green|orange)\b",
    # "clients charged a $50 fee automatically after a second missed appointment".
    r"\b(?:charg|bill|assess|waiv|debit)(?:e|es|ed|ing|s)?\s+(?:[\w$€£%,.-]+\s+){0,4}?"
    r"automatically\s+(?:after|when|whenever|if|once|on)\b",
    # "a second staff member's countersignature".
    r"\b(?:second|another)\s+(?:[\w'’-]+\s+){0,3}?(?:countersignatures?|co-?signatures?"
    r"|witness(?:es)?)\b",
    # "blocked for cats given meloxicam in the previous seven days".
    # Not a restore window ("to any moment in the previous 30 days").
    r"\b(?<!moment\s)(?<!point\s)(?<!time\s)(?<!restore\s)(?<!backup\s)"
    r"(?:in|within|during)\s+the\s+(?:previous|prior|preceding)\s+" + NUM
    + r"\s+(?:days?|weeks?|months?|hours?)\b",
    # "crediting each DVM with 22% of their invoiced services".
    r"\bcredit(?:s|ed|ing)?\s+(?:each|every|the)\s+(?:[\w-]+\s+)?with\s+\d+(?:\.\d+)?\s?%",
    # "revokes an API key automatically after three uses".
    r"\bafter\s+" + NUM + r"\s+(?:uses|retrievals|reads|checkouts)\b",
    # "a mandatory Fear Free score field".
    r"\b(?:required|mandatory)\s+(?:[\w'’-]+\s+){3}(?:fields?|codes?)\b",
)  # fmt: skip

MORTGAGE_TERMS_RULES: tuple[Rule, ...] = (
    *phrase_rules("commercial_terms", "upcharge", "up-charge"),
    # A source code escrow of ours, not a borrower's escrow: "escrow waivers", "escrow
    # accounts", "funded amounts, fees and escrow".
    *regex_rules(
        "commercial_terms",
        r"\b" + not_behind("fees and ", "fees, ", "taxes and ", "insurance and ", "interest and ",
                           "principal and ", "fees and the ")
        + r"escrow\b(?!s?\s+(?:waivers?|accounts?|payments?|analys[ie]s|balances?|amounts?"
        r"|disbursements?|impounds?|shortages?|items?|holdbacks?|deposits?\s+for\s+tax)\b)",
    ),
)

# Their systems by brand: these tag, but do not make an ask concrete on their own.
MORTGAGE_SYSTEM_RULES: tuple[Rule, ...] = (
    *phrase_rules(
        "data_movement",
        # Veterinary practices: labs, pharmacies, reminders, registries, practice systems.
        "idexx", "vetconnect", "antech", "zoetis", "covetrus", "vetsource", "petdesk",
        "homeagain", "avimark", "ezyvet", "vetstoria", "24petwatch",
        # Lenders: origination, bureaus, registries, investors' formats, cores.
        "corelogic", "mers", "symitar", "black knight", "fannie mae", "freddie mac",
        "ginnie mae", "uldd", "calyx point", "xactus", "silverlake", "optimal blue",
        "docmagic", "meridianlink",
    ),
    *regex_rules(
        "data_movement",
        r"\b(?:from|to|into|in|with|out\s+of|their|the)\s+encompass\b"
        r"(?!\s+(?:all|every|both|each|any|the|a|an|more|most)\b)",
        r"\b(?<!a\s)cornerstone\b(?!\s+of\b)",
        r"\b(?:through|via|from|with|to|in|using)\s+the\s+work\s+number\b",
        r"\bucd\s+(?:files?|xml|data|submissions?)\b",
    ),
)  # fmt: skip
