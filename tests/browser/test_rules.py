"""The lead teaches a trigger rule from a tag correction, in headless Chromium.

A reviewer corrected an ask the shipped rules misread; the lead finds the correction on
the rules page, follows its link to a pre-filled form (by keyboard), tries the pattern
on recent asks, adds the rule, and the next ask that matches is tagged by it.
"""

import pytest

from promises.models import TriggerRule
from promises.services import ask_submit, ask_tags_correct
from promises.services.deals import deal_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BOATYARD = "Customer wants boats with unpaid storage fees kept off the launch list."
DEAL = "Harbour Marine renewal"


def test_lead_teaches_a_rule_from_a_correction(visit, sales, product, lead):
    deal = deal_create(actor=sales, name=DEAL, customer="Harbour Marine")
    ask = ask_submit(actor=sales, deal=deal, text=BOATYARD)
    assert "custom_logic" not in ask.categories  # the rules miss it, or this proves nothing
    ask_tags_correct(actor=product, ask_id=ask.pk, categories=["custom_logic"], flags=[],
                     reason="Launching depends on the storage account")

    desk = visit("lead")
    desk.login(lead.username)
    desk.goto("/rules/")
    corrections = desk.page.locator("section[aria-labelledby=corrections-title]")
    assert "Launching depends on the storage account" in corrections.inner_text()
    teach = "a[href^='/rules/?target=custom_logic']"
    desk.check("rules", narrow=True, keys=(teach,))

    desk.from_the_top()
    desk.tab_to(teach)
    with desk.page.expect_navigation():
        desk.page.keyboard.press("Enter")
    page = desk.page
    assert page.get_by_label("Target", exact=True).input_value() == "custom_logic"
    note = f"Taught by the correction of ask #{ask.pk} on {DEAL}"
    assert page.get_by_label("Note", exact=True).input_value() == note
    desk.check("rules-prefilled", keys=("#id_pattern",))

    page.get_by_label("Pattern", exact=True).fill("kept off the launch list")
    with page.expect_navigation():
        page.get_by_role("button", name="Try on recent asks").click()
    trial = page.locator("#trial")
    assert "matches 1" in trial.inner_text() and BOATYARD in trial.inner_text()
    assert not TriggerRule.objects.filter(pattern="kept off the launch list").exists()
    desk.check("rules-tried", narrow=True)
    with page.expect_navigation():
        page.get_by_role("button", name="Add rule").click()
    assert desk.path() == "/rules/"
    rule = TriggerRule.objects.get(pattern="kept off the launch list")
    assert (rule.target, rule.note, rule.added_by) == ("custom_logic", note, lead)

    again = ask_submit(actor=sales, deal=deal, text=BOATYARD)
    assert "custom_logic" in again.categories
    desk.check("rules-taught")
