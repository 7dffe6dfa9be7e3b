"""Tagging shapes added after held-out batches 53 (HR, payroll and people management) and
54 (customer support and help desk), in promises.tagging_rules_people and the guards it
lends to promises.tagging_rules and _flags.

Words those trades use in a second sense: a payment or invoice run named as a file or an
export is data, not our billing terms; a response target kept for the customer's own
customers is their workflow, not our support promise; a trigger or workflow named as what
the audit trail records is not logic built; an integration that holds a credential
("tokens per integration") moves no data; a metric cut by a dimension inside a file ("a
CSV of attrition by team") says what the file holds, not how work is routed. Added:
requests blocked or declined by rule and blackout dates, money reimbursed at their rate
and rates per mile (custom logic), content shown differently to different audiences
(custom logic), people left out of a recurring process ("exempt from the on-call
rotation", "excluded from the review cycle") (custom logic), one employee as the viewer
records are kept to (security), and documents produced in a file format such as PDFs
(data movement).

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
        # A payment or invoice run named as a file or an export: data, not our terms.
        (
            "Payroll customer wants the monthly payment file pushed to their bank's SFTP "
            "server by 6 a.m.",
            [D],
            [],
        ),
        ("Client wants the quarterly invoice export delivered as CSV to their S3 bucket.", [D], []),
        # Response targets for their own customers: their rule, not our support.
        (
            "Help desk client wants first-response targets of two hours for their gold "
            "members' cases.",
            [L],
            [],
        ),
        (
            "Client needs resolution time goals for their enterprise customers' tickets in "
            "Zendesk.",
            [D],
            [],
        ),
        # What the audit trail records is not logic built.
        (
            "Client wants every edit to automation triggers recorded in the audit trail with "
            "the editor's email.",
            [S],
            [],
        ),
        # A credential held per integration moves no data.
        ("Bank requires OAuth credentials per integration, rotated every 90 days.", [S], []),
        # A metric cut by a dimension inside a file says what the file holds.
        (
            "Client wants a weekly CSV of attrition by team uploaded to their SharePoint.",
            [D],
            [],
        ),
    ],
)
def test_second_meanings(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Requests blocked by rule, blackout dates.
        (
            "Retailer wants PTO requests automatically declined for store staff in the two "
            "weeks before Christmas.",
            [L],
            [DATE],
        ),
        ("Hospital wants blackout dates for annual leave in ICU rosters.", [L], []),
        # Money paid back at their rate.
        ("Client wants per-diem claims reimbursed at $55 a day for domestic travel.", [L], []),
        ("Charity wants volunteer travel paid at 30p a mile up to 500 miles a year.", [L], []),
        # Content shown by audience.
        (
            "Customer wants their support portal to display different FAQ collections to "
            "partners and end users.",
            [L],
            [],
        ),
        # People left out of a recurring process.
        (
            "Customer wants employees on parental leave excluded from the quarterly "
            "performance review cycle.",
            [L],
            [],
        ),
        ("Client wants interns exempt from the on-call rotation.", [L], []),
        ("Client wants contractors skipped in each payroll run.", [L], []),
        # One person as the viewer, not only a group.
        (
            "Client wants performance reviews to be visible only to the employee and their "
            "manager.",
            [S],
            [],
        ),
        # Documents produced in a file format.
        ("Client wants 1099 forms issued as separate PDF files for each contractor.", [D], []),
    ],
)
def test_people_and_help_desk_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Controls: the words in their first sense still tag as before.
        ("Customer wants monthly invoicing instead of annual billing.", [], [TERMS]),
        ("Customer needs a 1-hour first response time for their P1 tickets.", [], [TERMS]),
        ("Client wants tickets reopened when a customer replies, via a trigger.", [L], []),
        ("Client wants a dashboard of attrition by team for HR business partners.", [L], []),
        ("Customer wants support tickets routed by department.", [L], []),
    ],
)
def test_first_senses_kept(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
