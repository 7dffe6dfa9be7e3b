"""Tagging shapes added after pending batches 70 (general SaaS) and 71 (document and
knowledge management: folders, share links, search, numbered procedures, reading
acknowledgements), in promises.tagging_rules_knowledge (lent to promises.tagging_rules_data,
_mail, _flags and _docs).

Added: one named kind of thing ranked or boosted above another, records numbered in their
own format, records moved to a folder of the product on a condition (custom logic); links
open to anyone and a record's change history (security); payment put off to an event
(terms). Second senses removed: an archive folder is a place in the product, "files in" a
folder is the noun, a team's inbox is an address, a subscription starting on a day starts
a term, and a window after a negated action is the condition of a reminder.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # An order, a number or a place the product gives its own records.
        ("Customer wants policy pages ranked above superseded versions in search.", [L], []),
        ("Buyer wants the help centre to boost verified answers above forum replies.", [L],
         []),
        ("Customer wants purchase orders numbered with their own PO- prefix and a six-digit "
         "sequence.", [L], []),
        ("Customer wants incident reports numbered in a fixed IR-YYYY-NNN pattern.", [L], []),
        ("Customer wants closed tenders moved to the archive folder automatically after 90 "
         "days.", [L], []),
        # Access and its trail.
        ("Prospect wants a warning banner on every file that has links open to anyone.", [S],
         []),
        ("Customer wants field-level change history on every invoice.", [S], []),
        # Payment put off to an event is our terms; a term's first day is no delivery date.
        ("Buyer wants no invoice issued until their go-live.", [], [TERMS]),
        ("Customer wants the subscription to start on October 1 and no fees charged before "
         "their launch.", [], [TERMS]),
        # Second senses removed.
        ("Customer wants a usage report sent to their finance inbox as a CSV every month.",
         [D], []),
        ("Customer wants reminders sent to any reviewer who has not completed the checklist "
         "within 3 days.", [L], []),
        ("Customer wants new files in the contracts folder tagged with the supplier name.",
         [L], []),
    ],
)  # fmt: skip
def test_document_management_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # First senses still tag as before.
        ("Customer wants 2 million files moved into their Azure archive every night.", [D],
         []),
        ("Customer wants all documents filed into the matching SharePoint library.", [D], []),
        ("Customer wants the pipeline report emailed to the finance team every Monday.", [L],
         []),
        ("Customer wants the Salesforce integration delivered by June 30.", [D], [DATE]),
        ("Customer wants the SSO integration completed within 30 days of signing.", [D, S],
         [DATE]),
    ],
)  # fmt: skip
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants the good documents ranked above the rest.",
        "Customer wants their files sorted above everything else.",
    ],
)
def test_orderings_of_nothing_named_stay_refused(text: str) -> None:
    assert lint(text) != []
