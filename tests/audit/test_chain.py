import re
import threading
from itertools import pairwise
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from audit.chain import GENESIS, verify
from audit.models import AuditEvent
from promises.services import deal_create
from tests.conftest import make_user
from tests.factories.flow import SSO, DealFactory, submit

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_services_write_a_chained_event_in_the_same_transaction(sales):
    deal = DealFactory.create(owner=sales)
    submit(sales, deal, SSO)
    events = list(AuditEvent.objects.order_by("seq"))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert events[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in pairwise(events))
    assert verify()[0]


@pytest.mark.django_db
def test_refused_change_writes_no_event(sales):
    from dealdesk.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        deal_create(actor=sales, name="", customer="")
    assert AuditEvent.objects.count() == 0


@pytest.mark.django_db
def test_postgres_refuses_update_and_delete_of_audit_rows(sales):
    deal_create(actor=sales, name="Globex", customer="Globex")
    event = AuditEvent.objects.get()
    for statement in ("UPDATE audit_auditevent SET reason = 'x'", "DELETE FROM audit_auditevent"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), \
                connection.cursor() as cursor:
            cursor.execute(statement)
    assert AuditEvent.objects.get().reason == event.reason


@pytest.mark.django_db
def test_postgres_refuses_truncate_of_audit_rows_outside_the_test_runner():
    # (A row written in this test's transaction would stop TRUNCATE for another reason,
    # its pending foreign-key checks; the trigger refuses the statement, rows or none.)
    with pytest.raises(DatabaseError, match="TRUNCATE refused"), transaction.atomic(), \
            connection.cursor() as cursor:
        # What every connection but the test settings' has: the setting unset.
        cursor.execute("SET LOCAL dealdesk.allow_audit_truncate = ''")
        cursor.execute("TRUNCATE audit_auditevent CASCADE")
    with transaction.atomic(), connection.cursor() as cursor:  # as the test runner does
        cursor.execute("TRUNCATE audit_auditevent CASCADE")


@pytest.mark.django_db
def test_verify_audit_finds_a_row_changed_behind_the_applications_back(sales):
    for name in ("A", "B", "C"):
        deal_create(actor=sales, name=name, customer=name)
    call_command("verify_audit")
    second = AuditEvent.objects.get(seq=2)
    with connection.cursor() as cursor:
        # What a DBA with trigger rights could do: bypass triggers and edit a row.
        cursor.execute("SET session_replication_role = replica")
        cursor.execute("UPDATE audit_auditevent SET after = after || '{\"name\": \"Z\"}' "
                       "WHERE id = %s", [second.pk])
        cursor.execute("SET session_replication_role = DEFAULT")
    with pytest.raises(CommandError, match=r"event #2 .* was changed after it was written"):
        call_command("verify_audit")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_writers_keep_one_unbroken_chain():
    reps = [make_user(f"rep{i}", "sales") for i in range(8)]
    barrier = threading.Barrier(len(reps))

    def work(user):
        try:
            barrier.wait()
            for n in range(5):
                deal_create(actor=user, name=f"{user.username}-{n}", customer="C")
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(u,)) for u in reps]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert AuditEvent.objects.count() == 40
    ok, message = verify()
    assert ok, message


AUDITED = ("Deal", "Ask", "AskVersion", "ReviewTask", "Decision", "Escalation", "TriggerRule",
           "TagCorrection", "Evidence", "Comment", "CloseplanVersion", "CloseplanLine",
           "CloseplanSend", "DeadlinePolicy", "BusinessCalendarConfig", "Holiday")


def test_no_code_path_bulk_updates_an_audited_model():
    """QuerySet.update() writes no history rows: audited models change through save()
    or simple-history's bulk helpers."""
    offenders = []
    for path in ROOT.glob("*/**/*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith((".venv", "tests/", "bench/")) or "/migrations/" in rel:
            continue
        source = path.read_text()
        for model in AUDITED:
            if re.search(rf"\b{model}\.objects\.[^\n]*\.(update|delete)\(", source):
                offenders.append(f"{rel}: {model}")
    assert offenders == []
