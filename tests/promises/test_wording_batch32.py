"""Wording families added after held-out batches 32 (asks relayed by partners, resellers,
integrators and customer-success managers at renewal), 33 (technical buyers' jargon) and
34 (write-ups of discovery workshops).

Refused: open scope in the messenger's and the architect's words ("whatever it takes",
"whatever lakehouse they end up choosing", "something else entirely"), goodwill ("to be
flexible on"), the past as the measure ("the same as last year", "only faster"), feelings
about a domain ("peace of mind around their hosting"), a topic for a promise ("something
around least privilege", "an encryption story"), someone else's yardstick ("in line with
their reference architecture"), "somewhere safe", "top of mind", "a single pane of glass",
"defence in depth", "closely enough" and perfection ("never hallucinate"). The messenger
and the customer they speak for ("The CSM for Stark", "At renewal, Vandelay wants") name
no system. Passing: "to be scoped to read-only access" limits the access, and "the usual
add-on fee" names the fee.

Each refused case names something concrete, or a customer, so only the family refuses it;
the passing cases say what the work is.
"""

import pytest

from promises.wording import lint


@pytest.mark.parametrize(
    "text",
    [
        "The SI says Globex needs whatever it takes to pass their PCI audit.",
        "Whatever lakehouse they end up choosing, the Snowflake export has to land there.",
        "Their streaming layer could be Kafka, could be something else entirely.",
        "The CSM for Initech says they need us to be flexible on the Workday integration.",
        "At renewal, Vandelay wants the same as last year.",
        "Customer wants the HubSpot sync they have today, only faster.",
        "The CSM for Umbrella says they want peace of mind around their Azure hosting.",
        "The CSM for Stark says the renewal hinges on goodwill.",
        "Their architects want something around least privilege for the Snowflake account.",
        "The CISO wants a stronger encryption story for the Salesforce data.",
        "The Okta rollout must be in line with their reference architecture.",
        "The buyer wants their KMS keys kept somewhere safe.",
        "Security is top of mind for the Initech board.",
        "They want a single pane of glass over Salesforce and Zendesk.",
        "The CISO expects defence in depth on the Azure tenant.",
        "Customer expects the Zendesk chatbot to never hallucinate.",
        "The staging tenant should match production closely enough.",
    ],
)
def test_batch32_families_are_refused(text: str) -> None:
    assert lint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer wants API keys to be scoped to read-only access on invoices.",
        "Customer wants the nightly Snowflake export included without the usual add-on fee.",
        "At renewal, Acme wants the usual 5% uplift waived.",
    ],
)
def test_concrete_asks_near_those_families_pass(text: str) -> None:
    assert lint(text) == []
