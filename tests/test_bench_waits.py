"""bench/load/waits.py: the load bench's sampler of what database backends wait on."""

import threading
import time

import psycopg
import pytest
from django.db import connection

from bench.load.waits import WaitSampler, label


def _dsn(dbname: str) -> str:
    s = connection.settings_dict
    host, port, user = s["HOST"] or "127.0.0.1", s["PORT"] or "5432", s["USER"] or "postgres"
    return f"postgresql://{user}@{host}:{port}/{dbname}"


def test_labels_name_each_state():
    assert label("active", None, None) == "running"
    assert label("active", "Lock", "advisory") == "waiting Lock:advisory"
    assert label("active", "IO", "WALSync") == "waiting IO:WALSync"
    assert label("idle in transaction", "Client", "ClientRead") == (
        "in transaction, waiting for the app"
    )
    assert label("idle", "Client", "ClientRead") == "idle (between requests)"


@pytest.mark.django_db(transaction=True)
def test_sampler_sees_a_backend_waiting_on_an_advisory_lock():
    if connection.vendor != "postgresql":
        pytest.fail("the load bench samples PostgreSQL; run the suite on PostgreSQL")
    name = connection.settings_dict["NAME"]
    holder = psycopg.connect(_dsn(name))
    holder.execute("SELECT pg_advisory_xact_lock(424242)")  # held until rollback
    waiter_done = threading.Event()

    def wait_for_lock() -> None:
        with psycopg.connect(_dsn(name)) as conn:
            conn.execute("SELECT pg_advisory_xact_lock(424242)")
            conn.rollback()
        waiter_done.set()

    waiter = threading.Thread(target=wait_for_lock)
    waiter.start()
    sampler = WaitSampler(_dsn("postgres"), name, interval=0.005)
    sampler.start()
    try:
        deadline = time.monotonic() + 10
        while sampler.counts["waiting Lock:advisory"] < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        sampler.stop()
        holder.rollback()
        holder.close()
        waiter.join(timeout=10)
    assert waiter_done.is_set()
    assert sampler.counts["waiting Lock:advisory"] >= 3
    # The holder sat in its open transaction, waiting for its client, while sampled.
    assert sampler.counts["in transaction, waiting for the app"] >= 3
    report = sampler.report()
    assert "waiting Lock:advisory" in report and "samples" in report
