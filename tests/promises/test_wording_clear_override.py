"""A soft word in an ask the clarity counts read as clear beyond doubt is let through,
unless it is one of the hedges DESIGN names (or their kin): those are refused anyway.

Measured before adoption on first-sight evidence (tests/data/HELDOUT.md): of the 37 clear
asks refused at first sight by a hedge or vague phrase alone, it would have let 14
through (7 of 22 in odd-numbered batches, 7 of 15 in even), and with counts that never
held the ask's batch it lets 1 of 1,855 vague asks through.
"""

import pytest

from promises import wording_fallback
from promises.wording import lint

CLEAR_WITH_A_SOFT_WORD = [
    "Ideally the nightly CSV export of orders lands on their SFTP server by 6 am Eastern.",
    "Their finance team wants the usual monthly invoice file exported as CSV to their "
    "NetSuite SFTP folder.",
    "Buyer needs SAML SSO through Okta for all 2,000 users soon after the March 31 go-live.",
]
NAMED_BY_DESIGN = [
    "We can probably deliver SAML SSO through Okta for all 2,000 users by March 31.",
    "Yes in principle to a nightly CSV export of orders to their SFTP server by March 31.",
    "I think a nightly CSV export of orders to their SFTP server is doable by March 31.",
    "A nightly CSV export of orders to their SFTP server should be fine by March 31.",
    "Customer wants, if possible, a nightly CSV export of orders to their SFTP server by "
    "March 31.",
    "We will try to deliver SAML SSO through Okta for all 2,000 users by March 31.",
]


@pytest.mark.parametrize("text", CLEAR_WITH_A_SOFT_WORD)
def test_a_soft_word_in_an_ask_that_reads_clear_beyond_doubt_is_let_through(text):
    assert wording_fallback.reads_clear(text)
    assert lint(text) == []


@pytest.mark.parametrize("text", NAMED_BY_DESIGN)
def test_a_hedge_design_names_is_refused_however_clear_the_rest_reads(text):
    assert wording_fallback.reads_clear(text)
    assert [p.code for p in lint(text)] == ["hedge"]


@pytest.mark.parametrize("text", CLEAR_WITH_A_SOFT_WORD)
def test_without_the_counts_the_soft_word_is_refused_as_before(text, monkeypatch):
    monkeypatch.setattr(wording_fallback, "shipped", lambda: None)
    assert lint(text) != []
