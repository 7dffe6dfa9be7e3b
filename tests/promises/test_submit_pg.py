"""The one-statement submission (PostgreSQL) writes what the per-table path writes.

Two asks with the same words go to the same deal, one through each path; every row they
leave (ask, version, tasks, the deal's scope bump, each history row, the audit event)
must match column by column, keys and moments of writing aside.
"""

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from audit.models import AuditEvent
from dealdesk.errors import NotFound, ValidationFailed
from promises.models import Ask, AskVersion, Deal
from promises.services import ask_submit
from promises.services import asks as ask_services
from reviews.models import ReviewTask

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
TEXT = "Customer wants a nightly CSV export to their SFTP server and SAML SSO by March 3."
SKIP = {"id", "history_id", "history_date", "ask_id", "updated_at", "object_id", "ask"}


def _rows(model, **filters):
    return [
        {k: v for k, v in row.items() if k not in SKIP}
        for row in model.objects.filter(**filters).order_by("pk").values()
    ]


def _history(model, ids):
    return [
        {k: v for k, v in row.items() if k not in SKIP}
        for row in model.history.filter(id__in=ids).order_by("id", "history_id").values()
    ]


def _written(ask):
    tasks = list(ReviewTask.objects.filter(ask=ask).order_by("role").values_list("pk", flat=True))
    versions = list(AskVersion.objects.filter(ask=ask).values_list("pk", flat=True))
    return {
        "ask": _rows(Ask, pk=ask.pk),
        "ask history": _history(Ask, [ask.pk]),
        "versions": _rows(AskVersion, ask=ask),
        "version history": _history(AskVersion, versions),
        "tasks": sorted(_rows(ReviewTask, ask=ask), key=lambda t: t["role"]),
        "task history": sorted(_history(ReviewTask, tasks), key=lambda t: t["role"]),
        "audit": _rows(AuditEvent, ask_id=ask.pk),
    }


def test_both_paths_write_the_same_rows(sales, monkeypatch):
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    one_statement = ask_submit(actor=sales, deal=deal, text=TEXT, now=NOW)
    monkeypatch.setattr(ask_services, "connection", SimpleNamespace(vendor="sqlite"))
    per_table = ask_submit(actor=sales, deal=deal, text=TEXT, now=NOW)

    assert one_statement.pk != per_table.pk
    first, second = _written(one_statement), _written(per_table)
    assert len(first["tasks"]) == 3 and first["ask history"][0]["history_user_id"] == sales.pk
    for audit in (first["audit"], second["audit"]):  # chained one after the other
        for event in audit:
            for key in ("seq", "hash", "prev_hash", "at"):
                event.pop(key)
    assert first == second

    deal_history = list(Deal.history.filter(id=deal.pk).order_by("history_id").values())
    assert [h["scope_version"] for h in deal_history] == [0, 1, 2]
    assert [h["history_type"] for h in deal_history] == ["+", "~", "~"]
    bumps = [{k: v for k, v in h.items() if k not in SKIP | {"scope_version"}}
             for h in deal_history[1:]]  # fmt: skip
    assert bumps[0] == bumps[1] and bumps[0]["history_user_id"] == sales.pk


def test_the_returned_ask_carries_its_keys_and_tasks(sales):
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    ask = ask_submit(actor=sales, deal=deal, text=TEXT, now=NOW)
    stored = {t.role: t.pk for t in ReviewTask.objects.filter(ask=ask)}
    assert {t.role: t.pk for t in ask.review_tasks.all()} == stored
    assert AskVersion.objects.get(ask=ask).pk == ask.versions.get().pk
    assert Ask.objects.get(pk=ask.pk).text == TEXT


def test_the_event_hashed_in_sql_is_the_event_hashed_in_python(sales):
    # The write statement chains and hashes the audit event itself; any text (quotes,
    # backslashes, accents, symbols) hashes as audit.chain.event_hash does.
    from audit.chain import event_hash, verify

    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    texts = [TEXT, 'Customer wants SAML SSO for "all" 400 users at Société Générale \\ Zürich ✓.']
    asks = [ask_submit(actor=sales, deal=deal.pk, text=text, now=NOW) for text in texts]
    events = list(AuditEvent.objects.filter(action="ask.submitted").order_by("seq"))
    assert [e.ask_id for e in events] == [a.pk for a in asks]
    for event in events:
        assert event.hash == event_hash(event)
    assert events[1].prev_hash == events[0].hash and events[1].seq == events[0].seq + 1
    ok, message = verify()
    assert ok, message


def test_the_write_statement_stays_short_enough_for_psycopg_to_cache_its_parsing():
    from psycopg._queries import MAX_CACHED_STATEMENT_LENGTH, MAX_CACHED_STATEMENT_PARAMS

    from promises.services.submit_pg import _prepare_sql, _sql

    for sql in (_sql(), _prepare_sql()):
        assert len(sql.encode()) <= MAX_CACHED_STATEMENT_LENGTH
        assert sql.count("%s") <= MAX_CACHED_STATEMENT_PARAMS


def test_a_refused_ask_is_refused_before_any_lock_or_key_is_taken(sales, other_sales):
    # Lint runs before the statement that reads the deal and draws the ask's key, and so
    # before any lock: a refused ask leaves the key sequence where it was.
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    first = ask_submit(actor=sales, deal=deal.pk, text=TEXT, now=NOW)
    with pytest.raises(ValidationFailed):
        ask_submit(actor=sales, deal=deal.pk, text="We will make it work for them.", now=NOW)
    assert ask_submit(actor=sales, deal=deal.pk, text=TEXT, now=NOW).pk == first.pk + 1
    # Who may not write on the deal still hears that first, vague words or not.
    with pytest.raises(NotFound):
        ask_submit(actor=sales, deal=deal.pk + 1000, text="Make it seamless.", now=NOW)
    with pytest.raises(NotFound):
        ask_submit(actor=other_sales, deal=deal.pk, text="Make it seamless.", now=NOW)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_submissions_lock_in_order_and_keep_one_chain():
    """Submissions to one deal race writers that lock the deal and then append to the
    chain (as cutting a close plan or deciding does) and writers that only append:
    every writer takes the deal's lock before the chain's, so nothing deadlocks, every
    row and event is kept, the scope version counts every ask and the chain verifies."""
    import threading
    import time

    from django.db import connection, transaction

    from audit.chain import verify
    from audit.services import audit_record
    from promises.services import deal_create
    from tests.conftest import make_user

    owner = make_user("owner", "sales")
    deal = Deal.objects.create(owner=owner, name="Acme renewal", customer="Acme")
    lead = make_user("lead", "deal_desk_lead")
    others = [make_user(f"rep{i}", "sales") for i in range(2)]
    errors: list[BaseException] = []
    jobs: list = []

    def run(fn):
        try:
            barrier.wait()
            fn()
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    jobs += [
        lambda: [ask_submit(actor=owner, deal=deal.pk, text=TEXT) for _ in range(6)],
        lambda: [ask_submit(actor=lead, deal=deal.pk, text=TEXT) for _ in range(6)],
    ]
    jobs += [lambda u=u: [deal_create(actor=u, name=f"{u.username}-{n}", customer="C")
                          for n in range(6)] for u in others]  # fmt: skip

    def deal_then_chain():
        for _ in range(6):
            with transaction.atomic():
                locked = Deal.objects.select_for_update(no_key=True).get(pk=deal.pk)
                time.sleep(0.005)  # hold the deal's lock while submissions queue behind it
                audit_record(actor=lead, action="deal.touched", obj=locked, deal_id=deal.pk)

    jobs.append(deal_then_chain)
    barrier = threading.Barrier(len(jobs), timeout=30)
    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert Ask.objects.filter(deal=deal).count() == 12
    assert Deal.objects.get(pk=deal.pk).scope_version == 12
    assert AuditEvent.objects.filter(action="ask.submitted").count() == 12
    assert AuditEvent.objects.filter(action="deal.created").count() == 12
    assert AuditEvent.objects.filter(action="deal.touched").count() == 6
    ok, message = verify()
    assert ok, message


def test_any_text_travels_through_the_json_document_unchanged(sales):
    # The rows reach PostgreSQL as one JSON document: characters outside the Basic
    # Multilingual Plane (escaped as surrogate pairs), quotes, backslashes and accents
    # come back as they were written, in the ask, its version, its history and the event.
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    text = 'Customer wants SAML SSO 🔐 for "all" 400 users at Société Générale \\ Zürich 𝄞.'
    ask = ask_submit(actor=sales, deal=deal.pk, text=text, now=NOW)
    assert Ask.objects.get(pk=ask.pk).text == text
    assert AskVersion.objects.get(ask=ask).text == text
    assert Ask.history.get(id=ask.pk).text == text
    assert AuditEvent.objects.get(ask_id=ask.pk).after["text"] == text


def _counts():
    models = (Ask.objects, AskVersion.objects, ReviewTask.objects, Ask.history,
              ReviewTask.history, AuditEvent.objects)  # fmt: skip
    return tuple(m.count() for m in models)


def test_a_deal_gone_between_the_read_and_the_write_leaves_no_row(sales, monkeypatch):
    # `prepare` locks nothing: if the deal is deleted before the write statement, that
    # statement's deal UPDATE finds no row and none of its other rows is written.
    from promises.services import submit_pg

    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    real_prepare = submit_pg.prepare

    def prepare_then_delete(deal_id):
        prep = real_prepare(deal_id)
        Deal.history.filter(id=deal_id).delete()
        Deal.objects.filter(pk=deal_id).delete()
        return prep

    monkeypatch.setattr(submit_pg, "prepare", prepare_then_delete)
    before = _counts()
    with pytest.raises(NotFound):
        ask_submit(actor=sales, deal=deal.pk, text=TEXT, now=NOW)
    assert _counts() == before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_submission_outside_a_transaction_opens_none(sales, monkeypatch):
    # Called as the views and the API call it (autocommit), the write statement is its
    # own transaction: no BEGIN and COMMIT round trips around it.
    from django.db import connection

    from promises.services import submit_pg

    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    seen = []
    real_write = submit_pg.write_submission

    def spy(**kwargs):
        seen.append((connection.in_atomic_block, connection.get_autocommit()))
        return real_write(**kwargs)

    monkeypatch.setattr(submit_pg, "write_submission", spy)
    ask = ask_submit(actor=sales, deal=deal.pk, text=TEXT, now=NOW)
    assert seen == [(False, True)]
    assert Ask.objects.get(pk=ask.pk).deal_id == deal.pk
    assert Deal.objects.get(pk=deal.pk).scope_version == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_ask_with_commercial_terms_and_its_notice_commit_together(sales, lead, monkeypatch):
    # The lead's notice is a second write: it shares the ask's transaction, so when it
    # fails the ask is not kept either (and the rep sees the error, not a lost notice).
    import reviews.services as review_services

    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    text = "Customer wants a 99.9% uptime SLA with service credits in the contract."

    def broken(**kwargs):
        raise RuntimeError("the notice could not be written")

    before = _counts()
    monkeypatch.setattr(review_services, "notify_role", broken)
    with pytest.raises(RuntimeError):
        ask_submit(actor=sales, deal=deal.pk, text=text, now=NOW)
    assert _counts() == before
    assert Deal.objects.get(pk=deal.pk).scope_version == 0
    monkeypatch.undo()
    ask = ask_submit(actor=sales, deal=deal.pk, text=text, now=NOW)
    assert "commercial_terms" in ask.flags
    from reviews.models import Notification

    assert Notification.objects.filter(kind="commercial_terms", link=f"/asks/{ask.pk}/").exists()


def test_an_api_submission_sends_three_statements(sales):
    # The token with the user's roles, the read, the write (README, "How the ask
    # submission is kept fast"); the throttle counts in the cache, not in SQL.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=sales).key}")
    body = {"deal": deal.pk, "text": TEXT}
    assert client.post("/api/asks/", body, format="json").status_code == 201  # tagger built
    with CaptureQueriesContext(connection) as queries:
        response = client.post("/api/asks/", body, format="json")
    assert response.status_code == 201
    assert len(queries) == 3, [q["sql"][:80] for q in queries]
