"""gunicorn.conf.py: the settings production and the load bench serve with."""

import gc
import runpy
from pathlib import Path

import pytest

from promises import rules

CONF = Path(__file__).resolve().parents[1] / "gunicorn.conf.py"


def test_workers_and_bind_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:9001")
    conf = runpy.run_path(str(CONF))
    assert (conf["workers"], conf["bind"], conf["worker_class"]) == (5, "127.0.0.1:9001", "sync")
    monkeypatch.delenv("WEB_CONCURRENCY")
    assert runpy.run_path(str(CONF))["workers"] == 3


@pytest.fixture
def unfreeze():
    yield
    gc.unfreeze()


@pytest.mark.django_db
def test_a_new_worker_builds_the_tagger_before_its_first_request(uncompiled_patterns, unfreeze):
    runpy.run_path(str(CONF))["post_worker_init"](None)
    assert uncompiled_patterns()
    assert gc.get_freeze_count() > 0  # and leaves what it loaded to reference counting


def test_a_failed_warm_up_is_logged_and_the_worker_starts(monkeypatch, caplog, unfreeze):
    def down(*args, **kwargs):
        raise ConnectionError("database not up")

    monkeypatch.setattr(rules, "current_tagger", down)
    runpy.run_path(str(CONF))["post_worker_init"](None)
    assert "warm-up skipped" in caplog.text
