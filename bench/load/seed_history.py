"""The load bench seed's history and audit trail (bench/load/seed.py): one
django-simple-history ``+`` row per seeded object, and the audit events in time order,
hash-chained with ``audit.chain.event_hash`` and written with COPY."""

from __future__ import annotations

from types import SimpleNamespace


def write_history(cur) -> None:
    """One `+` row per object, as django-simple-history writes on creation."""
    cur.execute(
        """
        INSERT INTO promises_historicaldeal (id, name, customer, stage, target_close_date,
            scope_version, created_at, history_date, history_change_reason, history_type,
            history_user_id, owner_id)
        SELECT id, name, customer, stage, target_close_date, scope_version, created_at,
               created_at, NULL, '+', owner_id, owner_id
        FROM promises_deal ORDER BY id
        """
    )
    cur.execute(
        """
        INSERT INTO promises_historicalask (id, text, version, kind, categories, flags,
            matches, set_aside, state, submitted_at, updated_at, history_date,
            history_change_reason, history_type, deal_id, history_user_id, submitted_by_id)
        SELECT id, text, version, kind, categories, flags, matches, set_aside, state,
               submitted_at,
               updated_at, submitted_at, NULL, '+', deal_id, submitted_by_id,
               submitted_by_id
        FROM promises_ask ORDER BY id
        """
    )
    cur.execute(
        """
        INSERT INTO promises_historicalaskversion (id, number, text, created_at,
            history_date, history_change_reason, history_type, ask_id, created_by_id,
            history_user_id)
        SELECT id, number, text, created_at, created_at, NULL, '+', ask_id, created_by_id,
               created_by_id
        FROM promises_askversion ORDER BY id
        """
    )
    cur.execute(
        """
        INSERT INTO reviews_historicalreviewtask (id, ask_version, role, state, opened_at,
            due_at, remind_at, reminded_at, expired_at, verdict, note, answer, answered_at,
            history_date, history_change_reason, history_type, answered_by_id, ask_id,
            assignee_id, history_user_id)
        SELECT id, ask_version, role, state, opened_at, due_at, remind_at, reminded_at,
               expired_at, verdict, note, answer, answered_at,
               coalesce(answered_at, expired_at, opened_at), NULL, '+', answered_by_id,
               ask_id, assignee_id, answered_by_id
        FROM reviews_reviewtask ORDER BY id
        """
    )
    cur.execute(
        """
        INSERT INTO reviews_historicalescalation (id, created_at, resolved_at, history_date,
            history_change_reason, history_type, ask_id, history_user_id, task_id)
        SELECT id, created_at, resolved_at, created_at, NULL, '+', ask_id, NULL, task_id
        FROM reviews_escalation ORDER BY id
        """
    )
    cur.execute(
        """
        INSERT INTO reviews_historicaldecision (id, ask_version, outcome, wording,
            wording_sha256, conditions, due_date, "limit", decided_at, history_date,
            history_change_reason, history_type, ask_id, decided_by_id, history_user_id,
            owner_id)
        SELECT id, ask_version, outcome, wording, wording_sha256, conditions, due_date,
               "limit", decided_at, decided_at, NULL, '+', ask_id, decided_by_id,
               decided_by_id, owner_id
        FROM reviews_decision ORDER BY id
        """
    )


def write_audit(cur) -> int:
    """deal.created, ask.submitted, review.answered and decision.given, in time order,
    chained with audit.chain.event_hash and written with COPY."""
    from psycopg.types.json import Jsonb

    from audit.chain import GENESIS, event_hash

    cur.execute("SELECT id, username FROM auth_user")
    names = dict(cur.fetchall())
    rows: list[tuple] = []  # (at, order, kwargs)
    cur.execute(
        "SELECT id, name, customer, owner_id, stage, target_close_date, created_at "
        "FROM promises_deal"
    )
    for deal_id, name, customer, owner, stage, close, at in cur.fetchall():
        rows.append(
            (
                at,
                0,
                deal_id,
                dict(
                    actor_id=owner,
                    action="deal.created",
                    object_type="promises.deal",
                    object_id=deal_id,
                    deal_id=deal_id,
                    ask_id=None,
                    before={},
                    after={
                        "name": name,
                        "customer": customer,
                        "owner": names[owner],
                        "stage": stage,
                        "target_close_date": str(close or ""),
                    },
                ),
            )
        )
    cur.execute(
        "SELECT id, deal_id, submitted_by_id, submitted_at, text, kind, categories, flags, "
        "matches, set_aside FROM promises_ask"
    )
    for ask_id, deal_id, by, at, text, kind, cats, flags, matches, aside in cur.fetchall():
        rows.append(
            (
                at,
                1,
                ask_id,
                dict(
                    actor_id=by,
                    action="ask.submitted",
                    object_type="promises.ask",
                    object_id=ask_id,
                    deal_id=deal_id,
                    ask_id=ask_id,
                    before={},
                    after={
                        "text": text,
                        "kind": kind,
                        "categories": cats,
                        "flags": flags,
                        "matches": matches,
                        **({"set_aside": aside} if aside else {}),
                    },
                ),
            )
        )
    cur.execute(
        "SELECT t.id, a.deal_id, t.ask_id, t.answered_by_id, t.answered_at, t.verdict, "
        "t.note, t.answer FROM reviews_reviewtask t JOIN promises_ask a ON a.id = t.ask_id "
        "WHERE t.state = 'answered'"
    )
    for task_id, deal_id, ask_id, by, at, verdict, note, answer in cur.fetchall():
        rows.append(
            (
                at,
                2,
                task_id,
                dict(
                    actor_id=by,
                    action="review.answered",
                    object_type="reviews.reviewtask",
                    object_id=task_id,
                    deal_id=deal_id,
                    ask_id=ask_id,
                    before={"state": "open"},
                    after={"state": "answered", "verdict": verdict, "note": note, "answer": answer},
                ),
            )
        )
    cur.execute(
        "SELECT d.id, a.deal_id, d.ask_id, d.decided_by_id, d.decided_at, d.outcome, "
        "d.wording, d.conditions, d.owner_id, d.due_date, d.limit, "
        "(SELECT array_agg(t.id ORDER BY t.id) FROM reviews_reviewtask t "
        " WHERE t.ask_id = d.ask_id) "
        "FROM reviews_decision d JOIN promises_ask a ON a.id = d.ask_id"
    )
    for (
        dec_id,
        deal_id,
        ask_id,
        by,
        at,
        outcome,
        wording,
        cond,
        owner,
        due,
        limit,
        tasks,
    ) in cur.fetchall():
        rows.append(
            (
                at,
                3,
                dec_id,
                dict(
                    actor_id=by,
                    action="decision.given",
                    object_type="reviews.decision",
                    object_id=dec_id,
                    deal_id=deal_id,
                    ask_id=ask_id,
                    before={},
                    after={
                        "outcome": outcome,
                        "wording": wording,
                        "conditions": cond,
                        "owner": names[owner] if owner else None,
                        "due_date": due.isoformat() if due else None,
                        "limit": limit,
                        "ask_version": 1,
                        "reviews": list(tasks or []),
                    },
                ),
            )
        )
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    prev, events = GENESIS, []
    for seq, (at, _, _, fields) in enumerate(rows, start=1):
        # event_hash reads attributes only: a plain namespace hashes exactly as an
        # AuditEvent would, without a model instance per row.
        event = SimpleNamespace(
            at=at,
            actor_label=names[fields["actor_id"]],
            reason="",
            request_id="",
            seq=seq,
            prev_hash=prev,
            **fields,
        )
        event.hash = prev = event_hash(event)  # type: ignore[arg-type]
        events.append(event)
    columns = [
        "seq",
        "prev_hash",
        "hash",
        "at",
        "actor_id",
        "actor_label",
        "action",
        "object_type",
        "object_id",
        "deal_id",
        "ask_id",
        "before",
        "after",
        "reason",
        "request_id",
    ]
    with cur.copy(f"COPY audit_auditevent ({', '.join(columns)}) FROM STDIN") as copy:
        for event in events:
            row = [getattr(event, name) for name in columns]
            row[11], row[12] = Jsonb(event.before), Jsonb(event.after)
            copy.write_row(row)
    return len(events)
