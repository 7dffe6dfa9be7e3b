import csv
import io

import pytest
from pypdf import PdfReader
from rest_framework.test import APIClient

from closeplans.diff import diff_lines
from promises.services import ask_edit
from reviews.services import decision_give
from tests.factories.flow import EXPORT, RULE, SSO, DealFactory, answer_all, approve, cut, submit

pytestmark = pytest.mark.django_db

SSO_YES = "Yes, standard SAML SSO through Okta for all users by go-live."
EXPORT_YES = "Yes, a nightly CSV export of five agreed order fields to their SFTP server."


@pytest.fixture
def two_versions(sales, lead, reviewers):
    deal = DealFactory.create(owner=sales)
    sso = answer_all(submit(sales, deal, SSO), reviewers)
    approve(sso, lead, sales, wording=SSO_YES)
    export = answer_all(submit(sales, deal, EXPORT), reviewers)
    approve(export, lead, sales, wording=EXPORT_YES, outcome="approved_with_conditions",
            conditions="Customer supplies the SFTP host by 1 March.")
    v1 = cut(sales, deal, "first answers")
    # Scope change: the SSO ask is reworded and approved for a narrower scope.
    ask_edit(actor=sales, ask_id=sso.pk,
             text="Customer wants SAML single sign-on through Okta for 50 admin users.",
             reopen_decided=True)
    sso.refresh_from_db()
    answer_all(sso, reviewers)
    decision_give(actor=lead, ask_id=sso.pk, outcome="approved",
                  wording="Yes, SAML SSO through Okta for 50 admin users by go-live.",
                  owner_id=lead.pk, due_date=v1.lines.first().due_date, limit="50 admins only.")
    rule = answer_all(submit(sales, deal, RULE), reviewers)
    decision_give(actor=lead, ask_id=rule.pk, outcome="rejected",
                  wording="No, per-customer approval rules are not on our roadmap.")
    v2 = cut(sales, deal, "SSO narrowed, approval rule rejected")
    return deal, v1, v2


def test_markdown_and_csv_hold_every_line(two_versions, sales):
    deal, _, _ = two_versions
    client = APIClient()
    client.force_login(sales)
    md = client.get(f"/api/deals/{deal.pk}/close-plan/versions/1/export/?format=md")
    assert md.status_code == 200 and md["Content-Disposition"].startswith("attachment")
    text = md.content.decode()
    assert SSO_YES in text and EXPORT_YES in text and "Customer supplies the SFTP host" in text
    rows = list(csv.DictReader(io.StringIO(
        client.get(f"/api/deals/{deal.pk}/close-plan/versions/1/export/?format=csv")
        .content.decode())))
    assert [r["wording"] for r in rows] == [SSO_YES, EXPORT_YES]
    assert {r["owner"] for r in rows} == {sales.username}


def test_pdf_text_holds_every_line(two_versions, sales):
    deal, _, v2 = two_versions
    client = APIClient()
    client.force_login(sales)
    r = client.get(f"/api/deals/{deal.pk}/close-plan/versions/2/export/?format=pdf")
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    flat = " ".join(text.split())
    for line in v2.lines.all():
        assert " ".join(line.wording.split()) in flat


def test_unknown_export_format_is_a_clear_400(two_versions, sales):
    deal, _, _ = two_versions
    client = APIClient()
    client.force_login(sales)
    r = client.get(f"/api/deals/{deal.pk}/close-plan/versions/1/export/?format=docx")
    assert r.status_code == 400 and "format" in r.json()


def test_diff_shows_added_removed_and_changed_fields(two_versions, sales):
    deal, _, _ = two_versions
    client = APIClient()
    client.force_login(sales)
    r = client.get(f"/api/deals/{deal.pk}/close-plan/diff/?from=1&to=2")
    assert r.status_code == 200
    changes = {c["change"]: c for c in r.json()}
    assert set(changes) == {"changed", "same"}
    assert set(changes["changed"]["changed_fields"]) == {"wording", "owner", "limit"}
    page = client.get(f"/deals/{deal.pk}/plan/diff/?from=1&to=2").content.decode()
    assert "50 admin users" in page and "wording, owner, limit" in page


def test_diff_lines_pure():
    a = [{"ask": 1, "wording": "x", "conditions": "", "owner": "a", "due_date": "2027-01-01",
          "limit": "l"}, {"ask": 2, "wording": "y", "conditions": "", "owner": "a",
                          "due_date": "2027-01-01", "limit": "l"}]
    b = [{**a[0], "due_date": "2027-02-01"}, {"ask": 3, "wording": "z", "conditions": "",
                                              "owner": "b", "due_date": "2027-01-01",
                                              "limit": "l"}]
    got = {c.ask: (c.change, c.fields) for c in diff_lines(a, b)}
    assert got == {1: ("changed", ["due_date"]), 2: ("removed", []), 3: ("added", [])}


def test_versions_stay_readable(two_versions, sales):
    deal, _, _ = two_versions
    client = APIClient()
    client.force_login(sales)
    old = client.get(f"/api/deals/{deal.pk}/close-plan/versions/1/").json()
    assert [ln["wording"] for ln in old["lines"]] == [SSO_YES, EXPORT_YES]
    assert old["reason"] == "first answers"
    assert client.get(f"/deals/{deal.pk}/plan/v/1/").status_code == 200
