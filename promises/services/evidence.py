"""Evidence (files and links) and comments on an ask."""

import hashlib
import uuid
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from audit.services import audit_record
from dealdesk import roles
from dealdesk.errors import NotAllowed, ValidationFailed
from promises.filetypes import check_file, safe_name
from promises.models import Ask, Comment, Evidence

MAX_BYTES = 10 * 1024 * 1024


def _may_contribute(actor) -> None:
    # Whoever may see the ask may add to it, except read-only managers.
    if not roles.has_role(actor, roles.SALES, roles.LEAD, *roles.REVIEW_ROLES):
        raise NotAllowed("Managers read; they do not add evidence or comments.")


def _save_and_record(actor, obj: Evidence | Comment, ask: Ask, action: str, after: dict) -> None:
    """Save with the actor in the history row and the same change in the audit chain."""
    obj._history_user = actor  # type: ignore[union-attr]
    obj.save()
    audit_record(
        actor=actor, action=action, obj=obj, deal_id=ask.deal_id, ask_id=ask.pk, after=after
    )


def evidence_path(stored_name: str) -> Path:
    return Path(settings.EVIDENCE_ROOT) / stored_name


def evidence_add_file(
    *, actor, ask: Ask, name: str, data: bytes, title: str = "", now: datetime | None = None
) -> Evidence:
    _may_contribute(actor)
    max_bytes = getattr(settings, "EVIDENCE_MAX_BYTES", MAX_BYTES)
    if len(data) > max_bytes:
        raise ValidationFailed(
            "The file is too large.",
            fields={
                "file": [
                    f"Files may be at most {max_bytes // (1024 * 1024)} MB; this one is "
                    f"{len(data) / (1024 * 1024):.1f} MB."
                ]
            },
        )
    if not data:
        raise ValidationFailed("The file is empty.", fields={"file": ["Attach a non-empty file."]})
    kind, problem = check_file(name, data)
    if kind is None:
        raise ValidationFailed(problem, fields={"file": [problem]})
    stored = uuid.uuid4().hex
    path = evidence_path(stored)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    try:
        with transaction.atomic():
            evidence = Evidence(
                ask=ask,
                kind=Evidence.Kind.FILE,
                title=(title or safe_name(name))[:200],
                original_name=safe_name(name),
                stored_name=stored,
                content_type=kind.content_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                added_by=actor,
                added_at=now or timezone.now(),
            )
            _save_and_record(
                actor,
                evidence,
                ask,
                "evidence.added",
                {
                    "file": evidence.original_name,
                    "size": evidence.size,
                    "sha256": evidence.sha256,
                },
            )
    except Exception:
        path.unlink(missing_ok=True)  # nothing refers to it: do not leave it behind
        raise
    return evidence


@transaction.atomic
def evidence_add_link(
    *, actor, ask: Ask, url: str, title: str = "", now: datetime | None = None
) -> Evidence:
    _may_contribute(actor)
    url = (url or "").strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or len(url) > 1000:
        raise ValidationFailed(
            "That is not a web link.", fields={"url": ["Paste a full http:// or https:// link."]}
        )
    evidence = Evidence(
        ask=ask,
        kind=Evidence.Kind.LINK,
        url=url,
        title=(title.strip() or parsed.netloc)[:200],
        added_by=actor,
        added_at=now or timezone.now(),
    )
    _save_and_record(actor, evidence, ask, "evidence.added", {"url": url})
    return evidence


@transaction.atomic
def comment_add(*, actor, ask: Ask, body: str, now: datetime | None = None) -> Comment:
    _may_contribute(actor)
    body = (body or "").strip()
    if not body:
        raise ValidationFailed("Write something.", fields={"body": ["The comment is empty."]})
    if len(body) > 5000:
        raise ValidationFailed(
            "Too long.", fields={"body": ["Keep comments under 5,000 characters."]}
        )
    comment = Comment(ask=ask, author=actor, body=body, created_at=now or timezone.now())
    _save_and_record(actor, comment, ask, "comment.added", {"body": body})
    return comment
