"""Real transactions and threads on PostgreSQL: exactly one answer wins."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from dealdesk.errors import Conflict
from promises.models import Ask
from promises.services import ask_edit
from reviews.models import Decision
from reviews.services import decision_give
from tests.conftest import make_user
from tests.factories.flow import SSO, DealFactory, answer_all, submit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_together(*calls):
    """Start every call at the same moment, each on its own connection."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def worker(i, fn):
        try:
            barrier.wait()
            results[i] = ("ok", fn())
        except Exception as exc:  # collected and asserted by the test
            results[i] = ("error", exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, fn)) for i, fn in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


@pytest.fixture
def ready(sales, reviewers):
    return answer_all(submit(sales, DealFactory.create(owner=sales), SSO), reviewers)


def decide(lead, ask, sales, n=0, version=None):
    return lambda: decision_give(
        actor=lead, ask_id=ask.pk, outcome="approved",
        wording=f"Yes, SAML SSO through Okta for {400 + n} users by go-live.",
        owner_id=sales.pk, due_date=timezone.localdate() + timedelta(days=30),
        limit="SAML only", ask_version=version)


def test_twenty_simultaneous_decisions_one_wins(ready, sales):
    leads = [make_user(f"lead{i}", "deal_desk_lead") for i in range(20)]
    results = run_together(*(decide(lead, ready, sales, n) for n, lead in enumerate(leads)))
    oks = [r for r in results if r[0] == "ok"]
    errors = [r[1] for r in results if r[0] == "error"]
    assert len(oks) == 1
    assert len(errors) == 19 and all(isinstance(e, Conflict) for e in errors), errors
    assert Decision.objects.filter(ask=ready).count() == 1
    assert Decision.objects.get().wording == oks[0][1].wording


def test_edit_racing_a_decision_one_wins_and_the_other_is_told(ready, sales, lead):
    new_text = "Customer wants SAML single sign-on through Okta for 50 admin users."
    results = run_together(
        decide(lead, ready, sales, version=1),
        lambda: ask_edit(actor=sales, ask_id=ready.pk, text=new_text, version=1),
    )
    kinds = [r[0] for r in results]
    assert sorted(kinds) == ["error", "ok"], results
    loser = next(r[1] for r in results if r[0] == "error")
    assert isinstance(loser, Conflict) and loser.code in ("ask_edited", "already_decided")
    ask = Ask.objects.get(pk=ready.pk)
    if loser.code == "ask_edited":  # the edit won: new version in review, no decision
        assert ask.version == 2 and ask.state == Ask.State.IN_REVIEW
        assert not Decision.objects.exists()
    else:  # the decision won: the words it approved are the ones that stand
        assert ask.version == 1 and ask.state == Ask.State.DECIDED
        assert Decision.objects.get().ask_version == 1
