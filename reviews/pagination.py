"""Pages of a review queue by position (a cursor), not by offset and total count.

A queue is read from its head, and a desk that has run for years holds tens of
thousands of live tasks per role and far more answered ones: counting them all on every
page (LimitOffsetPagination's ``count``) cost more than reading the page itself, and
grew with the queue. A cursor page reads one row more than it shows and links to the
next and previous pages; rows added or answered meanwhile neither repeat nor skip.
"""

from rest_framework.pagination import CursorPagination


class QueueCursorPagination(CursorPagination):
    page_size = 50
    max_page_size = 200
    page_size_query_param = "page_size"
    # The queue's own order (reviews.selectors.review_queue): soonest due first, the
    # task's key breaking ties.
    ordering = ("due_at", "id")
