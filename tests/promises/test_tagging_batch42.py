"""Tagging families added after held-out batches 42 (contract lifecycle and legal
operations), 43 (marketing automation and customer data) and 44 (construction and
commercial property), in promises.tagging_rules_general.

This round favours shapes over trade vocabulary. Added: a flow that branches on a score,
a review or approval step skipped, quiet hours and send windows, records merged or
deduplicated on a key, a setting changed from our default, a frequency cap, records
blocked until papers are on file (custom logic); people who may view something but not
edit it, logs of every action (security); a destination that data is sent to (data
movement); part-price and free seats (terms). Removed as false hits, words with another
meaning: "held" as an adjective ("a held matter"), a guard on a legal hold, retention as
money withheld, "who can approve" as a role, an approval or a sign-off used only as a
time, a named person's records, a count after a cap, clause or obligation extraction,
credentials that expire on their own (now security), a fire-rated or two-hour firewall, a
transfer clause, a transfer of personal data in law and an interface shown in a language.

Each case is a family member written apart from the data sets; the clear ones must also
pass the wording lint. Categories are the rules' alone (no fallback guess).
"""

import pytest

from promises.wording import lint
from tests.promises.rules_only import DATE, TERMS, D, L, S, rules_tags

_tag = rules_tags


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # A flow that branches on a score or an answer.
        ("Lender wants the onboarding flow to branch on credit risk score into two paths at "
         "0-49 and 50-100.", [L], []),
        ("Clinic wants the intake questionnaire to branch on the reported pain level.", [L], []),
        # A review or approval step skipped.
        ("Customer wants catalogue purchases under list price to skip manager review and go "
         "straight to ordering.", [L], []),
        ("School wants returning students' forms to bypass the registrar's check.", [L], []),
        ("Publisher wants articles from staff writers to go straight to the copy desk.", [L],
         []),
        # Quiet hours and send windows.
        ("Utility wants quiet hours so no outage text goes out between 10pm and 7am local "
         "time.", [L], []),
        ("Gym chain wants no push notification sent between 9pm and 8am in the member's "
         "time zone.", [L], []),
        # Records merged or deduplicated on a key.
        ("Charity wants their donor ID, not email, used as the key for deduplicating donor "
         "records.", [L], []),
        ("Retailer wants shopper profiles merged on loyalty number first and postcode "
         "second.", [L], []),
        ("Hospital wants patient records deduplicated on NHS number.", [L], []),
        # Content filled in by rule.
        ("Dentist wants a placeholder that inserts the patient's first name into "
         "appointment texts.", [L], []),
        ("Bank wants the customer's preferred name inserted into every statement letter.",
         [L], []),
        # A setting changed from our default.
        ("School wants a 21-day late-work window instead of our default 7-day window.", [L],
         []),
        ("Insurer wants a 90-day claims look-back instead of the default 30 days.", [L], []),
        # A frequency cap is a rule, not a volume.
        ("Retailer wants a frequency cap of max 2 promotional texts per shopper per week.",
         [L], []),
        ("Hospital wants survey invitations capped at 1 per patient per quarter.", [L], []),
        # Records blocked until papers are on file.
        ("Customer wants new suppliers blocked in the onboarding portal until their W-9 and "
         "bank letter are both on file.", [L], []),
        ("Agency wants temp workers kept off the rota until their right-to-work documents "
         "are uploaded.", [L], []),
        # People who may view something but not edit it.
        ("Bank wants branch tellers able to view an account's KYC notes but not edit them.",
         [S], []),
        ("Clinic wants receptionists to see the appointment history but not change it.", [S],
         []),
        # Logs of every action.
        ("Bank wants a log of each wire release shown to the treasury admin.", [S], []),
        ("Lender wants logs of every rate override visible on the loan record.", [S], []),
        # A destination data is sent to.
        ("Customer wants a Reddit Ads audience destination alongside the existing ad "
         "platforms.", [D], []),
        ("Buyer wants a Pinterest Ads data destination by March 1.", [D], [DATE]),
        ("Retailer wants lapsed shoppers removed from all paid social audiences within 24 "
         "hours.", [D], []),
        # Part-price and free seats.
        ("Customer wants the analytics add-on at half price for the first two years.", [],
         [TERMS]),
        ("Buyer asks for unlimited free seats for their external auditors.", [], [TERMS]),
        ("Charity wants the donor portal at half price for the first year.", [], [TERMS]),
        # "held" as an adjective, a guard on a legal hold.
        ("Customer wants legal holds to stop deletion of every document in a held workspace until "
         "the hold is released.", [S], []),
        ("Clinic wants closed patient files purged after 7 years unless a legal hold "
         "applies.", [S], []),
        ("Customer wants chat logs purged after 2 years unless flagged for legal hold.", [S],
         []),
        # A wall in a building, a contract clause, a transfer in law, a screen people read.
        ("Builder wants a checklist item for every two-hour firewall penetration on the job.",
         [L], []),
        ("Customer wants any edit to the change-of-control and transfer clause routed to "
         "senior counsel.", [L], []),
        ("Buyer wants signed SCCs for transfers of their customer data to our Indian "
         "subprocessors.", [S], []),
        ("Customer wants the booking interface available in Spanish and Portuguese.", [], []),
        # Retention as money withheld.
        ("Builder wants the retention-release workflow live by 30 September.", [L], [DATE]),
        # "who can approve" as a role; an approval or sign-off as a time.
        ("Customer wants anyone who can approve a refund to sign in with MFA.", [S], []),
        ("Customer wants purchase orders pushed to NetSuite as soon as they are approved.",
         [D], []),
        ("Buyer requires our SOC 2 Type II report before procurement sign-off.", [S], []),
        # A named person's records, credentials that expire on their own.
        ("Customer wants a named contact's chat transcripts purged on request within 48 "
         "hours.", [S], []),
        ("Customer wants all service tokens to auto-expire after 30 days.", [S], []),
        # Clause or obligation extraction.
        ("Customer wants obligation extraction from signed leases to set a reminder 60 days "
         "before each renewal.", [L], []),
    ],
)  # fmt: skip
def test_batch42_families(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "categories", "flags"),
    [
        # Holds before a release, guards on records, volumes and exports stay.
        ("Customer wants refunds above $500 held until a supervisor signs off.", [L], []),
        ("Customer needs 40,000 contacts imported from Marketo every night.", [D], []),
        ("Customer wants every expense approved by the finance lead before it is paid.", [L],
         []),
        ("Customer wants customer data retained for 7 years after contract end.", [S], []),
        ("Customer needs events delivered to their Kinesis stream with a dedupe key on every "
         "record.", [D], []),
        ("Customer wants their perimeter firewall logs streamed to Splunk.", [D, S], []),
    ],
)  # fmt: skip
def test_near_misses_keep_their_tags(text: str, categories: list[str], flags: list[str]) -> None:
    assert _tag(text) == (categories, flags)
