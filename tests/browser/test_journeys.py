"""Each role's part of one realistic deal, done in headless Chromium by that role.

Every journey starts from the state the previous one leaves, built with the same
services the pages call, so each role's test stands on its own.
"""

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.utils import timezone

from closeplans.models import CloseplanSend, CloseplanVersion
from closeplans.services import closeplan_cut_version, closeplan_send
from promises.models import Ask, Deal
from promises.services import ask_submit
from promises.services.deals import deal_create
from reviews.models import Decision, ReviewTask
from reviews.services import decision_give
from tests.factories.flow import answer_all

pytestmark = [
    pytest.mark.browser,
    # Flushed after each test; restore the roles, trigger rules and review policy
    # that the data migrations seed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SSO = "Customer wants SAML single sign-on for every user through their Okta tenant before go-live."
EXPORT = "Customer needs a nightly CSV export of five agreed order fields to their SFTP server."
RULE = "Customer wants one approval rule that routes orders above 50,000 EUR to their finance lead."
ASKS = (SSO, EXPORT, RULE)
VAGUE = "We can probably handle their data needs."
DEAL = "Globex rollout"
CUSTOMER = "Globex GmbH"


@dataclass(frozen=True)
class Answer:
    outcome: str
    outcome_label: str
    wording: str
    limit: str
    conditions: str = ""


ANSWERS = {
    SSO: Answer(
        "approved",
        "Approved",
        "Yes, SAML single sign-on through their Okta tenant for every user by go-live.",
        "SAML 2.0 through one Okta tenant; no SCIM provisioning.",
    ),
    EXPORT: Answer(
        "approved_with_conditions",
        "Approved with conditions",
        "Yes, a nightly CSV export of the five agreed order fields to the customer SFTP server.",
        "Five fields, one file per night, up to 100,000 rows.",
        "The customer provides the SFTP host and a key before kickoff.",
    ),
    RULE: Answer(
        "approved",
        "Approved",
        "Yes, one approval rule that routes orders above 50,000 EUR to the customer finance lead.",
        "One rule and one threshold; changes later are paid custom work.",
    ),
}
# The verdict each reviewer's answer comes to (the first, favourable choices on every form).
VERDICT_LABELS = {
    "engineering": "Fits today",
    "security": "Supported",
    "product": "Already in product",
}


@dataclass
class Story:
    deal: Deal
    asks: list[Ask] = field(default_factory=list)


def due_date():
    return timezone.localdate() + timedelta(days=30)


def opened(sales) -> Story:
    deal = deal_create(actor=sales, name=DEAL, customer=CUSTOMER, stage=Deal.Stage.EVALUATION)
    story = Story(deal)
    story.asks = [ask_submit(actor=sales, deal=deal, text=text) for text in ASKS]
    return story


def reviewed(sales, reviewers) -> Story:
    story = opened(sales)
    story.asks = [answer_all(ask, reviewers) for ask in story.asks]
    return story


def decided(sales, reviewers, lead) -> Story:
    story = reviewed(sales, reviewers)
    for ask in story.asks:
        a = ANSWERS[ask.text]
        decision_give(
            actor=lead,
            ask_id=ask.pk,
            outcome=a.outcome,
            wording=a.wording,
            conditions=a.conditions,
            owner_id=sales.pk,
            due_date=due_date(),
            limit=a.limit,
        )
    return story


def test_sales_opens_a_deal_submits_asks_and_is_refused_a_vague_one(visit, sales):
    rep = visit("sales")
    rep.login(sales.username)
    assert rep.path() == "/deals/"
    rep.check("deals", keys=("a[href='/deals/new/']",))

    rep.page.get_by_role("link", name="New deal").click()
    rep.page.wait_for_url("**/deals/new/")
    rep.check("new-deal", narrow=True, keys=("#id_name", "form.card button[type=submit]"))
    rep.page.get_by_label("Deal name").fill(DEAL)
    rep.page.get_by_label("Customer").fill(CUSTOMER)
    rep.page.get_by_label("Stage").select_option("evaluation")
    rep.page.get_by_label("Target close date").fill(str(due_date()))
    with rep.page.expect_navigation():
        rep.page.get_by_role("button", name="Open the deal").click()
    deal = Deal.objects.get(name=DEAL)
    assert deal.owner == sales and deal.customer == CUSTOMER
    assert rep.path() == f"/deals/{deal.pk}/"
    rep.check("deal-empty", keys=("#id_text", "#ask-form button[type=submit]"))

    box = rep.page.get_by_label("The customer's ask, as one plain sentence")
    preview = rep.page.locator("#ask-preview")
    for n, text in enumerate(ASKS, start=1):
        box.fill(text)
        preview.get_by_text("Clear and specific: ready for review.").wait_for()
        with rep.page.expect_navigation():
            rep.page.get_by_role("button", name="Submit for review").click()
        assert rep.path() == f"/deals/{deal.pk}/"
        rep.page.locator("table.asks").get_by_role("link", name=text).wait_for()
        assert Ask.objects.filter(deal=deal).count() == n
    rows = rep.page.locator("table.asks tbody tr")
    assert rows.count() == 3
    for n in range(3):
        assert "In review" in rows.nth(n).inner_text()
    rep.check("deal-three-asks")

    # A category shipped rules found but the sentence's words all but rule out is shown
    # apart, not as a tag (promises.fallback's second reading).
    box.fill("Customer wants tickets assigned round-robin, skipping any agent who already "
             "holds 15 open tickets.")  # fmt: skip
    aside = preview.locator(".tag.aside")
    aside.wait_for()
    assert aside.inner_text().startswith("not data movement (15 open tickets)")
    assert "data movement" not in " ".join(preview.locator(".tag:not(.aside)").all_inner_texts())
    box.fill("")

    # The vague ask: the live preview marks the words and says why, as the rep types.
    box.press_sequentially(VAGUE, delay=5)
    marks = preview.locator("mark")
    marks.first.wait_for()
    assert marks.all_inner_texts() == ["probably", "handle their data needs"]
    reasons = preview.locator("ul.problems li").all_inner_texts()
    assert any('"probably" hedges the promise' in r for r in reasons), reasons
    assert any("promises to fit their needs without saying how" in r for r in reasons), reasons
    rep.check("vague-preview", narrow=True)

    with rep.page.expect_navigation() as nav:
        rep.page.get_by_role("button", name="Submit for review").click()
    refused = nav.value
    assert refused is not None and refused.status == 400
    rep.forgive_refused_document(400)
    assert box.input_value() == VAGUE, "the refused text must stay in the textarea"
    field_box = rep.page.locator(".field.has-error", has=rep.page.locator("#id_text"))
    beside = field_box.locator("p.error").all_inner_texts()
    assert any('"probably" hedges the promise' in r for r in beside), beside
    assert any("promises to fit their needs without saying how" in r for r in beside), beside
    # The preview re-checks the kept text, so the marks are back too.
    marks.first.wait_for()
    rep.check("vague-refused", keys=("#id_text",))
    assert Ask.objects.filter(deal=deal).count() == 3


# This reviewer logs in and answers every task with the keyboard alone.
KEYBOARD_ROLE = "security"
# Marks the form holding "Submit answer" so the keyboard walk knows where it is.
MARK_ANSWER_FORM = """() => {
  const form = Array.from(document.querySelectorAll("main form")).find((f) =>
    Array.from(f.querySelectorAll("button")).some((b) => b.textContent.trim() === "Submit answer"));
  form.dataset.journey = "answer";
}"""
ANSWER_FORM = "form[data-journey=answer]"
FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || !el.closest("form[data-journey=answer]")) return null;
  return {tag: el.tagName.toLowerCase(), type: el.type || "", name: el.name || ""};
}"""


def value_for(name: str, kind: str, note: str) -> str:
    """Something a careful reviewer would write in this field."""
    if name == "note":
        return note
    if kind == "number":
        return "6"
    if kind == "date":
        return str(due_date())
    return "Standard, nothing custom."


def answer_with_mouse(visitor, note: str) -> None:
    """Fill the role's whole answer form: the first choice of every radio group (the
    favourable one on every role's form) and a plain line in every text field."""
    page = visitor.page
    page.evaluate(MARK_ANSWER_FORM)
    form = page.locator(ANSWER_FORM)
    for radio in form.locator("input[type=radio]").all():
        name = radio.get_attribute("name")
        if not form.locator(f"input[type=radio][name='{name}']:checked").count():
            radio.check()
    for box in form.locator("textarea, input:not([type=hidden]):not([type=radio])").all():
        if box.get_attribute("type") == "checkbox":
            continue
        box.fill(value_for(box.get_attribute("name") or "", box.get_attribute("type") or "", note))
    with page.expect_navigation():
        form.get_by_role("button", name="Submit answer").click()


def answer_with_keyboard(visitor, note: str) -> None:
    """The same answer with Tab, Space and typing only: the keyboard walks the form."""
    page = visitor.page
    page.evaluate(MARK_ANSWER_FORM)
    visitor.tab_to(f"{ANSWER_FORM} input, {ANSWER_FORM} textarea")
    seen_groups: set[str] = set()
    for _ in range(80):
        el = page.evaluate(FOCUS_JS)
        assert el is not None, "Tab left the answer form before reaching its button"
        if el["tag"] == "button":
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return
        if el["type"] == "radio":
            if el["name"] not in seen_groups:
                page.keyboard.press("Space")  # Tab lands on the group's first choice
                seen_groups.add(el["name"])
        elif el["type"] == "date":
            d = due_date()
            page.keyboard.type(f"{d.month:02d}{d.day:02d}{d.year}")  # en-US segments
        elif el["type"] != "checkbox":
            page.keyboard.type(value_for(el["name"], el["type"], note))
        page.keyboard.press("Tab")
    raise AssertionError("never reached the Submit answer button")


def test_each_reviewer_answers_their_queue(visit, sales, reviewers):
    story = opened(sales)
    for role, user in reviewers.items():
        tasks = list(ReviewTask.objects.filter(ask__deal=story.deal, role=role).order_by("pk"))
        assert tasks, f"nothing routed to {role}"
        reviewer = visit(role)
        keyboard = role == KEYBOARD_ROLE
        reviewer.login(user.username, keyboard=keyboard)
        assert reviewer.path() == "/reviews/"
        links = tuple(f"a[href='/reviews/{t.pk}/']" for t in tasks)
        reviewer.check("queue", narrow=role == "product", keys=links)
        assert reviewer.page.locator("table.queue tbody tr").count() == len(tasks)

        for task in tasks:
            note = f"{role} checked ask {task.ask_id}: standard configuration only."
            link = f"a[href='/reviews/{task.pk}/']"
            if keyboard:  # queue -> task -> answer, with the keyboard alone
                reviewer.from_the_top()
                reviewer.tab_to(link)
                with reviewer.page.expect_navigation():
                    reviewer.page.keyboard.press("Enter")
                reviewer.check(f"task-{task.pk}", narrow=task == tasks[0])
                answer_with_keyboard(reviewer, note)
            else:
                reviewer.page.locator(link).click()
                reviewer.page.wait_for_url(f"**/reviews/{task.pk}/")
                reviewer.check(f"task-{task.pk}", keys=("input[type=radio]",))
                answer_with_mouse(reviewer, note)
            assert reviewer.path() == "/reviews/", reviewer.page.locator("main").inner_text()
            task.refresh_from_db()
            assert task.state == ReviewTask.State.ANSWERED, role
            assert task.answered_by == user and task.note == note
            assert task.verdict_label == VERDICT_LABELS[role]
        reviewer.page.get_by_text("Nothing waiting for you.").wait_for()
        reviewer.check("queue-empty")

    for ask in story.asks:
        ask.refresh_from_db()
        assert ask.state == Ask.State.AWAITING_DECISION, ask.text


def test_lead_decides_each_ask_with_one_exact_sentence(visit, sales, reviewers, lead):
    story = reviewed(sales, reviewers)
    desk = visit("lead")
    desk.login(lead.username)
    assert desk.path() == "/decisions/"
    decide_links = tuple(f"a[href='/asks/{a.pk}/decide/']" for a in story.asks)
    desk.check("decisions", narrow=True, keys=decide_links)

    for ask in story.asks:
        a = ANSWERS[ask.text]
        desk.page.get_by_role("link", name=ask.text).click()
        desk.page.wait_for_url(f"**/asks/{ask.pk}/decide/")
        desk.check(f"decide-{ask.pk}", keys=("input[name=outcome]", "#id_wording"))
        page = desk.page
        page.get_by_label(a.outcome_label, exact=True).check()
        page.get_by_label("The answer, as one exact sentence").fill(a.wording)
        page.get_by_label("Conditions", exact=True).fill(a.conditions)
        page.get_by_label("Owner", exact=True).select_option(label=sales.username)
        page.get_by_label("Due date", exact=True).fill(str(due_date()))
        page.get_by_label("Limit", exact=True).fill(a.limit)
        with page.expect_navigation():
            page.get_by_role("button", name="Give the answer").click()
        assert desk.path() == "/decisions/", page.content()[:2000]
        decision = Decision.objects.get(ask=ask)
        assert (decision.outcome, decision.wording) == (a.outcome, a.wording)
        assert decision.conditions == a.conditions and decision.limit == a.limit
        assert decision.owner == sales and decision.due_date == due_date()
        assert decision.decided_by == lead

    desk.page.get_by_text("Nothing is waiting for a decision.").wait_for()
    desk.check("decisions-done")
    desk.goto(f"/asks/{story.asks[1].pk}/")
    assert ANSWERS[EXPORT].wording in desk.page.locator("main").inner_text()
    desk.check("decided-ask", narrow=True)


def test_sales_cuts_the_close_plan_and_marks_it_sent(visit, sales, reviewers, lead):
    story = decided(sales, reviewers, lead)
    deal = story.deal
    rep = visit("sales")
    rep.login(sales.username)
    rep.page.get_by_role("link", name=DEAL).click()
    rep.page.wait_for_url(f"**/deals/{deal.pk}/")
    rep.check("deal-decided", narrow=True, keys=(f"a[href='/deals/{deal.pk}/plan/']",))
    rep.page.get_by_role("link", name="Close plan").click()
    rep.page.wait_for_url(f"**/deals/{deal.pk}/plan/")
    rep.check("plan-none", keys=("#id_reason",))

    rep.page.get_by_label("What changed in scope?").fill("SSO, export and approval rule decided")
    with rep.page.expect_navigation():
        rep.page.get_by_role("button", name="Cut version").click()
    assert rep.path() == f"/deals/{deal.pk}/plan/"
    main = rep.page.locator("main")
    main.get_by_text("Version 1 cut.").wait_for()
    checks = rep.page.locator("ul.checks li")
    assert checks.count() >= 4
    assert rep.page.locator("ul.checks li.fail").count() == 0, checks.all_inner_texts()
    assert all(t.startswith("Passed") for t in checks.all_inner_texts())
    wording = rep.page.locator("table.plan td.wording").all_inner_texts()
    for ask in story.asks:
        a = ANSWERS[ask.text]
        assert any(w.split("\n")[0] == a.wording for w in wording), (a.wording, wording)
    assert any(ANSWERS[EXPORT].conditions in w for w in wording)
    # On a phone the headings are hidden: every owner, date and limit says which it is.
    for label in ("Owner", "Date", "Limit"):
        assert rep.page.locator(f"table.plan td[data-label='{label}']").count() == 3
    rep.check("plan-v1", narrow=True, keys=("form[action$='/plan/send/'] button",))

    with rep.page.expect_navigation():
        rep.page.get_by_role("button", name="Mark as sent").click()
    main.get_by_text("The close plan is marked as sent.").wait_for()
    send = CloseplanSend.objects.get()
    assert send.version == CloseplanVersion.objects.get(deal=deal) and send.sent_by == sales
    rep.check("plan-sent")


def test_manager_reads_the_deal_timeline(visit, sales, reviewers, lead, manager):
    story = decided(sales, reviewers, lead)
    closeplan_cut_version(actor=sales, deal_id=story.deal.pk, reason="all three decided")
    closeplan_send(actor=sales, deal_id=story.deal.pk)
    boss = visit("manager")
    boss.login(manager.username)
    assert boss.path() == "/deals/"
    boss.check("deals", narrow=True)
    boss.page.get_by_role("link", name=DEAL).click()
    boss.page.wait_for_url(f"**/deals/{story.deal.pk}/")
    assert boss.page.locator("#ask-form").count() == 0, "managers read, never write"
    boss.check("deal", keys=(f"a[href='/deals/{story.deal.pk}/history/']",))
    boss.page.get_by_role("link", name="History").click()
    boss.page.wait_for_url(f"**/deals/{story.deal.pk}/history/")

    timeline = boss.page.locator("table.timeline tbody")
    what = [t.strip() for t in timeline.locator("tr td:nth-child(3)").all_inner_texts()]
    assert sum(w.startswith("decision.given") for w in what) == 3, what
    assert any(w.startswith("closeplan.sent") for w in what), what
    text = timeline.inner_text()
    for a in ANSWERS.values():
        assert a.wording in text
    boss.check("history", narrow=True)
    boss.check("history-wide")
