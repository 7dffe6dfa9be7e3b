"""Reads for deals and asks, with "what may this user see" applied here."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet

from dealdesk import fastsql, roles
from dealdesk.errors import DomainError, NotAllowed, NotFound, ValidationFailed
from promises.models import Ask, Deal, TagCorrection, TriggerRule
from promises.tagging import Matcher, Rule, fold_case, validate_rule

User = AbstractBaseUser | AnonymousUser


def _routed_asks_q(user: User) -> Q | None:
    from reviews.models import ReviewTask

    review_roles = roles.roles_of(user) & set(roles.REVIEW_ROLES)
    if not review_roles:
        return None
    return Q(Exists(ReviewTask.objects.filter(ask=OuterRef("pk"), role__in=review_roles)))


def deals_visible_to(user: User) -> QuerySet[Deal]:
    if not user.is_authenticated or not roles.roles_of(user):
        return Deal.objects.none()
    if roles.sees_everything(user):
        return Deal.objects.all()
    q = Q(owner=user) | Q(shared_with=user) if roles.has_role(user, roles.SALES) else Q(pk__in=[])
    review_roles = roles.roles_of(user) & set(roles.REVIEW_ROLES)
    if review_roles:
        from reviews.models import ReviewTask

        q |= Q(Exists(ReviewTask.objects.filter(ask__deal=OuterRef("pk"), role__in=review_roles)))
    return Deal.objects.filter(q).distinct()


def asks_visible_to(user: User) -> QuerySet[Ask]:
    if not user.is_authenticated or not roles.roles_of(user):
        return Ask.objects.none()
    if roles.sees_everything(user):
        return Ask.objects.all()
    q = Q(pk__in=[])
    if roles.has_role(user, roles.SALES):
        q |= Q(deal__owner=user) | Q(deal__shared_with=user)
    routed = _routed_asks_q(user)
    if routed is not None:
        q |= routed
    return Ask.objects.filter(q).distinct()


def _sees_whole_deal(user: User, deal: Deal) -> bool:
    """Its sales rep and whoever sees everything see the deal and all its asks; others
    (people it is shared with, reviewers) go through the visibility queries."""
    if roles.sees_everything(user):
        return True
    return deal.owner_id == user.pk and roles.has_role(user, roles.SALES)


def deal_get(*, user: User, deal_id: int) -> Deal:
    # By key first (one plain query), the visibility joins only for someone who is
    # not the deal's rep: the deal page is read by its rep far more than by anyone.
    deal = Deal.objects.select_related("owner").filter(pk=deal_id).first()
    if deal is None or not (
        _sees_whole_deal(user, deal) or deals_visible_to(user).filter(pk=deal_id).exists()
    ):
        raise NotFound("No such deal, or it is not shared with you.")
    return deal


def deal_for_new_ask(*, user: User, deal_id: int) -> Deal:
    """The deal `user` is adding an ask to, read by key (the submission hot path).

    Its writers (owner, people it is shared with, the lead) get it at once; someone who
    may see the deal but not write on it is refused (403); anyone else is told it does
    not exist, as for any deal they cannot see (404)."""
    deal = fastsql.get(Deal, deal_id)
    if deal is not None and user_may_write_deal(user, deal):
        return deal  # type: ignore[return-value]
    raise deal_write_refused(user=user, deal_id=deal_id, exists=deal is not None)


def deal_write_refused(*, user: User, deal_id: int, exists: bool) -> DomainError:
    """Why `user` may not add an ask to the deal: it does not exist or they cannot see
    it (404, as for any deal they cannot see), or they see it but may not write (403)."""
    if not exists or not deals_visible_to(user).filter(pk=deal_id).exists():
        return NotFound("No such deal, or it is not shared with you.")
    return NotAllowed("Only the deal's sales rep (or someone it is shared with) can add asks.")


def ask_get(*, user: User, ask_id: int) -> Ask:
    ask = (
        asks_visible_to(user)
        .select_related("deal", "deal__owner", "submitted_by")
        .filter(pk=ask_id)
        .first()
    )
    if ask is None:
        raise NotFound("No such ask, or it is not routed to you.")
    return ask


def deal_list(*, user: User) -> QuerySet[Deal]:
    return deals_visible_to(user).select_related("owner").order_by("-created_at", "-id")


def deal_asks(*, user: User, deal: Deal) -> list[Ask]:
    """The deal's asks this user may see, oldest first, each with `current_tasks` (the
    reviews of its current version, by role) and `current_decision` (or None).

    Three queries, grouped here: prefetch_related's machinery cost more than its
    queries on the deal page (bench/load_bench.py). Tasks and decisions carry only
    what the deal page shows: state, role, deadline, outcome and wording."""
    from reviews.models import Decision, ReviewTask

    visible = Ask.objects.all() if _sees_whole_deal(user, deal) else asks_visible_to(user)
    asks = list(visible.filter(deal=deal).order_by("submitted_at", "id"))
    version = {ask.pk: ask.version for ask in asks}
    tasks: dict[int, list[ReviewTask]] = {pk: [] for pk in version}
    for task in (
        ReviewTask.objects.filter(ask_id__in=list(version))
        .order_by("role", "id")
        .only("ask", "ask_version", "role", "state", "due_at")
    ):
        if task.ask_version == version[task.ask_id]:
            tasks[task.ask_id].append(task)
    decisions = {
        d.ask_id: d
        for d in Decision.objects.filter(ask_id__in=list(version))
        .only("ask", "ask_version", "outcome", "wording")
        .order_by()
        if d.ask_version == version[d.ask_id]
    }
    for ask in asks:
        ask.current_tasks = tasks[ask.pk]  # type: ignore[attr-defined]
        ask.current_decision = decisions.get(ask.pk)  # type: ignore[attr-defined]
    return asks


def user_may_write_deal(user: User, deal: Deal) -> bool:
    """Sales reps write on deals they own or that are shared with them; the lead on all."""
    if roles.has_role(user, roles.LEAD):
        return True
    if not roles.has_role(user, roles.SALES):
        return False
    user_id = user.pk
    return deal.owner_id == user_id or deal.shared_with.filter(pk=user_id).exists()  # type: ignore[misc]


def active_rules() -> QuerySet[TriggerRule]:
    return TriggerRule.objects.filter(active=True).order_by("id")


def rules_filtered(*, q: str = "", target: str = "", state: str = "") -> QuerySet[TriggerRule]:
    """The rules page's list: by target, then pattern; `q` found in the pattern or the
    note (any case), `target` one target, `state` "active" or "inactive"."""
    qs = TriggerRule.objects.select_related("added_by").order_by("target", "pattern", "id")
    if q:
        qs = qs.filter(Q(pattern__icontains=q) | Q(note__icontains=q))
    if target:
        qs = qs.filter(target=target)
    if state:
        qs = qs.filter(active=state == "active")
    return qs


RECENT_CORRECTIONS = 20


def recent_tag_corrections(*, user: User, limit: int = RECENT_CORRECTIONS) -> list[dict]:
    """The latest tag corrections on asks `user` may see, newest first: what the rules
    got wrong lately, for the lead to teach a rule from. Each: the correction (with its
    ask, deal and author), and the categories and flags it added and removed."""
    corrections = (
        TagCorrection.objects.filter(ask__in=asks_visible_to(user))
        .select_related("ask__deal", "corrected_by")
        .order_by("-corrected_at", "-id")[:limit]
    )
    rows = []
    for c in corrections:
        before = [*c.before_categories, *c.before_flags]
        after = [*c.categories, *c.flags]
        rows.append({
            "correction": c,
            "added": [t for t in after if t not in before],
            "removed": [t for t in before if t not in after],
        })  # fmt: skip
    return rows


RULE_TRY_SCAN = 500  # the latest asks a rule is tried on before it is saved
RULE_TRY_SHOWN = 20


def rule_trial(*, user: User, pattern: str, is_regex: bool, target: str) -> dict:
    """How a rule not yet saved reads the latest asks `user` may see (the last
    RULE_TRY_SCAN by id): how many it matches, and the newest RULE_TRY_SHOWN of them,
    each with the words it matched and whether the ask is already tagged `target`.
    A pattern no rule may have is refused as saving it would be."""
    problem = validate_rule(pattern, is_regex)
    if problem:
        raise ValidationFailed("The rule cannot be tried.", fields={"pattern": [problem]})
    matcher = Matcher([Rule(pattern=pattern, target=target, is_regex=is_regex)])
    latest = (
        asks_visible_to(user)
        .order_by("-id")
        .values("id", "text", "categories", "flags", "deal__name")[:RULE_TRY_SCAN]
    )
    scanned = matched = 0
    shown: list[dict] = []
    for ask in latest:
        scanned += 1
        spans = matcher.spans(ask["text"], fold_case(ask["text"]))
        if not spans:
            continue
        matched += 1
        if len(shown) < RULE_TRY_SHOWN:
            words = list(dict.fromkeys(ask["text"][s:e].strip() for s, e in spans))
            tagged = target in ask["categories"] or target in ask["flags"]
            shown.append({**ask, "words": words, "already": tagged})
    return {"scanned": scanned, "matched": matched, "shown": shown, "target": target}
