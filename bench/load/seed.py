"""Seed a large desk fast, straight in SQL, for bench/load_bench.py.

Run by load_bench.py in a child process whose Django settings point at the seed
database (already migrated). Nothing here goes through the services one by one: rows
are made with INSERT ... SELECT over generate_series, and the audit events, whose hash
chain is computed in Python with ``audit.chain.event_hash``, go in with COPY, so
``manage.py verify_audit`` passes on the seeded data.

The desk, for ``asks`` asks (default 100,000) over ``deals`` deals (10 asks a deal):

- time runs from 200 days ago to now; ask n of the desk is the n-th submitted, and
  deal ``(n - 1) % deals + 1`` holds it, so every deal has old and new asks;
- the oldest 70% are decided (reviews answered, one decision: 9 in 10 approved), the
  next 15% await the lead's decision, the next 5% are paused (their reviews expired,
  each with an escalation), the newest 10% are in review (submitted in the last 20
  hours, reviews open and not yet due);
- every ask is reviewed by engineering; by asks' wording 3 in 4 also by security and
  3 in 4 also by product: 2.5 review tasks an ask (250,000 for 100,000 asks);
- one history row per object (django-simple-history ``+`` rows) for deals, asks, ask
  versions, review tasks, decisions and escalations;
- audit events: deal.created, ask.submitted, review.answered, decision.given, in time
  order, chained;
- users: the demo users (the username is the role, password ``dealdesk-demo``) and
  more reps and reviewers, each with a DRF token; 100,000 notifications, 1 in 20
  unread.

The wording the asks carry is chosen in bench/load/seed_texts.py; the history rows and
the audit events' hash chain are written by bench/load/seed_history.py.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

SEED_VERSION = 2  # 2: asks carry set_aside (promises 0006)
PASSWORD = "dealdesk-demo"

# role -> extra members besides the demo user named after the role
EXTRA_MEMBERS = {
    "sales": 19,
    "engineering": 4,
    "security": 2,
    "product": 2,
    "deal_desk_lead": 0,
    "manager": 0,
}
VERDICT = {"engineering": "fits_today", "security": "supported", "product": "in_product"}
ANSWER = {
    "engineering": {"effort_hours": 16, "dependencies": "", "limits": "", "earliest_date": ""},
    "security": {
        "access": "supported",
        "logging": "supported",
        "encryption": "supported",
        "retention": "not_asked",
        "lane": "paperwork",
    },
    "product": {"rule": "Existing product rule.", "fit": "in_product"},
}


_T0 = time.perf_counter()


def _log(message: str) -> None:
    print(f"  seed [{time.perf_counter() - _T0:5.0f} s]: {message}", flush=True)


def seed(deals: int, asks: int) -> dict:
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction

    from bench.load.seed_history import write_audit, write_history
    from bench.load.seed_texts import GROUP_ROLES, ask_texts

    now = datetime.now(UTC).replace(microsecond=0)
    started = time.perf_counter()
    texts = ask_texts()
    password = make_password(PASSWORD)
    decided_to = int(asks * 0.70)
    awaiting_to = int(asks * 0.85)
    paused_to = int(asks * 0.90)
    with transaction.atomic(), connection.cursor() as cur:
        # -- users, roles, tokens -------------------------------------------------
        members: dict[str, list[int]] = {}
        for role, extra in EXTRA_MEMBERS.items():
            names = [role] + [f"{role}{i:02d}" for i in range(2, extra + 2)]
            cur.execute("SELECT id FROM auth_group WHERE name = %s", [role])
            group_id = cur.fetchone()[0]
            members[role] = []
            for name in names:
                cur.execute(
                    "INSERT INTO auth_user (password, is_superuser, username, first_name, "
                    "last_name, email, is_staff, is_active, date_joined) "
                    "VALUES (%s, false, %s, '', '', %s, false, true, %s) RETURNING id",
                    [password, name, f"{name}@example.com", now - timedelta(days=365)],
                )
                user_id = cur.fetchone()[0]
                members[role].append(user_id)
                cur.execute(
                    "INSERT INTO auth_user_groups (user_id, group_id) VALUES (%s, %s)",
                    [user_id, group_id],
                )
                cur.execute(
                    "INSERT INTO authtoken_token (key, created, user_id) "
                    "VALUES (encode(sha256(convert_to(%s, 'UTF8')), 'hex')::varchar(40), "
                    "%s, %s)",
                    [f"bench-token-{name}-{now.isoformat()}", now, user_id],
                )
        lead = members["deal_desk_lead"][0]
        cur.execute(
            "CREATE TEMP TABLE bench_members (role text, n int, user_id int) ON COMMIT DROP"
        )
        for role, ids in members.items():
            for n, user_id in enumerate(ids):
                cur.execute("INSERT INTO bench_members VALUES (%s, %s, %s)", [role, n, user_id])
        cur.execute(
            "CREATE TEMP TABLE bench_texts (grp int, n int, text text, kind text, "
            "categories jsonb, flags jsonb, matches jsonb, set_aside jsonb) ON COMMIT DROP"
        )
        for group, items in texts.items():
            for n, item in enumerate(items):
                cur.execute(
                    "INSERT INTO bench_texts VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    [
                        group,
                        n,
                        item["text"],
                        item["kind"],
                        json.dumps(item["categories"]),
                        json.dumps(item["flags"]),
                        json.dumps(item["matches"]),
                        json.dumps(item["set_aside"]),
                    ],
                )
        cur.execute("CREATE TEMP TABLE bench_group_roles (grp int, role text) ON COMMIT DROP")
        for group, role_names in GROUP_ROLES.items():
            for role in role_names:
                cur.execute("INSERT INTO bench_group_roles VALUES (%s, %s)", [group, role])
        n_reps = len(members["sales"])
        _log(f"{sum(len(v) for v in members.values())} users with roles and tokens")

        # -- deals ------------------------------------------------------------------
        cur.execute(
            """
            INSERT INTO promises_deal (id, name, customer, owner_id, stage,
                                       target_close_date, scope_version, created_at)
            SELECT g, 'Rollout ' || g, 'Customer ' || g, m.user_id,
                   (ARRAY['discovery','evaluation','negotiation','closed_won'])[1 + g %% 4],
                   (%(now)s::date + 30 + g %% 90),
                   0, %(now)s - interval '201 days' + g * interval '1 second'
            FROM generate_series(1, %(deals)s) g
            JOIN bench_members m ON m.role = 'sales' AND m.n = (g - 1) %% %(reps)s
            """,
            {"now": now, "deals": deals, "reps": n_reps},
        )
        # -- asks -------------------------------------------------------------------
        cur.execute(
            """
            CREATE TEMP TABLE bench_asks ON COMMIT DROP AS
            SELECT g AS id, (g - 1) %% %(deals)s + 1 AS deal_id, g %% 4 AS grp,
                   CASE WHEN g <= %(decided)s THEN 'decided'
                        WHEN g <= %(awaiting)s THEN 'awaiting_decision'
                        WHEN g <= %(paused)s THEN 'paused'
                        ELSE 'in_review' END AS state,
                   CASE WHEN g <= %(paused)s
                        THEN %(now)s - interval '200 days'
                             + (g::float8 / %(paused)s) * interval '198 days'
                        ELSE %(now)s - interval '20 hours'
                             + ((g - %(paused)s)::float8 / (%(asks)s - %(paused)s + 1))
                               * interval '20 hours'
                   END AS submitted_at
            FROM generate_series(1, %(asks)s) g
            """,
            {
                "deals": deals,
                "asks": asks,
                "decided": decided_to,
                "awaiting": awaiting_to,
                "paused": paused_to,
                "now": now,
            },
        )
        cur.execute(
            """
            INSERT INTO promises_ask (id, deal_id, text, version, kind, categories, flags,
                                      matches, set_aside, state, submitted_by_id,
                                      submitted_at, updated_at)
            SELECT a.id, a.deal_id, t.text, 1, t.kind, t.categories, t.flags, t.matches,
                   t.set_aside,
                   a.state, d.owner_id, a.submitted_at,
                   a.submitted_at + CASE WHEN a.state = 'in_review' THEN interval '0'
                                         ELSE interval '30 hours' END
            FROM bench_asks a
            JOIN promises_deal d ON d.id = a.deal_id
            JOIN bench_texts t ON t.grp = a.grp
              AND t.n = (a.id / 4) %% (SELECT count(*) FROM bench_texts x WHERE x.grp = a.grp)
            ORDER BY a.id
            """,
            {},
        )
        cur.execute(
            """
            INSERT INTO promises_askversion (number, text, created_at, ask_id, created_by_id)
            SELECT 1, text, submitted_at, id, submitted_by_id FROM promises_ask ORDER BY id
            """
        )
        cur.execute(
            """
            UPDATE promises_deal d SET scope_version = s.n
            FROM (SELECT deal_id, count(*) + count(*) FILTER (WHERE state = 'decided') AS n
                  FROM promises_ask GROUP BY deal_id) s
            WHERE d.id = s.deal_id
            """
        )
        _log(f"{deals:,} deals, {asks:,} asks")
        # -- review tasks -----------------------------------------------------------
        cur.execute(
            """
            INSERT INTO reviews_reviewtask (ask_id, ask_version, role, state, opened_at,
                                            due_at, remind_at, reminded_at, expired_at,
                                            verdict, note, answer, answered_at,
                                            answered_by_id, assignee_id)
            SELECT a.id, 1, r.role,
                   CASE a.state WHEN 'paused' THEN 'expired' WHEN 'in_review' THEN 'open'
                                ELSE 'answered' END,
                   a.submitted_at, a.submitted_at + interval '24 hours',
                   a.submitted_at + interval '18 hours',
                   CASE WHEN a.state = 'in_review' AND
                             a.submitted_at + interval '18 hours' > %(now)s THEN NULL
                        WHEN a.state IN ('paused', 'in_review')
                        THEN a.submitted_at + interval '18 hours' END,
                   CASE WHEN a.state = 'paused' THEN a.submitted_at + interval '24 hours' END,
                   CASE WHEN a.state IN ('decided', 'awaiting_decision')
                        THEN v.verdict ELSE '' END,
                   '',
                   CASE WHEN a.state IN ('decided', 'awaiting_decision')
                        THEN v.answer ELSE '{}' END,
                   CASE WHEN a.state IN ('decided', 'awaiting_decision')
                        THEN a.submitted_at + interval '6 hours' END,
                   CASE WHEN a.state IN ('decided', 'awaiting_decision') THEN m.user_id END,
                   CASE WHEN a.id %% 7 = 0 THEN m.user_id END
            FROM bench_asks a
            JOIN bench_group_roles r ON r.grp = a.grp
            JOIN (VALUES ('engineering', %(v_eng)s, %(a_eng)s::jsonb),
                         ('security', %(v_sec)s, %(a_sec)s::jsonb),
                         ('product', %(v_prod)s, %(a_prod)s::jsonb)) v(role, verdict, answer)
              ON v.role = r.role
            JOIN bench_members m ON m.role = r.role
             AND m.n = a.id %% (SELECT count(*) FROM bench_members x WHERE x.role = r.role)
            ORDER BY a.id, r.role
            """,
            {
                "now": now,
                "v_eng": VERDICT["engineering"],
                "v_sec": VERDICT["security"],
                "v_prod": VERDICT["product"],
                "a_eng": json.dumps(ANSWER["engineering"]),
                "a_sec": json.dumps(ANSWER["security"]),
                "a_prod": json.dumps(ANSWER["product"]),
            },
        )
        cur.execute(
            """
            INSERT INTO reviews_escalation (created_at, ask_id, task_id)
            SELECT due_at, ask_id, id FROM reviews_reviewtask
            WHERE state = 'expired' ORDER BY id
            """
        )
        # -- decisions --------------------------------------------------------------
        cur.execute(
            """
            INSERT INTO reviews_decision (ask_version, outcome, wording, wording_sha256,
                                          conditions, due_date, "limit", decided_at,
                                          ask_id, decided_by_id, owner_id)
            SELECT 1, CASE WHEN a.id %% 10 = 0 THEN 'rejected' ELSE 'approved' END,
                   a.text, encode(sha256(convert_to(a.text, 'UTF8')), 'hex'), '',
                   CASE WHEN a.id %% 10 = 0 THEN NULL
                        ELSE (a.submitted_at + interval '60 days')::date END,
                   CASE WHEN a.id %% 10 = 0 THEN '' ELSE 'As worded, nothing more.' END,
                   a.submitted_at + interval '30 hours', a.id, %(lead)s,
                   CASE WHEN a.id %% 10 = 0 THEN NULL ELSE d.owner_id END
            FROM promises_ask a JOIN promises_deal d ON d.id = a.deal_id
            WHERE a.state = 'decided'
            ORDER BY a.id
            """,
            {"lead": lead},
        )
        # -- notifications ----------------------------------------------------------
        cur.execute(
            """
            INSERT INTO reviews_notification (recipient_id, key, kind, subject, body, link,
                                              state, attempts, last_error, created_at,
                                              sent_at, read_at)
            SELECT m.user_id, 'bench:' || g, 'reminder', 'Review due soon', 'A review is due.',
                   '/reviews/', 'sent', 1, '',
                   %(now)s - (100001 - g) * interval '2 minutes',
                   %(now)s - (100001 - g) * interval '2 minutes',
                   CASE WHEN g %% 20 = 0 THEN NULL
                        ELSE %(now)s - (100001 - g) * interval '2 minutes' END
            FROM generate_series(1, 100000) g
            JOIN (SELECT user_id, row_number() OVER (ORDER BY user_id) - 1 AS k,
                         count(*) OVER () AS total FROM bench_members) m
              ON m.k = g %% m.total
            """,
            {"now": now},
        )
        for table in (
            "promises_deal",
            "promises_ask",
            "promises_askversion",
            "reviews_reviewtask",
            "reviews_escalation",
            "reviews_decision",
        ):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        _log("review tasks, escalations, decisions, notifications")
        write_history(cur)
        _log("history rows")
        n_events = write_audit(cur)
        _log(f"{n_events:,} audit events (hash chain computed in Python, COPY)")
        cur.execute(
            "CREATE TABLE bench_load_meta (seed_version int, deals int, asks int, tasks int, "
            "seeded_at timestamptz)"
        )
        cur.execute("SELECT count(*) FROM reviews_reviewtask")
        tasks = cur.fetchone()[0]
        cur.execute(
            "INSERT INTO bench_load_meta VALUES (%s, %s, %s, %s, %s)",
            [SEED_VERSION, deals, asks, tasks, now],
        )
    with connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE")
    _log(f"done in {time.perf_counter() - started:.1f} s")
    return {"deals": deals, "asks": asks, "tasks": tasks, "events": n_events}


def main() -> None:
    import argparse

    import django

    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, required=True)
    parser.add_argument("--asks", type=int, required=True)
    args = parser.parse_args()
    django.setup()
    result = seed(args.deals, args.asks)
    print("SEEDED " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
