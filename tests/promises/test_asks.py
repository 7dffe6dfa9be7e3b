import pytest

from audit.models import AuditEvent
from dealdesk.errors import NotAllowed, ValidationFailed
from promises.models import Ask, AskVersion
from promises.services import ask_edit, ask_submit, ask_withdraw
from reviews.models import ReviewTask
from tests.factories.flow import EXPORT, RULE, SSO, DealFactory, answer_all, submit

pytestmark = pytest.mark.django_db


def test_submitted_ask_is_tagged_and_routed(sales):
    deal = DealFactory.create(owner=sales)
    ask = submit(sales, deal, SSO)
    assert ask.kind == "security" and ask.categories == ["security"]
    roles = set(ReviewTask.objects.filter(ask=ask).values_list("role", flat=True))
    assert roles == {"engineering", "security"}
    task = ReviewTask.objects.get(ask=ask, role="engineering")
    assert (task.due_at - task.opened_at).total_seconds() == 24 * 3600
    assert AskVersion.objects.get(ask=ask).text == SSO
    assert AuditEvent.objects.filter(action="ask.submitted", ask=ask).count() == 1
    assert ask.history.count() == 1


def test_data_movement_ask_goes_to_engineering_and_security(sales):
    ask = submit(sales, DealFactory.create(owner=sales), EXPORT)
    assert "data_movement" in ask.categories
    assert set(ask.review_tasks.values_list("role", flat=True)) == {"engineering", "security"}


def test_custom_logic_ask_goes_to_product(sales):
    ask = submit(sales, DealFactory.create(owner=sales), RULE)
    assert ask.categories == ["custom_logic"]
    assert set(ask.review_tasks.values_list("role", flat=True)) == {"engineering", "product"}


def test_vague_ask_is_refused_with_reasons_and_nothing_saved(sales):
    deal = DealFactory.create(owner=sales)
    with pytest.raises(ValidationFailed) as err:
        ask_submit(actor=sales, deal=deal, text="They need enterprise security, probably fine.")
    problems = err.value.fields["text"]
    assert problems and all({"code", "message", "start", "end"} <= set(p) for p in problems)
    assert Ask.objects.count() == 0 and ReviewTask.objects.count() == 0


def test_only_the_deals_sales_rep_may_submit(sales, other_sales, engineer, manager):
    deal = DealFactory.create(owner=sales)
    for user in (other_sales, engineer, manager):
        with pytest.raises(NotAllowed):
            submit(user, deal)
    assert Ask.objects.count() == 0


def test_editing_wording_starts_review_again(sales, reviewers):
    deal = DealFactory.create(owner=sales)
    ask = answer_all(submit(sales, deal, SSO), reviewers)
    assert ask.state == Ask.State.AWAITING_DECISION
    edited = ask_edit(
        actor=sales,
        ask_id=ask.pk,
        text="Customer wants SAML single sign-on through Azure AD for all 400 users.",
    )
    assert edited.version == 2 and edited.state == Ask.State.IN_REVIEW
    old = ReviewTask.objects.filter(ask=ask, ask_version=1)
    assert set(old.values_list("state", flat=True)) == {"answered"}  # kept visible
    new = ReviewTask.objects.filter(ask=ask, ask_version=2)
    assert new.count() >= 2 and set(new.values_list("state", flat=True)) == {"open"}
    assert list(ask.versions.values_list("number", flat=True)) == [1, 2]


def test_editing_to_the_same_words_changes_nothing(sales):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    assert ask_edit(actor=sales, ask_id=ask.pk, text=f"  {SSO} ").version == 1
    assert ReviewTask.objects.filter(ask=ask).count() == 2


def test_open_tasks_of_old_version_are_superseded(sales):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    ask_edit(actor=sales, ask_id=ask.pk, text=EXPORT)
    assert set(
        ReviewTask.objects.filter(ask=ask, ask_version=1).values_list("state", flat=True)
    ) == {"superseded"}


def test_withdraw_closes_tasks_as_not_needed(sales):
    ask = submit(sales, DealFactory.create(owner=sales), SSO)
    ask_withdraw(actor=sales, ask_id=ask.pk, reason="customer dropped it")
    ask.refresh_from_db()
    assert ask.state == Ask.State.WITHDRAWN
    assert set(ask.review_tasks.values_list("state", flat=True)) == {"not_needed"}
    assert AuditEvent.objects.get(action="ask.withdrawn").reason == "customer dropped it"


def test_task_brief_matches_its_serializer(sales):
    from promises.models import Deal
    from promises.serializers import TaskBrief, task_brief

    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    ask = submit(sales, deal)
    tasks = list(ask.review_tasks.all())
    assert tasks and [task_brief(t) for t in tasks] == [dict(TaskBrief(t).data) for t in tasks]


def test_ask_out_matches_its_serializer(sales):
    from promises.models import Deal
    from promises.serializers import AskOut, ask_out

    deal = Deal.objects.create(owner=sales, name="Acme renewal", customer="Acme")
    mixed = submit(sales, deal, "Customer wants SSO via Okta and a nightly CSV export to SFTP.")
    edited = submit(sales, deal, SSO)
    ask_edit(actor=sales, ask_id=edited.pk, text=EXPORT)  # version 2: old tasks superseded
    asks = Ask.objects.select_related("submitted_by").prefetch_related("review_tasks")
    for ask in asks.filter(pk__in=[mixed.pk, edited.pk]):
        assert ask.review_tasks.all()
        assert ask_out(ask) == AskOut(ask).data
    assert ask_out(mixed) == AskOut(mixed).data  # as the service hands it back


@pytest.mark.parametrize(
    "data",
    [
        {"deal": 7, "text": "Customer wants SAML SSO."},
        {"deal": 7, "text": ""},
        {"deal": 7, "text": "x" * 2000},
        {"deal": 7, "text": "x" * 2001},
        {"deal": 7, "text": "a\x00b"},
        {"deal": 7, "text": "a\ud800b"},
        {"deal": "7", "text": "SSO"},
        {"deal": True, "text": "SSO"},
        {"deal": 7.0, "text": "SSO"},
        {"deal": None, "text": "SSO"},
        {"deal": 7, "text": 12},
        {"deal": 7, "text": ["SSO"]},
        {"deal": 7},
        {"text": "SSO"},
        {"deal": 7, "text": "SSO", "extra": 1},
        [],
        "text",
    ],
)
def test_ask_in_takes_what_its_serializer_takes_and_refuses_the_rest_in_its_words(data):
    from rest_framework.exceptions import ValidationError

    from promises.serializers import AskIn, ask_in

    serializer = AskIn(data=data)
    if serializer.is_valid():
        assert ask_in(data) == serializer.validated_data
    else:
        with pytest.raises(ValidationError) as refused:
            ask_in(data)
        assert refused.value.detail == serializer.errors
