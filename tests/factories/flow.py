"""Factories and small helpers that drive the real services."""

from datetime import timedelta

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


class DealFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deal

    name = factory.Sequence(lambda n: f"Deal {n}")
    customer = factory.Sequence(lambda n: f"Customer {n}")
    stage = Deal.Stage.EVALUATION


def submit(actor, deal, text=SSO, now=None):
    return ask_submit(actor=actor, deal=deal, text=text, now=now or timezone.now())


def answer_all(ask, reviewers, now=None):
    for task in ReviewTask.objects.filter(
        ask=ask, ask_version=ask.version, state__in=["open", "expired"]
    ):
        review_answer(
            actor=reviewers[task.role],
            task_id=task.pk,
            verdict=VERDICTS[task.role],
            note="ok",
            acknowledge_expired=True,
            now=now,
        )
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
