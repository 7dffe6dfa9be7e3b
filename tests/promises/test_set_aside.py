"""A category the tagger's second reading set aside is kept on the ask: stored with its
history and audit event, given by the API and shown on the ask and decide pages."""

import pytest

from audit.models import AuditEvent
from promises.models import Ask
from promises.services import ask_edit, ask_tags_correct
from tests.factories.flow import EXPORT, DealFactory, answer_all, submit

pytestmark = pytest.mark.django_db

# Shipped rules read "15 open tickets" as records moved; the words read as a routing rule,
# so the second reading sets data movement aside (see test_rules_and_intake).
ASIDE = ("Customer wants tickets assigned round-robin, skipping any agent who already holds "
         "15 open tickets.")  # fmt: skip
WORDS = {"data_movement": ["15 open tickets"]}


def _submitted_event(ask: Ask) -> AuditEvent:
    return AuditEvent.objects.get(action="ask.submitted", ask_id=ask.pk)


def test_submission_stores_the_set_aside_category_with_history_and_audit(api, sales):
    deal = DealFactory.create(owner=sales)
    r = api(sales).post("/api/asks/", {"deal": deal.pk, "text": ASIDE}, format="json")
    assert r.status_code == 201, r.content
    assert r.json()["set_aside"] == WORDS
    ask = Ask.objects.get(pk=r.json()["id"])
    assert ask.categories == ["custom_logic"] and ask.set_aside == WORDS
    assert ask.history.get().set_aside == WORDS
    assert _submitted_event(ask).after["set_aside"] == WORDS
    assert set(ask.review_tasks.values_list("role", flat=True)) == {"engineering", "product"}


def test_an_ask_with_nothing_set_aside_stores_an_empty_map_and_no_audit_key(sales):
    ask = submit(sales, DealFactory.create(owner=sales), EXPORT)
    ask.refresh_from_db()
    assert ask.set_aside == {}
    assert "set_aside" not in _submitted_event(ask).after


def test_ask_and_decide_pages_show_the_set_aside_category(client, sales, lead, engineer, product):
    ask = submit(sales, DealFactory.create(owner=sales), ASIDE)
    client.force_login(sales)
    page = client.get(f"/asks/{ask.pk}/").content.decode()
    assert 'class="tag aside">not data_movement (15 open tickets)' in page
    answer_all(ask, {"engineering": engineer, "product": product})
    assert ask.state == "awaiting_decision"
    client.force_login(lead)
    page = client.get(f"/asks/{ask.pk}/decide/").content.decode()
    assert 'class="tag aside">not data_movement (15 open tickets)' in page


def test_a_correction_that_tags_the_category_drops_it_from_set_aside(sales, engineer):
    ask = submit(sales, DealFactory.create(owner=sales), ASIDE)
    ask_tags_correct(actor=engineer, ask_id=ask.pk, categories=["custom_logic", "data_movement"],
                     flags=[], reason="They do move the tickets.")  # fmt: skip
    ask.refresh_from_db()
    assert ask.set_aside == {}
    assert ask.history.latest().set_aside == {}
    assert set(ask.review_tasks.values_list("role", flat=True)) >= {"security"}


def test_a_correction_that_leaves_the_category_out_keeps_it_set_aside(sales, engineer):
    ask = submit(sales, DealFactory.create(owner=sales), ASIDE)
    ask_tags_correct(actor=engineer, ask_id=ask.pk, categories=["custom_logic"],
                     flags=["delivery_date"], reason="They need it by launch.")  # fmt: skip
    ask.refresh_from_db()
    assert ask.set_aside == WORDS


def test_new_wording_reads_set_aside_again(sales):
    ask = submit(sales, DealFactory.create(owner=sales), EXPORT)
    ask_edit(actor=sales, ask_id=ask.pk, text=ASIDE, version=ask.version, reopen_decided=False)
    ask.refresh_from_db()
    assert ask.set_aside == WORDS
    edited = AuditEvent.objects.get(action="ask.edited", ask_id=ask.pk)
    assert edited.after["set_aside"] == WORDS
