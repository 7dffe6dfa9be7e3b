"""Issue: the versioned close plan, in the browser: a failing check with its reason,
the cause fixed, every check passing, sent, all three formats downloaded, and the
diff between two versions showing exactly what changed."""

import csv
import io

import pytest
from pypdf import PdfReader

from closeplans.models import CloseplanSend
from closeplans.services import closeplan_cut_version
from promises.services import ask_submit
from tests.browser.test_journeys import ANSWERS, decided

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EXTRA = "Customer wants audit log retention of 400 days for admin actions."


def test_sales_fixes_a_failing_check_sends_and_downloads_every_format(
        visit, sales, reviewers, lead):
    story = decided(sales, reviewers, lead)
    deal = story.deal
    closeplan_cut_version(actor=sales, deal_id=deal.pk, reason="first answers")
    extra = ask_submit(actor=sales, deal=deal, text=EXTRA)  # still in review

    rep = visit("sales")
    rep.login(sales.username)
    rep.goto(f"/deals/{deal.pk}/plan/")
    failing = rep.page.locator("ul.checks li.fail")
    assert failing.count() >= 1
    reasons = " ".join(failing.all_inner_texts())
    assert f"ask {extra.pk} is in review" in reasons and "Scope changed" in reasons
    rep.check("plan-failing", keys=("form[action$='/plan/send/'] button",))
    with rep.page.expect_navigation():
        rep.page.get_by_role("button", name="Mark as sent").click()
    assert rep.page.locator(".messages .error").count() == 1
    assert CloseplanSend.objects.count() == 0

    # The fix: the customer dropped the extra ask, so the rep withdraws it.
    rep.goto(f"/asks/{extra.pk}/")
    rep.page.get_by_text("Withdraw the ask").click()
    rep.page.get_by_label("Why withdraw this ask?").fill("Customer dropped it on the call")
    with rep.page.expect_navigation():
        rep.page.get_by_role("button", name="Withdraw").click()
    rep.goto(f"/deals/{deal.pk}/plan/")
    rep.page.get_by_label("What changed in scope?").fill("Audit retention ask withdrawn")
    with rep.page.expect_navigation():
        rep.page.get_by_role("button", name="Cut version").click()
    assert rep.page.locator("ul.checks li.fail").count() == 0
    rep.check("plan-passing", narrow=True)
    with rep.page.expect_navigation():
        rep.page.get_by_role("button", name="Mark as sent").click()
    rep.page.locator("main").get_by_text("The close plan is marked as sent.").wait_for()
    assert CloseplanSend.objects.get().version.number == 2

    wordings = [a.wording for a in ANSWERS.values()]
    files = {}
    for label, fmt in (("Markdown", "md"), ("CSV", "csv"), ("PDF", "pdf")):
        with rep.page.expect_download() as info:
            rep.page.locator("p.exports").get_by_role("link", name=label, exact=True).click()
        download = info.value
        assert download.suggested_filename == f"close-plan-{deal.pk}-v2.{fmt}"
        files[fmt] = open(download.path(), "rb").read()  # noqa: SIM115
    assert all(w in files["md"].decode() for w in wordings)
    rows = list(csv.DictReader(io.StringIO(files["csv"].decode())))
    assert sorted(r["wording"] for r in rows) == sorted(wordings)
    pdf_text = " ".join(" ".join(p.extract_text().split())
                        for p in PdfReader(io.BytesIO(files["pdf"])).pages)
    assert all(" ".join(w.split()) in pdf_text for w in wordings)


def test_diff_between_two_versions_shows_exactly_what_changed(visit, sales, reviewers, lead):
    story = decided(sales, reviewers, lead)
    deal = story.deal
    closeplan_cut_version(actor=sales, deal_id=deal.pk, reason="first answers")
    closeplan_cut_version(actor=sales, deal_id=deal.pk, reason="no change, re-cut")
    rep = visit("sales")
    rep.login(sales.username)
    rep.goto(f"/deals/{deal.pk}/plan/diff/?from=1&to=2")
    rows = rep.page.locator("table.diff tbody tr")
    assert rows.count() == len(story.asks)
    assert rep.page.locator("tr.diff-same").count() == len(story.asks)
    assert rep.page.locator("tr.diff-added, tr.diff-removed, tr.diff-changed").count() == 0
    rep.check("plan-diff", narrow=True)
