"""One demo user per role and a sample deal with asks in several states."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from closeplans.services import closeplan_cut_version
from dealdesk import roles
from promises.models import Deal
from promises.services import ask_submit, deal_create
from reviews.models import ReviewTask
from reviews.services import decision_give, review_answer, timers_sweep

PASSWORD = "dealdesk-demo"
DEMO_VERDICTS = {roles.ENGINEERING: "fits_today", roles.SECURITY: "supported"}
DEMO_ANSWERS = {
    roles.ENGINEERING: {
        "effort_hours": "4", "dependencies": "Customer's Okta admin", "limits": "SAML 2.0 only",
        "earliest_date": "2027-01-15",
        "data_movement": {
            "source_system": "Our orders database", "target_system": "Acme SFTP server",
            "formats": "CSV (UTF-8, comma)", "frequency": "Nightly at 02:00 UTC",
            "volume_per_run": "Up to 20,000 rows", "failed_records": "Reject file, emailed",
            "duplicate_records": "Skipped by order id", "late_records": "Next night's run",
            "owner_mappings": "Acme IT", "owner_bad_data": "Acme IT",
            "owner_reruns": "Our support", "owner_mismatch": "Our support",
        },
    },
    roles.SECURITY: {
        "lane": "paperwork",
        "areas": {
            "access": {"status": "supported", "note": "SAML SSO in the current release"},
            "logging": {"status": "not_asked", "note": ""},
            "encryption": {"status": "supported", "note": "SFTP, TLS in transit"},
            "retention": {"status": "not_asked", "note": ""},
        },
    },
}
DEMO_DEAL = "Acme rollout (demo)"


class Command(BaseCommand):
    help = f"Create demo users (username = role, password '{PASSWORD}') and a sample deal."

    def handle(self, *args, **opts):
        users = self._users()
        if Deal.objects.filter(name=DEMO_DEAL).exists():
            self.stdout.write("Demo deal already present.")
        else:
            self._deal(users)
        self.stdout.write(f"Demo users: {', '.join(roles.ALL_ROLES)} — password: {PASSWORD}")

    def _users(self) -> dict:
        User = get_user_model()
        users = {}
        for role in roles.ALL_ROLES:
            user, created = User.objects.get_or_create(
                username=role, defaults={"email": f"{role}@dealdesk.example"}
            )
            if created:
                user.set_password(PASSWORD)
                user.save()
            user.groups.add(Group.objects.get(name=role))
            users[role] = User.objects.get(pk=user.pk)
        return users

    @transaction.atomic
    def _deal(self, u: dict) -> None:
        now = timezone.now()
        earlier = now - timedelta(days=3)
        deal = deal_create(
            actor=u["sales"],
            name=DEMO_DEAL,
            customer="Acme Corp",
            stage=Deal.Stage.NEGOTIATION,
            target_close_date=timezone.localdate() + timedelta(days=30),
        )
        sso = ask_submit(
            actor=u["sales"],
            deal=deal,
            now=earlier,
            text="Customer wants SAML single sign-on through Okta for all 400 users "
            "before go-live.",
        )
        export = ask_submit(
            actor=u["sales"],
            deal=deal,
            now=earlier,
            text="Customer needs a nightly CSV export of five agreed order fields "
            "to their SFTP server.",
        )
        ask_submit(
            actor=u["sales"],
            deal=deal,
            now=earlier,
            text="Customer wants one approval step for orders above 50,000 EUR "
            "routed to their finance lead.",
        )
        ask_submit(
            actor=u["sales"],
            deal=deal,
            text="Customer asks for audit log retention of 400 days for admin actions.",
        )
        for ask in (sso, export):
            for task in ReviewTask.objects.filter(ask=ask, state=ReviewTask.State.OPEN):
                review_answer(
                    actor=u[task.role],
                    task_id=task.pk,
                    verdict=DEMO_VERDICTS[task.role],
                    answer=DEMO_ANSWERS[task.role],
                    note="Checked against the current release.",
                    now=earlier,
                )
        decision_give(
            actor=u["deal_desk_lead"],
            ask_id=sso.pk,
            outcome="approved_with_conditions",
            wording="Yes, standard SAML SSO through Okta for all users by go-live.",
            conditions="Customer provides Okta metadata two weeks before go-live.",
            owner_id=u["engineering"].pk,
            due_date=timezone.localdate() + timedelta(days=21),
            limit="Standard SAML 2.0 only; no custom attribute mapping.",
        )
        closeplan_cut_version(actor=u["sales"], deal_id=deal.pk, reason="SSO approved")
        # The approval-rule ask's reviews ran out of time: the sweep pauses it.
        timers_sweep(now=now)
