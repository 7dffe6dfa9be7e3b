"""dealdesk.fastsql writes the rows save() would write, history rows included.

Each test writes one row through the ORM (save(), simple-history's post_save) and the
same values through fastsql, then compares what PostgreSQL holds, column by column,
leaving out only keys and the moment of writing.
"""

from datetime import UTC, datetime

import pytest
from django.forms.models import model_to_dict

from audit.models import AuditEvent
from dealdesk import fastsql
from promises.models import Ask, AskVersion, Deal
from reviews.models import DeadlinePolicy, ReviewTask

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
KEYS = {"id", "history_id", "history_date", "ask", "updated_at", "ask_id"}


def _row(model, pk, *, drop=()):
    return {k: v for k, v in model.objects.filter(pk=pk).values()[0].items() if k not in drop}


def _history(model, pk):
    row = model.history.filter(id=pk).order_by("-history_id").values()[0]
    return {k: v for k, v in row.items() if k not in KEYS}


def _ask(deal, user):
    return Ask(
        deal=deal, text="Customer wants SAML SSO through Okta.", kind="security",
        categories=["security"], flags=[], matches={"security": ["SAML", "SSO", "Okta"]},
        submitted_by=user, submitted_at=NOW,
    )  # fmt: skip


def test_ask_and_version_rows_and_history_match_save(sales):
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    by_orm = _ask(deal, sales)
    by_orm._history_user = sales
    by_orm.save()
    by_sql = _ask(deal, sales)
    fastsql.insert([by_sql])
    fastsql.insert_history([by_sql], history_type="+", user=sales)

    assert by_sql.pk and by_sql.pk != by_orm.pk
    assert _row(Ask, by_sql.pk, drop=KEYS) == _row(Ask, by_orm.pk, drop=KEYS)
    assert Ask.objects.get(pk=by_sql.pk).updated_at is not None  # auto_now was applied
    assert _history(Ask, by_sql.pk) == _history(Ask, by_orm.pk)
    assert _history(Ask, by_sql.pk)["history_user_id"] == sales.pk

    versions = []
    for ask in (by_orm, by_sql):
        versions.append(AskVersion(ask=ask, number=1, text=ask.text, created_by=sales,
                                   created_at=NOW))  # fmt: skip
    versions[0]._history_user = sales  # type: ignore[attr-defined]
    versions[0].save()
    fastsql.insert([versions[1]])
    fastsql.insert_history([versions[1]], history_type="+", user=sales)
    assert _row(AskVersion, versions[1].pk, drop=KEYS) == _row(
        AskVersion, versions[0].pk, drop=KEYS
    )
    assert _history(AskVersion, versions[1].pk) == _history(AskVersion, versions[0].pk)


def test_review_tasks_in_one_insert_match_save(sales):
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    ask = _ask(deal, sales)
    ask.save()
    tasks = [
        ReviewTask(ask=ask, ask_version=1, role=role, opened_at=NOW, due_at=NOW, remind_at=NOW)
        for role in ("engineering", "security", "product")
    ]
    fastsql.insert(tasks)
    fastsql.insert_history(tasks, history_type="+", user=sales)
    twin = ReviewTask(ask=ask, ask_version=2, role="engineering", opened_at=NOW, due_at=NOW,
                      remind_at=NOW)  # fmt: skip
    twin._history_user = sales  # type: ignore[attr-defined]
    twin.save()

    stored = {t.role: t.pk for t in ReviewTask.objects.filter(ask=ask, ask_version=1)}
    assert stored == {t.role: t.pk for t in tasks}  # primary keys in the order given
    expected = _row(ReviewTask, twin.pk, drop=KEYS | {"ask_version"})
    assert _row(ReviewTask, tasks[0].pk, drop=KEYS | {"ask_version"}) == expected
    assert _history(ReviewTask, tasks[0].pk) | {"ask_version": 2} == _history(
        ReviewTask, twin.pk
    )


def test_increment_locks_bumps_and_writes_the_change_history_save_would(sales):
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    twin = Deal.objects.create(owner=sales, name=deal.name, customer=deal.customer)
    twin.scope_version += 1
    twin._history_user = sales  # type: ignore[attr-defined]
    twin.save(update_fields=["scope_version"])

    bumped = fastsql.increment(Deal, deal.pk, "scope_version")
    assert bumped is not None
    fastsql.insert_history([bumped], history_type="~", user=sales)

    assert bumped.scope_version == 1 and Deal.objects.get(pk=deal.pk).scope_version == 1
    assert model_to_dict(bumped, exclude=["shared_with"]) == model_to_dict(
        Deal.objects.get(pk=deal.pk), exclude=["shared_with"]
    )
    drop = {"created_at"}
    assert {k: v for k, v in _history(Deal, deal.pk).items() if k not in drop} == {
        k: v for k, v in _history(Deal, twin.pk).items() if k not in drop
    }
    assert fastsql.increment(Deal, 10**9, "scope_version") is None


def test_reads_by_key_and_of_small_tables_match_the_orm(sales):
    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    read = fastsql.get(Deal, deal.pk)
    assert read is not None
    assert model_to_dict(read, exclude=["shared_with"]) == model_to_dict(
        Deal.objects.get(pk=deal.pk), exclude=["shared_with"]
    )
    assert read.created_at == Deal.objects.get(pk=deal.pk).created_at
    assert fastsql.get(Deal, 10**9) is None
    rows = fastsql.all_rows(DeadlinePolicy)
    policies = sorted((p.role, p.policy, p.reminder_share) for p in rows)
    columns = ("role", "policy", "reminder_share")
    assert policies == sorted(DeadlinePolicy.objects.values_list(*columns))
    assert policies  # seeded by migration


def test_audit_events_chain_through_fastsql_and_verify(sales):
    from django.core.management import call_command

    from audit.chain import append

    events = append([
        AuditEvent(at=NOW, action=f"test.{i}", object_type="x", object_id=i, actor=sales,
                   actor_label="rep", after={"n": i})
        for i in range(3)
    ])  # fmt: skip
    stored = list(AuditEvent.objects.order_by("seq").values_list("pk", "seq", "action"))
    assert [(e.pk, e.seq, e.action) for e in events] == stored[-3:]
    call_command("verify_audit")
