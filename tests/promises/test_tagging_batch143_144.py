"""Tagging shapes added after batches 143 (a data loss prevention vendor) and 144 (event
management and ticketing software): promises.tagging_rules_dlp, with its guards around
the encryption, session and passkey rules of promises.tagging_rules_security, the
"prices in GBP" rule of promises.tagging_rules_ops, the "without paying" rule of
promises.tagging_rules_objects and the "free" rule of promises.tagging_rules_flags.

Added (custom logic): one outcome for a group and another "for everyone else"; files or
messages labelled Confidential blocked, encrypted or quarantined; existing rules or
policies converted or rewritten into ours; a message held for some minutes "so" someone
can act; a count within a window as a trigger; a policy or block "with an exception
for"; seat maps, seats reserved for a group, promo codes, custom questions, session or
room capacity limits, and people let in "without paying". Second senses removed: an
exception for encrypted drives and mail encrypted automatically when it leaves are a
DLP rule, not encryption asked of us; an event session's capacity is not a login
session; "their Passkey account" is a housing system; prices a checkout shows in a
currency and a free ticket or pass for attendees are not terms of ours. The first sense
stays: passkey logins, session limits, encryption at rest, free seats, our price quoted
in a currency, a feature got without paying for our higher tier.

Lint: "zero-trust" and "reliable" on a broad noun are slogans (promises.wording_slogans).

Each case is written apart from the data sets; the clear ones must also pass the lint.
Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import TERMS, L, S, rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer wants upload warnings in French for their Quebec staff and in English "
         "for everyone else.", [L], []),
        ("Buyer wants attachments labelled Secret quarantined on every outbound "
         "message.", [L], []),
        ("Prospect needs its 120 legacy Forcepoint policies ported into our rule "
         "engine.", [L], []),
        ("Customer wants messages to external domains delayed for 10 minutes so senders "
         "can cancel them.", [L], []),
        ("Customer wants a manager review opened once a contractor prints ten documents "
         "in a day.", [L], []),
        ("Buyer wants a removable media ban with an exception for encrypted drives "
         "issued by IT.", [L], []),
        ("Customer wants a seating chart for the gala dinner with reserved rows for "
         "board members.", [L], []),
        ("Buyer wants promo codes that expire after 200 uses.", [L], []),
        ("Customer wants room capacity limits applied to every breakout.", [L], []),
        ("Customer wants alumni to register without paying when they use a university "
         "email address.", [L], []),
        ("Prospect wants free passes for keynote speakers issued automatically after "
         "approval.", [L], []),
    ],
)  # fmt: skip
def test_clear_batch_shapes(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        ("Customer requires passkeys for every console login.", [S], []),
        ("Customer wants the passkey sign-in turned on for their admins.", [S], []),
        ("Customer wants a session length limit of eight hours on the console.", [S], []),
        ("Customer requires all backups encrypted at rest with AES-256.", [S], []),
        ("Customer wants ten free seats for their auditors.", [], [TERMS]),
        ("Customer wants our pricing quoted in GBP.", [], [TERMS]),
        ("Customer wants SSO on the Team plan without paying for the Enterprise tier.",
         [S], [TERMS]),
    ],
)  # fmt: skip
def test_first_sense_stays(text: str, categories: list[str], flags: list[str]) -> None:
    assert rules_tags(text) == (sorted(categories), flags)


@pytest.mark.parametrize(
    "text",
    [
        "Prospect wants zero-trust security across the estate.",
        "Buyer expects reliable performance at peak.",
    ],
)
def test_new_slogans_are_vague(text: str) -> None:
    assert lint(text) != []
