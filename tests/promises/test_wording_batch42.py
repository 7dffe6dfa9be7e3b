"""Wording shapes added after held-out batches 42 (contract lifecycle), 43 (marketing
automation) and 44 (construction and property), in promises.wording,
promises.wording_playdown, promises.wording_patterns and promises.wording_stance.

Passing: a preference word ("ideally") on an ask that names what is done, said as what
the customer would like or wants (a bare "Ideally a nightly Workday sync" is still
refused); an aside that plays the size down ("nothing fancy") on an ask that already says
what the work is twice over (a format and a frequency; a system's name does not count); a
pronoun after the object it stands for ("view an employee's bank details but not edit
them"); a key stated as "X, not Y, used as the key for ..."; the customer's own logo and
brand colours on a page. Refused: an open limit said after the ask ("however they like
after go-live"), a promise of how it will feel ("make the cutover painless"), a promise
said only roughly ("broadly speaking, ...").
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "Ideally the claims workflow would route water-damage claims over $10,000 to a "
        "senior adjuster.",
        "Ideally they want a nightly CSV export of bookings to their SFTP server.",
        "Just a basic weekly XLSX dump of open tickets to their SharePoint folder, nothing fancy.",
        "Clinic just wants a plain nightly CSV file of discharges to their S3 bucket, nothing "
        "too elaborate.",
        "Customer wants payroll admins able to view an employee's bank details but not edit them.",
        "Insurer wants their policy number, not email, used as the key for matching claimants.",
        "Customer wants the booking page to carry their logo and brand colours.",
    ],
)
def test_batch42_shapes_pass(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reporting can be customised however they like after launch.",
        "Our team will make the Workday cutover painless.",
        "Broadly speaking, the tenant app will meet their reporting requirements.",
    ],
)
def test_batch42_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ideally the portal would cover their access needs.",
        "Ideally a nightly Workday sync of new hires.",
        "Just a basic Salesforce sync, nothing fancy.",
        "They want a simple nightly sync with Workday, nothing fancy.",
    ],
)
def test_soft_asks_with_little_named_stay_refused(text: str) -> None:
    assert lint(text)
