"""dealdesk.history: Model.history builds its manager class once, and still filters."""

import pytest

from promises.models import Deal

pytestmark = pytest.mark.django_db


def test_history_manager_class_is_reused_and_bound_per_instance(sales):
    one = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    two = Deal.objects.create(owner=sales, name="Globex", customer="Globex")
    assert type(Deal.history) is type(Deal.history)
    assert type(one.history) is type(two.history)
    assert {h.id for h in one.history.all()} == {one.pk}
    assert {h.id for h in two.history.all()} == {two.pk}
    assert {h.id for h in Deal.history.all()} >= {one.pk, two.pk}
