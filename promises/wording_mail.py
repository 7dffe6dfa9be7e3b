"""Wording families of asks pasted from the customer's own emails and chats (promises.wording).

Same conventions as promises.wording_patterns, which adds _MAIL_VAGUE to its always-vague
families, _MAIL_BUZZ to its slogans and _MAIL_NAMED_ONLY to the families refused unless
the rest of the sentence names something concrete: each family maps a name to (advice
shown with the words, lowercase regex whose every alternative starts with \\b).

A customer writing in their own words, often not in their first language, is polite and
still vague: "kindly make sure it works well with Power BI", "in a proper and professional
way", "fully secure and compliant with all regulations", "the same behaviour they had in
their previous tool", "all what our users need", "kindly do the needful", "security is very
important", "the highest standards". They say where they are ("the Polish customer",
"Client in Abu Dhabi") and where the ask came from ("From Slack:"), which names no system,
and they ask politely ("Is it possible to have ..." without the question mark, "kindly
advise if possible to"), which is a request, not a hedge. "Every Monday" is a frequency;
"for their daily work" is not.
"""

# ruff: noqa: RUF001  (curly quotes are what people type)
from __future__ import annotations

import re

from promises.tagging_rules_trades import not_behind
from promises.tagging_vocab import PLACE
from promises.wording_formal import _asked
from promises.wording_playdown import _COMPARISON
from promises.wording_tech import RELAYED_PARTY

# Qualities said of a thing with a verb: "the approval workflow to be flexible", "is
# modern enough". The words alone are soft (promises.wording_patterns); said as what the
# thing must be, they are the whole ask.
_QUALITIES = (
    "flexible", "adaptable", "intuitive", "user-friendly", "user friendly", "modern",
    "powerful", "agile", "dynamic", "versatile", "future-proof", "smart", "easy", "simple",
    "nice", "good", "smooth", "seamless", "robust", "stable", "reliable", "fast", "quick",
    "painless", "hassle-free",
)  # fmt: skip
_SAID_WITH = tuple(
    f"{verb} {how}"
    for verb in ("be", "is", "are", "stay", "stays", "remain", "remains", "become", "becomes",
                 "feel", "feels")
    for how in ("", "very ", "more ", "really ", "fully ", "quite ", "as ")
)  # fmt: skip


def _said_of_a_thing(word: str) -> str:
    """word right after one of _SAID_WITH (a positive lookbehind per width), without the
    leading word boundary."""
    pattern = re.escape(word).replace(r"\ ", r"\s")
    by_width: dict[int, list[str]] = {}
    for text in _SAID_WITH:
        by_width.setdefault(len(text), []).append(r"\b" + re.escape(text).replace(r"\ ", r"\s"))
    behind = "|".join(
        "(?<=" + "|".join(t + pattern for t in alts) + ")" for _, alts in sorted(by_width.items())
    )
    return rf"{pattern}(?:{behind})"


# Vague whatever the rest of the sentence says.
_MAIL_VAGUE: dict[str, tuple[str, str]] = {
    # "kindly do the needful": whatever is needed, which has no limit.
    "needful": ("has no limit: list exactly what is included.", r"\bdo\s+the\s+needful\b"),
    # "all what our users need", "everything which they want", "SSO, MFA and all",
    # "whatever is required".
    "all_what": (
        "has no limit: list exactly what is included.",
        r"\b(?:all|everything)\s+(?:what|which)\b|\band\s+all\b(?=\s*(?:[.!?]|$))"
        r"|\bwhatever\s+(?:else\s+)?(?:is|are|will\s+be|may\s+be|might\s+be|would\s+be)\s+"
        r"(?:required|needed|necessary|missing|possible|useful)\b"
        # "cover whatever the regulator requires": someone else's list, unwritten.
        r"|\bwhatever\s+(?:[\w-]+\s+){1,2}?(?:requires|needs|wants|expects|mandates)\b"
        r"|\ball\s+(?:the\s+)?(?:necessary|required|needed|relevant|important)\s+(?:things|stuff"
        r"|features|functions|functionalit(?:y|ies)|items|points|topics)\b",
    ),
    # "decent translation quality", "decent speed": a grade with no figure.
    "decent": (
        "grades it without a figure: name the measure and the bar (e.g. an edit distance "
        "under 20% on their test set).",
        r"\bdecent\s+(?:[\w-]+\s+){0,2}?(?:quality|performance|speed|accuracy|coverage"
        r"|results?|uptime)\b",
    ),
    # "works well with Power BI", "plays nicely with their ERP", "to just work with
    # Snowflake": an integration judged by feeling, with nothing moved or named.
    "works_with": (
        "says it will fit without saying how: name the records, format, frequency and "
        "direction (e.g. a nightly CSV export of orders to Power BI's dataset).",
        r"\b(?:work|works|worked|working|play|plays|playing|fit|fits|go|goes|gel|gels|integrate"
        r"|integrates)\s+(?:very\s+|really\s+)?(?:well|nicely|smoothly|fine|great|perfectly"
        r"|seamlessly|good|easily)\s+(?:with|together|alongside|into)\b"
        r"|\bjust\s+(?:work|works|working)(?=\s+(?:with|together|out\s+of\s+the\s+box"
        r"|for\s+(?:them|us|everyone))\b|\s*[.,;!?]|\s*$)",
    ),
    # "in a proper and professional way", "in a correct manner": a manner, not a result.
    "manner": (
        "says how it should feel, not what it is: name the control, format, rule or figure "
        "(e.g. AES-256 encryption at rest, deletion within 30 days of termination).",
        r"\bin\s+(?:an?\s+)?(?:very\s+|fully\s+|more\s+)?(?:proper|professional|correct|good"
        r"|nice|clean|right|careful|responsible|serious|efficient|effective|smart|sensible"
        r"|orderly|structured|elegant|decent|reliable|trustworthy)(?:(?:\s+and|,)\s+[\w-]+)?\s+"
        r"(?:way|manner|fashion)\b",
    ),
    # "fully secure", "100% safe", "compliant with all regulations in Germany".
    "blanket_claim": (
        "claims everything and promises nothing: name the control, paper or regulation and "
        "what is done for it (e.g. a signed DPA under GDPR Article 28).",
        r"\b(?:fully|completely|totally|entirely|perfectly|absolutely|100\s?%)\s+(?:secure"
        r"|safe|protected|compliant|bullet[\s-]?proof|risk[\s-]free)\b"
        r"|\bcompliant\s+with\s+(?:all|every|any)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:regulations?"
        r"|laws?|legislation|rules|requirements|standards|norms)\b",
    ),
    # "the same behaviour they had in their previous tool", "same like before".
    "same_as_before": (
        _COMPARISON,
        r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:that\s+|which\s+)?(?:they|we|you|users|people"
        r"|their\s+(?:[\w-]+\s+)?(?:users|team|staff|people))\s+(?:had|have|used|use|got"
        r"|know|knew|are\s+used\s+to|were\s+used\s+to)\b"
        r"|\bsame\s+like\b|\blike\s+(?:before|earlier|previously|in\s+the\s+past)\b",
    ),
    # "the approval workflow to be flexible", "is modern enough": a quality with no edge.
    "quality_said": (
        "describes a quality, not behaviour: name the rule, field, step or figure that "
        "makes it so (e.g. approval thresholds each region sets).",
        r"\b(?:"
        + "|".join(_said_of_a_thing(w) for w in _QUALITIES)
        + ")"
        + r"(?:\s+enough|\s+as\s+possible)?(?=\s*(?:[.,;!?]|$|and\b|so\b|for\s+(?:all|every"
        r"|any|each|their|them|everyone|how)\b|to\s+(?:fit|suit|match|handle|cover|accommodate"
        r"|support|adapt)\b|in\s+(?:every|all|any)\b))",
    ),
}

# Vague unless the rest of the sentence names something concrete (a place does not).
_MAIL_NAMED_ONLY: dict[str, tuple[str, str]] = {
    # "security is very important for them", "data protection is a top priority".
    "importance": (
        "says it matters without saying what is asked: name the control, system, rule or "
        "date (e.g. MFA for every admin login).",
        r"\b(?:is|are|was|were)\s+(?:very\s+|really\s+|extremely\s+|super\s+|so\s+|most\s+"
        r"|highly\s+|absolutely\s+|particularly\s+)?(?:important|critical|crucial|essential"
        r"|vital|key|a\s+(?:top\s+|high\s+|big\s+|key\s+)?(?:priority|concern|topic)"
        r"|top\s+priority|a\s+must|sensitive)\b",
    ),
    # "take care of their data", "look after the integration part".
    "take_care": (
        "promises to handle it without saying what is done: name the control, system, "
        "format or rule.",
        r"\b(?:take|takes|taking|took|taken)\s+care\s+of\b|\blook(?:s|ing)?\s+after\b",
    ),
}

# Vague unless the sentence gives a figure, a frequency or a date, as for slogans.
_MAIL_BUZZ: dict[str, tuple[str, str]] = {
    # "they expect the highest standards from us".
    "highest_standards": (
        "is a slogan, not a promise: give the figure or the behaviour behind it (e.g. 99.9% "
        "monthly uptime, MFA for every login).",
        r"\b(?:highest|best|top|strictest|toughest|greatest)\s+(?:possible\s+)?"
        r"(?:standards?|quality)\b(?!\s+of\b)",
    ),
}

# "on priority", "on urgent basis", "at your earliest convenience": urgency, as "asap"
# (added to the urgency families of promises.wording_patterns and _stance).
MAIL_URGENCY = (
    r"|\bon\s+(?:an?\s+)?(?:top\s+|high\s+|highest\s+|urgent\s+)?priority(?:\s+basis)?\b"
    r"(?!\s+(?:for|of|to)\b)|\bon\s+(?:an?\s+)?(?:urgent|immediate|priority)\s+basis\b"
    r"|\bat\s+your\s+earliest(?:\s+convenience)?\b|\bat\s+the\s+soonest\b"
)

# "Is it possible to have SSO with Okta." without the question mark: the word order asks.
# Checked behind "possible" in the hedge family of promises.wording_patterns.
INVERTED_POSSIBLE = not_behind(*(
    f"{q} {w}possible"
    for q in ("is it", "is this", "is that", "would it be", "will it be", "could it be",
              "would this be", "would that be")
    for w in ("", "also ", "still ", "at all ", "somehow ")
))  # fmt: skip

# "Customer asks if possible to have ...", "kindly advise if possible to": the question,
# with its "it is" left out, is their request. Checked after "possible" in the hedge and
# open-scope families of promises.wording_patterns.
ASKED_IF_BARE = _asked("possible", "feasible")

# "every Monday", "on Fridays": a recurrence, which makes an ask concrete as "weekly" does
# (added to the details of promises.wording_anchors).
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MAIL_DETAILS = (rf"\b(?:every|each)\s+(?:other\s+)?{_WEEKDAYS}\b|\b{_WEEKDAYS}s\b",)

# "for their daily work": what people do every day, not how often the product does it.
# Checked after "daily" in the details of promises.wording_anchors.
DAILY_AS_ROUTINE = (
    r"(?!\s+(?:work|business|operations?|routine|life|tasks|job|jobs|activities|use)"
    r"\s*(?:[.,;!?]|$))"
)

# "From Slack:", "Per the customer's email,", "Translated from Portuguese:": where the ask
# was written, blanked by the lint before it looks for what the ask names.
_CHANNELS = (
    r"(?:slack|(?:ms\s+|microsoft\s+)?teams|whatsapp|wechat|signal|telegram|line|e-?mails?"
    r"|mails?|chats?|calls?|meetings?|threads?|messages?|dms?|tickets?|transcripts?|notes"
    r"|voicemails?|voice\s+notes?|letters?|linkedin|gong|zoom|webex|conversations?|rfps?"
    r"|rfis?|minutes)"
)
SOURCE_LABEL = re.compile(
    r"\s*(?:(?:translated|forwarded|copied|quoted|pasted|taken|summari[sz]ed|paraphrased)\s+"
    r"from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*:"
    r"|(?:from|per|as\s+per|via|in|according\s+to)\s+(?:(?:the|their|our|a|an|this|that)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?" + _CHANNELS + r"(?:\s+(?:thread|chat|channel|message|post|note"
    r"|group|exchange|discussion|reply)s?)?(?:\s+(?:with|from|of|on)\s+[^:;!?,.]{1,40}?)?"
    r"\s*[:,])"
)

# Places and the people of them name no system: "the Polish customer", "in Germany",
# "Client in Abu Dhabi", "the Tokyo team". PLACE (promises.tagging_vocab) and more.
_MORE_PLACES = (
    r"(?:polish|portuguese|portugal|czech|czechia|slovak|slovakia|hungarian|hungary|romanian"
    r"|romania|bulgarian|bulgaria|greek|greece|turkish|turkey|türkiye|ukrainian|ukraine"
    r"|croatian|croatia|serbian|serbia|slovenian|slovenia|estonian|estonia|latvian|latvia"
    r"|lithuanian|lithuania|baltic|austrian|belgian|luxembourg|icelandic|iceland|scottish"
    r"|scotland|welsh|wales|english|england|european|american|americas|latin\s+american|asian"
    r"|asia|african|africa|middle\s+east|gulf|gcc|emirati|emirates|dubai|abu\s+dhabi|sharjah"
    r"|saudi|riyadh|jeddah|qatari|doha|kuwaiti|kuwait|omani|oman|bahraini|bahrain|egyptian"
    r"|egypt|moroccan|morocco|nigerian|nigeria|kenyan|kenya|ghanaian|ghana|israeli|jordanian"
    r"|jordan|lebanese|lebanon|pakistani|pakistan|bangladeshi|bangladesh|sri\s+lankan"
    r"|sri\s+lanka|nepali|nepal|thai|thailand|vietnamese|vietnam|filipino|indonesian|malaysian"
    r"|taiwanese|taiwan|mexican|colombian|colombia|chilean|chile|peruvian|peru|argentinian"
    r"|argentine|argentina|uruguayan|uruguay|canadian|kiwi|aussie|bavarian|bavaria"
    r"|scandinavian|scandinavia|nordic|benelux|dach|kingdom|pune|bangalore|bengaluru"
    r"|hyderabad|chennai|delhi|new\s+delhi|noida|gurgaon|gurugram|kolkata|ahmedabad|karachi"
    r"|lahore|dhaka|jakarta|manila|bangkok|hanoi|ho\s+chi\s+minh|kuala\s+lumpur|seoul|busan"
    r"|beijing|shanghai|shenzhen|taipei|kyoto|yokohama|nagoya|warsaw|krak[oó]w|gda[nń]sk"
    r"|wroc[lł]aw|pozna[nń]|prague|brno|budapest|bucharest|sofia|athens|istanbul|ankara"
    r"|kyiv|kiev|vienna|munich|berlin|hamburg|cologne|stuttgart|düsseldorf|dusseldorf"
    r"|lyon|marseille|toulouse|lille|nice|bordeaux|brussels|antwerp|rotterdam|the\s+hague"
    r"|utrecht|geneva|basel|bern|milan|rome|turin|madrid|barcelona|valencia|lisbon|porto"
    r"|oslo|copenhagen|helsinki|reykjavik|edinburgh|glasgow|manchester|birmingham|leeds"
    r"|cairo|casablanca|lagos|nairobi|johannesburg|cape\s+town|tel\s+aviv|istanbul"
    r"|curitiba|rio(?:\s+de\s+janeiro)?|s[aã]o\s+paulo|belo\s+horizonte|porto\s+alegre"
    r"|bogot[aá]|medell[ií]n|lima|santiago|buenos\s+aires|monterrey|guadalajara|mexico\s+city"
    r"|new\s+york|chicago|boston|seattle|austin|atlanta|denver|dallas|houston|miami"
    r"|vancouver|calgary|ottawa|auckland|wellington|perth|brisbane|adelaide)"
)
PLACES = re.compile(r"\b(?:" + PLACE + "|" + _MORE_PLACES + r")\b")
# A people's word is also their language or law ("available in Japanese", "German law"),
# which an ask may name: it is a place only in front of a party (PARTY_PLACE).
_DEMONYM = re.compile(
    r"[\w-]+(?:ese|ish|ian|ean|can|ch|ic|i)|german|thai|greek|kiwi|aussie|filipino|swiss"
    r"|european|american|african|asian|nordic|baltic"
)
# Who the customer is: "the Tokyo client", "our Dubai entity", "Customer in Kraków".
_PARTY = (
    r"(?:customer|client|buyer|prospect|company|firm|bank|insurer|retailer|distributor"
    r"|manufacturer|wholesaler|hospital|clinic|university|school|ministry|government"
    r"|municipality|group|entity|subsidiary|office|branch|hq|headquarters|plant|factory"
    r"|division|carrier|airline|operator|utility|reseller)"
)
PARTY_PLACE = re.compile(
    r"\b(?i:the|our|their|a|an|this|that|one)\s+((?:[A-Z][\w’'.-]*\s+){1,2})(?=(?i:"
    + _PARTY
    + r")s?\b)|\b(?i:"
    + _PARTY
    + r")\s+(?:(?i:based|located|headquartered|sitting)\s+)?"
    r"(?i:in|from|out\s+of)\s+(?:the\s+)?((?:[A-Z][\w’'.-]*(?:\s+|$)){1,3})"
)


def names_a_system(text: str, folded: str, proper_noun: re.Pattern[str]) -> bool:
    """Whether a capitalised word of text (proper_noun) names something other than a
    place or the people of one ("the Polish customer", "Customer in Kraków")."""
    parties: list[tuple[int, int]] | None = None
    for noun in proper_noun.finditer(text):
        start, end = noun.span()
        if _in_a_place(folded, start, end):
            continue
        if parties is None:  # looked for only once a word is not a place itself
            parties = [
                m.span(g)
                for pattern in (PARTY_PLACE, RELAYED_PARTY)  # "The CSM for Globex reports"
                for m in pattern.finditer(text)
                for g in (1, 2)
                if m.group(g)
            ]
        if not any(s <= start and end <= e for s, e in parties):
            return True
    return False


def _in_a_place(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] is (part of) a place's name, not a people's word."""
    before = folded.rfind(" ", 0, max(start - 1, 0)) + 1  # "são paulo", "abu dhabi"
    for at in (start, before) if before < start else (start,):
        place = PLACES.match(folded, at)
        if place is not None and place.end() >= end and not _DEMONYM.fullmatch(place.group()):
            return True
    return False
