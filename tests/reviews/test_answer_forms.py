import pytest

from dealdesk.errors import ValidationFailed
from reviews.answer_spec import clean_answer
from reviews.models import ReviewTask
from reviews.services import review_answer
from reviews.suggest import suggest
from tests.factories.flow import ANSWERS, DATA_MOVEMENT, EXPORT, SSO, DealFactory, submit

AREAS_OK = ANSWERS["security"]["areas"]


def test_security_partial_is_recorded_as_a_gap_and_drives_the_verdict():
    areas = {**AREAS_OK, "logging": {"status": "partial", "note": "no SIEM export"}}
    verdict, cleaned, errors = clean_answer(role="security", verdict="supported",
                                            answer={"areas": areas, "lane": "product_work"},
                                            needs_data_movement=False)
    assert errors == {}
    assert verdict == "partial" and cleaned["gaps"] == ["logging"]


def test_security_gap_needs_a_note_and_every_area_a_status():
    areas = {**AREAS_OK, "logging": {"status": "partial", "note": ""}}
    del areas["retention"]
    _, _, errors = clean_answer(role="security", verdict="", answer={"areas": areas},
                                needs_data_movement=False)
    assert set(errors) == {"areas.logging", "areas.retention", "lane"}


def test_engineering_needs_effort_and_a_date_unless_it_cannot_be_done():
    _, _, errors = clean_answer(role="engineering", verdict="fits_today",
                                answer={"effort_hours": "-3"}, needs_data_movement=False)
    assert set(errors) == {"effort_hours", "earliest_date"}
    _, cleaned, errors = clean_answer(role="engineering", verdict="cannot_do",
                                      answer={"effort_hours": "0"}, needs_data_movement=False)
    assert errors == {} and cleaned["earliest_date"] is None


def test_data_movement_form_names_every_owner():
    answer = {**ANSWERS["engineering"], "data_movement": {**DATA_MOVEMENT, "owner_reruns": ""}}
    _, _, errors = clean_answer(role="engineering", verdict="fits_today", answer=answer,
                                needs_data_movement=True)
    assert list(errors) == ["data_movement.owner_reruns"]


@pytest.mark.django_db
def test_data_movement_form_is_required_on_data_movement_asks(sales, engineer):
    ask = submit(sales, DealFactory.create(owner=sales), EXPORT)
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    without = {k: v for k, v in ANSWERS["engineering"].items() if k != "data_movement"}
    with pytest.raises(ValidationFailed) as err:
        review_answer(actor=engineer, task_id=task.pk, verdict="fits_today", answer=without)
    assert "data_movement.source_system" in err.value.fields
    task.refresh_from_db()
    assert task.state == "open"
    review_answer(actor=engineer, task_id=task.pk, verdict="fits_today",
                  answer=ANSWERS["engineering"])
    task.refresh_from_db()
    assert task.answer["data_movement"]["owner_mismatch"] == DATA_MOVEMENT["owner_mismatch"]


@pytest.mark.django_db
def test_security_verdict_cannot_claim_supported_over_a_gap(sales, security):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    task = ReviewTask.objects.get(ask=ask, role="security")
    areas = {**AREAS_OK, "access": {"status": "partial", "note": "no SCIM"}}
    review_answer(actor=security, task_id=task.pk, verdict="supported",
                  answer={"areas": areas, "lane": "product_work"})
    task.refresh_from_db()
    assert task.verdict == "partial" and task.answer["gaps"] == ["access"]


def test_suggestion_builds_a_conditional_sentence_from_reviews():
    draft = suggest(SSO, [
        ("engineering", "needs_extra_work", {"effort_hours": 12, "earliest_date": "2027-03-01",
                                             "limits": "SAML 2.0 only"}),
        ("security", "partial", {"gaps": ["access"]}),
    ])
    assert draft.outcome == "approved_with_conditions"
    assert draft.wording.startswith("Yes, SAML single sign-on through Okta for all 400 users")
    assert "2027-03-01" in draft.wording and "access" in draft.conditions
    assert draft.limit == "SAML 2.0 only" and draft.effort_hours == 12


def test_suggestion_rejects_when_a_reviewer_blocks():
    draft = suggest(SSO, [("engineering", "cannot_do", {}), ("security", "supported", {})])
    assert draft.outcome == "rejected" and draft.wording.startswith("No, ")
