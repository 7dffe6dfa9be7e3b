"""Vocabulary of named things the seed rules know, as plain phrases, grouped by family.

Naming one of these makes an ask concrete (the wording lint reuses them) and tags it.
Phrases match case-insensitively on word boundaries, with a plain plural allowed and
spaces/hyphens interchangeable ("sign on" also finds "sign-on" and "signon"), so each
is listed once. Words that also mean something else in an ask ("box", "teams", "rest",
"segment", "epic", "queue", "warehouse") are not here: promises.tagging_rules matches
them only in the shapes where they name the thing.

Lists are whole families, not the words of particular asks: when a bad deal shows a
missing system or control, add its family's other members too.
"""

from __future__ import annotations

from promises.tagging_vocab_sectors import (
    APP_PLATFORMS,
    SECTOR_CONTROLS,
    SECTOR_SYSTEMS,
    SYSTEM_TYPES,
)
from promises.tagging_vocab_tech import MOBILE_CONTROLS

# --- security ------------------------------------------------------------------------
IDENTITY = (
    "sso", "single sign-on", "saml", "saml2", "oidc", "openid", "openid connect",
    "oauth", "oauth2", "scim", "jit provisioning", "just-in-time provisioning",
    "identity provider", "idp", "okta", "auth0", "okta workflows", "azure ad",
    "azure active directory",
    "entra", "entra id", "adfs", "active directory", "ldap", "onelogin", "ping identity",
    "pingfederate", "pingone", "ping federate", "jumpcloud", "keycloak", "forgerock",
    "shibboleth", "google workspace", "cyberark", "sailpoint", "saviynt",
    "mfa", "2fa", "two-factor", "multi-factor", "multifactor", "second factor",
    "authenticator", "totp", "one-time password", "one-time code", "otp", "sms code",
    "hardware token", "hardware key", "security key", "yubikey", "fido", "fido2",
    "webauthn", "passkey", "passwordless", "biometric", "duo", "securid", "step-up auth",
    "password", "account lockout", "captcha", "brute force",
    # Proving who signs or opens a document: "SMS signer verification", "KBA on signers".
    "knowledge-based authentication", "kba", "sms verification", "sms authentication",
    "phone verification", "phone authentication", "two-step verification",
    "2-step verification", "signer authentication", "signer verification",
    "recipient authentication", "recipient verification",
)  # fmt: skip
ACCESS = (
    "rbac", "abac", "role-based access", "access control", "permission", "permission set",
    "read-only role", "admin role", "least privilege", "privileged access",
    "break-glass", "segregation of duties", "separation of duties", "session timeout",
    "idle timeout", "inactivity timeout", "auto logout", "automatic logout",
    "ip allowlist", "ip whitelist", "ip restriction", "ip range", "ip address",
    "network range", "vpn", "private link", "privatelink", "private endpoint",
    "vpc peering", "vpc", "mtls", "mutual tls", "client certificate", "certificate pinning",
    "zero trust", "conditional access", "device trust", "managed device",
    "firewall", "waf", "ddos", "support access", "just-in-time access", "impersonation",
    "jit access", "production access", "prod access",
    "guest user", "guest access", "external user", "shared link", "public link",
    "link sharing", "anonymous access", "kill switch", "tenant isolation", "single-tenant",
    "dedicated instance", "private cloud",
    "air-gapped", "govcloud", "gov cloud", "sovereign cloud",
)  # fmt: skip
LOGGING = (
    "audit log", "audit trail", "audit event", "audit history", "activity log",
    "access log", "login history", "siem", "splunk", "qradar", "sentinel", "sumo logic",
    # A record's own edit trail: "field-level change history on contracts" (batch 70).
    "change history", "field history", "logrhythm", "arcsight", "exabeam", "elastic security",
)  # fmt: skip
ENCRYPTION = (
    "encryption key", "customer-managed key", "cmk", "kms", "key vault", "cloud hsm", "hsm",
    "hardware security module", "byok", "hyok", "bring your own key", "key rotation",
    "key management", "tls", "ssl", "https", "aes", "aes-256", "at rest", "in transit",
    "tokenization", "tokenisation", "pseudonymisation", "pseudonymization",
    "anonymisation", "anonymization", "data masking", "masking", "pgp", "gpg", "fips",
    # Messages signed so the receiver can trust them: "payloads signed with HMAC-SHA256".
    "hmac",
)  # fmt: skip
RETENTION = (
    "data residency", "data sovereignty", "in-region", "in-country", "onshore",
    "legal hold", "litigation hold",
    "right to be forgotten", "erasure", "dsar", "data subject request", "backup",
    "disaster recovery", "dr plan", "dr site", "failover", "business continuity", "bcp",
    "rpo", "rto", "point-in-time recovery",
)  # fmt: skip
PAPERWORK = (
    "soc 1", "soc 2", "soc2", "soc 3", "type ii report", "type 2 report", "bridge letter",
    "iso 27001", "iso 27017", "iso 27018", "iso 27701", "iso 42001", "iso certification",
    "statement of applicability", "dpa", "data processing agreement",
    "data processing addendum", "dpia", "data protection impact assessment",
    "transfer impact assessment", "standard contractual clauses", "sccs", "baa",
    "business associate agreement", "hipaa", "hitrust", "gdpr", "ccpa", "cpra", "lgpd",
    "pipeda", "glba", "ferpa", "coppa", "sox", "pci", "pci dss", "pci-dss", "fedramp",
    "stateramp", "cjis", "itar", "irap", "tisax", "cyber essentials", "csa star", "caiq",
    "sig questionnaire", "sig lite", "hecvat", "nist", "nist 800-53", "nist csf",
    "cis benchmark", "pen test", "pentest", "penetration test", "vulnerability scan",
    "vulnerability", "cve", "bug bounty", "security questionnaire", "vendor assessment",
    "vendor risk assessment", "security review", "security assessment", "security audit",
    "right to audit", "attestation of compliance", "subprocessor", "sub-processor",
    "breach notification", "incident notification", "incident response plan",
    "background check", "security training", "pii", "phi", "dlp", "data loss prevention",
    "gxp", "gmp", "glp", "gamp", "gamp 5", "21 cfr part 11", "cfr part 11", "part 11",
    "annex 11", "computer system validation", "computerized system validation",
    "computerised system validation", "validation package",
    "watermark", "malware", "model provider", "llm provider", "ai provider", "ai vendor",
    "zero data retention", "openai", "azure openai", "virus scan", "antivirus", "edr",
    # Laws and levels of electronic signature: "eIDAS qualified electronic signatures".
    "eidas", "esign act", "ueta", "zertes", "qualified electronic signature",
    "advanced electronic signature", "qualified trust service provider", "qtsp",
)  # fmt: skip
SECURITY_CONTROLS = (
    IDENTITY + ACCESS + LOGGING + ENCRYPTION + RETENTION + PAPERWORK + SECTOR_CONTROLS
    + MOBILE_CONTROLS
)

# --- data movement ---------------------------------------------------------------------
CRM_ERP = (
    "salesforce", "sales cloud", "service cloud", "hubspot", "dynamics", "dynamics 365",
    "pipedrive", "zoho", "sugarcrm", "freshsales", "insightly", "keap", "veeva", "crm",
    "sap", "s/4hana", "s4hana", "sap ecc", "netsuite", "oracle", "oracle ebs",
    "oracle fusion", "e-business suite", "jd edwards", "jde", "peoplesoft", "infor",
    "epicor", "sage", "sage intacct", "acumatica", "odoo", "business central",
    "navision", "syspro", "qad", "erp", "mrp", "plm",
)  # fmt: skip
HR_PAYROLL = (
    "bamboohr", "successfactors", "adp", "ukg", "kronos", "rippling", "gusto",
    "paylocity", "paycom", "paychex", "ceridian", "dayforce", "hibob", "personio", "deel",
    "greenhouse", "icims", "smartrecruiters", "taleo", "hris", "hcm", "payroll system",
    "payroll provider", "payroll file",
)  # fmt: skip
ITSM_SUPPORT = (
    "servicenow", "jira", "jira service management", "freshservice", "bmc remedy",
    "bmc helix", "cherwell", "ivanti", "topdesk", "manageengine", "sysaid", "pagerduty",
    "opsgenie", "itsm", "cmdb", "zendesk", "freshdesk", "intercom", "help scout",
    "helpscout", "gorgias", "kustomer", "livechat",
)  # fmt: skip
BILLING_FINANCE = (
    "stripe", "chargebee", "zuora", "recurly", "chargify", "maxio", "paddle", "braintree",
    "adyen", "paypal", "worldpay", "authorize.net", "checkout.com", "gocardless", "plaid",
    "quickbooks", "qbo", "xero", "freshbooks", "myob", "zoho books", "blackline",
    "bill.com", "expensify", "sap concur", "concur expense", "concur travel", "swift mt",
    "swift message", "swift network", "coupa", "ariba", "tipalti", "avalara", "floqast",
    "anaplan", "hyperion", "onestream", "general ledger", "ledger", "billing system",
    "payment gateway", "payment processor", "fiserv", "jack henry", "temenos", "finastra",

)  # fmt: skip
WAREHOUSE_BI = (
    "snowflake", "bigquery", "redshift", "databricks", "synapse", "teradata", "delta lake",
    "lakehouse", "hadoop", "hdfs", "apache hive", "presto", "trino", "athena",
    "clickhouse", "firebolt", "vertica", "greenplum", "data warehouse", "data lake",
    "data mart", "adls", "onelake", "microsoft fabric", "tableau", "power bi", "looker",
    "looker studio", "data studio", "qlik", "qlikview", "qlik sense", "domo", "sisense",
    "metabase", "thoughtspot", "microstrategy", "cognos", "superset", "grafana",
    "bi tool", "bi platform", "read replica", "replica", "data sharing",
)  # fmt: skip
STORAGE_STREAMING = (
    "s3", "s3 bucket", "amazon s3", "azure blob", "blob storage", "azure storage", "gcs",
    "google cloud storage", "storage bucket", "dropbox", "sharepoint", "onedrive",
    "google drive", "egnyte", "file share", "network share", "network drive",
    "shared drive", "minio", "kafka", "confluent", "kinesis", "rabbitmq", "activemq",
    "amazon mq", "sqs", "sns", "pub/sub", "pubsub", "event hub", "eventbridge",
    "service bus", "ibm mq", "websphere mq", "tibco", "nats", "pulsar", "mqtt", "amqp",
    "message queue", "message bus", "event bus", "event stream", "change data capture",
    "cdc", "debezium",
)  # fmt: skip
DATABASES = (
    "postgres", "postgresql", "mysql", "mariadb", "sql server", "mssql", "azure sql",
    "cloud sql", "aurora", "rds", "db2", "mongodb", "mongo", "dynamodb", "cosmos db",
    "cosmosdb", "cassandra", "redis", "elasticsearch", "opensearch", "couchbase",
    "firestore", "firebase", "sqlite", "sybase", "supabase", "neo4j",
)  # fmt: skip
COMMERCE_MARKETING = (
    "shopify", "magento", "adobe commerce", "bigcommerce", "woocommerce",
    "commercetools", "commerce cloud", "sfcc", "seller central", "vendor central",
    "ebay", "etsy", "point of sale", "pos system", "lightspeed", "storefront", "marketo",
    "pardot", "account engagement", "eloqua", "mailchimp", "klaviyo", "braze", "iterable",
    "customer.io", "sendgrid", "constant contact", "activecampaign", "marketing cloud",
    "sfmc", "dotdigital", "emarsys", "cdp", "customer data platform", "rudderstack",
    "mparticle", "tealium", "mixpanel", "amplitude", "google analytics", "ga4", "pendo",
    "fullstory", "hotjar", "qualtrics", "surveymonkey", "typeform", "medallia",
)  # fmt: skip
INTEGRATION_TOOLS = (
    "mulesoft", "boomi", "workato", "zapier", "make.com", "n8n", "tray.io", "celigo",
    "jitterbit", "snaplogic", "informatica", "talend", "fivetran", "airbyte", "hightouch",
    "matillion", "dbt", "airflow", "data factory", "aws glue", "ssis", "etl", "elt",
    "reverse etl", "ipaas", "webhook", "api endpoint", "rest api", "restful", "graphql",
    "soap", "wsdl", "odata", "grpc", "websocket", "sftp", "ftps", "ftp", "as2",
    "managed file transfer", "file transfer", "file drop", "odbc", "jdbc",
)  # fmt: skip
OTHER_SYSTEMS = (
    "google sheets", "airtable", "smartsheet", "confluence", "asana", "monday.com",
    "trello", "clickup", "wrike", "basecamp", "slack", "microsoft teams", "ms teams",
    "microsoft exchange", "exchange online", "exchange server",
    "google calendar", "microsoft outlook", "outlook calendar", "outlook add-in", "gmail",
    "office 365", "microsoft 365", "m365", "docusign",
    "adobe sign", "pandadoc", "gong", "salesloft", "zoominfo", "clearbit", "linkedin",
    # Data providers whose scores and records are fed in.
    "dun & bradstreet", "dun and bradstreet", "d&b", "experian", "equifax", "creditsafe",
    "ecovadis", "rapidratings",
    "twilio", "vonage", "ringcentral", "five9", "genesys", "talkdesk", "aircall",
    "calendly", "epic ehr", "cerner", "oracle health", "athenahealth", "allscripts",
    "meditech", "eclinicalworks", "ehr", "emr", "shipstation", "shipbob", "fedex", "dhl",
    "project44", "fourkites", "descartes", "blue yonder", "wms", "tms", "oms", "procore",
    "autodesk", "servicetitan", "guidewire", "duck creek", "yardi", "appfolio",
    "realpage", "blackbaud", "canvas lms", "blackboard", "moodle", "lms", "powerschool",
    "ellucian", "cms", "pim", "akeneo", "mdm system", "sharefile", "dam system", "iot hub",
)  # fmt: skip
# Where documents are filed: "filed into the matching iManage workspace".
DOCUMENT_SYSTEMS = (
    "imanage", "netdocuments", "opentext", "documentum", "m-files", "laserfiche",
    "worldox", "alfresco", "filenet", "hyland onbase", "onbase", "docuware", "clio",
    "document management system", "records management system", "document repository",
    "document library", "ecm system",
    # Law-firm finance and matter systems, where time and billing data are filed.
    "elite 3e", "aderant", "intapp", "tymetrix", "legal tracker", "brightflag", "ebillinghub",
)  # fmt: skip
# Systems named by their type ("the WMS") or as an app store ("the Shopify app") are
# matched by promises.tagging_rules_sectors, which tells our product from theirs.
_IN_CONTEXT = frozenset(SYSTEM_TYPES + APP_PLATFORMS)
DATA_SYSTEMS = (
    tuple(
        s
        for s in CRM_ERP
        + HR_PAYROLL
        + ITSM_SUPPORT
        + BILLING_FINANCE
        + WAREHOUSE_BI
        + STORAGE_STREAMING
        + DATABASES
        + COMMERCE_MARKETING
        + INTEGRATION_TOOLS
        + OTHER_SYSTEMS
        + DOCUMENT_SYSTEMS
        if s not in _IN_CONTEXT
    )
    + SECTOR_SYSTEMS
)
DATA_FORMATS = (
    "csv", "tsv", "json", "jsonl", "ndjson", "xml", "parquet", "avro", "xlsx", "xls",
    "excel", "spreadsheet", "flat file", "fixed-width", "fixed-length", "pipe-delimited",
    "tab-delimited", "comma-delimited", "delimited file", "yaml", "ical", "ics", "vcard",
    "ofx", "qif", "iif", "bai2", "mt940", "camt.053", "nacha", "iso 20022", "hl7", "fhir",
    "ccda", "dicom", "edi", "x12", "edifact", "asn", "ubl", "cxml", "punchout", "peppol",
    "idoc", "geojson", "kml", "shapefile", "protobuf", "data file", "batch file",
    "sas xpt", "xpt", "cdisc", "sdtm", "adam dataset", "e2b",
    # E-invoicing and bank statement formats: "Factur-X invoices", "a camt.054 file".
    "factur-x", "zugferd", "xrechnung", "fatturapa", "facturae", "cfdi", "camt.052",
    "camt.054", "mt942", "pain.001", "pain.002",
    # Legal e-billing and utility meter data exchange: "LEDES 1998B invoices", "Green
    # Button usage files", "MultiSpeak messages".
    "ledes 1998b", "ledes 98bi", "ledes xml", "ledes file", "green button", "multispeak",
)  # fmt: skip

# --- custom logic ------------------------------------------------------------------------
LOGIC_OBJECTS = (
    "custom field", "custom object", "custom status", "custom stage", "custom tab",
    "custom page", "custom workflow", "custom report", "custom view", "custom layout",
    "custom template", "custom logic", "custom approval", "custom rule", "custom form",
    "custom picklist", "custom button", "record type", "page layout", "approval step",
    "approval path", "approval rule", "approval workflow", "approval chain",
    "approval matrix", "approval flow", "approval hierarchy", "approval level",
    "approval process", "approval limit", "multi-level approval", "two-step approval",
    "dual approval", "second approver", "four-eyes", "maker-checker",
    "delegation of authority", "validation rule", "business rule", "routing rule",
    "assignment rule", "escalation rule", "escalation path", "pricing rule",
    "workflow rule", "automation rule", "notification rule", "dedupe rule",
    "duplicate rule", "matching rule", "merge rule", "reminder", "digest",
    "round-robin", "account-specific", "customer-specific", "region-specific",
    "country-specific", "picklist", "pick list", "dropdown", "drop-down", "formula",
    "formula field", "calculated field", "roll-up", "rollup", "lead scoring",
    "scoring model", "checklist", "playbook", "intake form", "state machine",
    "deal stage", "opportunity stage", "pipeline stage", "lifecycle stage", "sales stage",
    "commission", "quota", "price book", "pricebook", "tax rule", "naming convention",
    "numbering scheme", "auto-numbering", "holiday calendar",
    "credit review", "credit check", "credit limit", "credit hold", "threshold",
    "sign-off", "signoff", "escalation", "spend limit",
)  # fmt: skip

# --- commercial terms --------------------------------------------------------------------
COMMERCIAL_TERMS = (
    "sla", "service level", "uptime", "service credit", "response time",
    "resolution time", "first response", "24/7", "24x7", "follow-the-sun",
    "support level", "support plan", "support package", "support hours",
    "support contract", "support entitlement", "phone support", "premium support",
    "premier support", "priority support", "enterprise support", "platinum support",
    "gold support", "dedicated support", "named support", "onsite support",
    "on-site support", "white-glove support", "extended support",
    "dedicated account manager", "technical account manager", "tam",
    "customer success manager", "csm", "executive sponsor", "free of charge",
    "no charge", "price lock", "price cap",
    "price increase", "price freeze", "price protection", "fixed price", "fixed fee",
    "not-to-exceed", "liability cap", "limitation of liability", "liability",
    "indemnity", "indemnification", "rebate", "free trial", "upfront",
    "billing terms", "payment schedule", "payment plan", "instalment", "installment",
    "prepay", "pre-pay", "prepayment", "deferred payment", "payment deferral",
    "deferred billing", "deferred invoicing", "milestone billing", "milestone payment",
    "staged payment", "phased payment", "payment milestone",
    "termination for convenience", "termination clause", "early termination",
    "termination right", "out clause", "exit clause", "cancellation clause",
    "fix time", "money-back", "qbr", "business review", "professional services",
    "hourly rate", "day rate", "true-up", "overage", "auto-renewal",
    "renewal cap", "uplift", "mfn", "most favoured nation", "most favored nation",
    "escrow", "liquidated damages", "complimentary", "paid pilot", "msa",
    "master services agreement",
)  # fmt: skip

# --- regex fragments shared by the rule shapes ----------------------------------------
NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|forty-five|fifty|sixty|ninety)"
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
FULL_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
PLACE = (
    r"(?:eu|eea|european|europe|us|usa|u\.s\.|united\s+states|uk|u\.k\.|united\s+kingdom"
    r"|british|canada|canadian|germany|german|france|french|australia|australian|swiss"
    r"|switzerland|india|indian|japan|japanese|singapore|brazil|brazilian|ireland|irish"
    r"|netherlands|dutch|sweden|swedish|norway|norwegian|denmark|danish|finland|nordics?"
    r"|spain|spanish|italy|italian|poland|austria|belgium|israel|uae|saudi(?:\s+arabia)?"
    r"|ksa|qatar|south\s+africa|new\s+zealand|korea|korean|hong\s+kong|china|chinese"
    r"|mexico|mexican|indonesia|malaysia|philippines|apac|emea|latam|frankfurt|dublin"
    r"|london|paris|amsterdam|stockholm|zurich|sydney|melbourne|tokyo|osaka|mumbai"
    r"|montreal|toronto|sao\s+paulo|s[aã]o\s+paulo|virginia|oregon|ohio|california"
    r"|texas|quebec|in-country|domestic|local)"
)
