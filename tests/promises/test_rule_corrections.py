"""The rules page shows recent tag corrections, and the lead teaches a rule from one.

On a trade the shipped rules were never tuned on, corrections are how the desk learns
what its rules miss (tests/data/sealed/README.md: 0.87-0.94 at first sight there): the
lead sees each correction beside the rules and one link pre-fills the add-rule form.
"""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from promises.models import TriggerRule
from promises.services import ask_tags_correct
from tests.factories.flow import DealFactory, submit

pytestmark = pytest.mark.django_db

BOATYARD = "Customer wants boats with unpaid storage fees kept off the launch list."


def _correct(sales, reviewer, deal_name="Harbour Marine renewal", reason="A booking rule"):
    ask = submit(sales, DealFactory.create(owner=sales, name=deal_name), BOATYARD)
    before = list(ask.categories)
    ask_tags_correct(actor=reviewer, ask_id=ask.pk, categories=["custom_logic"], flags=[],
                     reason=reason)
    return ask, before


def _teach_links(body: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="(/rules/\?[^"]+)"', body)]


def test_the_lead_sees_a_correction_and_teaches_a_rule_from_it(client, lead, sales, product):
    ask, before = _correct(sales, product, reason="A rule on who may launch")
    assert "custom_logic" not in before  # the rules missed it, or this test proves nothing
    client.force_login(lead)
    body = client.get("/rules/").content.decode()
    assert "Recent tag corrections" in body
    assert "unpaid storage fees" in body and "A rule on who may launch" in body
    assert f'href="/asks/{ask.pk}/"' in body
    links = _teach_links(body)
    assert len(links) == 1 and "target=custom_logic" in links[0]

    form = client.get(links[0]).content.decode()
    assert re.search(r'<option value="custom_logic" selected>', form)
    note = f"Taught by the correction of ask #{ask.pk} on Harbour Marine renewal"
    assert f'value="{note}"' in html.unescape(form)

    r = client.post("/rules/", {"pattern": "kept off the launch list", "target": "custom_logic",
                                "note": note, "active": "on"})
    assert r.status_code == 302
    assert TriggerRule.objects.get(pattern="kept off the launch list").note == note
    again = submit(sales, DealFactory.create(owner=sales), BOATYARD)
    assert "custom_logic" in again.categories
    assert "kept off the launch list" in again.matches["custom_logic"]


def test_the_manager_reads_corrections_but_is_offered_no_rule_to_teach(client, manager, sales,
                                                                      product):
    _correct(sales, product)
    client.force_login(manager)
    body = client.get("/rules/").content.decode()
    assert "unpaid storage fees" in body
    assert _teach_links(body) == [] and "Teach a rule" not in body


def test_a_desk_with_no_corrections_says_so(client, lead):
    client.force_login(lead)
    assert "No tag has been corrected yet." in client.get("/rules/").content.decode()


def test_a_link_prefills_what_fits_and_drops_an_overlong_note(client, lead):
    client.force_login(lead)
    body = client.get("/rules/?target=security&note=" + "x" * 301).content.decode()
    assert '<option value="security" selected>' in body
    assert "x" * 301 not in body


def test_the_newest_corrections_come_first_and_only_the_latest_twenty(client, lead, sales,
                                                                     product):
    asks = [_correct(sales, product, reason=f"reason number {n:02d}")[0] for n in range(22)]
    client.force_login(lead)
    body = client.get("/rules/").content.decode()
    shown = re.findall(r"reason number (\d\d)", body)
    assert shown == [f"{n:02d}" for n in range(21, 1, -1)]
    assert f'href="/asks/{asks[0].pk}/"' not in body


def test_the_rules_page_costs_the_same_queries_for_two_and_twenty_corrections(
    client, lead, sales, product
):
    client.force_login(lead)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/rules/").status_code == 200
        return len(ctx.captured_queries)

    for _ in range(2):
        _correct(sales, product)
    few = queries()
    for _ in range(18):
        _correct(sales, product)
    assert queries() == few
