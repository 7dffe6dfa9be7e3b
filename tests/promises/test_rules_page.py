"""The rules page lists the rules a hundred at a time, with filters.

The release ships a few thousand rules; on one page they made it hundreds of thousands
of pixels long on a phone (tests/browser/test_rules.py), so the lead finds a rule by
a word of it, its target or its state, and pages through the rest.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from promises.models import TriggerRule
from promises.services import rule_create, rule_update
from promises.views import RULES_PER_PAGE
from tests.factories.flow import EXPORT, DealFactory, submit

pytestmark = pytest.mark.django_db

BOATYARD = "Customer wants boats with unpaid storage fees kept off the launch list."


def _patterns(body: str) -> list[str]:
    return re.findall(r'data-label="Pattern"><a href="/rules/\d+/"><code>([^<]*)</code>', body)


def test_the_first_page_shows_a_hundred_rules_and_says_how_many_there_are(client, lead):
    client.force_login(lead)
    body = client.get("/rules/").content.decode()
    total = TriggerRule.objects.count()
    assert total > RULES_PER_PAGE  # the shipped rules, seeded by migration
    assert len(_patterns(body)) == RULES_PER_PAGE
    assert f"{total:,} rules, 1-{RULES_PER_PAGE} shown".replace(",", "") in body.replace(",", "")
    assert 'href="?page=2"' in body


def test_a_word_of_the_pattern_or_the_note_finds_a_rule_on_any_page(client, lead):
    rule_create(actor=lead, pattern="zorblax", target="data_movement",
                note="Taught by the Acme deal: their ERP")
    client.force_login(lead)
    body = client.get("/rules/?q=ZORBLAX").content.decode()
    assert _patterns(body) == ["zorblax"] and "1 rule, 1-1 shown" in body
    assert _patterns(client.get("/rules/?q=acme+deal").content.decode()) == ["zorblax"]


def test_the_target_and_state_filters_and_the_pager_keeps_them(client, lead):
    rule = rule_create(actor=lead, pattern="zorblax", target="delivery_date", note="x")
    rule_update(actor=lead, rule_id=rule.pk, pattern="zorblax", is_regex=False,
                target="delivery_date", note="x", active=False)
    client.force_login(lead)
    inactive = _patterns(client.get("/rules/?show=delivery_date&state=inactive").content.decode())
    assert "zorblax" in inactive
    assert not TriggerRule.objects.filter(pattern__in=inactive, active=True).exists()
    body = client.get("/rules/?show=security").content.decode()
    shown = set(TriggerRule.objects.filter(pattern__in=_patterns(body)).values_list("target",
                                                                                   flat=True))
    assert shown == {"security"}
    assert 'href="?show=security&amp;page=2"' in body


def test_a_page_costs_the_same_queries_wherever_it_is(client, lead):
    client.force_login(lead)

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    assert queries("/rules/?page=3") == queries("/rules/")


def test_the_lead_switches_off_the_longest_shipped_rule_on_its_page(client, lead):
    rule = max(TriggerRule.objects.filter(active=True), key=lambda r: len(r.pattern))
    assert len(rule.pattern) > 2000  # longer than the form once allowed
    client.force_login(lead)
    page = client.get(f"/rules/{rule.pk}/").content.decode()
    assert "<textarea" in page.split('name="pattern"')[0][-200:]
    r = client.post(f"/rules/{rule.pk}/", {"pattern": rule.pattern, "is_regex": "on",
                                          "target": rule.target, "note": rule.note})
    assert r.status_code == 302, r.content.decode()[:2000]
    rule.refresh_from_db()
    assert rule.active is False


def _try(client, pattern: str, target: str = "custom_logic", is_regex: bool = False):
    data = {"pattern": pattern, "target": target, "note": "trial", "active": "on", "try": "1"}
    if is_regex:
        data["is_regex"] = "on"
    return client.post("/rules/", data)


def test_the_lead_tries_a_rule_on_recent_asks_before_saving_it(client, lead, sales):
    deal = DealFactory.create(owner=sales, name="Harbour Marine renewal")
    launch = submit(sales, deal, BOATYARD)
    other = submit(sales, deal, EXPORT)
    rules_before = TriggerRule.objects.count()
    client.force_login(lead)
    r = _try(client, "off the launch list")
    assert r.status_code == 200
    body = r.content.decode()
    assert "Tried on the latest 2 asks: matches 1" in body
    assert f'href="/asks/{launch.pk}/"' in body and f'href="/asks/{other.pk}/"' not in body
    assert "off the launch list" in body.split('id="trial"')[1]
    assert TriggerRule.objects.count() == rules_before  # nothing saved
    assert 'value="off the launch list"' not in body  # a textarea keeps it as text instead
    assert re.search(r">\s*off the launch list</textarea>", body)


def test_a_bad_regex_is_refused_when_tried_and_the_form_keeps_it(client, lead):
    client.force_login(lead)
    r = _try(client, "(unclosed", is_regex=True)
    assert r.status_code == 400
    body = r.content.decode()
    assert re.search(r">\s*\(unclosed</textarea>", body) and 'id="trial"' not in body


def test_trying_a_rule_costs_the_same_queries_for_few_and_many_asks(client, lead, sales):
    client.force_login(lead)
    deal = DealFactory.create(owner=sales)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert _try(client, "export").status_code == 200
        return len(ctx.captured_queries)

    for _ in range(2):
        submit(sales, deal, EXPORT)
    few = queries()
    for _ in range(20):
        submit(sales, deal, EXPORT)
    assert queries() == few
