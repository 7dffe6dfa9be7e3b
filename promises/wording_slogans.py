"""The wording lint's slogan families ("best-in-class uptime", "seamless integration"),
as data: vague even when the capability is named, unless the sentence also gives a
figure, a frequency or a date. Split from promises.wording_patterns, which re-exports
_BUZZ_VAGUE and builds the slogans' tails from the nouns here.
"""

from __future__ import annotations

from promises.wording_formal import _FORMAL_BUZZ
from promises.wording_mail import _MAIL_BUZZ
from promises.wording_playdown import _BETTER_WAY_VAGUE
from promises.wording_stance import _STANCE_BUZZ
from promises.wording_tech import _TECH_BUZZ

# A slogan on a broad capability ("best-in-class uptime", "seamless integration with their
# ERP"): vague even when the capability is named, unless the sentence also gives a
# figure, a frequency or a date. The span is the slogan word; the noun only qualifies it.
_BUZZ_NOUN = (
    r"(?:uptime|availability|performance|support|service|security|protection|privacy"
    r"|compliance|integrations?|connectivity|connections?|sync(?:ing|s)?|reporting|reports"
    r"|analytics|dashboards|capabilit(?:y|ies)|features?|functionality|experience|onboarding"
    r"|controls|infrastructure|platform|solution|workflows?|automation|monitoring"
    r"|governance|resilience|reliability|scalability|data\s+(?:handling|management))"
)
# Controls a pure boast also empties ("bank-grade encryption"); a mild word before one
# ("robust encryption with customer-managed keys") is left to the soft layer.
_CONTROL_NOUN = (
    r"(?:encryption|backups?|authentication|access\s+controls?|permissions|logging|auditing"
    r"|audit\s+(?:trail|logs?)|redundancy|failover|disaster\s+recovery|data\s+protection"
    r"|safeguards|protections|security\s+measures)"
)
_SLOGAN = (
    "is a slogan, not a promise: give the figure or the behaviour behind it (e.g. 99.9% "
    "monthly uptime, a four-hour response, a nightly CSV export of orders to S3)."
)
_BUZZ_VAGUE: dict[str, tuple[str, str]] = {
    "slogan": (
        _SLOGAN,
        r"\b(?:best[\s-]in[\s-]class|world[\s-]class|first[\s-]class|top[\s-]notch"
        r"|top[\s-]tier|bank[\s-](?:grade|level)|military[\s-]grade|enterprise[\s-](?:grade"
        r"|class|level)|industry[\s-]leading|market[\s-]leading|cutting[\s-]edge"
        r"|state[\s-]of[\s-]the[\s-]art|bullet[\s-]?proof|rock[\s-]solid|airtight"
        r"|watertight|gold[\s-]standard|best[\s-]of[\s-]breed|next[\s-]gen(?:eration)?"
        r"|world[\s-]beating|premium[\s-]grade|unbreakable|ironclad|fort[\s-]knox"
        r"|top[\s-](?:of[\s-]the[\s-]line|class)|class[\s-]leading|industry[\s-]best"
        r"|industry[\s-]standard|best[\s-]possible|highest[\s-](?:possible\s+)?(?:level|grade|standard)s?\s+of"
        r"|maximum|unmatched|unrivall?ed|superior"
        # "zero-trust data security" (batch 143): a model's name on a broad noun.
        r"|zero[\s-]trust"
        # "PCI-level security" (batch 161): a standard's name as a grade, no control named.
        r"|(?:pci|hipaa|sox|soc[\s-]?2|gdpr|iso)[\s-](?:level|grade))\b",
    ),
    "mild_slogan": (
        _SLOGAN,
        r"\b(?:seamless|robust|frictionless|smooth|effortless|modern|api[\s-]first|cloud[\s-]native"
        r"|mobile[\s-]first|intuitive|user[\s-]friendly|sleek|slick|delightful"
        # "reliable uptime during big launches" (batch 144): no figure says how reliable.
        r"|reliable)\b",
    ),
    "slogan_verb": (_SLOGAN, r"\b(?:integrat|sync|connect|work|flow|plug)\w*\s+seamlessly\b"),
    # A soft word on a bare control noun that ends the ask ("robust permissions", "proper
    # roles and access"): nothing says who may do what; "robust encryption with
    # customer-managed keys" goes on and is left to the soft layer.
    "soft_control": (
        _SLOGAN,
        r"\b(?:robust|strong|solid|proper|good|great|tight|sensible|appropriate|adequate"
        r"|decent|advanced|better|stronger|tighter)\b",
    ),
    **_BETTER_WAY_VAGUE,
    **_STANCE_BUZZ,
    **_FORMAL_BUZZ,
    **_MAIL_BUZZ,
    **_TECH_BUZZ,
}
