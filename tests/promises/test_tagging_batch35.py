"""Tagging families added after held-out batches 35 (global intake-form voice: British,
Indian, Australian, South African and Singaporean English), 36 (HR, payroll and
workforce), 37 (logistics and supply chain), 38 (field service and asset maintenance)
and 39 (contact-centre platforms), all in promises.tagging_rules_ops.

Added: leave accrued by rule, requests declined automatically, stock rotation (FEFO,
FIFO), loads allocated only to some doors, a preference between carriers or a bid within
a percentage of the cheapest, a custom status of their own, a conversation handed to a
human, VIP or gold tickets, a satisfaction score below a mark, a message sent only
after a condition and a reviewer's gate (custom logic); payroll and payment files and
filings sent to an authority (data movement); access kept to people in their own team
(security); our price in a named currency and a service "at no extra archive charge"
(terms). Removed as a false hit: a carrier's rate card, which is the customer's data; our
rate card is still a term.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Payroll and leave rules, and the files payroll sends.
        ("Customer needs annual leave for Ontario staff accrued at 1.25 days per month of "
         "service.", [L], []),
        ("Customer wants overtime requests on public holidays declined automatically.", [L],
         []),
        ("Customer asks for a BACS payment file for UK payroll after every monthly run.", [D], []),
        ("Prospect needs an EFT file of contractor payouts each Friday.", [D], []),
        # Warehouse and carrier rules in the shipper's words.
        ("Distributor wants pallets of dairy picked FEFO across all three DCs.", [L], []),
        ("Yard team wants hazmat trailers allocated only to doors 10 to 14.", [L], []),
        ("Retailer wants courier selection to favour carbon-neutral couriers in metro "
         "postcodes.", [L], []),
        ("Procurement wants the incumbent carrier kept whenever its rate is within 3% of the "
         "lowest quote.", [L], []),
        # The customer's own contact-centre work.
        ("Retailer wants the virtual assistant to hand the conversation over to a live agent "
         "when the customer types 'refund'.", [L], []),
        ("Customer wants their gold calls answered by the Leeds team.", [L], []),
        ("Customer wants VIP chats answered by the Leeds team.", [L], []),
        ("Customer wants a CSAT rating of 2 or lower to reopen the ticket for a supervisor.",
         [L], []),
        ("Customer wants call notes synced to HubSpot after the team lead has checked each one.",
         [L, D], []),
        # A message held back by a condition.
        ("Customer wants the NPS survey sent only after orders marked delivered are invoiced.",
         [L], []),
        ("Customer wants the welcome pack posted only after new hires sign their contracts.",
         [L], []),
        # Access kept to one's own team.
        ("Customer wants payslips downloadable only by managers in their own department.",
         [S], []),
        # Our price and what it includes.
        ("Client wants pricing quoted in AUD for the Sydney entity.", [], [TERMS]),
        ("Shipper wants GPS history kept for five years at no extra archive charge.", [S],
         [TERMS]),
        # A carrier's rate card is their data, not our price list.
        ("Shipper wants carrier rate cards imported nightly from their TMS.", [D], []),
    ],
)  # fmt: skip
def test_batch35_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Our own rate card is still a term; a lockout after failed answers is no handoff.
        ("Customer wants our rate card for implementation days attached to the order form.",
         [], [TERMS]),
        ("Customer wants the account locked after five failed attempts to answer security "
         "questions.", [L], []),
    ],
)  # fmt: skip
def test_near_misses_keep_their_tags(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
