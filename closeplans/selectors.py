from django.db.models import Prefetch, QuerySet

from closeplans.models import CloseplanLine, CloseplanVersion
from dealdesk.errors import NotFound
from promises.models import Deal


def _lines() -> Prefetch:
    return Prefetch(
        "lines", queryset=CloseplanLine.objects.select_related("owner", "ask").order_by("position")
    )


def plan_versions(*, deal: Deal) -> QuerySet[CloseplanVersion]:
    return (
        CloseplanVersion.objects.filter(deal=deal)
        .select_related("cut_by", "deal")
        .prefetch_related("sends")
        .order_by("-number")
    )


def plan_current(*, deal: Deal) -> CloseplanVersion | None:
    return (
        CloseplanVersion.objects.filter(deal=deal)
        .select_related("cut_by", "deal")
        .prefetch_related(_lines(), "sends")
        .order_by("-number")
        .first()
    )


def plan_head(*, deal: Deal) -> CloseplanVersion | None:
    """The latest version's number and scope version only, for the deal page's banner
    (one query, where `plan_current` also joins and prefetches its lines and sends)."""
    return (
        CloseplanVersion.objects.filter(deal=deal)
        .only("deal", "number", "scope_version")
        .order_by("-number")
        .first()
    )


def plan_version_get(*, deal: Deal, number: int) -> CloseplanVersion:
    version = (
        CloseplanVersion.objects.filter(deal=deal, number=number)
        .select_related("cut_by", "deal")
        .prefetch_related(_lines(), "sends")
        .first()
    )
    if version is None:
        raise NotFound(f"This deal has no close plan version {number}.")
    return version


def plan_is_out_of_date(*, deal: Deal, version: CloseplanVersion | None) -> bool:
    return version is None or version.scope_version < deal.scope_version


def plan_diff(*, deal: Deal, from_number: int, to_number: int) -> list:
    from closeplans.diff import diff_lines, line_view

    before = plan_version_get(deal=deal, number=from_number)
    after = plan_version_get(deal=deal, number=to_number)
    return diff_lines(
        [line_view(ln) for ln in before.lines.all()], [line_view(ln) for ln in after.lines.all()]
    )
