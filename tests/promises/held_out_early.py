"""The earlier held-out set: asks kept inline as a regression check, which
tests/promises/test_labelled_quality holds to the same thresholds as the labelled file
(test_quality_thresholds). The labels' short names are defined here and used there too.
"""

from typing import Any

S, D, L = "security", "data_movement", "custom_logic"
DATE, TERMS = "delivery_date", "commercial_terms"


def _clear(text: str, categories: list[str], flags: list[str] | None = None,
           accept: list[list[str]] | None = None) -> dict[str, Any]:  # fmt: skip
    row: dict[str, Any] = {"text": text, "vague": False, "categories": categories}
    row["flags"] = flags or []
    if accept:
        row["accept"] = accept
    return row


HELD_OUT: list[dict[str, Any]] = [
    _clear("Customer wants SCIM user provisioning from Azure AD for all 600 employees.", [S]),
    _clear("Buyer needs session timeouts of 15 minutes for all admin users.", [S]),
    _clear("Prospect requires all customer data hosted in a Frankfurt data center.", [S]),
    _clear("Customer wants API keys rotated every 90 days.", [S]),
    _clear("Buyer asks for a yearly penetration test report and a completed security "
           "questionnaire.", [S]),
    _clear("Customer wants a monthly JSON feed of invoices posted to their HubSpot account.", [D]),
    _clear("Buyer needs 500,000 contacts migrated from Microsoft Dynamics before go-live.", [D]),
    _clear("Customer wants order updates streamed to their Kafka topic in real time.", [D]),
    _clear("Prospect needs an SFTP drop of shipment files every 15 minutes with duplicate "
           "records rejected.", [D], accept=[[D, L]]),
    _clear("Customer wants purchase orders over €5,000 routed to the regional finance lead "
           "for approval.", [L]),
    _clear("Prospect asks for a custom object to track warranty claims with its own "
           "statuses.", [L]),
    _clear("Customer wants new leads assigned to account owners by territory with a "
           "round-robin fallback.", [L]),
    _clear("Customer wants credit memos above $2,500 to need a second approver, e.g. their "
           "controller.", [L]),
    _clear("Customer wants field-level encryption for social security numbers in the export "
           "to their BigQuery dataset.", [D, S]),
    _clear("Customer requires that support staff access to their tenant is logged and "
           "approved by their admin.", [L, S], accept=[[S]]),
    _clear("Buyer wants the Workday integration live by September 30 at no extra cost.", [D],
           [DATE, TERMS]),
    _clear("Customer wants SSO through Okta and MFA enforced for contractors in Q2.", [S],
           [DATE]),
    _clear("Buyer wants SAP v2.1 order data exported as Parquet to their U.S. bucket within "
           "30 days of signing.", [D], [DATE]),
    _clear("Customer wants a 15% discount on the first-year subscription.", [], [TERMS]),
    _clear("Customer needs a 4-hour response time for priority-one incidents.", [], [TERMS]),
    _clear("Buyer wants the implementation fee waived.", [], [TERMS]),
    _clear("customer wants sso via okta for their 300 field reps.", [S]),
    _clear("Customer wants guest users blocked from downloading attachments.", [S]),
    _clear("Customer wants a one-way sync of contacts from Pipedrive.", [D]),
    _clear("Customer wants our platform to push shipment status to their TMS every 5 minutes.",
           [D]),
    _clear("Prospect wants product prices pulled from their PIM every 30 minutes.", [D]),
    _clear("Customer wants contracts to lock for editing once legal marks them final.", [L]),
    _clear("Customer wants tickets that mention 'outage' flagged as urgent.", [L]),
    _clear("Prospect wants different SLA timers for their platinum customers.", [L]),
    _clear("Buyer wants audit log streaming to Datadog ready in Q1 2027.", [D, S], [DATE]),
    _clear("Customer wants the Jira integration by the start of April.", [D], [DATE]),
    _clear("Customer wants a dedicated CSM and quarterly business reviews.", [], [TERMS]),
    _clear("Buyer wants the first three months free.", [], [TERMS]),
    {"text": "We'll make sure their integration needs are covered.", "vague": True},
    {"text": "we can probably make that work", "vague": True},
    {"text": "Customer wants a tailored solution.", "vague": True},
    {"text": "The customer needs help with their data.", "vague": True},
    {"text": "Customer wants everything the competitor offers.", "vague": True},
    {"text": "Our platform is industry standard on security.", "vague": True},
    {"text": "Should be fine to give them the usual reporting.", "vague": True},
    {"text": "They want everything to sync seamlessly.", "vague": True},
    {"text": "I think we can do the approval thing for them.", "vague": True},
    {"text": "Maybe add SSO later if possible.", "vague": True},
    {"text": "Customer wants some tweaks to the workflow.", "vague": True},
    {"text": "Buyer needs SSO, MFA, audit logs, etc.", "vague": True},
    {"text": "Customer needs a robust integration with their systems.", "vague": True},
    {"text": "We can probably support whatever they need on reporting.", "vague": True},
    {"text": "Customer wants it done in Q3.", "vague": True},
    {"text": "Customer wants SSO. Also a nightly export to Snowflake.", "vague": True},
]  # fmt: skip
