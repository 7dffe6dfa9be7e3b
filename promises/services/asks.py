"""Submitting asks: the hot path, with the text, tagging and routing helpers that the
changes to an ask (`promises.services.ask_changes`) share."""

from contextlib import nullcontext
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from dealdesk import fastsql, roles
from dealdesk.errors import NotAllowed, NotFound, ValidationFailed
from promises.models import Ask, AskVersion, Deal
from promises.rules import cached_tagger, current_tagger
from promises.selectors import user_may_write_deal
from promises.services import submit_pg
from promises.tagging import TagResult
from promises.wording import lint


def _checked_text(text: str) -> str:
    text = (text or "").strip()
    problems = lint(text)
    if problems:
        raise ValidationFailed(
            "The ask was refused: " + problems[0].message,
            code="ask_refused",
            fields={
                "text": [
                    {"code": p.code, "message": p.message, "start": p.start, "end": p.end}
                    for p in problems
                ]
            },
        )
    return text


def _apply_tags(ask: Ask, tags: TagResult) -> None:
    ask.categories, ask.flags, ask.kind, ask.matches, ask.set_aside = (
        list(tags.categories),
        list(tags.flags),
        tags.kind,
        dict(tags.matches),
        {category: list(words) for category, words in tags.set_aside.items()},
    )


def _bump_scope(deal_id: int, actor) -> None:
    # One UPDATE ... RETURNING: takes the deal's row lock and bumps in one statement.
    deal = fastsql.increment(Deal, deal_id, "scope_version")
    if deal is None:
        raise NotFound("No such deal.")
    fastsql.insert_history([deal], history_type="~", user=actor)


def _route(ask: Ask, actor, now: datetime) -> list:
    from reviews.services import required_roles, review_tasks_open

    tasks = review_tasks_open(
        ask=ask, role_names=required_roles(ask.categories, ask.flags), now=now, actor=actor
    )
    _tell_lead_of_terms(ask)
    return tasks


def _tell_lead_of_terms(ask: Ask) -> None:
    from reviews.services import notify_role

    if "commercial_terms" in ask.flags:
        notify_role(
            role=roles.LEAD,
            kind="commercial_terms",
            key=f"commercial:{ask.pk}:v{ask.version}",
            subject=f"Commercial terms in an ask: {ask.text[:80]}",
            body=f"This ask touches SLA, support, pricing or free work:\n\n{ask.text}",
            link=f"/asks/{ask.pk}/",
        )


def _prefill_tasks(ask: Ask, tasks: list) -> None:
    # The caller can show the new ask with its tasks without reading them back: filled
    # in as Django's prefetch_related fills a relation (a queryset with its results).
    qs: Any = ask.review_tasks.all()  # type: ignore[attr-defined]
    qs._result_cache, qs._prefetch_done = tasks, True
    ask._prefetched_objects_cache = {"review_tasks": qs}  # type: ignore[attr-defined]


def ask_submit(*, actor, deal: Deal | int, text: str, now: datetime | None = None) -> Ask:
    """The hot path of the desk (`deal`: the deal or its id). On PostgreSQL two
    statements and no transaction around them (`submit_pg`): one reads, one writes
    every row, history and the audit event as one transaction of its own. Elsewhere one
    `dealdesk.fastsql` statement per table, in a transaction. Both write what `save()`
    and `audit_record` would."""
    now = now or timezone.now()
    if connection.vendor == "postgresql":
        return _submit_pg(actor, deal, text, now)
    with transaction.atomic():
        return _submit_per_table(actor, deal, text, now)


def _new_ask(actor, deal_id: int, text: str, now: datetime, tags: TagResult, ask_id=None) -> Ask:
    ask = Ask(id=ask_id, deal_id=deal_id, text=text, submitted_by=actor, submitted_at=now)
    _apply_tags(ask, tags)
    return ask


def _submitted_event(actor, ask: Ask):
    from audit.services import audit_event

    after = {"text": ask.text, "kind": ask.kind, "categories": ask.categories,
             "flags": ask.flags, "matches": ask.matches}  # fmt: skip
    if ask.set_aside:
        after["set_aside"] = ask.set_aside
    return audit_event(actor=actor, action="ask.submitted", obj=ask, deal_id=ask.deal_id,
                       ask_id=ask.pk, after=after)  # fmt: skip


def _refused(actor, deal: Deal | int, exists: bool) -> Exception:
    from promises.selectors import deal_write_refused

    if isinstance(deal, Deal) and exists:  # the caller has shown the deal to the actor
        return NotAllowed("Only the deal's sales rep (or someone it is shared with) can add asks.")
    deal_id = deal if isinstance(deal, int) else deal.pk
    return deal_write_refused(user=actor, deal_id=deal_id, exists=exists)


def _submit_pg(actor, deal: Deal | int, text: str, now: datetime) -> Ask:
    from audit.chain import normalise
    from reviews.services.routing import required_roles, review_tasks_build

    deal_id = deal if isinstance(deal, int) else deal.pk
    # Lint and tag first: a refused ask reads nothing but the permission check.
    try:
        text = _checked_text(text)
    except ValidationFailed:
        from promises.selectors import deal_for_new_ask

        deal_for_new_ask(user=actor, deal_id=deal_id)  # 404 and 403 come first, as ever
        raise
    cached = cached_tagger()
    if cached is None:  # this process's first ask: build the tagger before any lock
        current_tagger()
        cached = cached_tagger()
    fingerprint, tagger = cached or (None, None)
    tags = tagger.tag(text) if tagger else None
    prep = submit_pg.prepare(deal_id)
    if prep is None or not user_may_write_deal(actor, prep.deal):
        raise _refused(actor, deal, exists=prep is not None)
    if tags is None or fingerprint != prep.fingerprint or fingerprint == (None,):
        tags = current_tagger(prep.fingerprint).tag(text)  # the rules changed meanwhile
    ask = _new_ask(actor, deal_id, text, now, tags, prep.ask_id)
    version = AskVersion(ask=ask, number=1, text=ask.text, created_by=actor, created_at=now)
    roles_needed = required_roles(ask.categories, ask.flags)
    tasks = review_tasks_build(ask=ask, role_names=roles_needed, now=now, policies=prep.policies)
    event = _submitted_event(actor, ask)
    normalise(event)  # chained and hashed by the write statement itself
    # One statement writes it all; the lead's notice of commercial terms is a second
    # write, so that ask's two statements share a transaction (no notice is ever lost).
    with transaction.atomic() if "commercial_terms" in ask.flags else nullcontext():
        if not submit_pg.write_submission(
            ask=ask, version=version, tasks=tasks, event=event, actor=actor, now=now
        ):
            raise NotFound("No such deal.")
        _tell_lead_of_terms(ask)
    _prefill_tasks(ask, tasks)
    return ask


def _submit_per_table(actor, deal: Deal | int, text: str, now: datetime) -> Ask:
    from audit.chain import append

    if isinstance(deal, int):
        from promises.selectors import deal_for_new_ask

        deal = deal_for_new_ask(user=actor, deal_id=deal)
    elif not user_may_write_deal(actor, deal):
        raise _refused(actor, deal, exists=True)
    text = _checked_text(text)
    ask = _new_ask(actor, deal.pk, text, now, current_tagger().tag(text))
    fastsql.insert([ask])
    version = AskVersion(ask=ask, number=1, text=ask.text, created_by=actor, created_at=now)
    fastsql.insert([version])
    fastsql.insert_history([ask], history_type="+", user=actor)
    fastsql.insert_history([version], history_type="+", user=actor)
    _bump_scope(deal.pk, actor)
    tasks = _route(ask, actor, now)
    _prefill_tasks(ask, tasks)
    append([_submitted_event(actor, ask)])
    return ask
