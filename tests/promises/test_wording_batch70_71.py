"""Lint shapes after pending batches 70 (general SaaS) and 71 (document management), whose
three refused clear asks each stated a rule in plain words (promises.wording_anchors):
an action on a record, or asked of a person, on a condition with its own subject and an
event verb; an ordering of one named kind of thing above another, said actively ("rank
manuals above notes") or passively ("manuals ranked above notes"). And a soft word on a
bare control noun ending the ask ("robust permissions") is a slogan
(promises.wording_patterns). Sentences written apart from the batches."""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants invoices rejected when the supplier number matches a blocked vendor.",
        "Buyer wants reps prompted to pick a loss reason whenever they close an opportunity.",
        "Customer wants users to attach a receipt each time they submit an expense.",
        "Prospect wants search to rank policy pages above archived drafts.",
        "Customer wants pinned announcements listed ahead of regular posts on the home page.",
        "Customer wants robust encryption with customer-managed keys.",
    ],
)
def test_rules_in_plain_words_are_concrete(text):
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants things handled better when someone changes something.",
        "Customer wants the important things ranked above the rest.",
        "Customer wants their priorities shown above other things.",
        "Customer wants support whenever something breaks.",
        "Customer wants robust permissions.",
        "Buyer expects proper roles and access.",
    ],
)
def test_vague_asks_stay_refused(text):
    assert lint(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants featured products shown above sponsored listings.",
        "Buyer wants signed contracts always placed above draft agreements.",
    ],
)
def test_passive_orderings_are_concrete(text):
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants important items shown above other things.",
        "Customer wants the good documents ranked above the rest.",
    ],
)
def test_passive_orderings_of_nothing_named_stay_refused(text):
    assert lint(text) != []
