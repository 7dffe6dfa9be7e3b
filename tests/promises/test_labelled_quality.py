"""Quality of lint + tagging on labelled asks, and on held-out asks written separately.

Thresholds, on every set: category-set accuracy >= 0.95 on clear asks (a prediction is
right when it equals `categories` or any set in `accept`), flag accuracy >= 0.95,
vague recall >= 0.90 (vague asks refused by the lint), and no clear ask refused.

tests/data/asks_heldout.jsonl holds asks written apart from the rules, in 142
batches (1-46, 48-51, 53, 54, 56, 57, 59, 60, 63-67, 69-71, 73, 74, 79, 80, 83, 84, 103,
104, 107, 108, 111, 112, 115, 116, 119, 120, 123, 124, 127, 128, 131, 132, 135, 136, 139,
140, 143, 144, 149, 151, 157-180 and the small breadth batches 193-216); the sealed
ones are kept in tests/data/sealed/, listed in its README); each row names its batch (see
HELD_OUT_BATCHES). How each batch was written, what it scored at first sight and which
word families were tuned on it afterwards is in tests/data/HELDOUT.md. The latest:

32. asks relayed by partners, resellers, integrators and customer-success managers at
   renewal; first seen at 0.947 / 0.880 / 0.680 / 1 refused;
33. technical buyers' dense jargon, at the same time: 0.947 / 0.973 / 1.000 / 0 refused;
34. sales engineers' write-ups of discovery workshops (AI, mobile, accessibility,
   localisation, performance, sandboxes, usage pricing, marketplaces): 0.787 / 0.947 /
   1.000 / 1 refused. All tuned by family (promises.tagging_rules_tech,
   promises.wording_tech, promises.tagging_vocab_tech; tests in *_batch32): the messenger
   ("The CSM for Globex reports") is no term and the customer they speak for no system;
   message queues, latencies, a transfer in law, a product's "Data Center" edition, an
   interface people read, a device's memory or silence and the buyer's tender closing
   are no logic, data, security or terms; a second reviewer, a blocking status, rooted
   devices, usage pricing and marketplace purchases are tagged; localisation,
   accessibility and performance asks get no fallback guess. Lint: "whatever it takes",
   "to be flexible on", "the same as last year but better", "peace of mind around
   their data" refused. Left: "Jira-style" tagged as the system, an SLA-based workflow
   flagged as terms (as batch 1 labels it), a system named as a backup location. No
   labels changed, no duplicates.
35-39. global intake-form voice, HR and payroll, logistics, field service and contact-centre
   vendors (first sight in _FIRST_SIGHT). Tuned by family (promises.tagging_rules_ops,
   promises.wording_ops; tests in *_batch35): leave accrued by rule, decisions taken
   automatically, FEFO/FIFO, loads allocated only to some doors, carrier preference and
   bids within a percentage, a custom status, a chat handed to a human, VIP tickets, a
   CSAT score below a mark and a reviewer's gate are logic; payroll payment files and
   filings to an authority are data; access kept to one's own team is security; our
   price in a named currency and "at no additional storage cost" are terms, a carrier's
   rate card is not. Lint: "nothing too elaborate", "will work out", "whatever needs
   they have" refused. No labels changed; one batch-38 row, an exact copy of a batch-8
   row's text, is kept once (99 rows in batch 38).
40-41. a month at an accounts-payable and spend-management vendor and one at a B2B
   e-commerce and PIM vendor (first sight in _FIRST_SIGHT). Tuned by family
   (promises.tagging_rules_commerce, promises.wording_ops; tests in *_batch40): a hold
   before a record may go on, a record blocked as a duplicate, a record landing in "an"
   exception queue, lists limited to products, assortments assigned from a group,
   quantity price breaks and custom attributes are logic; clerks kept to their own
   entity's records are security; an approval event, "approved" bills and SKUs, a backup
   approver, a dedicated Slack channel for support, money or a price threshold read as a
   volume, and the storefront or PIM as what sessions, SSO, traffic, attributes or
   hosted data belong to are no longer tagged. Lint: "flexibility on approvals",
   "something lightweight" refused; help with a named paper or SSO setup passes. No
   labels changed, no duplicates.
42-44. a month at a contract-lifecycle and legal-operations vendor, one at a
   marketing-automation and customer-data vendor and one at a construction and
   commercial-property vendor (first sight in _FIRST_SIGHT). Tuned by sentence shape and
   precision, not trade words (promises.tagging_rules_general, promises.wording; tests in
   *_batch42): a flow branching on a score, a review skipped, quiet hours, records merged
   or deduplicated on a key, a setting instead of our default, frequency caps and records
   blocked until papers are on file are logic; "view ... but not edit it" and "logs of
   every ..." are security; data destinations are data; half price and free seats are
   terms; "held" as an adjective, a guard on a legal hold, retention as money, "who can
   approve", an approval as a time, a named person's records, a count after a cap, clause
   extraction, a fire-rated firewall and a transfer clause are no longer tagged. Lint: a
   preference ("Ideally ... would") or an aside ("nothing fancy") on an ask that already
   says what the work is twice over (a format and a frequency) passes; "however they
   like after go-live", "make it painless", "roughly speaking" refused. No labels
   changed, no duplicates.
45, 46, 48. a month at an education-software vendor, one at a manufacturing-operations and
   industrial-IoT vendor and one at a subscription-billing and revenue-recognition vendor
   (first sight in _FIRST_SIGHT). Tuned by sentence shape and by whose price it is
   (promises.tagging_rules_general, promises.wording_stance; tests in *_batch45): records
   placed by a rule, a step gated "only after" another, rounding and reference days,
   a choice each unit makes, revenue recognized over a term, proration by the day, retry
   schedules, balances rolling over, a count in a window, their own invoices to their
   customers, messages written in a language by rule, consent steps and values mapped to
   their own scheme are logic; data that must never touch our servers is security; store
   and forward on reconnect and a file emailed to a person are data; a credit on our
   invoice, a price after a free start and a flat fee are terms. Our price unit, a cap on
   our uplift, their discount applied automatically, their fees recognized as revenue,
   payment terms on invoices to their customers, a student's credits, a suspension on
   day N of a schedule, a day that recurs or ends a period, ledger entries and "CRM:" as a
   note's label are no longer read the other way. Lint: "whatever X they end up
   choosing", "make the X simple and reliable", "the way they need", "handle their X
   needs", "accommodate their rules" refused. No labels changed, no duplicates.
49-51. a month each at a CRM and sales-engagement vendor, an analytics and reporting vendor
   and a project-management and collaboration vendor, in the labelled file's own style
   (first sight in _FIRST_SIGHT). Tuned by what a word names in its sentence
   (promises.tagging_rules_objects, which lends checks to the other rule modules; tests in
   *_batch49_51): a dashboard counted, migrated, encrypted, posted, reflected into or lost
   access to is no tailored logic; the part someone plays ("Buying Committee Role"),
   logged cost, email activity handed back, an API access is limited on, CRM records
   hosted somewhere, "severity-1 tickets", a count "twice in a month", their own fixed
   rates, and a discount or payment terms compared with a threshold in their approval rule
   are no longer read the other way. Added: an audit entry and limited sharing links
   (security), data handed back and EML/MBOX files, a report in a file format emailed to
   people (data), a sequence paused on an event, a cap per unit and day, a fiscal calendar
   and amounts converted at their rates (logic), a feature included in one of our plans,
   not paying for a higher one and a fee reduction (terms). Lint: "only possible from" is a
   restriction, a played-down connector passes when each event is mapped to one record,
   "should not be a problem" refused. No labels changed; two batch-49 rows, exact copies
   of batch-31 and batch-36 rows, are kept once (98 rows in batch 49).
53-54. a month at an HR, payroll and people-management vendor and one at a customer-support
   and help-desk vendor, in the labelled file's own style (first sight in _FIRST_SIGHT).
   Tuned by what a word names in its sentence (promises.tagging_rules_people, which lends
   guards to promises.tagging_rules and _flags; promises.wording_ops and _patterns; tests
   in *_batch53_54): a payment or invoice run named as a file or an export, a response
   target for their own customers, a trigger named as what the audit trail records, an
   integration holding a credential and a metric cut inside a file are no longer read the
   other way. Added: requests blocked by rule and blackout dates, money reimbursed at their
   rate, content shown differently by audience, people exempt from a recurring process
   (logic), one employee as the viewer (security), documents produced as PDFs (data).
   Lint: a flexible rule written out ("... that matches tickets to agents by product")
   passes; "should be no issue" and first-person guesses ("I'd guess") refused. No labels
   changed, no accept sets added, no duplicates.
56-57. a month at an e-signature, documents and forms vendor and one at a procurement,
   spend and vendor-management vendor, in the labelled file's own style (first sight in
   _FIRST_SIGHT). Tuned by sentence shape (promises.tagging_rules_docs, which lends guards
   to promises.tagging_rules, _security, _logic, _objects and promises.wording_ops; tests in
   *_batch56_57): one person acting after another, people listed in order and a place in
   the order ("as first signer"), documents voided by rule and work stopped once a limit is
   used up (logic); values refreshed on a cadence from elsewhere, "fed in from" and data
   providers (data). Second senses removed: email addresses pulled from a system, security
   words inside a quoted status name, a cut report delivered as a file, an approver listed
   among the people a control covers, an API that is down. Lint: an order of people makes
   an ask concrete; a flexible rule sending each item to a named person "for" what the item
   is passes. No labels changed, no accept sets added; three rows copying older rows are
   kept once (99 rows in batch 56, 98 in 57).
59-60. identity, access and security tooling, and data integration and workflow
   automation, in the labelled file's own style (first sight in _FIRST_SIGHT). Tuned by
   word family and second sense (promises.tagging_rules, _security, _data, _tech,
   promises.tagging_vocab; tests in *_batch59_60): data "resident in" a place, logs shipped
   or forwarded to a cluster or index, HMAC signing, "for each of their three
   subsidiaries"; a part of the product named by what it runs ("the workflow designer",
   "connector credentials", "the integration runtime", workflows deployed or published)
   is what a control covers, not a rule or data moving; a control "required for every
   login" and a sign-in page carrying a logo are not a step or a control. Lint: a
   played-down connector that writes records as other records, a flexible rule naming only
   what decides it, passes; "seems doable" is refused. Eleven accept sets added in 59
   where access data is moved or routed (see HELDOUT.md); no labels changed; one row
   copying an older row kept once (99 rows in batch 59).
63-64. general SaaS, and subscription billing and revenue management, in the labelled
   file's own style (first sight in _FIRST_SIGHT). Tuned by sentence shape and by what a
   word names in its sentence (promises.tagging_rules_billing, which lends guards to
   promises.tagging_rules, _flags, _general and _sectors; promises.wording_ops and
   promises.wording; tests in *_batch63_64): a form that hides a section for some records,
   a record flagged to a named role, usage rated at a rate, plan changes taking effect at a
   point of the term, tiered pricing for their plans and proration by calendar day are
   logic; "only HR to see ..." is security. A price increase or payment terms on a record a
   rule routes, their own customers prepaying, revenue recognised "instead of upfront", a
   count rounded "to the nearest" unit, an API where every call is secured and an account
   suspended at the end of a dunning schedule are no longer read the other way. Lint: a
   quantity inside a condition ("shared by several departments") passes; "a flexible
   approval process" is refused. No labels changed, no accept sets added; one vague row
   copying an older row is dropped from each (99 rows in each).
65-67. general SaaS, marketing automation and a developer platform (API management, CI/CD,
   feature flags, observability), in the labelled file's own style (first sight in
   _FIRST_SIGHT). Tuned by what a word names in its sentence (promises.tagging_rules_devplat,
   which lends guards to promises.tagging_rules, _flags and _cross; promises.wording_dev;
   tests in *_batch65_67): a pipeline that fails on a condition, a pull request made to run
   a stage, builds promoted only on a condition, work stopped during a change freeze, a
   different rate limit or quota, an error body returned, work only in business hours, a
   cap of N sends per contact, a score of N points, a send in each contact's time zone, a
   contact changed after N bounces and people suppressed from sends are logic; people
   limited to their own records and requests only from their own IP or NAT addresses are
   security; people added to a contact list and logs moved are data; usage billed at a
   fraction of our price and something written into the contract are terms. "Pull
   requests", a pipeline "to fail", an API's gateway and consumers, a team a rule routes
   to, a signing deadline and "so they can trigger" are no longer read the other way.
   Lint: a developer platform's own objects named as compounds, a split of what someone
   may do, a consent mechanism, a fraction of a price, and a quantity in a reason or in a
   clause that picks out records make an ask concrete. No labels changed, no accept sets
   added; four rows copying older rows are dropped (99, 98 and 99 rows).
69. field service and asset maintenance (work orders, technician scheduling, a mobile app,
   spare parts, equipment sensors), in the labelled file's own style (first sight in
   _FIRST_SIGHT). Tuned by what a word names in its sentence (promises.tagging_rules_field,
   which lends guards to promises.tagging_rules, _security, _cross and _flags; tests in
   *_batch69): events turned into work orders, jobs scheduled ahead of others and records
   held back for someone to fix are logic; a record's fields hidden or masked in or from a
   place, a PIN or fingerprint unlock and an app locked after idle minutes are security;
   money off a per-technician price is terms. A suite's calendar named after Google
   Workspace, a "first-time fix rate", a price held for years, a control required for
   every kind of account, a warehouse manager and licences counted above a number are no
   longer read the other way. Lint: a record's fields hidden or masked in or from a place
   make an ask concrete. No labels changed, no accept sets added; one vague row copying an
   older row but for its speaker is dropped (99 rows).
70-71. general SaaS and document and knowledge management (folders, share links, search,
   numbered procedures, reading acknowledgements), in the labelled file's own style (first
   sight in _FIRST_SIGHT). The lint was tuned first (a rule in plain words and an ordering
   of named things are concrete; promises.wording_anchors, tests in
   test_wording_batch70_71), then the tags by what a word names in its sentence
   (promises.tagging_rules_knowledge, which lends guards to promises.tagging_rules_data,
   _mail and _flags; tests in test_tagging_batch70_71): one named kind of thing ranked
   above another, records numbered in their own format and records moved to a folder of
   the product on a condition are logic; links open to anyone, accounts deactivated on a
   condition and a record's change history are security; payment put off to an event is
   terms. An archive folder, "files in" a folder, a team's mailbox, a subscription
   starting on a day and a window after a negated action ("who has not done so within 7
   days") are no longer read the other way. Lint: the ordering said passively ("manuals
   ranked above notes") is concrete. No labels changed, no accept sets added; six rows
   copying older rows are dropped (97 rows each).
73-74, 79-80. a help desk, e-commerce and order management, an all-in-one small-business
   platform, and fleet, logistics and delivery, in the labelled file's own style (first
   sight in _FIRST_SIGHT). Tuned by what a word names in its sentence
   (promises.tagging_rules_fleet, which lends guards to promises.tagging_rules, _security
   and _flags; promises.wording_ops; tests in *_batch73): records split into separate
   records, an action that cannot be done without another first, a load or pick order,
   records handled by a separate team, work put off to the next day or shift, their own
   tiered prices and a custom field with a quoted name are logic; another party's records,
   a view kept to one's own region and personal fields stripped from a file are security;
   share links emailed to someone are data; a month's release of ours is a date; the law a
   contract is governed by gets no fallback guess. A route as a truck's round, "pushed to the next
   morning", "edited or exported" in an audit list, a buyer shown only some SKUs, hours
   rolled over to the next month and a password link that expires are no longer read the
   other way. Lint: "details to follow" and "smarter than what they have now" are refused.
   No labels changed, no accept sets added; eight rows copying older rows (five but for
   their speaker) are dropped (97, 97, 99 and 99 rows).
83-84. learning management and procurement, in the labelled file's own style (first sight in
   _FIRST_SIGHT). Tuned by sentence shape (promises.tagging_rules_learning, lent to
   promises.tagging_rules, _flags and _tech; promises.wording_ops; tests in *_batch83_84):
   a status that creates a record, things "driven by" others, their prices moving by
   themselves, weighted scoring and custom questionnaires are logic; a cut inside a file,
   a learner's credits, approval rights and approvals an audit log records are no longer
   read the other way. Lint: "we said it's covered" is refused. No labels changed, no
   accept sets added, no duplicates (100 rows each).
103-180 (session 13 on): pairs of batches in the labelled file's own style, each tuned on
   by a helper and reviewed (tests in *_batch103_104, *_107_108, *_111_112, *_115_116,
   *_119_120, *_123_124, *_127_128, *_131_132, *_135_136, *_139_140, *_143_144,
   *_149_151, *_157_159, *_159_162, *_158_161, *_163_165, *_166_168, *_169_171,
   *_172_174, *_175_177, *_178_180; first
   sight in _FIRST_SIGHT): e-signature and a data warehouse with BI; IT service
   management and payments; warehouse management and expense and travel; a customer data
   platform and contract management (merged with the counts retrained once a category two
   phrases find was kept from the second reading, promises.fallback.KEEP_WITH_PHRASES);
   insurance policy administration and claims and recruiting; public-sector case
   management and manufacturing ERP; legal practice management and utility billing; two
   vendors whose own product is a security product (vulnerability management with SIEM,
   email security); a privileged access vendor and email marketing (135 closed with a
   second short round); an application security testing vendor and hotel property
   management; a data loss prevention vendor and event ticketing; an identity governance
   vendor and a backup and ransomware recovery vendor (149 and 151, measured sealed
   first); an EDR vendor (157, likewise) and a secrets management vendor (159, in a
   second round with 160, veterinary practice management, and 162, mortgage loan
   origination, both measured sealed first); restaurant point of sale and project
   management with time tracking (161 and 158, likewise); session 19's pre-registered six,
   an email security gateway, warehouse management, P&C policy administration, a hotel
   property management system, a manufacturing execution system and commercial real
   estate lease management (163-168, measured once sealed); session 20's pre-registered
   six, clinical trial management, fleet telematics, a nonprofit fundraising CRM, a
   laboratory information management system, ad campaign management and corporate
   treasury (169-174, likewise); session 21's, dental practice management, automotive
   dealership management, freight forwarding and customs brokerage, broadcast media
   asset management, pension administration and fitness clubs (175-180, likewise). What
   each round added and left is in
   tests/data/HELDOUT.md. No labels changed, no accept sets added.
193-216 (session 22): a breadth round, 24 vendors, 19 in trades no batch had named (193
   legal practice, 199 event ticketing, 211 travel, 212 contract management and 216
   e-signature had been written before), 40 asks each (30 clear, 10 vague), written under
   the same instructions and tuned on
   all at once by two helpers for shapes that recur across trades (tests in
   *_breadth_a and *_breadth_b; first sight in _BREADTH, 0.910 / 0.965 / 2 refused /
   0.963 pooled). At 30 clear asks one miss is 3.3 points, so they are held to the
   thresholds pooled (test_quality_thresholds_on_breadth_batches), not one by one.

Clear-only batches 85-88, written to probe what the lint refuses, are in
tests/data/asks_clear_probe.jsonl and tests/promises/test_clear_probe.py.

HELD_OUT, an earlier held-out set kept as a regression check, is in
tests/promises/held_out_early.py; the measuring helpers (_measure, _report) are in
tests/promises/quality.py. `pytest -s` prints all.
"""

from pathlib import Path
from typing import Any

import pytest

from tests.promises.held_out_early import DATE, HELD_OUT, TERMS, D, L, S
from tests.promises.quality import _check, _load

# Re-exported: test_clear_probe imports them from here.
from tests.promises.quality import _measure as _measure
from tests.promises.quality import _report as _report

DATA = Path(__file__).resolve().parents[1] / "data"
LABELLED = DATA / "asks_labelled.jsonl"
HELD_OUT_FILE = DATA / "asks_heldout.jsonl"
_FIRST_SIGHT = {6: "0.917/0.979/0.812/1", 7: "0.958/0.917/0.812/0", 8: "0.979/0.958/0.750/1",
                9: "0.958/0.986/0.958/1", 10: "0.944/0.972/0.958/2", 11: "0.833/0.989/0.800/1",
                12: "0.956/0.956/0.933/0", 13: "0.756/0.967/1.000/5", 14: "0.967/1.000/0.867/1",
                15: "0.920/1.000/0.960/0", 16: "0.917/1.000/1.000/0", 17: "0.880/0.973/0.760/0",
                18: "0.813/0.987/0.720/0", 19: "0.827/0.947/0.880/1", 20: "0.813/0.947/0.880/0",
                21: "0.867/0.973/0.960/2", 22: "0.813/0.933/0.960/3",
                23: "0.960/0.960/1.000/1", 24: "0.880/0.973/0.960/1",
                25: "0.947/0.973/0.840/1", 26: "0.933/0.973/0.960/0",
                27: "0.933/0.960/1.000/0", 28: "0.920/0.973/0.720/0",
                29: "0.893/0.973/0.960/13", 30: "0.880/0.960/0.680/0",
                31: "0.973/0.987/0.920/1", 32: "0.947/0.880/0.680/1",
                33: "0.947/0.973/1.000/0", 34: "0.787/0.947/1.000/1",
                35: "0.973/0.973/1.000/0", 36: "0.907/0.987/0.960/1",
                37: "0.920/0.947/1.000/0", 38: "0.987/0.987/0.920/0",
                39: "0.920/0.973/1.000/1", 40: "0.867/1.000/0.920/2",
                41: "0.813/0.987/0.960/0", 42: "0.880/0.960/1.000/3",
                43: "0.800/0.987/0.920/5", 44: "0.893/0.973/0.960/2",
                45: "0.933/0.947/0.880/1", 46: "0.907/0.987/0.960/0",
                48: "0.787/0.893/0.960/4", 49: "0.893/0.960/1.000/1",
                50: "0.853/0.973/1.000/2", 51: "0.973/0.973/0.960/2",
                53: "0.947/0.987/1.000/0", 54: "0.973/0.987/0.920/2",
                56: "0.947/1.000/1.000/2", 57: "0.933/1.000/1.000/0",
                59: "0.760/0.987/1.000/0", 60: "0.853/0.987/0.960/2",
                63: "0.973/0.987/0.960/1", 64: "0.907/0.960/1.000/3",
                65: "0.987/1.000/1.000/2", 66: "0.893/0.973/1.000/1",
                67: "0.827/0.973/1.000/4", 69: "0.880/0.973/1.000/1",
                70: "0.973/1.000/1.000/2", 71: "0.920/0.973/0.960/1",
                73: "0.947/0.987/1.000/1", 74: "0.933/0.987/1.000/2",
                79: "0.973/0.987/0.960/0", 80: "0.893/0.987/0.960/0",
                83: "0.947/0.973/0.960/0", 84: "0.947/1.000/1.000/0",
                103: "0.920/0.960/1.000/0", 104: "0.920/0.973/0.920/0",
                107: "0.987/0.973/1.000/1", 108: "0.947/0.973/0.960/0",
                111: "0.973/0.973/0.920/0", 112: "0.973/1.000/1.000/0",
                115: "0.933/0.973/1.000/0", 116: "0.947/0.960/0.920/0",
                119: "0.933/0.987/1.000/0", 120: "0.933/0.973/0.960/0",
                123: "0.960/0.973/1.000/1", 124: "0.960/1.000/0.920/0",
                127: "0.960/1.000/1.000/0", 128: "0.907/0.933/0.960/1",
                131: "0.813/0.987/0.880/0", 132: "0.907/0.987/0.920/1",
                135: "0.827/0.960/0.920/0", 136: "0.947/1.000/1.000/0",
                139: "0.867/0.973/1.000/0", 140: "0.973/0.973/1.000/0",
                143: "0.827/1.000/0.920/0", 144: "0.907/0.933/0.920/0",
                149: "0.800/0.987/1.000/0", 151: "0.840/0.973/0.960/0",
                157: "0.907/1.000/0.920/0", 159: "0.800/0.987/0.960/0",
                160: "0.893/0.947/0.960/1", 162: "0.867/0.960/0.960/0",
                158: "0.960/0.987/1.000/0", 161: "0.933/0.960/0.960/0",
                163: "0.920/1.000/1.000/0", 164: "0.947/0.960/0.960/1",
                165: "0.920/0.960/0.960/0", 166: "0.907/0.973/1.000/0",
                167: "0.920/0.987/1.000/0", 168: "0.947/0.960/1.000/0",
                169: "0.987/0.973/0.920/0", 170: "0.973/0.987/0.960/1",
                171: "0.933/0.947/0.920/0", 172: "0.920/0.987/0.960/0",
                173: "0.947/0.987/0.960/0", 174: "0.907/0.987/1.000/0",
                175: "0.946/0.986/1.000/0", 176: "0.867/0.960/0.840/0",
                177: "0.947/0.973/1.000/0", 178: "0.867/1.000/0.960/0",
                179: "0.880/0.973/1.000/1", 180: "0.851/0.878/1.000/0"}  # fmt: skip
_NEW_DOMAINS = {13: "new domain,", 15: "new domain,", 17: "new domain,", 18: "new domains,",
                19: "new domains,", 20: "new domains,", 22: "new domains,",
                23: "mixed industries,", 24: "new domains,", 25: "new domains,",
                26: "new domains,", 27: "CRM-note voice,", 28: "tender language,",
                29: "second-hand voice,", 30: "customers' own emails,",
                31: "a typical week,", 32: "partners and renewals,", 33: "technical buyers,",
                34: "workshop write-ups,", 35: "global intake voice,", 36: "HR and payroll,",
                37: "logistics,", 38: "field service,", 39: "support platforms,",
                40: "accounts payable,", 41: "B2B e-commerce,", 42: "legal operations,",
                43: "marketing automation,", 44: "construction and property,",
                45: "education software,", 46: "manufacturing and industrial IoT,",
                48: "subscription billing,", 49: "CRM and sales engagement,",
                50: "analytics and reporting,", 51: "project management,",
                53: "HR, payroll and people management,",
                54: "customer support and help desk,",
                56: "e-signature, documents and forms,",
                57: "procurement, spend and vendor management,",
                59: "identity, access and security tooling,",
                60: "data integration and workflow automation,",
                63: "general SaaS,",
                64: "subscription billing and revenue management,",
                65: "general SaaS,", 66: "marketing automation,",
                67: "developer platform,", 69: "field service and asset maintenance,",
                70: "general SaaS,", 71: "document and knowledge management,",
                73: "customer support and help desk,", 74: "e-commerce and order management,",
                79: "all-in-one SMB platform,", 80: "fleet and logistics,",
                83: "learning management,", 84: "procurement and supplier management,",
                103: "e-signature and document workflow,",
                104: "data warehouse and BI,", 107: "IT service management,",
                108: "payments and invoicing,", 111: "warehouse management,",
                112: "expense and travel,", 115: "customer data platform,",
                116: "contract management,", 119: "insurance policy and claims,",
                120: "recruiting and applicant tracking,", 123: "public-sector case management,",
                124: "manufacturing ERP and MES,", 127: "legal practice and e-billing,",
                128: "utility billing and meter data,", 131: "a security vendor (SIEM),",
                132: "a security vendor (email),", 135: "a security vendor (PAM),",
                136: "email marketing,", 139: "a security vendor (application security),",
                140: "hotel property management,", 143: "a security vendor (DLP),",
                144: "event management and ticketing,",
                149: "a security vendor (identity governance),",
                151: "a security vendor (backup and ransomware recovery),",
                157: "a security vendor (endpoint detection and response),",
                159: "a security vendor (secrets management),",
                160: "veterinary practice management,",
                162: "mortgage loan origination,",
                158: "project management and time tracking,",
                161: "restaurant point of sale,",
                163: "a security vendor (email gateway),", 164: "warehouse management,",
                165: "P&C policy administration,", 166: "hotel property management,",
                167: "manufacturing execution,", 168: "commercial real estate leases,",
                169: "clinical trial management,", 170: "fleet telematics,",
                171: "nonprofit fundraising CRM,", 172: "laboratory information management,",
                173: "ad campaign management,", 174: "corporate treasury,",
                175: "dental practice management,", 176: "automotive dealership management,",
                177: "freight forwarding and customs,", 178: "broadcast media assets,",
                179: "pension administration,", 180: "fitness club membership,"}  # fmt: skip
# Session 22's breadth batches: trade, and first sight "category/flags/vague recall/clear
# refused" with the shipped tagger on fbcc2e2, before the round.
_BREADTH = {193: ("law firm practice management", "0.933/1.000/1.000/0"),
            194: ("residential property management", "0.967/1.000/1.000/0"),
            195: ("airline crew scheduling", "0.833/0.933/0.800/0"),
            196: ("maritime vessel operations", "0.867/1.000/1.000/0"),
            197: ("crop farm management", "0.933/0.967/1.000/1"),
            198: ("telecom billing", "0.900/0.933/1.000/0"),
            199: ("event ticketing", "0.733/0.933/1.000/0"),
            200: ("real estate MLS", "0.867/1.000/0.900/1"),
            201: ("energy trading and risk", "0.900/1.000/0.900/0"),
            202: ("mining operations", "0.862/1.000/0.900/0"),
            203: ("library management", "0.933/0.933/1.000/0"),
            204: ("sports league management", "0.833/0.900/0.900/0"),
            205: ("translation management", "0.900/1.000/0.900/0"),
            206: ("radiology PACS", "0.933/0.967/1.000/0"),
            207: ("retail pharmacy", "0.933/1.000/1.000/0"),
            208: ("home health care", "0.867/0.967/0.900/0"),
            209: ("child care centers", "0.933/0.933/1.000/0"),
            210: ("courier and last-mile delivery", "1.000/1.000/1.000/0"),
            211: ("corporate travel management", "0.933/0.933/1.000/0"),
            212: ("contract lifecycle management", "0.967/0.800/1.000/0"),
            213: ("board portals", "0.967/1.000/1.000/0"),
            214: ("survey and market research", "0.967/1.000/1.000/0"),
            215: ("contact center workforce management", "0.933/0.967/1.000/0"),
            216: ("e-signature", "0.933/1.000/0.900/0")}  # fmt: skip
HELD_OUT_BATCHES = {1: "written before tuning", 2: "sealed until tuned",
                    3: "written after tuning", 4: "varied, tuned on",
                    5: "varied, sealed until batch 4 was tuned",
                    **{b: f"sealed, {_NEW_DOMAINS.get(b, 'first seen')} {f} refused, tuned on"
                       for b, f in _FIRST_SIGHT.items()},
                    **{b: f"breadth, {trade}, first seen {f} refused, tuned on"
                       for b, (trade, f) in _BREADTH.items()}}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "rows"),
    [("labelled", _load(LABELLED)), ("earlier held-out", HELD_OUT)],
    ids=["labelled", "earlier-held-out"],
)
def test_quality_thresholds(name: str, rows: list[dict[str, Any]]) -> None:
    _check(name, rows)


def _batch(batch: int) -> list[dict[str, Any]]:
    return [r for r in _load(HELD_OUT_FILE) if r["batch"] == batch]


def test_quality_thresholds_on_held_out_file() -> None:
    rows = _load(HELD_OUT_FILE)
    for batch, label in HELD_OUT_BATCHES.items():
        # Per batch for information; the thresholds apply to the whole file and to
        # each batch from 4 on, on its own (test below).
        figures = _measure(_batch(batch))
        print(f"held-out batch {batch} ({label}): {figures['clear']} clear, {figures['vague']} "
              f"vague; category {figures['category_accuracy']:.3f}, flags "
              f"{figures['flag_accuracy']:.3f}, vague recall {figures['vague_recall']:.3f}, "
              f"clear refused {len(figures['clear_refused'])}")  # fmt: skip
    _check("held-out file", rows)


# The sealed batches (tests/data/sealed/README.md lists them) are not read here.
@pytest.mark.parametrize(
    "batch", sorted(b for b in HELD_OUT_BATCHES if b >= 4 and b not in _BREADTH)
)
def test_quality_thresholds_on_newest_held_out_batches(batch: int) -> None:
    _check(f"held-out batch {batch}", _batch(batch))


def test_quality_thresholds_on_breadth_batches() -> None:
    rows = [r for r in _load(HELD_OUT_FILE) if r["batch"] in _BREADTH]
    assert len({r["batch"] for r in rows}) == len(_BREADTH) and len(rows) >= 950
    _check("breadth batches 193-216, pooled", rows)


def test_data_files_have_both_kinds_and_the_labelled_shape() -> None:
    labelled, held_out = _load(LABELLED), _load(HELD_OUT_FILE)
    assert {r["batch"] for r in held_out} == set(HELD_OUT_BATCHES)
    assert len({r["text"] for r in held_out}) == len(held_out)
    assert not {r["text"] for r in labelled} & {r["text"] for r in held_out}
    for rows in (labelled, held_out):
        assert any(r["vague"] for r in rows) and any(not r["vague"] for r in rows)
        for row in rows:
            assert set(row) <= {"text", "vague", "categories", "flags", "accept", "batch"}
            if not row["vague"]:
                assert set(row["categories"]) <= {S, D, L}
                assert set(row["flags"]) <= {DATE, TERMS}
