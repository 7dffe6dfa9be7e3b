"""Wording families added after held-out batches 30 (customers' own emails and chats, often
not in their first language) and 31 (a typical week of intake): polite and still vague
("kindly make sure it works well with", "to just work", "in a proper and professional
way", "fully secure", "compliant with all regulations", "all what they need", "do the
needful", "SAML, SCIM and all", "the same screens they had in", "same like", "to be
flexible", "is very important", "take care of", "the highest standards", "on priority",
"on urgent basis"); a place or the people of one ("the Warsaw client", "Customer from
Lagos") and a label saying where the ask was written ("From Slack:") name nothing; "for
their daily work" is no frequency. Polite questions are requests, not hedges ("Is it
possible to have ..." without the question mark, "kindly advise if possible to"), and
"every Monday" is a frequency.

Each refused case names something concrete, or a place, so only the family can refuse it;
the passing cases say what the work is.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Kindly make sure the Salesforce sync works well with their approval process.",
        "We need the Okta login to play nicely with their Citrix setup.",
        "They want the HubSpot connector to just work.",
        "Kindly handle the Workday migration in a proper and professional manner.",
        "Kindly take care of the Okta setup in a proper way.",
        "The platform must be fully secure for the Riyadh office.",
        "Kindly make the Azure hosting compliant with all regulations in Brazil.",
        "We need that the Jira integration has all what the engineers need.",
        "We need that the system handles whatever is required for our daily work.",
        "Kindly do the needful on the Okta SSO setup.",
        "We need SAML SSO, SCIM, audit logs and all.",
        "They want the same screens they had in Dynamics.",
        "We need the approval flow same like in SAP.",
        "Client expects the approval workflow to be flexible enough for every region.",
        "The Zendesk ticket layout should be modern and intuitive.",
        "Customer wants the Snowflake export to be fast and reliable.",
        "Data privacy is very important for the Vienna customer.",
        "The Saudi retailer says data protection is a top priority.",
        "The Czech bank wants us to take care of their security.",
        "The Warsaw client expects the highest standards on Azure hosting.",
        "Kindly build the Salesforce sync on priority.",
        "Kindly deliver the Jira integration on urgent basis.",
        "Kindly ensure best practices for the Nairobi office.",
        "Customer from Lagos wants best practices on security.",
        "The Vietnamese distributor needs reliable hosting.",
        "From Slack: they need the reporting to look nice.",
        "From the customer's Teams chat: the Zendesk sync should be smooth.",
    ],
)
def test_batch30_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is it possible to have SAML SSO with Okta for our 400 agents.",
        "Would it be possible to get a nightly CSV export of tickets to our SFTP server.",
        "Kindly advise if it is possible to keep audit logs for seven years.",
        "Please let us know if it is possible to route invoices above 10,000 EUR to the CFO.",
        "Customer asks if possible to have the SLA of 4 hours for critical tickets.",
        "Kindly advise if possible to have the export in XML format.",
        "Customer wants a summary of open invoices every Monday.",
        "Customer wants the portal to rank suppliers on delivery time and price.",
    ],
)
def test_concrete_asks_near_those_families_pass(text: str) -> None:
    assert lint(text) == []
