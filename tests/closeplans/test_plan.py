import pytest
from django.db import IntegrityError, transaction

from closeplans.checks import plan_checks
from closeplans.models import CloseplanLine, CloseplanSend, CloseplanVersion
from closeplans.services import closeplan_send
from dealdesk.errors import Conflict, NotAllowed
from promises.services import ask_submit
from reviews.models.decisions import wording_hash
from reviews.services import decision_give
from tests.factories.flow import EXPORT, SSO, DealFactory, answer_all, approve, cut, submit

pytestmark = pytest.mark.django_db

WORDING = "Yes, standard SAML SSO through Okta for all users by go-live."


@pytest.fixture
def decided(sales, lead, reviewers):
    deal = DealFactory.create(owner=sales)
    ask = answer_all(submit(sales, deal, SSO), reviewers)
    decision = approve(ask, lead, sales, wording=WORDING)
    return deal, ask, decision


def test_cut_copies_the_exact_approved_sentence(decided, sales):
    deal, _, decision = decided
    version = cut(sales, deal)
    line = version.lines.get()
    assert (line.wording, line.owner_id, line.limit) == (WORDING, sales.pk, decision.limit)
    assert line.wording_sha256 == decision.wording_sha256
    assert version.number == 1 and version.cut_by == sales


def test_rejected_asks_never_enter_the_plan(sales, lead, reviewers):
    deal = DealFactory.create(owner=sales)
    ask = answer_all(submit(sales, deal, EXPORT), reviewers)
    decision_give(
        actor=lead,
        ask_id=ask.pk,
        outcome="rejected",
        wording="No, we do not build nightly SFTP exports this year.",
    )
    assert cut(sales, deal).lines.count() == 0


def test_database_refuses_a_line_with_other_words(decided, sales):
    deal, ask, decision = decided
    version = cut(sales, deal)
    edited = WORDING.replace("all users", "all users and contractors")
    for wording, digest in ((edited, wording_hash(edited)), (edited, decision.wording_sha256)):
        with pytest.raises(IntegrityError), transaction.atomic():
            CloseplanLine.objects.create(
                version=version,
                position=9,
                decision=decision,
                ask=ask,
                ask_version=1,
                outcome=decision.outcome,
                wording=wording,
                wording_sha256=digest,
                owner=sales,
                due_date=decision.due_date,
                limit=decision.limit,
            )


def test_database_refuses_a_line_for_a_rejected_decision(sales, lead, reviewers):
    deal = DealFactory.create(owner=sales)
    ask = answer_all(submit(sales, deal, EXPORT), reviewers)
    words = "No, we do not build nightly SFTP exports this year."
    rejected = decision_give(actor=lead, ask_id=ask.pk, outcome="rejected", wording=words)
    version = cut(sales, deal)
    for outcome in ("approved", "rejected"):
        with pytest.raises(IntegrityError), transaction.atomic():
            CloseplanLine.objects.create(
                version=version,
                position=1,
                decision=rejected,
                ask=ask,
                ask_version=1,
                outcome=outcome,
                wording=words,
                wording_sha256=rejected.wording_sha256,
                owner=sales,
                due_date="2027-01-01",
                limit="none",
            )


def test_a_cut_version_never_changes(decided, sales):
    deal, _, _ = decided
    version = cut(sales, deal)
    line = version.lines.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        CloseplanLine.objects.filter(pk=line.pk).update(limit="everything")
    with pytest.raises(IntegrityError), transaction.atomic():
        CloseplanVersion.objects.filter(pk=version.pk).update(reason="rewritten")
    line.refresh_from_db()
    assert line.limit == "Standard SAML 2.0 only."


def test_new_ask_marks_plan_out_of_date_and_blocks_sending(decided, sales):
    deal, _, _ = decided
    version = cut(sales, deal)
    assert all(c.passed for c in plan_checks(deal=deal, version=version))
    ask_submit(actor=sales, deal=deal, text=EXPORT)
    deal.refresh_from_db()
    checks = {c.name: c for c in plan_checks(deal=deal, version=version)}
    assert not checks["latest_scope"].passed and not checks["nothing_open"].passed
    with pytest.raises(Conflict) as err:
        closeplan_send(actor=sales, deal_id=deal.pk)
    assert err.value.code == "checks_failed"
    assert CloseplanSend.objects.count() == 0


def test_send_is_recorded_when_checks_pass(decided, sales, manager):
    deal, _, _ = decided
    version = cut(sales, deal)
    with pytest.raises(NotAllowed):
        closeplan_send(actor=manager, deal_id=deal.pk)
    send = closeplan_send(actor=sales, deal_id=deal.pk)
    assert (send.version_id, send.sent_by_id) == (version.pk, sales.pk)
