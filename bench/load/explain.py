"""EXPLAIN (ANALYZE, BUFFERS) of the SELECTs on the big tables that the load bench's
hot paths really send, captured as served, with the indexes each plan uses and any
sequential scan."""

from __future__ import annotations

import re

BIG_TABLES = (
    "reviews_reviewtask",
    "promises_ask",
    "promises_deal",
    "reviews_decision",
    "audit_auditevent",
    "reviews_notification",
    "closeplans_closeplanversion",
)


def _captured(fn) -> list[tuple[str, object]]:
    """The statements a call sends (it runs them), for EXPLAIN."""
    from django.db import connection

    statements: list[tuple[str, object]] = []

    def keep(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep):
        fn()
    return statements


def explain(fx: dict) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of the statements the hot paths really send."""
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from audit.selectors import deal_timeline
    from promises.models import Deal
    from reviews.models import ReviewTask
    from reviews.services.sweep import due_for_expiry

    now = timezone.now()
    deal = Deal.objects.get(pk=fx["page_deal"])
    eng, sales = Client(HTTP_HOST="127.0.0.1"), Client(HTTP_HOST="127.0.0.1")
    eng.cookies["sessionid"], sales.cookies["sessionid"] = fx["eng_session"], fx["sales_session"]
    token = {"Authorization": f"Token {fx['eng_token']}"}

    def big(where: str, statements) -> list[tuple[str, tuple[str, object]]]:
        out = []
        for sql, params in statements:
            table = re.search(r'FROM "(\w+)"', sql)
            if not (
                sql.lstrip().upper().startswith("SELECT") and table and table.group(1) in BIG_TABLES
            ):
                continue
            what = "count of " if sql.lstrip().upper().startswith("SELECT COUNT") else ""
            out.append((f"{where}: {what}{table.group(1)}", (sql, params)))
        return out

    hot = [
        *big("queue page", _captured(lambda: eng.get("/reviews/"))),
        *big("API queue list", _captured(lambda: eng.get("/api/review-tasks/", headers=token))),
        *big("sweep: anything due?", _captured(lambda: list(due_for_expiry(now)))),
        *big(
            "sweep: due tasks",
            _captured(
                lambda: list(
                    ReviewTask.objects.filter(state="open", due_at__lte=now).order_by("due_at")[
                        :5000
                    ]
                )
            ),
        ),
        *big("deal page", _captured(lambda: sales.get(f"/deals/{deal.pk}/"))),
        *big(
            "deal history",
            _captured(lambda: list(deal_timeline(deal=deal).select_related("actor")[:1000])),
        ),
    ]
    print("\nEXPLAIN (ANALYZE, BUFFERS) of the statements the hot paths send, at this scale:")
    summary = []
    for label, (sql, params) in hot:
        with connection.cursor() as cur:
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plan = "\n".join(row[0] for row in cur.fetchall())
        indexes = sorted(
            set(
                re.findall(r"Index (?:Only )?Scan(?: Backward)? using (\w+)", plan)
                + re.findall(r"Bitmap Index Scan on (\w+)", plan)
            )
        )
        seqs = sorted(set(re.findall(r"Seq Scan on (\w+)", plan)))
        took = re.search(r"Execution Time: ([\d.]+) ms", plan)
        line = (
            f"{label:<50} {took.group(1) if took else '?':>8} ms  indexes: "
            f"{', '.join(indexes) or 'none'}"
        )
        if seqs:
            with connection.cursor() as cur:
                cur.execute(
                    "SELECT relname, greatest(reltuples, 0)::bigint FROM pg_class "
                    "WHERE relname = ANY(%s)",
                    [seqs],
                )
                sizes = dict(cur.fetchall())
            line += "  seq scan: " + ", ".join(f"{t} ({sizes.get(t, '?')} rows)" for t in seqs)
        summary.append(line)
        print(f"\n-- {line}\n   {' '.join(sql.split())[:300]}")
        for row in plan.splitlines():
            print(f"   {row}")
    print("\nsummary:")
    for line in summary:
        print(f"  {line}")
