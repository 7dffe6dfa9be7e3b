"""The wording lint: what it refuses, where it points, and what it lets through."""

import pytest

from promises.wording import MAX_LENGTH, Problem, lint, split_sentences

ACTION_WORDS = ("say", "name", "write", "list", "give", "state", "keep")


def _spans(text: str, code: str) -> list[str]:
    return [text[p.start : p.end] for p in lint(text) if p.code == code]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We will probably support their nightly CSV export.", "probably"),
        ("I think the Salesforce sync can run hourly.", "I think"),
        ("Their approval workflow should be fine.", "should be fine"),
        ("Maybe SAML SSO through Okta for admins.", "Maybe"),
        ("Hopefully the SFTP feed lands every morning.", "Hopefully"),
        ("Yes in principle to EU-only storage.", "Yes in principle"),
        ("We can look into a weekly Parquet export to S3.", "We can look into"),
        ("Audit logs kept more or less for seven years.", "more or less"),
        ("Ideally an hourly NetSuite import of orders.", "Ideally"),
        ("Custom fields on the account page as needed.", "as needed"),
        ("Customer wants SSO, MFA, audit logs, etc.", "etc."),
        ("We will try to deliver MFA for every admin by June 15.", "try to"),
    ],
)
def test_hedges_are_refused_even_next_to_concrete_detail(text: str, words: str) -> None:
    assert _spans(text, "hedge") == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Customer needs enterprise security.", "enterprise security"),
        ("We can handle their data needs.", "handle their data needs"),
        ("Product supports compliance needs.", "supports compliance needs"),
        ("The platform meets buyer security requirements.", "meets buyer security requirements"),
        ("Customer just needs a simple sync.", "a simple sync"),
        ("Our platform follows industry standards.", "industry standards"),
        ("Customer expects best practices around data protection.", "best practices"),
        ("They want seamless integration with their tools.", "seamless"),
        ("Customer wants a quick export, nothing fancy.", "a quick export"),
    ],
)
def test_vague_phrases_are_refused_when_nothing_concrete_is_named(text: str, words: str) -> None:
    assert words in _spans(text, "vague_phrase")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Customer wants SAML SSO and whatever else they need.", "whatever else they need"),
        ("Customer wants the Salesforce sync to work like their old system.",
         "work like their old system"),
        ("Customer wants some custom fields on the account page.", "some"),
    ],
)  # fmt: skip
def test_open_scope_is_refused_even_next_to_concrete_detail(text: str, words: str) -> None:
    assert _spans(text, "vague_phrase") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants a simple nightly CSV export with five agreed fields to their SFTP server.",
        "Customer wants a quick Okta SAML setup for all admins.",
        "Customer wants industry-standard AES-256 encryption at rest.",
        "Customer wants a basic approval step for refunds over $500.",
    ],
)
def test_soft_word_next_to_concrete_detail_is_accepted(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants SSO for all users before launch.",
        "Buyer needs a finance approval step before any invoice is sent.",
        "Customer wants 24/7 phone support with a one-hour response time.",
        "Prospect asks for a dashboard that shows only their franchise locations.",
    ],
)
def test_plain_concrete_asks_pass(text: str) -> None:
    assert lint(text) == []


def test_two_sentences_are_refused_over_the_whole_text() -> None:
    text = "Customer wants SSO. They also want an export."
    [problem] = [p for p in lint(text) if p.code == "multiple_sentences"]
    assert (problem.start, problem.end) == (0, len(text))
    assert "They also want an export." in problem.message


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants SSO (e.g. Okta) for all admins.",
        "Customer wants an export of order data, i.e. a nightly CSV to S3.",
        "Customer wants the v2.1 API endpoint for shipment records.",
        "Customer wants U.S. hosting for their audit logs.",
        "Customer wants a 99.9% uptime SLA.",
        "Acme Inc. wants MFA for every admin account.",
        "Customer wants invoices over $10.5k to need CFO approval!",
        "Can we offer SAML SSO through Okta?",
        "Customer wants SSO through Okta.  ",
    ],
)
def test_abbreviations_decimals_and_final_marks_are_one_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1
    assert _spans(text, "multiple_sentences") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Customer wants SSO. They also want an export.", 2),
        ("Customer wants SSO? Also MFA for admins.", 2),
        ("Customer wants SSO! And a nightly CSV export.", 2),
        ("Customer wants SSO.\nThey want MFA too.", 2),
        ("- SAML SSO\n- nightly CSV export\n- approval step", 3),
        ("Customer wants SSO. they also want MFA. and a CSV export.", 3),
    ],
)
def test_sentence_breaks_are_found(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_placeholder_subject_is_pointed_at() -> None:
    text = "Customer wants it by Friday."
    [problem] = lint(text)
    assert problem.code == "no_concrete_subject"
    assert text[problem.start : problem.end] == "it"


def test_sentence_without_anything_concrete_is_not_specific() -> None:
    text = "Customer is worried about security."
    [problem] = lint(text)
    assert problem.code == "not_specific"
    assert (problem.start, problem.end) == (0, len(text))


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_ask_is_refused(text: str) -> None:
    assert [(p.code, p.start, p.end) for p in lint(text)] == [("empty", 0, len(text))]


def test_overlong_ask_is_refused_with_its_length() -> None:
    text = "Customer wants a nightly CSV export to S3 " + "with more detail " * 30
    assert len(text) > MAX_LENGTH
    [problem] = lint(text)
    assert problem.code == "too_long"
    assert str(len(text)) in problem.message and str(MAX_LENGTH) in problem.message


def test_exactly_max_length_is_not_too_long() -> None:
    text = ("Customer wants a nightly CSV export to S3 " + "x" * MAX_LENGTH)[: MAX_LENGTH - 1] + "."
    assert "too_long" not in {p.code for p in lint(text)}


def test_spans_index_the_original_text_after_case_folding() -> None:
    text = "İstanbul office wants SSO and PROBABLY MFA."
    assert _spans(text, "hedge") == ["PROBABLY"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x" * (MAX_LENGTH + 1),
        "Customer wants SSO. They also want an export.",
        "We will probably support their export.",
        "Customer needs enterprise security.",
        "Customer wants it by Friday.",
        "Customer is worried about security.",
        "Customer wants some tweaks, etc.",
    ],
)
def test_every_message_is_actionable_and_every_span_is_valid(text: str) -> None:
    problems = lint(text)
    assert problems
    for problem in problems:
        assert isinstance(problem, Problem)
        assert 0 <= problem.start <= problem.end <= len(text)
        assert ":" in problem.message
        advice = problem.message.split(":", 1)[1].lower()
        assert any(word in advice for word in ACTION_WORDS), problem.message
        if problem.code in {"hedge", "vague_phrase", "no_concrete_subject"}:
            assert f'"{text[problem.start : problem.end]}"' in problem.message


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("Customer wants something similar to what Acme has.", "vague_phrase",
         "similar to what"),
        ("Customer wants to be GDPR ready.", "vague_phrase", "GDPR ready"),
        ("Customer needs help with their Salesforce setup.", "vague_phrase", "needs help with"),
        ("Just say yes to the Workday sync.", "hedge", "Just say yes"),
        ("We told them we would figure out the SFTP feed.", "hedge", "figure out"),
        ("They need a custom solution for their approval workflows.", "vague_phrase",
         "a custom solution"),
        ("Customer expects strong uptime.", "vague_phrase", "strong uptime"),
        ("We can accommodate their approval process.", "vague_phrase",
         "accommodate their approval process"),
        ("Prospect needs everything integrated with SAP.", "vague_phrase", "needs everything"),
        ("Buyer wants us to integrate with all their tools.", "vague_phrase", "all their tools"),
        ("Customer needs a best-in-class security posture.", "vague_phrase", "best-in-class"),
        ("They want it to be robust and scalable.", "vague_phrase", "robust"),
    ],
)  # fmt: skip
def test_vague_families_are_refused_with_their_words(text: str, code: str, words: str) -> None:
    assert words in _spans(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "Their IT team needs it to be secure.",
        "Prospect is asking about AI features.",
        "Their CFO wants better visibility.",
        "Our Legal team has a few concerns.",
    ],
)
def test_role_and_department_acronyms_are_not_named_systems(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants vendor invoices held for review until the PO is received.",
        "Customer wants files shredded once the case closes.",
        "Customer wants a simple hourly import of new tickets from their help desk.",
        "Buyer wants staff blocked from taking screenshots of payslips.",
        "Customer wants quotes scored by margin and deal size.",
        "Their IT team wants SCIM provisioning from Microsoft Entra ID.",
        "Customer wants a quick Looker dashboard refresh from our read replica every hour.",
    ],
)
def test_concrete_asks_in_new_vocabulary_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants something similar to what Acme has.",
        "Customer wants to be GDPR ready.",
        "Customer needs help with their Salesforce setup.",
        "Just say yes to the Workday sync.",
        "Customer expects strong uptime.",
        "We can accommodate their approval process.",
        "Prospect needs everything integrated with SAP.",
    ],
)
def test_new_family_messages_are_actionable(text: str) -> None:
    test_every_message_is_actionable_and_every_span_is_valid(text)


@pytest.mark.parametrize(
    "text",
    [
        "Their admins want more control.",
        "Same as we did for the Nordic bank.",
        "Customer wants the same setup as the other hospital.",
        "Just like we did for Acme, please.",
    ],
)
def test_comparisons_and_people_alone_are_vague(text: str) -> None:
    assert lint(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Their security team wants screenshots and copy-paste disabled on the claims screen.",
        "The ministry needs citizen records imported and kept only in-country.",
        "The university wants model providers barred from retaining student prompts.",
        "Logins from outside Canada should be blocked for the ministry's staff.",
        "Can we ingest HL7 ADT messages from their Epic interface engine in real time?",
    ],
)
def test_clear_asks_of_new_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Fillers: refused even next to concrete words.
        ("Their CISO wants the usual stuff around access and logging.", ["the usual", "stuff"]),
        ("Customer is asking about GDPR things.", ["things"]),
        # Slogans on a broad capability, with no figure, frequency or date.
        ("Customer expects best-in-class uptime and support.", ["best-in-class"]),
        ("seamless integration with their ERP", ["seamless"]),
        ("Prospect needs bank-grade encryption for patient data.", ["bank-grade"]),
        # Comparisons with nothing concrete.
        ("Approvals have to behave the way they did in their previous tool.",
         ["the way they did"]),
        ("Customer needs approvals to work the way their team works today.",
         ["the way their team works"]),
        ("Buyer wants reporting at least as good as what Salesforce gives them.",
         ["as good as what"]),
        ("Prospect wants more flexible workflows than HubSpot offers.",
         ["more flexible workflows than HubSpot offers"]),
        ("Customer wants premium support better than what they get today.",
         ["better than what"]),
        ("Same setup we did for the Northwind deal", ["Same setup we did"]),
        ("Customer wants the Jira sync to work like Salesforce.", ["work like"]),
        ("Customer wants SSO with all the bells and whistles.", ["all the bells and whistles"]),
        ("Customer expects the highest level of security for their SSO.", ["highest level of"]),
        ("Customer wants the exports to work the same as today.", ["same as today"]),
    ],
)  # fmt: skip
def test_fillers_slogans_and_comparisons_are_refused(text: str, words: list[str]) -> None:
    assert _spans(text, "vague_phrase") == words
    test_every_message_is_actionable_and_every_span_is_valid(text)


@pytest.mark.parametrize(
    "text",
    [
        # A slogan next to a figure, a frequency or a date says what it will be.
        "Customer expects best-in-class uptime of 99.95% per month.",
        "Customer wants a seamless nightly CSV export of orders to their S3 bucket.",
        # A mild word before a named control is left to the soft layer.
        "Customer wants robust encryption with customer-managed keys in AWS KMS.",
        # A comparison with a figure is a limit.
        "Customer wants failover completed faster than 15 minutes.",
        "Buyer wants new hires provisioned the same day from Workday.",
        "Customer wants the IoT things registry synced from AWS IoT Core hourly.",
        # Products spelled with a small first letter, and an inbox, are named things.
        "The law firm wants signed engagement letters filed into the matching iManage workspace.",
        "Buyer asks for supplier invoices emailed to a dedicated inbox to be ingested as records.",
    ],
)
def test_concrete_asks_near_the_new_families_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A question whether something concrete is possible asks for it.
        "Is a 25% multi-year discount on 300 seats possible for this renewal?",
        "Would it be possible to export nightly CSVs to their S3 bucket?",
        "Is SCIM provisioning from Okta possible for the U.S. subsidiary?",
        # A requirement on people's rights is not "we should be able to".
        "Admins should be able to reset MFA for their own users.",
        # A soft word next to a figure, a frequency, a format or a control.
        "Customer wants a simple nightly CSV export of five fields.",
        "Basically they need SAML SSO through Okta for 300 users.",
    ],
)
def test_questions_requirements_and_anchored_soft_words_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        # "possible" in a statement still hedges; open scope stays open in a question.
        ("SSO through Okta possible by June 15.", "hedge", ["possible"]),
        ("We could possibly offer a nightly SFTP export.", "hedge", ["We could", "possibly"]),
        ("Can we mask PII in the Snowflake export where possible?", "hedge",
         ["where possible"]),
        ("Customer wants approvals over $500 automated as much as possible.", "hedge",
         ["as much as possible"]),
        ("We should be able to run the Workday sync nightly.", "hedge",
         ["We should be able to"]),
        # Minimisers next to a system's name only.
        ("basically a lightweight hookup to their NetSuite, nothing fancy", "vague_phrase",
         ["basically", "a lightweight hookup", "nothing fancy"]),
        ("Customer wants a quick Salesforce sync, no big deal.", "vague_phrase",
         ["a quick Salesforce sync", "no big deal"]),
        ("They want a bit of Jira automation.", "vague_phrase", ["a bit of"]),
    ],
)  # fmt: skip
def test_statement_hedges_and_minimisers_are_refused(
    text: str, code: str, words: list[str]
) -> None:
    assert _spans(text, code) == words
    test_every_message_is_actionable_and_every_span_is_valid(text)
