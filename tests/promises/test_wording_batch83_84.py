"""Lint shapes after pending batches 83 (learning management) and 84 (procurement): a
rep reporting their own reassurance as the ask ("we said it's covered") is refused
(promises.wording_ops). Sentences written apart from the batches."""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "They asked about SSO and I told them it's all handled.",
        "Buyer asked about data residency and we confirmed that's fine.",
        "Customer asked about backups and we said they're covered.",
    ],
)
def test_reported_reassurance_is_refused(text: str) -> None:
    assert lint(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # The reassurance names what covers it.
        "Customer asked for encryption at rest and we said it is covered by AES-256 on every "
        "volume.",
        # A two-valued status per record is a detail (promises.wording_anchors): without
        # it this one passed only while the clarity counts read it as clear.
        "Customer wants the export to show whether each record is fine or flagged.",
    ],
)
def test_named_cover_still_passes(text: str) -> None:
    assert lint(text) == []
