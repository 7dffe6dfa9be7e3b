"""Every page no journey walks through, opened by a role that uses it, with the same
accessibility basics as the journeys (labels, keyboard, no console errors) at 375 px
and at desktop width: the inbox, the audit timeline and review speed, the deadline
settings, a rule's edit page, a cut close-plan version and a reviewer's view of an ask
(with its tag-correction form)."""

import pytest

from closeplans.services import closeplan_cut_version
from promises.models import TriggerRule
from promises.services import ask_submit
from tests.browser.test_journeys import decided

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EXTRA = "Customer wants audit log retention of 400 days for admin actions."


def test_the_remaining_pages_pass_the_basics_narrow_and_wide(
    visit, sales, reviewers, lead, manager, security
):
    story = decided(sales, reviewers, lead)
    deal = story.deal
    closeplan_cut_version(actor=sales, deal_id=deal.pk, reason="all three decided")
    extra = ask_submit(actor=sales, deal=deal, text=EXTRA)
    # The longest shipped pattern: the edit page must still fit a phone.
    rule = max(TriggerRule.objects.all(), key=lambda r: len(r.pattern))

    pages = {
        "sales": [("inbox", "/inbox/"), ("plan-version", f"/deals/{deal.pk}/plan/v/1/")],
        "lead": [("rule-edit", f"/rules/{rule.pk}/"), ("deadlines", "/settings/deadlines/")],
        "manager": [("audit", "/audit/"), ("audit-speed", "/audit/speed/"),
                    ("deadlines-read", "/settings/deadlines/")],
        "security": [("ask-in-review", f"/asks/{extra.pk}/")],
    }
    users = {"sales": sales, "lead": lead, "manager": manager, "security": security}
    for role, visits in pages.items():
        person = visit(role)
        person.login(users[role].username)
        for step, path in visits:
            person.goto(path)
            person.check(f"{step}-narrow", narrow=True)
            person.check(f"{step}-wide")
