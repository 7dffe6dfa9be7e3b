"""The API queue list pages by cursor: every live task once, soonest due first."""

from datetime import timedelta

import pytest
from rest_framework.test import APIClient

from tests.factories.flow import EXPORT, engineering_queue, submit

pytestmark = pytest.mark.django_db


def test_the_api_queue_pages_by_cursor_through_every_live_task(sales, engineer):
    deal, start, expected = engineering_queue(sales, 55)
    client = APIClient()
    client.force_authenticate(engineer)
    first = client.get("/api/review-tasks/").json()
    assert set(first) == {"next", "previous", "results"}  # no count of the whole queue
    assert [t["id"] for t in first["results"]] == expected[:50] and first["previous"] is None
    # A task added at the head between pages shifts nothing on the next page (an
    # offset would have shown the 50th task again).
    submit(sales, deal, EXPORT, now=start - timedelta(hours=1))
    second = client.get(first["next"]).json()
    assert [t["id"] for t in second["results"]] == expected[50:] and second["next"] is None
    back = client.get(second["previous"]).json()
    assert [t["id"] for t in back["results"]] == expected[:50]
    assert client.get("/api/review-tasks/?cursor=nonsense").status_code == 404
