from django.db.models import QuerySet

from audit.models import AuditEvent
from promises.models import Ask, Deal


def deal_timeline(*, deal: Deal) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(deal=deal).order_by("at", "id")


def ask_timeline(*, ask: Ask) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(ask=ask).order_by("at", "id")
