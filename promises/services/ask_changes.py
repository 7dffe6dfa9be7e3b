"""Changing an ask after it is submitted: editing its wording, withdrawing it and
correcting its tags. The shared text, tag and routing helpers live with submitting, in
`promises.services.asks`."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from audit.services import audit_record
from dealdesk import roles
from dealdesk.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from promises.models import Ask, AskVersion
from promises.rules import current_tagger
from promises.selectors import user_may_write_deal
from promises.services.asks import _apply_tags, _bump_scope, _checked_text, _route
from promises.tagging import CATEGORIES, FLAGS


def _kind(categories: list[str]) -> str:
    if not categories:
        return Ask.Kind.UNCLASSIFIED
    return categories[0] if len(categories) == 1 else Ask.Kind.MIXED


def _lock_ask(ask_id: int) -> Ask:
    ask = (
        Ask.objects.select_for_update(no_key=True).select_related("deal").filter(pk=ask_id).first()
    )
    if ask is None:
        raise NotFound("No such ask.")
    return ask


def _close_tasks(ask: Ask, tasks, state: str, reason: str, actor) -> None:
    for task in tasks:
        task.state = state
        task._history_user = actor
        task._change_reason = reason
        task.save(update_fields=["state"])


@transaction.atomic
def ask_edit(
    *,
    actor,
    ask_id: int,
    text: str,
    version: int | None = None,
    reopen_decided: bool = False,
    now: datetime | None = None,
) -> Ask:
    """New wording is a new version: old tasks are superseded, fresh ones open, and
    answers to the old words no longer count. The same words change nothing.

    Editing a decided ask reopens it, so the caller must say it means to
    (`reopen_decided`); an edit that raced a decision is refused and told why."""
    from reviews.models import ReviewTask

    now = now or timezone.now()
    ask = _lock_ask(ask_id)
    if not user_may_write_deal(actor, ask.deal):
        raise NotAllowed("Only the deal's sales rep or the deal desk lead can edit its asks.")
    if version is not None and version != ask.version:
        raise Conflict(
            f"The ask changed to version {ask.version} since you opened it.", code="ask_edited"
        )
    if ask.state == Ask.State.WITHDRAWN:
        raise Conflict("A withdrawn ask cannot be edited.", code="withdrawn")
    text = _checked_text(text)
    if text == ask.text:
        return ask
    if ask.state == Ask.State.DECIDED and not reopen_decided:
        from reviews.models import Decision

        decision = Decision.objects.filter(ask=ask, ask_version=ask.version).first()
        who = (
            f" by {decision.decided_by} at {decision.decided_at:%Y-%m-%d %H:%M} UTC"
            if (decision)
            else ""
        )
        raise Conflict(
            f"This ask was decided{who}. Saving new wording reopens it for review and takes "
            "its approved sentence out of the next close plan: confirm to reopen.",
            code="already_decided",
        )
    before = {"text": ask.text, "version": ask.version, "state": ask.state}
    live = ReviewTask.objects.filter(
        ask=ask,
        ask_version=ask.version,
        state__in=[ReviewTask.State.OPEN, ReviewTask.State.EXPIRED, ReviewTask.State.ANSWERED],
    )
    _close_tasks(
        ask,
        [t for t in live if t.state != ReviewTask.State.ANSWERED],
        ReviewTask.State.SUPERSEDED,
        "ask wording changed",
        actor,
    )
    ask.text = text
    ask.version += 1
    ask.state = Ask.State.IN_REVIEW
    _apply_tags(ask, current_tagger().tag(text))
    ask._history_user = actor  # type: ignore[attr-defined]
    ask.save()
    AskVersion.objects.create(
        ask=ask, number=ask.version, text=text, created_by=actor, created_at=now
    )
    _bump_scope(ask.deal_id, actor)
    _route(ask, actor, now)
    audit_record(
        actor=actor,
        action="ask.edited",
        obj=ask,
        deal_id=ask.deal_id,
        ask_id=ask.pk,
        before=before,
        after={
            "text": text,
            "version": ask.version,
            "categories": ask.categories,
            "flags": ask.flags,
            **({"set_aside": ask.set_aside} if ask.set_aside else {}),
        },
    )
    return ask


@transaction.atomic
def ask_withdraw(*, actor, ask_id: int, reason: str) -> Ask:
    from reviews.models import ReviewTask

    ask = _lock_ask(ask_id)
    if not user_may_write_deal(actor, ask.deal):
        raise NotAllowed("Only the deal's sales rep or the deal desk lead can withdraw its asks.")
    if not (reason or "").strip():
        raise ValidationFailed("Say why.", fields={"reason": ["Give a reason for withdrawing."]})
    if ask.state == Ask.State.WITHDRAWN:
        return ask
    before = {"state": ask.state}
    _close_tasks(
        ask,
        ReviewTask.objects.filter(
            ask=ask, state__in=[ReviewTask.State.OPEN, ReviewTask.State.EXPIRED]
        ),
        ReviewTask.State.NOT_NEEDED,
        "ask withdrawn",
        actor,
    )
    ask.state = Ask.State.WITHDRAWN
    ask._history_user = actor  # type: ignore[attr-defined]
    ask.save(update_fields=["state", "updated_at"])
    _bump_scope(ask.deal_id, actor)
    audit_record(
        actor=actor,
        action="ask.withdrawn",
        obj=ask,
        deal_id=ask.deal_id,
        ask_id=ask.pk,
        before=before,
        after={"state": ask.state},
        reason=reason.strip(),
    )
    return ask


@transaction.atomic
def ask_tags_correct(
    *,
    actor,
    ask_id: int,
    categories: list[str],
    flags: list[str],
    reason: str,
    now: datetime | None = None,
) -> Ask:
    """A reviewer or the lead corrects the tags; routing follows the new tags."""
    from promises.models import TagCorrection
    from reviews.models import ReviewTask
    from reviews.services import ask_refresh_state, required_roles, review_tasks_open

    now = now or timezone.now()
    if not roles.has_role(actor, roles.LEAD, *roles.REVIEW_ROLES):
        raise NotAllowed("Only a reviewer or the deal desk lead can correct tags.")
    errors = {}
    if set(categories) - set(CATEGORIES):
        errors["categories"] = [f"Use only: {', '.join(CATEGORIES)}."]
    if set(flags) - set(FLAGS):
        errors["flags"] = [f"Use only: {', '.join(FLAGS)}."]
    if not (reason or "").strip():
        errors["reason"] = ["Say why the tags are wrong."]
    if errors:
        raise ValidationFailed("The correction is not complete.", fields=errors)
    ask = _lock_ask(ask_id)
    if not ask.is_open:
        raise Conflict("Only an ask still under review can be re-tagged.", code="not_open")
    categories = [c for c in CATEGORIES if c in categories]
    flags = [f for f in FLAGS if f in flags]
    TagCorrection.objects.create(
        ask=ask,
        ask_version=ask.version,
        before_categories=ask.categories,
        before_flags=ask.flags,
        categories=categories,
        flags=flags,
        reason=reason.strip(),
        corrected_by=actor,
        corrected_at=now,
    )
    before = {"categories": ask.categories, "flags": ask.flags, "kind": ask.kind}
    ask.categories, ask.flags, ask.kind = categories, flags, _kind(categories)
    # A category the reviewer tags is no longer set aside: their word wins.
    ask.set_aside = {c: w for c, w in ask.set_aside.items() if c not in categories}
    ask._history_user = actor  # type: ignore[attr-defined]
    ask.save(update_fields=["categories", "flags", "kind", "set_aside", "updated_at"])
    needed = set(required_roles(categories, flags))
    live = list(
        ReviewTask.objects.filter(
            ask=ask,
            ask_version=ask.version,
            state__in=[ReviewTask.State.OPEN, ReviewTask.State.EXPIRED, ReviewTask.State.ANSWERED],
        )
    )
    _close_tasks(
        ask,
        [t for t in live if t.role not in needed and t.state != "answered"],
        ReviewTask.State.NOT_NEEDED,
        "tags corrected",
        actor,
    )
    have = {t.role for t in live}
    review_tasks_open(
        ask=ask, role_names=[r for r in needed if r not in have], now=now, actor=actor
    )
    ask_refresh_state(ask=ask)
    audit_record(
        actor=actor,
        action="ask.tags_corrected",
        obj=ask,
        deal_id=ask.deal_id,
        ask_id=ask.pk,
        before=before,
        reason=reason.strip(),
        after={"categories": categories, "flags": flags, "kind": ask.kind},
    )
    return ask
