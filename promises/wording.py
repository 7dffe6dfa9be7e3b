"""Wording lint for an ask: one plain, concrete sentence, no hedges.

Pure Python so the form, the API and the benchmark share it. The judgement is in
three layers, because a word list alone refuses good asks:

* hedges and open-ended scope ("probably", "I think", "etc.", "whatever they need")
  are refused wherever they appear: they change what "yes" means;
* soft or vague phrases ("a simple sync", "enterprise security", "best practices") are
  refused only when the sentence names nothing concrete, so "a simple nightly CSV
  export to their SFTP server" passes;
* a sentence with no concrete anchor at all (a control, system, format, frequency,
  volume, rule, amount or date) is refused as not specific.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from promises.tagging import Matcher, Rule, _by_first_letter, fold_case, strip_word_boundary
from promises.tagging_rules import CONCRETE_RULES

MAX_LENGTH = 400


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    start: int
    end: int


# Patterns are lowercase and run on fold_case(text), which is much faster than
# IGNORECASE; spans still index the original text. Each family is one named group: the
# name picks the advice shown with the words.
_HEDGE_FAMILIES: dict[str, tuple[str, str]] = {
    "hedge": (
        "hedges the promise: say exactly what will be delivered, or leave it out.",
        r"\bprobabl[ey]\b|\bpossibl[ey]\b|\bperhaps\b|\bmaybe\b|\bhopefully\b|\bideally\b"
        r"|\b(?:un)?likely\b|\bmight\b|\b(?:we|it|this|that|they|which)\s+(?:could|may)\b"
        r"|\bmay\s+(?:be|need|not|also|want|require|have)\b|\bmore\s+or\s+less\b"
        r"|\bsort\s+of\b|\bkind\s+of\b|\bsomewhat\b|\bfor\s+the\s+most\s+part\b"
        r"|\bto\s+some\s+(?:extent|degree)\b|\bsomehow\b"
        r"|\bshould\s+(?:be\s+)?(?:fine|ok|okay|possible|easy|doable|straightforward|simple"
        r"|workable|manageable|no\s+problem|able\s+to|work|handle|cover)\b"
        r"|\bshouldn['’]?t\s+be\s+(?:a\s+|an\s+)?(?:problem|issue|hard|difficult)\b"
        r"|\bno\s+problem\b|\b(?:yes,?\s+)?in\s+(?:principle|theory)\b|\btheoretically\b"
        r"|\btbd\b|\btbc\b|\bto\s+be\s+(?:confirmed|decided|determined)\b",
    ),
    "opinion": (
        "is an opinion, not a promise: state what the product will do.",
        r"\b(?:i|we)\s+(?:think|believe|guess|assume|suppose|feel|reckon|hope)\b"
        r"|\bi['’]?d\s+say\b|\b(?:pretty|fairly|quite|not)\s+sure\b",
    ),
    "effort": (
        "promises effort, not a result: say what will be delivered and when, or leave it out.",
        r"\b(?:we\s+)?(?:can|could|will|['’]ll)\s+(?:look\s+into|explore|investigate|consider)\b"
        r"|\blook(?:ing)?\s+into\b|\b(?:try|trying|attempt|aim|hope)\s+to\b"
        r"|\bbest[\s-]efforts?\b|\breasonable\s+efforts?\b",
    ),
    "noncommittal": (
        "agrees without saying to what: state what the product will do, or leave it out.",
        r"\b(?:just\s+)?say\s+yes\b|\btell\s+them\s+(?:yes|we\s+can)\b"
        r"|\bfigure\s+(?:it\s+|that\s+|this\s+)?out\b|\bsort\s+(?:it\s+|that\s+|this\s+)?out\b"
        r"|\bwork\s+(?:it|that|this|something)\s+out\b|\bmake\s+(?:it|that|this)\s+work\b"
        r"|\bno\s+worries\b|\bwe['’]?ll\s+see\b|\bsomething\s+like\s+that\b",
    ),
    "when": (
        "is not a date: give the date or say that timing is not promised.",
        r"\basap\b|\bas\s+soon\s+as\s+(?:possible|we\s+can)\b|\bsoon(?:ish)?\b(?!\s+as)"
        r"|\b(?<!no\s)later\b(?!\s+than)|\bdown\s+the\s+road\b|\bin\s+the\s+future\b"
        r"|\bin\s+due\s+course\b|\beventually\b|\bat\s+some\s+point\b"
        r"|\bwhen\s+(?:it['’]?s\s+)?ready\b",
    ),
    "open": (
        "leaves the scope open: list exactly what is included.",
        r"\betc\b\.?|\band\s+so\s+on\b|\band\s+(?:stuff|things|whatnot|the\s+rest)\b"
        r"|\bor\s+whatever\b|\band\s+(?:the\s+)?like\b|\bor\s+(?:something|similar)\b"
        r"|\band\s+more\b|\b(?:if|where|when|as\s+far\s+as)\s+(?:possible|feasible|needed"
        r"|necessary|required|applicable)\b(?!\s+by)"
        r"|\bas\s+(?:needed|necessary|appropriate|required)\b(?!\s+by)",
    ),
}

# Vague whatever the rest of the sentence says: the scope has no edge.
_ALWAYS_VAGUE: dict[str, tuple[str, str]] = {
    "unbounded": (
        "has no limit: list exactly what is included.",
        r"\b(?:whatever|anything|everything)\s+(?:else\s+)?(?:[\w-]+\s+)?"
        r"(?:they|the\s+customer|the\s+buyer|you|we)\s+(?:might\s+|may\s+)?"
        r"(?:needs?|wants?|asks?|requires?)(?:\s+for)?\b"
        r"|\b(?:all|any)\s+(?:of\s+)?(?:their|the\s+customer['’]s|the\s+buyer['’]s)\s+"
        r"(?:[\w-]+\s+)?(?:needs|requirements|use\s+cases)\b"
        r"|\b(?:wants?|needs?|requires?|expects?|asks?\s+for|gets?)\s+(?:just\s+|literally\s+"
        r"|basically\s+)?(?:everything|anything)\b"
        r"|\b(?:all|any|every)\s+(?:of\s+)?(?:their|the\s+customer['’]s|the\s+buyer['’]s|our)\s+"
        r"(?:other\s+|existing\s+)?(?:tools|systems|apps|applications|platforms|software|stack"
        r"|vendors|integrations)\b",
    ),
    "quality": (
        "describes quality without a figure: give the number (e.g. 99.9% monthly uptime, "
        "a four-hour response) or name the exact behaviour.",
        r"\b(?:strong|good|great|excellent|solid|reasonable|decent|fast|faster|quick|quicker"
        r"|better|improved|best)\s+(?:uptime|availability|performance|response\s+times?|support"
        r"|onboarding|reporting|security|service|experience|export\s+experience)\b",
    ),
    "fit": (
        "promises to fit their process without saying how: name the rule, field, step or "
        "system that changes.",
        r"\b(?:accommodate|support|handle|fit|match|mirror|adapt\s+to)\s+(?:their|the\s+customer['’]s"
        r"|the\s+buyer['’]s)\s+(?:[\w-]+\s+){0,2}?(?:process(?:es)?|way\s+of\s+working|setup)\b",
    ),
    "help": (
        "asks for help, not for a result: say what the product or the team will deliver.",
        r"\b(?:needs?|wants?|asks?\s+for|requires?|expects?|would\s+like)\s+(?:some\s+|our\s+"
        r"|more\s+|a\s+bit\s+of\s+)?help\s+(?:with|on)\b",
    ),
    "outcome": (
        "promises an outcome, not product behaviour: name the control, paper or feature "
        "(e.g. a signed DPA, SAML SSO, audit log export).",
        r"\b(?:gdpr|hipaa|soc\s*2|sox|ccpa|pci|fedramp|iso|audit|compliance|enterprise|cloud"
        r"|ai|future)[\s-](?:ready|readiness|proof|friendly|aligned)\b"
        r"|\b(?:be|being|become|becoming|stay|remain|is|are)\s+(?:fully\s+|100%\s+)?"
        r"(?:[\w-]+\s+)?compliant\b"
        r"|\b(?:an?\s+)?(?:custom|tailored|bespoke|complete|total|turnkey|end[\s-]to[\s-]end"
        r"|holistic|one[\s-]stop|full|comprehensive)\s+(?:solution|package|offering)s?\b",
    ),
    "comparison": (
        "describes the result by comparison: name the behaviour itself (which fields, "
        "which rule, which system).",
        r"\b(?:work|works|behave|behaves|look|looks|function|functions|act|acts)\s+"
        r"(?:just\s+|exactly\s+)?(?:like|the\s+same\s+as)\s+(?:their|the|our|its|a)\s+"
        r"(?:old|current|existing|legacy|previous|other|former)(?:\s+[\w-]+){0,2}"
        r"|\b(?:similar\s+to|(?:the\s+)?same\s+as|like|equivalent\s+to|on\s+par\s+with"
        r"|matching)\s+what\b|\b(?:feature\s+)?parity\s+with\b",
    ),
    "quantity": (
        "is not a number: say how many, or which ones.",
        r"\b(?:some|several|various|certain|a\s+few|a\s+couple\s+of|a\s+number\s+of"
        r"|a\s+bunch\s+of|lots\s+of|a\s+lot\s+of)\b",
    ),
}

# Vague only in a sentence that names nothing concrete.
_SOFT_VAGUE: dict[str, tuple[str, str]] = {
    "label": (
        "is a label, not a promise: name the control, system, format, volume, frequency, "
        "rule or date (e.g. SAML SSO through Okta, a nightly CSV export to S3).",
        r"\benterprise[\s-](?:grade\s+|level\s+|class\s+|ready\s+)?(?:security|compliance"
        r"|features?|support|integrations?|readiness|scale|controls?)\b"
        r"|\benterprise[\s-](?:grade|level|class|ready)\b"
        r"|\b(?:meets?|meeting|satisf(?:y|ies|ying)|covers?|handles?|handling|address(?:es)?"
        r"|fulfil+s?|supports?|solves?|take\s+care\s+of)\s+(?:all\s+(?:of\s+)?)?"
        r"(?:(?:their|the|our|its|your|buyer|customer)(?:['’]s)?\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:needs|requirements|concerns|expectations|problems?|issues|use\s+cases)\b"
        r"|\b(?:security|compliance|data|integration|reporting|business|technical|privacy"
        r"|regulatory|workflow|audit|customi[sz]ation)\s+(?:needs|requirements|concerns"
        r"|expectations|standards|obligations)\b",
    ),
    "soft": (
        "says how it feels, not what it is: name the systems, format, frequency and volume "
        "(e.g. a nightly CSV export of orders to their S3 bucket).",
        r"\b(?:an?\s+)?(?:simple|quick|small|basic|easy|light(?:weight)?|minor|little|standard"
        r"|straightforward|tiny)\s+(?:[\w-]+\s+)?(?:sync|integration|export|import|feed"
        r"|connector|change|tweak|fix|customi[sz]ation|workflow|report|update|setup|set-up"
        r"|thing|addition|enhancement|feature|api)s?\b"
        r"|\bbest\s+practices?\b|\bindustry[\s-]standards?\b|\bstate[\s-]of[\s-]the[\s-]art\b"
        r"|\bworld[\s-]class\b|\brobust\b|\bseamless(?:ly)?\b|\bscalable\b|\bflexible\b"
        r"|\b(?:fully\s+)?compliant\b|\bsecure(?:ly)?\b|\bthe\s+usual\b|\bstuff\b|\bthings?\b"
        r"|\b(?:nice|good|better|great|proper|full)\s+(?:security|integrations?|reporting"
        r"|support|experience|coverage)\b"
        r"|\bbest[\s-]in[\s-]class\b|\bmodern\b|\bintuitive\b|\buser[\s-]friendly\b"
        r"|\beasy\s+to\s+use\b|\bvisibility\b|\binsights?\b|\bflexibility\b"
        r"|\bscal(?:e|ability)\b|\breliab(?:le|ility)\b|\bpeace\s+of\s+mind\b"
        r"|\bconfiden(?:ce|t)\b|\b(?:full|more|better|total)\s+control\b|\bautomation\b"
        r"|\bsmooth(?:ly)?\b|\bjust\s+works\b|\bfuture[\s-]proof\b|\bend[\s-]to[\s-]end\b"
        r"|\bholistic\b|\bcutting[\s-]edge\b|\bnext[\s-]gen\w*|\btop[\s-]notch\b"
        r"|\brock[\s-]solid\b|\bsafe(?:ly|ty)?\b|\bquick\s+wins?\b|\bposture\b"
        r"|\bai[\s-](?:features?|capabilities|tools|powered|driven|functionality)\b",
    ),
}

_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    "|forty|fifty|sixty|ninety|hundred|thousand|million|billion"
)
# Things the tagging vocabulary does not name but that still say what is promised.
_EXTRA_SUBJECTS = (
    r"\b(?:pdf|docx|zip)\b",
    r"\b(?:tenant|sandbox|staging|admin\s+console|admins?|administrators?|all\s+users)\b",
)
# Details: how often, how much, when. They make an ask concrete, but not on their own
# when the thing asked for is only "it" or "everything".
_DETAILS = (
    r"\d",
    r"[$€£%]",
    r"\b(?:usd|eur|gbp|percent)\b",
    rf"\b(?:{_NUMBER_WORDS}|once|twice|one-time|one-off)\b",
    r"\b(?:nightly|daily|hourly|weekly|biweekly|monthly|quarterly|annually|yearly)\b",
    r"\b(?:near[\s-])?real[\s-]?time\b",
    r"\bevery\s+(?:other\s+)?(?:second|minute|hour|day|night|morning|evening|week|month"
    r"|quarter|year|business\s+day|weekday)s?\b",
    r"\b(?:each|per)\s+(?:night|day|hour|week|month|minute|run|morning)\b",
    r"\b(?:by|before|after|at)\s+(?:the\s+)?(?:launch|go-?live|signature|signing|kick-?off"
    r"|renewal|contract\s+(?:start|end|signature))\b",
)

# A capitalised word inside the sentence is nearly always a named system, product or
# team ("from Pipedrive", "to their Magento store"): no vocabulary lists them all.
_PROPER_NOUN = re.compile(
    r"(?<=[\s(/\"'“‘])(?!(?:I|Customer|Buyer|Prospect|Client|We|They|Our|Their|The|Product"
    r"|Platform|Team|Company|IT|HR|AI|ML|UI|UX|KPIs?|ROI|OK|CEO|CFO|CIO|CTO|COO|CISO|CRO|CMO"
    r"|VP|SVP|EVP|GM|Legal|Finance|Procurement|Sales|Security|Ops|Operations|Support"
    r"|Marketing|Engineering|Admins?|Management|Board|Execs?|Yes|No|Also|And|But"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Q[1-4]|H[12]|FY\d*|EO[DWMQY])\b)[A-Z][A-Za-z0-9]+"
)
# "this"/"that" only stand in for the thing when no noun follows ("wants this by
# Friday"); "requires that exports run nightly" and "these exports" name something.
_PRONOUN = (
    r"(?:it|them|everything|something|anything|stuff|things?"
    r"|(?:this|that|these|those)(?=\s*(?:[.,;:!?]|$|by\b|in\b|for\b|to\b|done\b|before\b"
    r"|on\b|at\b|within\b|asap\b|working\b|ready\b|live\b)))"
)
_PLACEHOLDER = re.compile(rf"\b{_PRONOUN}\b")
_PLACEHOLDER_OBJECT = re.compile(
    r"\b(?:wants?|needs?|requires?|asks?\s+for|expects?|gets?|have|has|do|does|deliver|build)"
    rf"\s+{_PRONOUN}\b"
)


class _FamilyScan:
    """Finds the phrases of several named families, leftmost first, as one regex of
    named groups would: at one position the first family listed wins.

    Scanning with that regex tries every family at every word. Instead one regex of
    all their alternatives, filed under first letters (see promises.tagging), finds
    where a phrase starts, and only there are the families asked which one it is.
    """

    def __init__(self, families: dict[str, tuple[str, str]]) -> None:
        self._families: list[tuple[str, re.Pattern[str]]] = []
        for name, (_, src) in families.items():
            stripped = strip_word_boundary(src)
            if stripped is None:
                raise ValueError(f"every {name} alternative must start with \\b")
            self._families.append((name, re.compile(stripped)))
        alternatives = [family.pattern for _, family in self._families]
        self._find = re.compile(r"\b(?=\w)" + _by_first_letter((), alternatives))

    def finditer(self, folded: str) -> Iterator[tuple[str, int, int]]:
        """(family, start, end) of each phrase in folded text, in order, not overlapping."""
        pos = 0
        while (hit := self._find.search(folded, pos)) is not None:
            start = pos = hit.start()
            for name, family in self._families:
                found = family.match(folded, start)
                if found is not None:
                    yield name, start, found.end()
                    pos = found.end()
                    break
            pos = max(pos, start + 1)


# Hedges and open scope are refused anywhere, so they share one scan.
_ALWAYS = _FamilyScan({**_HEDGE_FAMILIES, **_ALWAYS_VAGUE})
_SOFT = _FamilyScan(_SOFT_VAGUE)
_HINTS = {
    name: hint
    for families in (_HEDGE_FAMILIES, _ALWAYS_VAGUE, _SOFT_VAGUE)
    for name, (hint, _) in families.items()
}
_SUBJECTS = Matcher(
    [r for r in CONCRETE_RULES if r.target != "delivery_date"]
    + [Rule(src, "subject", is_regex=True) for src in _EXTRA_SUBJECTS]
)
_ANCHORS = Matcher(
    [r for r in CONCRETE_RULES if r.target == "delivery_date"]
    + [Rule(src, "detail", is_regex=True) for src in _DETAILS]
)

# Words ending in "." that do not end a sentence.
_ABBREVIATIONS = frozenset((
    "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "vs", "approx",
    "no", "nos", "dept", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
    "thu", "fri", "est", "min", "max", "hr", "hrs", "fig", "ref", "cf", "al",
))  # fmt: skip
_BREAK = re.compile(r"(?:\.{3}|…|[.!?]+)[\"'”’)\]]*(?=\s+\S)|\n(?=\s*\S)")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences in text, ignoring abbreviations, initials and decimals."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK.finditer(text):
        if not text[start : m.start()].strip():
            continue
        if not _is_break(text, m):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_strip_span(text, s, e) for s, e in spans]


def _is_break(text: str, m: re.Match[str]) -> bool:
    mark = m.group()
    if mark == "\n":
        return True
    nxt = text[m.end() :].lstrip()[:1]
    if mark.startswith(("...", "…")):
        # A trailing-off ellipsis followed by lowercase is one run-on sentence.
        return nxt.isupper() or nxt.isdigit()
    if not mark.startswith("."):
        return True
    before = _TOKEN_BEFORE.search(text, 0, m.start())
    word = before.group(1).lstrip("(\"'“‘").lower() if before else ""
    if word in _ABBREVIATIONS:
        return False
    # Initials and dotted abbreviations: "U.S.", "J. Smith", "e.g".
    return not re.fullmatch(r"(?:[a-z]\.)*[a-z]", word)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def lint(text: str) -> list[Problem]:
    """Problems with the wording of one ask; an empty list means it is acceptable."""
    whole = (0, len(text))
    if not text.strip():
        message = (
            "The ask is empty: write what the product will do, for whom, and by when if "
            "timing matters, in one sentence."
        )
        return [Problem("empty", message, *whole)]
    if len(text) > MAX_LENGTH:
        message = (
            f"The ask is {len(text)} characters long (at most {MAX_LENGTH}): keep one ask "
            "to one plain sentence and put the detail in the evidence."
        )
        return [Problem("too_long", message, *whole)]

    problems: list[Problem] = []
    sentences = split_sentences(text)
    if len(sentences) > 1:
        start, end = sentences[1]
        message = (
            f'This is {len(sentences)} sentences (the second starts "{text[start:end]}"): '
            "write exactly one sentence per ask, and add the rest as separate asks."
        )
        problems.append(Problem("multiple_sentences", message, *whole))

    folded = fold_case(text)
    taken: list[tuple[int, int]] = []
    for family, start, end in _ALWAYS.finditer(folded):
        code = "hedge" if family in _HEDGE_FAMILIES else "vague_phrase"
        problems.append(_word_problem(code, family, start, end, text))
        taken.append((start, end))

    if not _SUBJECTS.search(text, folded) and not _PROPER_NOUN.search(text):
        placeholder = _PLACEHOLDER_OBJECT.search(folded)
        soft = [f for f in _SOFT.finditer(folded) if not _overlaps(f[1:], taken)]
        if placeholder and not _overlaps(placeholder.span(), taken):
            # Dates and volumes cannot stand in for the missing thing itself.
            problems.append(_placeholder_problem(placeholder, text))
            problems.extend(_word_problem("vague_phrase", *f, text) for f in soft)
        elif not _ANCHORS.search(text, folded):
            problems.extend(_word_problem("vague_phrase", *f, text) for f in soft)
            if not any(p.code == "vague_phrase" for p in problems):
                problems.append(_specificity_problem(text, folded))
    return sorted(problems, key=lambda p: (p.start, p.end))


def _word_problem(code: str, family: str, start: int, end: int, text: str) -> Problem:
    words = " ".join(text[start:end].split())
    return Problem(code, f'"{words}" {_HINTS[family]}', start, end)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


_EXAMPLES = (
    "a control (SAML SSO, MFA, audit log export), a system (Salesforce, NetSuite, SFTP), "
    "a format (CSV, JSON), a volume (10,000 records), a frequency (nightly), a rule "
    "(manager approval over $10,000) or a date (by June 15)"
)


def _placeholder_problem(m: re.Match[str], text: str) -> Problem:
    start = m.end() - len(m.group().split()[-1])
    word = text[start : m.end()]
    return Problem(
        "no_concrete_subject",
        f'"{word}" does not say what the product will do: name it, with {_EXAMPLES}.',
        start,
        m.end(),
    )


def _specificity_problem(text: str, folded: str) -> Problem:
    placeholder = _PLACEHOLDER.search(folded)
    if placeholder:
        return _placeholder_problem(placeholder, text)
    return Problem(
        "not_specific",
        f"The ask names nothing a reviewer can size: name {_EXAMPLES}.",
        0,
        len(text),
    )
