"""The deal page: who sees which of the deal's asks, and how each row reads."""

import pytest

from promises.models import Ask
from tests.factories.flow import EXPORT, RULE, SSO, DealFactory, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def deal_with_asks(sales):
    deal = DealFactory.create(owner=sales)
    for text in (SSO, EXPORT, RULE):
        submit(sales, deal, text)
    return deal


def _shown(client, user, deal) -> set[str]:
    client.force_login(user)
    r = client.get(f"/deals/{deal.pk}/")
    assert r.status_code == 200
    body = r.content.decode()
    return {text for text in (SSO, EXPORT, RULE) if text in body}


def test_its_rep_someone_it_is_shared_with_and_the_lead_see_every_ask(
    client, deal_with_asks, sales, other_sales, lead, manager
):
    deal_with_asks.shared_with.add(other_sales)
    for user in (sales, other_sales, lead, manager):
        assert _shown(client, user, deal_with_asks) == {SSO, EXPORT, RULE}


def test_a_reviewer_sees_only_the_asks_routed_to_their_role(
    client, deal_with_asks, security, product
):
    # Security reviews SSO and the export; product only the approval rule.
    assert _shown(client, security, deal_with_asks) == {SSO, EXPORT}
    assert _shown(client, product, deal_with_asks) == {RULE}


def test_a_rep_of_another_team_is_told_the_deal_does_not_exist(client, deal_with_asks, other_sales):
    client.force_login(other_sales)
    assert client.get(f"/deals/{deal_with_asks.pk}/").status_code == 404


def test_each_row_shows_labels_not_stored_keys(client, deal_with_asks, sales):
    client.force_login(sales)
    body = client.get(f"/deals/{deal_with_asks.pk}/").content.decode()
    ask = Ask.objects.get(deal=deal_with_asks, text=RULE)
    assert f'<span class="tag kind-{ask.kind}">{ask.get_kind_display()}</span>' in body
    assert f'<span class="state state-{ask.state}">{ask.get_state_display()}</span>' in body
    task = ask.review_tasks.get(role="product")
    assert f"product: {task.get_state_display()}</span>" in body
    assert deal_with_asks.get_stage_display() in body
