from datetime import date

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from dealdesk.errors import Conflict, NotAllowed, ValidationFailed
from promises.models import Ask
from reviews.models import Decision, ReviewTask
from reviews.models.decisions import wording_hash
from reviews.services import decision_give, review_answer
from tests.factories.flow import SSO, DealFactory, answer_all, answer_task, approve, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready_ask(sales, reviewers):
    return answer_all(submit(sales, DealFactory.create(owner=sales), SSO), reviewers)


def test_answering_every_review_makes_ask_await_decision(sales, reviewers):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    tasks = list(ReviewTask.objects.filter(ask=ask))
    for task in tasks[:-1]:
        answer_task(task, reviewers[task.role])
    ask.refresh_from_db()
    assert ask.state == Ask.State.IN_REVIEW
    answer_all(ask, reviewers)
    assert ask.state == Ask.State.AWAITING_DECISION


def test_reviewer_of_another_role_cannot_answer(sales, security):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    with pytest.raises(NotAllowed):
        review_answer(actor=security, task_id=task.pk, verdict="fits_today")
    task.refresh_from_db()
    assert task.state == "open"


def test_only_the_lead_decides(ready_ask, sales, engineer, manager):
    for user in (sales, engineer, manager):
        with pytest.raises(NotAllowed):
            approve(ready_ask, user, sales)
    assert Decision.objects.count() == 0


def test_ask_with_a_missing_review_cannot_be_decided(sales, lead, engineer):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    answer_task(task, engineer)
    with pytest.raises(Conflict) as err:
        approve(ask, lead, sales)
    assert err.value.code == "reviews_missing" and "security" in err.value.message
    assert Decision.objects.count() == 0


def test_decision_is_recorded_once_per_version(ready_ask, lead, sales):
    decision = approve(ready_ask, lead, sales)
    assert decision.wording_sha256 == wording_hash(decision.wording)
    ready_ask.refresh_from_db()
    assert ready_ask.state == Ask.State.DECIDED
    with pytest.raises(Conflict):
        approve(ready_ask, lead, sales, wording="Yes, SAML SSO for all users by go-live.")
    assert Decision.objects.filter(ask=ready_ask).count() == 1


def test_database_refuses_a_second_decision_for_the_same_version(ready_ask, lead, sales):
    approve(ready_ask, lead, sales)
    with pytest.raises(IntegrityError), transaction.atomic():
        Decision.objects.create(
            ask=ready_ask,
            ask_version=ready_ask.version,
            outcome="rejected",
            wording="No, not this quarter.",
            wording_sha256=wording_hash("No, not this quarter."),
            decided_by=lead,
            decided_at=timezone.now(),
        )


def test_approval_needs_owner_date_and_limit(ready_ask, lead):
    with pytest.raises(ValidationFailed) as err:
        decision_give(
            actor=lead,
            ask_id=ready_ask.pk,
            outcome="approved",
            wording="Yes, standard SAML SSO through Okta for all users by go-live.",
        )
    assert {"owner", "due_date", "limit"} <= set(err.value.fields)


def test_conditions_required_for_conditional_approval(ready_ask, lead, sales):
    with pytest.raises(ValidationFailed) as err:
        decision_give(
            actor=lead,
            ask_id=ready_ask.pk,
            outcome="approved_with_conditions",
            wording="Yes, standard SAML SSO through Okta for all users by go-live.",
            owner_id=sales.pk,
            due_date=date(2027, 1, 1),
            limit="SAML only",
        )
    assert "conditions" in err.value.fields


def test_vague_or_hidden_character_wording_is_refused(ready_ask, lead, sales):
    for wording in ("Yes, probably fine.", "Yes, SAML SSO for all users\u202e by go-live."):
        with pytest.raises(ValidationFailed) as err:
            approve(ready_ask, lead, sales, wording=wording)
        assert "wording" in err.value.fields
    assert Decision.objects.count() == 0


def test_decision_on_an_edited_version_is_refused(ready_ask, lead, sales):
    with pytest.raises(Conflict) as err:
        decision_give(
            actor=lead,
            ask_id=ready_ask.pk,
            outcome="rejected",
            wording="No, we do not offer SAML SSO this year.",
            ask_version=99,
        )
    assert err.value.code == "ask_edited"


def test_wording_is_normalised(ready_ask, lead, sales):
    decision = approve(
        ready_ask,
        lead,
        sales,
        wording="  Yes, standard SAML SSO for all users by go-live, cafe\u0301.  ",
    )
    assert decision.wording == "Yes, standard SAML SSO for all users by go-live, caf\u00e9."
