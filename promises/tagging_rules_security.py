"""Seed trigger rules for the security category: controls by name, and the shapes of
security asks (who may see what, where data lives, how it is deleted or restored).

Split out of promises.tagging_rules, which adds them to CONCRETE_RULES and DEFAULT_RULES;
the same conventions apply (word families, ambiguous words only in their one-meaning
shapes). Import DEFAULT_RULES from promises.tagging.
"""

from __future__ import annotations

from promises import tagging_rules_appsec as _as
from promises import tagging_rules_breadth_a as _ba
from promises import tagging_rules_dlp as _dlp
from promises import tagging_rules_edr as _edr
from promises import tagging_rules_gateway as _gw
from promises import tagging_rules_iga as _iga
from promises import tagging_rules_lab_ads_cash as _lac
from promises import tagging_rules_mortgage as _mg
from promises import tagging_rules_pam as _pam
from promises import tagging_rules_pos as _pos
from promises import tagging_rules_secvendor as _sv
from promises import tagging_rules_shapes as _sh
from promises.tagging import Rule, regex_rules
from promises.tagging import phrase_rules as _phrases
from promises.tagging_rules_commerce import (
    COMMERCE_SECURITY_RULES,
    HOLD_BEFORE,
    NOT_A_BACKUP_PERSON,
)
from promises.tagging_rules_cross import CROSS_SECURITY_RULES
from promises.tagging_rules_docs import QUOTED_LABEL_AHEAD
from promises.tagging_rules_field import PRICE_HELD, SUITE_APP_AHEAD
from promises.tagging_rules_fleet import FLEET_SECURITY_RULES, NOT_A_CATALOGUE
from promises.tagging_rules_formal import FORMAL_SECURITY_RULES
from promises.tagging_rules_general import GENERAL_SECURITY_RULES
from promises.tagging_rules_knowledge import KNOWLEDGE_SECURITY_RULES
from promises.tagging_rules_mail import MAIL_SECURITY_RULES, PEOPLE_LOCATED
from promises.tagging_rules_notes import NOT_A_SALES_REGION, NOTES_SECURITY_RULES
from promises.tagging_rules_objects import NOT_A_JOB_ROLE, NOT_A_PLAYED_ROLE
from promises.tagging_rules_ops import OPS_SECURITY_RULES
from promises.tagging_rules_people import HIRING_SCREEN
from promises.tagging_rules_sectors import SECTOR_SECURITY_RULES
from promises.tagging_rules_tech import PROVISIONED_CONFIG, TECH_SECURITY_RULES
from promises.tagging_rules_trades import NOT_A_LOGGED_RECORD
from promises.tagging_rules_utility import UTILITY_SECURITY_RULES
from promises.tagging_vocab import NUM, PLACE, SECURITY_CONTROLS

_PEOPLE = (
    r"(?:admins?|administrators?|users?|managers?|roles?|staff|teams?|groups?|members"
    r"|subcontractors?|crews?"
    r"|owners?|employees?|contractors?|auditors?|agents?|reps|hr|partners?|guests?|vendors?"
    r"|support|clinicians?|doctors?|physicians?|nurses?|teachers?|instructors?|lawyers?"
    r"|attorneys?|paralegals?|adjusters?|underwriters?|investigators?|caseworkers?"
    r"|departments?|officers?|authors?|creators?|submitters?|requesters?|assignees?"
    r"|approvers?|reviewers?|supervisors?)"
)
# Whose view of records is limited, for the "must not see" / "see only" shapes: the
# people above and the outsiders a portal serves.
_VIEWERS = (
    r"(?:" + _PEOPLE[3:-1] + r"|customers?|clients?|students?|pupils?|parents?|patients?"
    r"|drivers?|technicians?|techs?|volunteers?|donors?|tenants?|residents?|brokers?|dealers?"
    r"|resellers?|franchisees?|cashiers?|clerks?|tellers?|pharmacists?|carers?|caregivers?"
    r"|therapists?|surgeons?|faculty|deans?|tutors?|professors?|lecturers?|analysts?"
    r"|engineers?|developers?|operators?|workers?|associates?|consultants?|freelancers?"
    r"|temps?|interns?|recruiters?|accountants?|sellers?|suppliers?|merchants?"
    r"|learners?|candidates?|applicants?|dispatchers?|inspectors?|coaches?|trainees?"
    r"|cs[rm]s?|sdrs?|bdrs?|aes?|nobody|no\s+one|anyone|everyone|others|monitors?|coordinators?"
    r"|moderators?|editors?|writers?|custodians?|planners?|researchers?|scientists?"
    # Trades: "visible only to the grower who owns each field".
    r"|growers?|farmers?|agronomists?|landlords?|homeowners?|occupiers?|buyers?|sellers?"
    r"|players?|fans?|subscribers?|journalists?|reporters?|hosts?|athletes?|travell?ers?"
    r"|passengers?|foremen|foreman|estimators?|surveyors?|architects?|landowners?)"
)
# Parts of their organisation kept apart from one another (tenant isolation).
_ENTITIES = (
    r"(?:subsidiar(?:y|ies)|business\s+units?|(?:legal\s+)?entit(?:y|ies)|affiliates?"
    r"|operating\s+compan(?:y|ies)|opcos?|sub-?tenants?|tenants?|franchisees?|brands?"
    r"|member\s+(?:firms?|compan(?:y|ies)))"
)
_SHARING = (
    r"(?:(?:public|external|anonymous|shareable|sharable|open|guest)\s+(?:share\s+|sharing\s+"
    r"|download\s+)?links?|(?:public|external|anonymous|guest|link|outside)\s+sharing"
    r"|sharing\s+(?:outside|externally|with\s+(?:guests|outsiders|external))"
    r"|guest\s+(?:access|users?|accounts?))"
)
_SEE = r"(?:see|view|access|read|open|download|export|edit|search|look\s+up|query|print)"
# "must not", "cannot", "should only", "are only allowed to", "to only".
_LIMITED = (
    r"(?:(?:must|should|shall|may|can|could|will|would|do|does|are|is)\s+(?:not|never|only)"
    r"|mustn['’]?t|shouldn['’]?t|can['’]?t|cannot|couldn['’]?t|won['’]?t|don['’]?t"
    r"|doesn['’]?t|never|only|to\s+only)\s+(?:(?:be\s+)?(?:allowed|permitted|able)\s+to\s+"
    r"|get\s+to\s+)?"
)
# Up to three words before the people: "the", "that patient's care", "each store's shift".
_WHOSE = r"(?:[\w'’-]+\s+){0,3}?"

# "seen by", "viewed only by": checked behind "by", so the people list is written once.
_AFTER_SEEN = (
    "(?:"
    + "|".join(
        rf"(?<=\b{verb}\sby)|(?<=\b{verb}\sonly\sby)"
        for verb in ("seen", "viewed", "accessed", "read", "opened", "downloaded", "edited")
    )
    + ")"
)

SECURITY_RULES: tuple[Rule, ...] = (
    # "data center" is in TECH_SECURITY_RULES (not "Confluence Data Center").
    # "backup" only as a copy, not as a person ("a backup approver"): the regex below.
    # "firewall" only outside a building (promises.tagging_rules_general).
    *_phrases(
        "security",
        *(
            c
            for c in SECURITY_CONTROLS
            # "impersonation" only as a control, not a mail filter's list (below).
            if c not in ("backup", "firewall", "google workspace", "background check",
                         "impersonation")
            and c not in _sv.SUBJECT_PHRASES
            and c not in _as.SUBJECT_PHRASES
            and c not in _dlp.SUBJECT_PHRASES
            and c not in _iga.SUBJECT_PHRASES
            and c not in _edr.SUBJECT_PHRASES
            and c not in _mg.SUBJECT_PHRASES
        ),
    ),
    # A passkey as a login, not a housing system of that name (promises.tagging_rules_dlp).
    *regex_rules("security", _dlp.PASSKEY),
    # Vetting people with access, not screening their candidates (_people HIRING_SCREEN).
    *regex_rules(
        "security",
        r"\b(?<!candidate\s)(?<!applicant\s)background[\s-]checks?\b" + HIRING_SCREEN,
    ),
    # Google Workspace as the identity provider, not its calendar or drive (_field).
    *regex_rules("security", r"\bgoogle\s+workspace\b" + _sv.DIRECTORY_AS_SOURCE
                             + _iga.DIRECTORY_AS_TARGET + SUITE_APP_AHEAD
                             + _gw.SUITE_CONNECTOR_AHEAD),
    # "role" only as access, not the part someone plays ("a Buying Committee Role field").
    # Nor a job someone is hired into ("applicants for nursing roles").
    # Nor roles listed from their cloud ("IAM roles from AWS", promises.tagging_rules_secvendor).
    # Nor the rate billed for a role ("from role rates", promises.tagging_rules_pos).
    *regex_rules(
        "security",
        r"\brole" + _pos.ROLE_AS_RATE + NOT_A_PLAYED_ROLE + NOT_A_JOB_ROLE + r"s?\b"
        + _sv.ROLES_FROM_A_CLOUD + _iga.ROLE_AS_RECORD,
    ),
    *regex_rules(
        "security",
        r"\bbackup(?:s\b|\b" + NOT_A_BACKUP_PERSON + ")" + _iga.BACKUP_AS_PRODUCT_AHEAD,
    ),
    *regex_rules(
        "security",
        r"\b" + _dlp.NOT_A_DLP_ENCRYPTION_BEHIND + r"(?:en|de)crypt\w*\b"
        + _dlp.NOT_A_DLP_ENCRYPTION_AHEAD,
        # Account lockout, not the lockout/tagout safety procedure on equipment.
        r"\blockouts?\b(?!\s*/\s*tag|[\s-]+tag[\s-]?out)",
        r"\bdelet(?:e|es|ed|ing|ion|ions)\b",
        r"\b(?:purg|eras)(?:e|es|ed|ing|ure)\b",
        r"\b(?:wip(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|destruction|shred(?:s|ded|ding)?"
        r"|scrub(?:s|bed|bing)?|sanitis(?:e|es|ed|ing)|sanitiz(?:e|es|ed|ing)"
        r"|crypto[\s-]?shred\w*)\b",
        r"\b(?:ai|ml|llm|model|gen(?:erative)?\s+ai)\s+(?:model\s+)?(?:training|fine[\s-]?tuning)\b"
        r"|\btrain(?:s|ed|ing)?\s+(?:any\s+|our\s+|their\s+)?(?:ai|ml|llm|machine\s+learning)?"
        r"\s*models?\b|\bused\s+(?:for|to)\s+train\w*",
        r"\b(?:block|prevent|disable|disallow|restrict|stop)\w*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:screenshots?|screen\s+(?:captures?|recordings?|sharing)|copy(?:ing)?\s+and\s+paste"
        r"|copy[\s-]paste|printing)\b|\bscreen[\s-]capture\s+protection\b",
        r"\b(?:screenshots?|screen\s+(?:captures?|grabs?|recordings?)|screen[\s-]?grabs?"
        r"|copy(?:ing)?(?:\s+and\s+|[\s/-])paste|clipboard|printing|print\s+screen)\b"
        r"[^.;]{0,40}?\b(?:disabled|blocked|prevented|turned\s+off|switched\s+off|restricted"
        r"|prohibited|not\s+allowed|forbidden)\b",
        r"\b(?:data\s+(?:protection|processing)|privacy)\s+impact\s+assessments?\b",
        # Not "held for 10 days before they can join a payment run", a hold in the workflow.
        r"\b(?:kept|retained|stored|held" + PRICE_HELD
        + r"|preserved|archived)\s+for\s+(?:at\s+least\s+|up\s+to\s+"
        r"|a\s+minimum\s+of\s+)?" + NUM + r"\s+(?:days|weeks|months|years)\b(?!(?<=days)"
        + HOLD_BEFORE + r"|(?<=weeks)" + HOLD_BEFORE + ")",
        r"\brestor(?:e|es|ed|ing|ation)\b" + _iga.RESTORE_AS_PRODUCT,
        r"\b(?:allow|white|deny|block)[\s-]?list" + _gw.SENDER_LIST_BEHIND + r"(?:s|ed|ing)?\b"
        + _sv.NOT_A_MAIL_LIST_AHEAD,
        # "a report limited to their EMEA region" is a sales region, not where data lives.
        r"\b(?<!limited\sto\stheir\s)(?<!restricted\sto\stheir\s)(?<!filtered\sto\stheir\s)"
        r"(?<!scoped\sto\stheir\s)" + NOT_A_SALES_REGION + PLACE
        + r"[\s-]+(?:only|regions?|data\s+cent(?:er|re)s?|hosting|hosted|storage"
        r"|residency|instance|tenant|cloud|servers?)\b",
        r"\b(?:stored|hosted|kept|stays?|remains?|resides?|resident|residing"
        r"|located" + PEOPLE_LOCATED
        + r"|processed|held)\s+(?:only\s+"
        r"|exclusively\s+|entirely\s+)?(?:in|within|inside)\s+(?:the\s+|a\s+)?" + PLACE + r"\b",
        r"\b(?:different|separate|second|another|secondary|other)\s+(?:aws\s+|azure\s+|gcp\s+"
        r"|cloud\s+)?(?:regions?|data\s+cent(?:er|re)s?|availability\s+zones?)\b",
        r"\b(?:log\s*in|sign[\s-]?in)\s+(?:with|through|via|using)\b",
        r"\bsingle[\s-]sign[\s-]?on\b",
        # A sign-in page that only carries their look ("the login page to show a different
        # logo", "the sign-in screen in their brand colours") is branding, not access.
        r"\b(?:log[\s-]?(?:ins?|on|outs?|offs?)|sign[\s-]?(?:ins?|on|outs?))\b"
        + _lac.SAMPLE_LOGIN + _sv.LOGIN_ACROSS_HOSTS
        + r"(?!\s+(?:pages?|screens?)"
        r"\s+(?:[\w'\u2019-]+\s+){0,6}?(?:logos?|branding|brand\s+colou?rs|colou?rs|themes?|background"
        r"|banners?|fonts?|images?|artwork)\b)",
        r"\b(?:logged|logging)\b" + NOT_A_LOGGED_RECORD + _iga.LOGGED_AS_OUTCOME
        + r"(?!\s+(?:\w+\s+)?times\b)",
        _ba.DEVICE_PROVISIONING
        + r"\b(?:provisioned|provisioning|deprovision\w*|de-provision\w*|auto-provision\w*)\b"
        + PROVISIONED_CONFIG + _iga.PROVISIONING_AHEAD
        + r"|\bprovisions?\s+(?:users?|accounts?|access|seats?|licen[cs]es?)\b",
        r"\bimpersonat(?:e|es|ed|ing|ion)\b" + _gw.IMPERSONATION_LIST_AHEAD,
        # Hosting on their premises is security; "from their on-prem Documentum" names
        # where a source system lives.
        r"\bon(?<!their\son)(?<!from\son)(?<!legacy\son)(?<!old\son)[\s-]?prem(?:ise|ises)?\b"
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:database|server|system|instance|erp|crm|file\s+share|store|archive"
        r"|repositor(?:y|ie)|dms|warehouse|director(?:y|ie)|drive)s?\b)",
        r"\b" + _as.FOUND_SECRET_BEHIND + _mg.KEY_MOVED_BEHIND
        + r"(?:api|access|bearer|personal\s+access|refresh)\s+(?:keys?|tokens?)\b"
        + _mg.KEY_AS_RECORD_AHEAD
        + r"|\b" + _mg.COUNTED_BEHIND + r"service\s+accounts?\b|\b" + _sv.NOT_AWS_SECRETS_MANAGER
        + r"(?:secrets?|credentials?)\s+(?:manag\w*" + _edr.STORE_CONTENTS_MOVED
        + r"|(?:vault|rotat|stor)\w*)",
        r"\bkeys?\b[^.;]{0,20}?\brotat(?:e|es|ed|ing|ion)\b",
        # Not "access requests": an IGA product's records, routed and approved by its rules.
        r"\baccess\s+(?:rights|levels?|controls?|reviews?|recertifications?|polic(?:y|ies)"
        r"|restrictions?)\b",
        r"\b(?:read|write|admin|guest|limited|restricted|view|edit|least[\s-]privilege"
        r"|time[\s-]limited|temporary|time[\s-]boxed|elevated|root|privileged)[\s-]+(?:only\s+)?"
        r"access\b" + _iga.NOT_A_REQUEST_AHEAD,
        r"\baccess\s+only\s+to\b|\bhave\s+access\s+only\b",
        r"\b(?:grant|revok|remov|withdraw)\w*\s+(?:[\w-]+\s+){0,2}?access\b|\b(?:lose|loses"
        r"|losing|lost)\s+(?:their\s+|all\s+)?access\b|\baccess\s+(?:is\s+|are\s+)?(?:granted"
        r"|revoked|removed|approved|logged)\b",
        r"\baccess(?:es|ed|ing)?\s+(?:to\s+)?(?:their|the\s+customer['’]s|customer|production"
        r"|prod)\s+(?:tenant|account|data|environment|instance|workspace|records|systems?)\b",
        r"\b(?:separate|dedicated|isolated)\s+(?:database|tenant|instance|schema|environment"
        r"|vpc|server)s?\b",
        r"\b(?:block|prevent|restrict|stop|prohibit|disallow|bar|ban|forbid)(?:s|ed|ped|red"
        r"|ned|den)?\s+(?:[\w-]+\s+){0,2}?from\s+(?:download|view|see|access|export|shar|edit"
        r"|delet|print|copy|log|sign|upload|forward|retain|stor|keep|collect|sell|process"
        r"|train)\w*",
        r"\b(?:downloads?|logins?|access|views?|actions?|changes?|events?|exports?|deletions?)\b"
        r"[^.;]{0,30}?\b(?:recorded|logged|tracked|audited)\b",
        # "can only be seen by the assigned adjuster", "only HR admins can view salaries".
        r"\bby" + _AFTER_SEEN + r"\s+(?:only\s+)?" + _WHOSE + _PEOPLE + r"\b",
        r"\bonly\s+" + _WHOSE + _PEOPLE + r"\s+(?:can|may|should|will"
        r"|are\s+able\s+to|get\s+to|are\s+allowed\s+to)\s+(?:see|view|access|open|download"
        r"|read|edit|export|change)\b",
        r"\bwho\s+(?:viewed|accessed|changed|edited|exported|downloaded|deleted|opened"
        r"|modified)\b",
        r"\b(?:visible|available|accessible|restricted|limited|hidden|exposed|viewable"
        r"|private|editable)\s+(?:only\s+)?"
        r"(?:to|from)\s+" + _WHOSE + _PEOPLE + r"\b",
        # Their outsiders need the stronger words: "visible only to the grower who owns
        # it" (a catalogue "available to buyers" is no control).
        r"\b(?:visible|viewable|accessible|hidden|exposed)\s+(?:only\s+)?(?:to|from)\s+" + _WHOSE
        + _VIEWERS + r"\b|\b(?:available|restricted|limited|editable|private)\s+only\s+"
        r"(?:to|from)\s+" + _WHOSE + _VIEWERS + r"\b",
        r"\b(?:users?|contractors?|agents?|staff|employees|auditors|partners?|guests?|vendors?"
        r"|reps|managers?|admins?)\s+(?:are\s+|is\s+|to\s+be\s+|get\s+)?(?:only\s+)?(?:limited"
        r"|restricted|scoped)\s+to\b",
        # Access itself limited: "can gradebook access be limited to", "restrict access to".
        r"\baccess\s+(?:(?:is|are|be|being|gets?|(?:must|should|can|could|will|would|to)\s+be)"
        r"\s+)?(?:only\s+)?(?:limited|restricted|scoped|confined|locked\s+down)\s+(?:only\s+)?"
        r"to\b|\b(?:limit|restrict|scope|confine)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?access\b",
        r"\b(?:limit|restrict)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}?to\s+" + _WHOSE
        + _PEOPLE + r"\b",
        # People held to seeing or editing some records: "recruiters limited to seeing
        # candidates from their own branch", "restricted to viewing their own accounts".
        r"\b(?:limit|restrict|confin|scop)(?:s|es|ed|ing|e)?\s+(?:only\s+)?to\s+(?:only\s+)?"
        r"(?:seeing|viewing|accessing|reading|opening|downloading|exporting|editing|searching"
        r"|printing|modifying|changing|updating|deleting)\b",
        # Validated (GxP) systems are compliance: "GxP validated env", "a validated instance
        # under 21 CFR Part 11", IQ/OQ/PQ qualification.
        r"\bvalidated\s+(?:[\w-]+\s+)?(?:env(?:ironment)?s?|instances?|systems?|tenants?"
        r"|platforms?|hosting|clouds?|state|servers?)\b",
        r"\biq\s*/\s*oq(?:\s*/\s*pq)?\b|\b(?:installation|operational|performance)\s+"
        r"qualification\b",
        r"\b(?:view|see|read)\s+but\s+not\s+(?:edit|change|modify|delete|export|download"
        r"|update)\b",
        # MDM is device management, not a utility's meter data system ("their Itron MDM").
        r"\b(?<!itron\s)(?<!sensus\s)(?<!oracle\s)(?<!siemens\s)(?<!landis\+gyr\s)(?<!meter\s)"
        r"mdm\b(?![^.;]{0,60}?\b(?:meters?|interval\s+(?:reads?|data)|reads)\b)",
        # Rights to act on files: "no download rights on drawings" (not a title's rights).
        r"\b(?<!title\s)(?<!content\s)(?<!media\s)(?:download|upload|edit(?:ing)?|view(?:ing)?"
        r"|delet(?:e|ion)|export|print(?:ing)?|write|read|admin)\s+(?:rights|privileges?)\b"
        r"(?!\s+(?:per|by|for\s+each)\s+(?:titles?|territor(?:y|ies)|episodes?|films?))",
        # "subcontractor accounts limited to their own trade packages".
        r"\b(?:(?:" + _VIEWERS[3:-1] + r")\s+)?(?:accounts?|logins?)\s+"
        r"(?:(?:are|is|(?:must|should|will|to)\s+be)\s+)?(?:only\s+)?(?:limited|restricted"
        r"|scoped|confined)\s+to\s+(?:only\s+)?(?:their|its|his|her)\s+own\b",
        r"\b(?:hid(?:e|es|den|ing)|mask(?:s|ed|ing)?|redact\w*|obfuscat\w*)\s+(?:[\w-]+\s+){0,3}?"
        r"from\s+(?:the\s+|their\s+|other\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b",
        # Limits on what people see: "store staff must not see", "nurses to see only",
        # "agents can only view", "see only their own region's tickets".
        r"\b" + _VIEWERS + r"\s+(?:(?:in|on|at|from|of|outside|within|without)\s+"
        r"(?:[\w'’-]+\s+){1,3}?)?(?:" + _LIMITED + _SEE + r"|(?:(?:to|can"
        r"|may|should|must|will|could)\s+(?:be\s+able\s+to\s+)?)?" + _SEE + r"(?:s|es)?\s+only)\b"
        + NOT_A_CATALOGUE,
        r"\b" + _SEE + r"(?:s|es)?\s+only\s+(?:[\w'’-]+\s+){0,4}?(?:their|his|her)\s+own\b",
        r"\bnot\s+(?:be\s+)?(?:shown|displayed|revealed|visible|exposed)\s+to\b",
        # Partial display of a sensitive value: "only the last four digits", "truncated
        # card numbers", "partially masked".
        r"\b(?:last|first|final)\s+(?:two|three|four|five|six|2|3|4|5|6)\s+(?:digits|characters"
        r"|numbers)\b|\bpartial(?:ly)?\s+(?:masked|hidden|redacted|obscured|displayed|shown"
        r"|visible|card|account|ssn|pan|iban|numbers?)\b|\b(?:starred|blanked|blacked|x-?ed)"
        r"\s+out\b|\bobscur(?:e|es|ed|ing)\b",
        r"\btruncat(?:e|es|ed|ing|ion)\s+(?:[\w-]+\s+){0,3}?(?:card|pan|ssn|social|account|iban"
        r"|phone|tax|national|id|passport)\b|\b(?:card|pan|ssn|account|iban|phone|id|passport)"
        r"\s+(?:numbers?\s+)?(?:[\w-]+\s+){0,2}?truncat(?:e|es|ed|ing|ion)\b",
        r"\b(?:mask(?:s|ed)?|redact\w*|anonymi[sz](?:e|es|ed|ing)|pseudonymi[sz](?:e|es|ed|ing)"
        r"|tokeni[sz](?:e|es|ed|ing)|de-?identif\w*|obfuscat\w*)\b" + _mg.MASKED_VARIABLE_AHEAD,
        r"\b(?:field|record|row|object|column)[\s-]level\s+(?:security|permissions?|access"
        r"|encryption|visibility)\b",
        r"\b(?:managed|corporate|company|trusted|registered|compliant)[\s-]+(?:owned\s+)?"
        r"devices?\b",
        r"\b(?:disabl|revok|suspend|deactivat)\w*\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:tokens?"
        r"|sessions?|accounts?|logins?|credentials?)\b(?!\s+(?:on|after)\s+day\s+\d)",
        r"\b(?:block|reject|restrict|prevent|disallow|forbid|quarantin)\w*\s+(?:[\w-]+\s+){0,3}?"
        r"(?:uploads?|attachments?|executables?|macros)\b" + _sh.UPLOAD_BY_CONTENT
        + r"|\bupload\s+(?:size\s+)?(?:limits?"
        r"|restrictions?)\b",
        r"\bsessions?\b" + _sh.SESSIONS_SOLD
        + r"[^.;]{0,30}?\b(?:time\s*out|timeouts?|expir\w*|terminat\w*|revok\w*"
        # Not "if the user types" (_pam), nor an event session's capacity (_dlp).
        r"|length|duration|limits?)\b" + _pam.NOT_ON_A_COMMAND + _dlp.NOT_A_TALK
        + r"|\b(?:idle|inactive|inactivity)\s+(?:[\w-]+\s+)?"
        r"(?:sessions?|timeouts?|users?|accounts?)\b",
        r"\b(?:security|privacy|compliance|infosec|information\s+security)\s+(?:addend(?:um|a)"
        r"|exhibits?|schedules?|terms|clauses?|polic(?:y|ies)|whitepapers?|packages?"
        r"|documentation|reviews?|assessments?|audits?|certifications?|attestations?|reports?"
        r"|controls?|requirements\s+document|agreements?)\b" + QUOTED_LABEL_AHEAD,
        r"\b(?:scan|scans|scanned|scanning)\s+(?:[\w-]+\s+){0,2}?for\s+(?:malware|viruses"
        r"|threats|vulnerabilit\w+)\b",
        # Breach and incident notice: "notice of any personal data breach within 72 hours".
        r"\b(?:notice|notif(?:y|ied|ication)|told|informed|alerted)\s+(?:[\w-]+\s+){0,4}?of\s+"
        r"(?:any\s+|a\s+|every\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:breach|(?:security|ict|cyber"
        r"|privacy|data|major|significant|material|serious|critical|operational)\s+(?:[\w-]+\s+)?"
        r"incident|compromise)(?:es|s)?\b|\b(?:data|security|privacy)\s+breach(?:es)?\b"
        r"|\bvulnerability\s+disclosure\b",
        # Each of their entities kept to its own data: "each of their 12 subsidiaries to
        # see only its own data", "business units walled off from each other".
        r"\b" + _ENTITIES + r"(?:['’]s?)?\s+(?:[\w'’-]+\s+){0,6}?(?:only\s+(?:[\w-]+\s+){0,2}?"
        r"(?:its|their)\s+own|(?:isolated|segregated|separated|walled\s+off|partitioned"
        r"|kept\s+(?:separate|apart))\s+(?:from|between)|(?:never|not|cannot|can['’]?t"
        r"|mustn['’]?t|shouldn['’]?t)\s+(?:be\s+able\s+to\s+)?(?:see|view|access)\s+"
        r"(?:each\s+other|one\s+another|other)\b)",
        # Kept apart while sharing one tenant: "... from the others in one account".
        r"\b(?:the\s+others|each\s+other|one\s+another)\s+(?:in|within|inside|on)\s+(?:one"
        r"|a\s+single|the\s+same|a\s+shared|one\s+shared)\s+(?:account|tenant|instance"
        r"|workspace|org|organi[sz]ation|environment|database|subscription)\b",
        r"\b(?:data|records)\s+(?:[\w-]+\s+){0,2}?(?:isolated|segregated|separated|partitioned"
        r"|walled\s+off|kept\s+separate)\s+(?:between|by|per|for\s+each|across)\s+(?:their\s+"
        r"|each\s+|the\s+)?(?:[\w-]+\s+)?" + _ENTITIES + r"\b",
        # Sharing controls: "public share links disabled", "external sharing off".
        r"\b" + _SHARING + r"\b[^.;]{0,40}?\b(?:disabled|turned\s+off|switched\s+off|off"
        r"|blocked|removed|prohibited|forbidden|not\s+allowed|restricted)\b",
        r"\b(?:disabl|block|turn\s+off|turning\s+off|switch\s+off|prevent|prohibit|forbid"
        r"|restrict|remov)\w*\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?" + _SHARING + r"\b",
    ),
)  # fmt: skip

# Banking, retail and education shapes (promises.tagging_rules_sectors).
SECURITY_RULES += SECTOR_SECURITY_RULES + CROSS_SECURITY_RULES + NOTES_SECURITY_RULES
SECURITY_RULES += FORMAL_SECURITY_RULES  # tender voice (promises.tagging_rules_formal)
SECURITY_RULES += MAIL_SECURITY_RULES  # customers' own mails (promises.tagging_rules_mail)
SECURITY_RULES += TECH_SECURITY_RULES  # devices, data centres (promises.tagging_rules_tech)
SECURITY_RULES += OPS_SECURITY_RULES  # team-scoped access (promises.tagging_rules_ops)
SECURITY_RULES += COMMERCE_SECURITY_RULES  # own entity's records (_commerce)
SECURITY_RULES += GENERAL_SECURITY_RULES  # view but not edit, logs of every (_general)
SECURITY_RULES += KNOWLEDGE_SECURITY_RULES  # open links, accounts switched off (_knowledge)
SECURITY_RULES += FLEET_SECURITY_RULES  # another party's records, own region (_fleet)
SECURITY_RULES += UTILITY_SECURITY_RULES  # ethical walls, consent to share (_utility)
SECURITY_RULES += _sv.SECVENDOR_SECURITY_RULES  # a security vendor's own words (_secvendor)
SECURITY_RULES += _as.APPSEC_SECURITY_RULES  # an application security vendor's (_appsec)
SECURITY_RULES += _iga.IGA_SECURITY_RULES  # identity governance and backup vendors' (_iga)
SECURITY_RULES += _edr.EDR_SECURITY_RULES  # detection and response, vault vendors' (_edr)
