"""Trigger rules added after batches 169 (a clinical trial eCOA vendor), 170 (a fleet
telematics vendor) and 171 (a nonprofit fundraising CRM vendor).

Their buyers run studies, fleets and appeals, and write the rules of a diary, a driver's
score or a gift in their trade's words, so:

* custom logic: questions skipped on an answer (branching), a window of plus or minus
  some days and entries blocked outside it, a score weighted differently or with a custom
  weighting, results grouped by their own units, a field made mandatory, a field with a
  set of fixed values, gifts soft-credited, split between donors or counted toward a
  total, a gift or prospect pipeline of theirs, a receipt or letter template;
* security: an app or account locked after failed PIN or password attempts, admins who can
  do one thing but not another, no one acting alone without a second person, records
  restorable to any point in a window;
* data movement: screening, fundraising and telematics systems named by brand
  (GIVING_SYSTEM_RULES, which tag but do not make wording concrete).

Second senses lent to other modules (guards below): a donor's pledge instalments are what
their donors pay them, payments to trial sites are the sponsor's, an MSA "signed" is only a
time, history "going back to" a month is no delivery date, a rule in force "from" a date
"onward" is none either, "only on the enterprise tier" is our packaging, not their rule, an
export no one may make alone is a right held back, and a van out of dispatch is a vehicle,
not a value-added network.
"""

from __future__ import annotations

from promises.tagging import Rule, regex_rules
from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import NUM

# --- Guards lent to other modules -------------------------------------------------------

# Before and after "instalments": a donor's pledge paid in instalments is what their donors
# pay them, not a payment plan with us ("pledge instalments overdue", "pledges and
# instalment schedules", "instalments of each pledge").
PLEDGE_BEHIND = not_behind("pledge ", "pledged ", "pledges and ", "donor ", "gift ")
PLEDGE_AHEAD = (
    r"(?!\s+(?:schedules?\s+)?(?:of|on|for)\s+(?:the\s+|a\s+|an\s+|each\s+|every\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:pledges?|gifts?|donations?)\b)"
)
# Before "payment milestones": milestones of payments a sponsor makes to its trial sites or
# investigators, or a buyer to its suppliers, are their records, not our payment terms.
THEIR_PAYEES_BEHIND = not_behind(
    "site ", "sites ", "investigator ", "investigators ", "supplier ", "vendor ", "grant ",
    "grantee ", "subcontractor ", "contractor ",
)
# After "MSA": the MSA being signed is a point in time ("before the MSA is signed"), not a
# term asked of us.
MSA_AS_A_TIME = (
    r"(?!s?\s+(?:is|are|gets?|has\s+been|have\s+been|being)\s+(?:signed|executed|countersigned"
    r"|agreed)\b)"
)
# Before a month: history "going back to January 2022" or "back to March 2021" is a range
# of records, not a delivery date.
HISTORY_BACK_TO = not_behind("back to ", "back as far as ", "history from ")
# After a date: a rule in force "from 1 July onward" starts then; nothing is delivered.
IN_FORCE_ONWARD = r"(?!\s+(?:onwards?|forwards?)\b)"
# After "only on/for ... tier": our own tier or plan is packaging, not their rule ("SSO
# included rather than only on the enterprise tier").
OUR_TIER = not_behind(
    *(f"{t} {n}" for t in ("enterprise", "premium", "professional", "pro", "business",
                            "top", "highest", "higher", "paid", "platinum", "ultimate")
      for n in ("tier", "tiers", "plan", "plans", "edition", "editions"))
)  # fmt: skip

# Before "export": an export nobody may make alone is a right held back ("no admin can export
# location history without a second admin approving"), not data leaving.
NO_ONE_EXPORTS = not_behind(
    *(f"no {who} {may} export"
      for who in ("one", "admin", "administrator", "user", "manager", "agent", "operator",
                  "dispatcher", "single user", "single admin", "staff member")
      for may in ("can", "may", "should", "is able to", "gets to"))
)  # fmt: skip
# After "the van": a van taken off the road or out of dispatch is a vehicle, not a
# value-added network ("removes the van from dispatch").
A_VEHICLE = (
    r"(?!\s+(?:from\s+(?:dispatch|service|the\s+road|routes?|the\s+route|the\s+schedule)"
    r"|drivers?|fleets?|routes?|depots?|(?:is|was|has\s+been)\s+(?:parked|off\s+road"
    r"|in\s+the\s+shop|out\s+of\s+service|unavailable))\b)"
)

GIVING_LOGIC_RULES: tuple[Rule, ...] = regex_rules(
    "custom_logic",
    # Branching: "skip the pain questionnaire when the patient answers zero".
    r"\bskip(?:s|ped|ping)?\s+(?:the\s+|a\s+|an\s+|any\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:questions?|questionnaires?|items?|sections?|pages?|steps?|forms?|screens?|modules?"
    r"|surveys?)\b[^.;]{0,40}?\b(?:when|if|unless|whenever|once)\b",
    # A window around a due date: "visit windows of plus or minus 3 days", "entries blocked
    # outside the window".
    r"\b(?:plus\s+or\s+minus|\+/-|±)\s*(?:\d+|" + NUM + r")\s+(?:days?|hours?|weeks?)\b",
    r"\b(?:block|prevent|reject|stop|lock)(?:s|ed|ing)?\b[^.;]{0,40}?\boutside\s+(?:the|a|an"
    r"|its|their|each)\s+(?:[\w-]+\s+)?windows?\b",
    # Weights of their score: "idling weighted differently in the driver score", "a custom
    # weighting for harsh braking".
    r"\bweighted\s+(?:differently|more\s+heavily|less\s+heavily|more|less|double|twice|higher"
    r"|lower)\b|\b(?:custom|own|different|separate)\s+weightings?\b|\bweightings?\s+(?:for|of"
    r"|on)\b",
    # Results grouped by their own units: "league tables grouped by their own regions".
    r"\b(?:group|grouped|groups|grouping|rolled\s+up|roll\s+up|broken\s+down)\s+by\s+(?:their"
    r"|its)\s+own\b",
    # A field made required: "a campaign code made mandatory on every gift".
    r"\bmade\s+(?:mandatory|required|compulsory)\b|\b(?:mandatory|required|compulsory)\s+on\s+"
    r"(?:every|each|all)\b",
    # A field with a fixed list: "a status field with five fixed values".
    r"\b(?:fields?|picklists?|pick-lists?|drop-?downs?|lists?)\b[^.;]{0,40}?\bwith\s+(?:\d+|"
    + NUM + r")\s+(?:fixed|allowed|set|preset|predefined|permitted|possible)\s+(?:values"
    r"|options|choices)\b",
    # Gifts credited, split and counted: "soft-credited to the board member", "split between
    # the donor and their fund", "counted toward the employee's giving total", "receipted to
    # the company". Soft credits alone are a field of a gift that may just be moved.
    r"\b(?:soft|hard)[\s-]credit(?:ed|ing)\b|\b(?:soft|hard)[\s-]credits?\s+(?:(?:must|should"
    r"|will|to|are|is)\s+)?(?:be\s+)?(?:split|shared|assigned|given|applied|allocated|go|goes"
    r"|going|rolled)\b",
    r"\bsplit\s+(?:evenly\s+|equally\s+)?between\s+(?:an?\s+|the\s+|their\s+|two\s+|each\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:donors?|funds?|campaigns?|appeals?|households?|spouses?"
    r"|partners?|members?|fundraisers?)\b",
    r"\bcount(?:s|ed|ing)?\s+toward(?:s)?\s+(?:the|their|its|a|an|each)\b",
    r"\breceipt(?:s|ed)?\s+to\s+(?:the|their|its|a|an)\s+(?:[\w-]+\s+)?(?:company|employer"
    r"|donor|organi[sz]ation|household|fund|trust|foundation)\b",
    # A document laid out to their rule: "an official donation receipt template".
    r"\b(?:receipts?|letters?|invoices?|statements?|acknowledg(?:e)?ments?|certificates?"
    r"|notices?)\s+templates?\b",
    # A pipeline of their gifts or prospects: "the custom legacy-gift pipeline".
    r"\b(?:gifts?|legacy[\s-]gifts?|major[\s-]gifts?|planned[\s-]giving|donors?|prospects?"
    r"|fundraising|moves?[\s-]management|grants?|sponsorship)\s+pipelines?\b",
)  # fmt: skip

GIVING_SECURITY_RULES: tuple[Rule, ...] = regex_rules(
    "security",
    # Lockout on failed attempts at a credential: "lock after five failed PIN attempts" (a
    # lockout on failed answers of another kind is their rule, test_tagging_batch35).
    r"\b(?:\d+|" + NUM + r"|consecutive|repeated)\s+(?:consecutive\s+)?(?:failed|wrong|incorrect"
    r"|unsuccessful|invalid|bad)\s+(?:pin|passcode|password|login|log-?in|sign-?in|unlock)"
    r"\s+(?:attempts?|tries|entries)\b",
    # A role's rights drawn both ways: "admins who can add site users but cannot change
    # study configuration".
    r"\b(?:admins?|administrators?|users?|managers?|roles?|coordinators?|supervisors?|staff"
    r"|clerks?|dispatchers?|agents?|reviewers?)\s+who\s+(?:can|may)\s+(?:[\w-]+\s+){1,6}?but"
    r"\s+(?:cannot|can['’]t|can\s+not|may\s+not|not)\b",
    # Two people for one act: "no admin can export location history without a second admin
    # approving".
    r"\bno\s+(?:single\s+)?(?:one|admins?|administrators?|users?|managers?|operators?|person"
    r"|staff\s+member|[\w-]+\s+admin)\s+(?:can|may|should\s+be\s+able\s+to|is\s+able\s+to)\s+"
    r"[^.;]{0,60}?\bwithout\s+(?:a\s+|the\s+)?(?:second|another|other)\b",
    # Point-in-time restore: "restorable to any point in the last 35 days".
    r"\brestor(?:e|ed|es|able|ing)\s+(?:[\w-]+\s+){0,2}?to\s+any\s+(?:point|moment|minute"
    r"|second)\b",
)  # fmt: skip

# Fundraising, screening, eCOA and telematics systems named by brand: they tag an ask but
# do not make it concrete (like _sites's SITES_SYSTEM_RULES).
GIVING_SYSTEM_RULES: tuple[Rule, ...] = regex_rules(
    "data_movement",
    r"\b(?:donorsearch|wealthengine|iwave|donorperfect|bloomerang|neon\s+crm"
    r"|kindful|little\s+green\s+light|givebutter|justgiving|benevity"
    r"|double\s+the\s+donation|funraise|dataweavers|beacon\s+crm|donorfy|thankq|access\s+charity"
    r"|engaging\s+networks|blackbaud\s+(?:crm|luminate|tap|raiser['’]s\s+edge))\b",
    r"\b(?:medidata\s+(?:rave|classic)|rave\s+edc|veeva\s+(?:vault|cdms|ctms|etmf)|oracle\s+"
    r"(?:inform|clinical\s+one|siebel\s+ctms)|clario|signant|ert\s+ecoa|castor\s+edc"
    r"|openclinica|redcap)\b",
    r"\b(?:samsara|geotab|motive\s+(?:eld|dashcams?|fleet)|keeptruckin|omnitracs|lytx"
    r"|verizon\s+connect|teletrac(?:\s+navman)?|netradyne|webfleet|masternaut|fleetio"
    r"|platform\s+science|fleetcor|fuelman)\b",
)  # fmt: skip
