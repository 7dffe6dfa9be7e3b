"""Factories and small helpers that drive the real services."""

from datetime import timedelta
from typing import Any

import factory
from django.utils import timezone

from closeplans.services import closeplan_cut_version
from promises.models import Deal
from promises.services import ask_submit
from reviews.models import ReviewTask
from reviews.services import decision_give, review_answer

SSO = "Customer wants SAML single sign-on through Okta for all 400 users before go-live."
EXPORT = "Customer needs a nightly CSV export of five agreed order fields to their SFTP server."
RULE = "Customer wants one approval step for orders above 50,000 EUR routed to their finance lead."
VERDICTS = {"engineering": "fits_today", "security": "supported", "product": "in_product"}
DATA_MOVEMENT = {
    "source_system": "Orders database", "target_system": "Customer SFTP",
    "formats": "CSV, UTF-8", "frequency": "nightly at 02:00 UTC", "volume_per_run": "20,000 rows",
    "failed_records": "written to a reject file and reported", "duplicate_records": "skipped by id",
    "late_records": "picked up the next night", "owner_mappings": "customer admin",
    "owner_bad_data": "customer", "owner_reruns": "our support", "owner_mismatch": "our support",
}
ANSWERS: dict[str, dict[str, Any]] = {
    "engineering": {"effort_hours": "6", "dependencies": "none", "limits": "five fields",
                    "earliest_date": "2027-03-01", "data_movement": DATA_MOVEMENT},
    "security": {
        "areas": {
            "access": {"status": "supported", "note": ""},
            "logging": {"status": "not_asked", "note": ""},
            "encryption": {"status": "supported", "note": "TLS 1.2+"},
            "retention": {"status": "not_asked", "note": ""},
        },
        "lane": "paperwork",
    },
    "product": {"rule": "one approval step above a threshold", "who_depends": "finance lead",
                "others_want": "yes", "we_build": "a threshold setting",
                "customer_provides": "the threshold", "out_of_scope": "multi-step chains"},
}


class DealFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deal

    name = factory.Sequence(lambda n: f"Deal {n}")
    customer = factory.Sequence(lambda n: f"Customer {n}")
    stage = Deal.Stage.EVALUATION


def submit(actor, deal, text=SSO, now=None):
    return ask_submit(actor=actor, deal=deal, text=text, now=now or timezone.now())


def engineering_queue(sales, size: int) -> tuple[Any, Any, list[int]]:
    """A deal with `size` export asks, one engineering task each, due a minute apart;
    returns the deal, the first ask's moment and the task keys in queue order."""
    deal = DealFactory.create(owner=sales)
    start = timezone.now() - timedelta(hours=1)
    for i in range(size):
        submit(sales, deal, EXPORT, now=start + timedelta(minutes=i))
    tasks = ReviewTask.objects.filter(role="engineering").order_by("due_at", "id")
    return deal, start, list(tasks.values_list("pk", flat=True))


def answer_task(task, user, now=None, acknowledge_expired=True):
    """Answer one review with a complete, valid form for its role."""
    return review_answer(
        actor=user,
        task_id=task.pk,
        verdict=VERDICTS[task.role],
        note="ok",
        answer=ANSWERS[task.role],
        acknowledge_expired=acknowledge_expired,
        now=now,
    )


def answer_all(ask, reviewers, now=None):
    for task in ReviewTask.objects.filter(
        ask=ask, ask_version=ask.version, state__in=["open", "expired"]
    ):
        answer_task(task, reviewers[task.role], now=now)
    ask.refresh_from_db()
    return ask


def approve(
    ask,
    lead,
    owner,
    wording="Yes, standard SAML SSO through Okta for all users by go-live.",
    outcome="approved",
    conditions="",
):
    return decision_give(
        actor=lead,
        ask_id=ask.pk,
        outcome=outcome,
        wording=wording,
        conditions=conditions,
        owner_id=owner.pk,
        due_date=timezone.localdate() + timedelta(days=30),
        limit="Standard SAML 2.0 only.",
    )


def cut(actor, deal, reason="scope settled"):
    return closeplan_cut_version(actor=actor, deal_id=deal.pk, reason=reason)


def answer_form_data(role: str, with_data_movement: bool = False) -> dict[str, str]:
    """What a reviewer types into the review page's form for this role."""
    answer = ANSWERS[role]
    data: dict[str, str] = {"verdict": VERDICTS[role], "note": "checked"}
    if role == "security":
        for area, value in answer["areas"].items():
            data[f"{area}_status"] = value["status"]
            data[f"{area}_note"] = value["note"]
        data["lane"] = answer["lane"]
    else:
        data.update({k: v for k, v in answer.items() if isinstance(v, str)})
    if with_data_movement:
        data.update({f"dm-{k}": v for k, v in DATA_MOVEMENT.items()})
    return data
