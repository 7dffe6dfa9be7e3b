"""The tagger's word families: shapes and vocabulary that reach past the labelled asks.

Each case is a family member written apart from the data sets, so a rule written for
one sentence fails here. Split out of tests/promises/test_tagging.py, which covers the
tagger's mechanics (matching, rule validation, filing rules under first letters).
"""

import pytest

from promises.tagging import DEFAULT_RULES, Tagger

TAGGER = Tagger(DEFAULT_RULES, fallback=None)  # the rules alone (see test_fallback.py)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # Systems, formats and transports the labelled asks never name.
        ("Customer wants GL journals posted to Sage Intacct every night.", ["data_movement"]),
        ("Buyer needs ORC files landed in their Azure Data Lake Storage.", ["data_movement"]),
        ("Prospect wants Braze audiences refreshed from our platform hourly.",
         ["data_movement"]),
        ("Customer wants EDIFACT ORDERS messages received over AS2.", ["data_movement"]),
        ("Customer wants Zoho CRM deals mirrored into our platform.", ["data_movement"]),
        # Controls and papers.
        ("Customer requires a HECVAT and our CAIQ answers before procurement closes.",
         ["security"]),
        ("Buyer wants mutual TLS with client certificates on the API.", ["security"]),
        ("Customer needs contractors' sessions to expire after 8 hours.", ["security"]),
        ("Customer wants records purged 30 days after offboarding.", ["security"]),
        ("Customer wants files shredded once the case closes.", ["security"]),
        ("Prospect wants staff blocked from taking screenshots of payslips.", ["security"]),
        # Rule shapes.
        ("Customer wants vendor invoices held for review until the PO is received.",
         ["custom_logic"]),
        ("Customer wants quotes scored by margin and deal size.", ["custom_logic"]),
        ("Customer wants the product family to determine which approver is asked.",
         ["custom_logic"]),
        ("Customer wants a dedicated escalation queue for outages.", ["custom_logic"]),
        ("Customer wants buyers over their credit limit blocked from placing orders.",
         ["custom_logic"]),
    ],
)  # fmt: skip
def test_word_families_generalise_beyond_the_labelled_vocabulary(
    text: str, categories: list[str]
) -> None:
    assert TAGGER.tag(text).categories == categories


@pytest.mark.parametrize(
    "text",
    [
        "We will gladly walk them through it.",
        "They expect a swift response within 5 workdays.",
        "There is a provision in the contract about renewals.",
        "The revenue outlook for next year is good.",
        "Their sales team wants to segment customers by size.",
        "Check the box next to the name.",
    ],
)
def test_ordinary_words_do_not_pass_for_system_names(text: str) -> None:
    assert TAGGER.tag(text).categories == [], TAGGER.tag(text).matches


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Customer wants the Okta rollout done before their March board meeting.",
         ["delivery_date"]),
        ("Customer wants the export running by summer.", ["delivery_date"]),
        ("Customer wants phone support available during their business hours.",
         ["commercial_terms"]),
        ("Customer wants employee terminations synced from BambooHR.", []),
        ("Customer wants a 10% credit if monthly uptime drops below 99.9%.",
         ["commercial_terms"]),
        ("Customer wants case priority set from the customer's support tier.", []),
        # Signing dates are not delivery dates.
        ("Procurement wants a 10% discount if the contract is signed this quarter.",
         ["commercial_terms"]),
        ("Customer wants the approval matrix in time for their January 2027 budget cycle.",
         ["delivery_date"]),
        ("Customer wants the export delivered in March 2027.", ["delivery_date"]),
        # School and business calendars, and day/month without a year, are dates ...
        ("Customer wants SCIM live by the start of the autumn term.", ["delivery_date"]),
        ("Customer wants SCIM with Entra ID live by 31/01.", ["delivery_date"]),
        ("Customer wants the Jira sync by 31.01.2027.", ["delivery_date"]),
        # ... but hours, counts and their own customers' terms are not.
        ("Customer wants backups in a second region with RPO 1h and RTO 4h.", []),
        ("Customer wants dunning reminders at 7/14/30 days overdue.", []),
        ("Customer wants changes approved by 2/3 of the board.", []),
        ("Customer wants reminders for their Net 30 accounts.", []),
        ("Customer wants leads from a free email domain scored lower.", []),
    ],
)  # fmt: skip
def test_flag_families(text: str, flags: list[str]) -> None:
    assert TAGGER.tag(text).flags == flags


@pytest.mark.parametrize(
    ("text", "target", "words"),
    [
        ("Customer wants orders above 50,000 EUR to need approval.", "custom_logic",
         ["above 50,000", "approval"]),
        ("Prospect wants discounts above 20% blocked unless a director signs off.",
         "custom_logic", ["above 20%", "unless", "signs off"]),
        ("Customer wants orders above $10,000 to require manager approval.", "custom_logic",
         ["above $10,000", "approval"]),
        ('Customer needs a custom "Awaiting Legal" status in the contract workflow.',
         "custom_logic", ['custom "Awaiting Legal" status', "workflow"]),
    ],
)  # fmt: skip
def test_shown_matches_are_trimmed_of_spaces_and_punctuation(
    text: str, target: str, words: list[str]
) -> None:
    matches = TAGGER.tag(text).matches[target]
    assert matches == words
    for word in matches:
        assert word == word.strip() and word[-1] not in " .,;:!?'\")"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Their security team wants screenshots and copy-paste disabled on the claims screen.",
         ["security"]),
        ("Their privacy officer wants chat transcripts scrubbed of card numbers.", ["security"]),
        ("Customer data must stay on-premises in their own data center.", ["security"]),
        ("We need 9 TB of case files migrated from their on-prem Documentum.",
         ["data_movement"]),
        ("Procurement insists on a three-way match before payment is released.",
         ["custom_logic"]),
        ("The bank wants wire transfers over $1M to require dual approval.", ["custom_logic"]),
        ("Suppliers are rated quarterly on on-time delivery.", ["custom_logic"]),
        ("All API traffic must use TLS 1.2 or higher.", ["security"]),
        ("Their DPO needs personal data masked in the weekly export to the vendor.",
         ["security", "data_movement"]),
        # Who may see it: possessives, "access limited to", "seen only by".
        ("Customer wants each claim visible only to that adjuster's team.", ["security"]),
        ("Can gradebook access be limited to the class each teacher runs?", ["security"]),
        ("Customer wants salary notes seen only by HR admins.", ["security"]),
        # Encryption guards, filed documents, prod copies, reports to a person, points.
        ("The SFTP export must not be sent unless PGP-encrypted.", ["security", "data_movement"]),
        ("Customer wants signed letters filed into their iManage workspace.", ["data_movement"]),
        ("Customer wants a sandbox with a masked prod copy.", ["security", "data_movement"]),
        ("Customer wants a weekly backlog report emailed to their CFO.", ["custom_logic"]),
        ("Customer wants a score that adds 15 points per webinar attended.", ["custom_logic"]),
    ],
)  # fmt: skip
def test_word_families_from_later_held_out_batches(text: str, categories: list[str]) -> None:
    assert TAGGER.tag(text).categories == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # A report of a metric cut by a dimension, in any word order.
        ("Sales ops wants win rate by lead source in a weekly dashboard.", ["custom_logic"]),
        ("The CFO wants a monthly breakdown of spend per cost centre.", ["custom_logic"]),
        ("Their COO wants on-time delivery rates per carrier in a weekly report.",
         ["custom_logic"]),
        ("Leadership wants a revenue-by-region chart refreshed daily.", ["custom_logic"]),
        ("The clinic group wants no-shows by clinic reported weekly.", ["custom_logic"]),
        # ... but a date or a person after "by" is not a dimension.
        ("Customer needs our SOC 2 report by the end of Q3.", ["security"]),
        # People limited in what they see: access control, not a display rule ...
        ("Patients can only see their own lab results in the portal.", ["security"]),
        ("Regional managers should see only the deals in their own region.", ["security"]),
        ("Contractors cannot download files from the client workspace.", ["security"]),
        ("Teachers should be able to view only the grades of their own classes.",
         ["security"]),
        # ... while a page or a unit showing a subset stays a rule.
        ("Customer wants each branch to see only its own price list.", ["custom_logic"]),
        ("Prospect asks for a dashboard that shows only their franchise locations.",
         ["custom_logic"]),
        # Masked, truncated or partial display of a sensitive value.
        ("Agents may only ever see the last 4 digits of a customer's SSN.", ["security"]),
        ("Card numbers must be truncated on every printed receipt.", ["security"]),
        ("Tax IDs must be partially masked on the agent screen.", ["security"]),
        ("Bank account numbers should not be shown to call-centre agents.", ["security"]),
    ],
)  # fmt: skip
def test_word_families_from_held_out_batch_9(text: str, categories: list[str]) -> None:
    assert TAGGER.tag(text).categories == categories, TAGGER.tag(text).matches


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # Money off what they pay us, in its phrasings ...
        ("Procurement wants 15% off the annual subscription.", ["commercial_terms"]),
        ("Buyer wants us to knock $20k off the platform fee.", ["commercial_terms"]),
        ("They want 10% off list for the first year.", ["commercial_terms"]),
        ("Can we take 15% off if they prepay?", ["commercial_terms"]),
        ("Prospect asks for a 25% price reduction on year two.", ["commercial_terms"]),
        ("Customer wants their seats discounted by 30% for the pilot.", ["commercial_terms"]),
        ("The school district wants education pricing on 4,000 seats.", ["commercial_terms"]),
        ("Can they have some money off the renewal?", ["commercial_terms"]),
        # ... but money off their own prices is a pricing rule.
        ("Their quote tool needs units 501+ to get 12% off their list price.", []),
        ("Retailer wants promo codes that give shoppers 15% off their first order.", []),
        ("Customer wants quotes with a discount above 25% to need VP sign-off.", []),
        # Signing this month is a date for the contract, not for the work.
        ("Buyer wants €10k off if they sign this month.", ["commercial_terms"]),
    ],
)  # fmt: skip
def test_discount_family_flags_commercial_terms(text: str, flags: list[str]) -> None:
    assert TAGGER.tag(text).flags == flags, TAGGER.tag(text).matches


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # People held to seeing or editing some records is access control.
        ("Managers limited to viewing their own team's timesheets.", ["security"]),
        ("Can agents be confined to seeing tickets from their own queue?",
         ["security", "custom_logic"]),
        # Validated (GxP) systems are compliance, not a validation rule ...
        ("Buyer needs a GxP-validated instance with IQ/OQ/PQ documentation.", ["security"]),
        ("Customer needs 21 CFR Part 11 e-signatures in a validated environment.",
         ["security"]),
        # ... while checks on what is entered are.
        ("Customer wants every address validated against USPS.", ["custom_logic"]),
        # Records refused for a missing field are a validation rule; a missing control
        # is security.
        ("Expense reports without a receipt rejected on submit.", ["custom_logic"]),
        ("Orders missing a PO number are blocked at save.", ["custom_logic"]),
        ("Tickets can't be closed without a root cause.", ["custom_logic"]),
        ("Logins without MFA are blocked.", ["security"]),
        # An approval made elsewhere, used as a time reference, is not an approval step.
        ("Bills pushed to NetSuite within an hour of approval.", ["data_movement"]),
        ("Customer wants manager approval on each record before it syncs to their ERP.",
         ["data_movement", "custom_logic"]),
    ],
)  # fmt: skip
def test_word_families_from_held_out_batch_10(text: str, categories: list[str]) -> None:
    assert TAGGER.tag(text).categories == categories, TAGGER.tag(text).matches


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # A count of things in one week or month is a rate window, not a date ...
        ("Customer wants accounts locked after three failed logins in a week.", []),
        ("Flag any rep with more than 10 discounts within one month.", []),
        # ... but work done in a week is.
        ("Customer wants the Salesforce sync live in a month.", ["delivery_date"]),
        ("Customer wants SSO within six weeks of signature.", ["delivery_date"]),
        # Payment schedules are commercial terms, and their months are not delivery dates.
        ("The hospital wants to pay the first year in three instalments.", ["commercial_terms"]),
        ("Customer will pay quarterly in advance.", ["commercial_terms"]),
        ("Can they prepay two years to lock the price?", ["commercial_terms"]),
        ("The trust wants to pay in two payments, in March and September.",
         ["commercial_terms"]),
        # Their own customers paying is product behaviour; a cost centre is a field.
        ("Their members pay monthly through GoCardless.", []),
        ("Invoices with no cost centre bounced back to the submitter.", []),
    ],
)  # fmt: skip
def test_rate_windows_and_payment_schedules(text: str, flags: list[str]) -> None:
    assert TAGGER.tag(text).flags == flags, TAGGER.tag(text).matches
