"""Tag an ask with review categories and hard-stop flags, from editable rules.

Pure Python on purpose: the same Tagger runs in requests, in the management command
and in the benchmark, and the rules come from the database as plain rows. A rule is a
phrase (matched case-insensitively on word boundaries, with a plain plural allowed and
spaces/hyphens interchangeable) or a Python regex.

The seed rules shipped with the product (DEFAULT_RULES, and CONCRETE_RULES, the part
that also makes wording concrete) are data, kept in promises.tagging_rules and the
vocabulary modules it draws on; they are re-exported here, so
`from promises.tagging import DEFAULT_RULES` keeps working.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

# Re-exported: the wording lint and the tests use these from here.
from promises.tagging_regex import _by_first_letter as _by_first_letter
from promises.tagging_regex import _emit_trie, _trie, leading_lookbehinds, unfiled
from promises.tagging_regex import _starts_with_word_char as _starts_with_word_char
from promises.tagging_regex import split_alternatives as split_alternatives
from promises.tagging_regex import strip_word_boundary as strip_word_boundary

if TYPE_CHECKING:  # defined in promises.tagging_rules, re-exported by __getattr__ below
    from promises.tagging_rules import CONCRETE_RULES as CONCRETE_RULES
    from promises.tagging_rules import DEFAULT_RULES as DEFAULT_RULES

CATEGORIES = ("security", "data_movement", "custom_logic")
FLAGS = ("delivery_date", "commercial_terms")
TARGETS = CATEGORIES + FLAGS

# Texts a valid rule must not match with zero width: such a rule would tag everything.
_EMPTY_PROBES = ("", "x", "Customer wants 10 things, by Friday.")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")
# Escapes and group names, which may hold capitals without matching any.
_NON_LITERAL = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P?<[^>]*>|\(\?P=\w+\)")


@dataclass(frozen=True)
class Rule:
    pattern: str
    target: str
    is_regex: bool = False


def phrase_rules(target: str, *phrases: str) -> tuple[Rule, ...]:
    """Phrase rules for one target (the seed rule modules list their word lists this way)."""
    return tuple(Rule(p, target) for p in phrases)


def not_behind(*texts: str, tail: str = "") -> str:
    r"""Lookbehinds that fail right after any of texts (plain words, one space between)
    followed by tail (a fixed-width regex, such as r"\d"), one per width of text, since a
    lookbehind's alternatives must all be as wide."""
    by_width: dict[int, list[str]] = {}
    for text in texts:
        by_width.setdefault(len(text), []).append(re.escape(text).replace(r"\ ", r"\s") + tail)
    return "".join(f"(?<!{'|'.join(alts)})" for _, alts in sorted(by_width.items()))


# Security controls a condition can name. A rule on records ("blocked until", "held if",
# "reject any ... that") is custom logic unless its condition names one of these: then
# the block is the control ("blocked until MFA is set up", "held if infected").
CONTROL_WORDS = (
    "encrypt", "authenticat", r"\bmfa\b", r"\bsso\b", r"\bvpn\b", "password", "certificate",
    "token", "virus", "malware",
)  # fmt: skip


def no_control_ahead(*more: str) -> str:
    """A lookahead that fails when the clause ahead (up to 40 characters, to the next
    full stop, semicolon or comma) names a security control: CONTROL_WORDS and `more`,
    the words a rule family's own data showed (regex source, any order)."""
    return rf"(?![^.;,]{{0,40}}?(?:{'|'.join((*CONTROL_WORDS, *more))}))"


def regex_rules(target: str, *patterns: str) -> tuple[Rule, ...]:
    """Regex rules for one target (the seed rule modules list theirs this way)."""
    return tuple(Rule(p, target, is_regex=True) for p in patterns)


@dataclass(frozen=True)
class TagResult:
    categories: list[str]
    flags: list[str]
    kind: str
    matches: dict[str, list[str]]
    # Categories no rule found but promises.fallback guessed (also in categories, with
    # "guessed from: ..." as their matched words).
    guessed: list[str] = field(default_factory=list)
    # Categories shipped rules found but the fallback's second reading set aside (not in
    # categories), with the words the rules matched.
    set_aside: dict[str, list[str]] = field(default_factory=dict)


def fold_case(text: str) -> str:
    """Lowercase text without changing its length, so match spans index the original.

    Matching lowercase patterns against folded text is several times faster than
    Python's IGNORECASE, which is what keeps tagging cheap enough to run on every key.
    """
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _phrase_key(phrase: str) -> tuple[str, bool, bool]:
    """A phrase as lowercase words joined by single spaces, and whether it starts and
    ends on a word character (only there do word boundaries apply)."""
    key = " ".join(w for w in re.split(r"[\s\-]+", phrase.strip().lower()) if w)
    return key, bool(re.match(r"\w", key)), bool(re.search(r"\w$", key))


def _phrase_trie(phrases: Iterable[tuple[str, bool]]) -> str:
    """One regex for many phrase keys, sharing their prefixes.

    Sales writes "sign-on", "sign on" and "signon" interchangeably, and a lead who adds
    "custom field" expects "custom fields" to match too, so separators are loose and a
    trailing plural is allowed. The trie shape matters for speed: the engine tests one
    first letter per branch instead of every phrase in turn.
    """
    return _emit_trie(_trie(phrases))


def phrase_to_regex(phrase: str) -> str:
    """Stand-alone regex for a phrase rule, for case-folded text (see fold_case).

    Boundaries only apply next to word characters, so "24/7" or "$" still work.
    """
    key, starts, ends = _phrase_key(phrase)
    return (r"\b" if starts else "") + _phrase_trie([(key, ends)])


def _is_lowercase_safe(regex: str) -> bool:
    return not any(c.isupper() for c in _NON_LITERAL.sub("", regex))


@lru_cache(maxsize=8192)  # pure; a rules build checks every rule again
def validate_rule(pattern: str, is_regex: bool) -> str | None:
    """Return why a rule cannot be used, or None when it is fine."""
    if not pattern or not pattern.strip():
        return "The pattern is empty: enter a word, a phrase or a regular expression."
    if not is_regex:
        if not re.search(r"\w", pattern) and len(pattern.strip()) < 2:
            return "The phrase is too short to mean anything: enter at least one word."
        return None
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        return f"The regular expression does not compile: {exc}."
    if _BACKREF.search(pattern):
        # Rules are merged into one regex per target, which renumbers groups.
        return "Backreferences are not supported in rules: repeat the words instead."
    for probe in _EMPTY_PROBES:
        for match in compiled.finditer(probe):
            if match.end() == match.start():
                return (
                    "The regular expression matches empty text, so it would tag every ask: "
                    "make it require at least one character."
                )
    return None


class Matcher:
    """Finds where any of a set of rules matches, case-insensitively.

    Phrases and lowercase regexes run as one combined pattern over the folded text;
    a regex with capitals in it keeps Python's IGNORECASE on the original text.

    The combined patterns are compiled on first use, not when the Matcher is made: the
    largest take a second or two each, and a process that never tags or lints (a
    migration, the scheduler, most management commands) then never pays for them.
    `compile()` builds them at once (gunicorn's worker warm-up and ./bin/run's server
    call it through promises.rules.compile_patterns).
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        phrases: list[tuple[str, bool]] = []
        at_word: list[str] = []  # regexes that start with a word boundary, minus it
        fast: list[str] = []
        cased: list[str] = []
        for rule in rules:
            if not rule.is_regex:
                key, starts, ends = _phrase_key(rule.pattern)
                if starts:
                    phrases.append((key, ends))
                else:
                    fast.append(phrase_to_regex(rule.pattern))
            elif not _is_lowercase_safe(rule.pattern):
                cased.append(rule.pattern)
            else:
                stripped = strip_word_boundary(rule.pattern)
                if stripped is not None and _starts_with_word_char(stripped):
                    at_word.append(stripped)
                else:
                    fast.append(rule.pattern)
        self._parts = (phrases, _longest_first(at_word), _longest_first(fast), cased)
        self._compiled: tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]] | None
        self._compiled = None

    def compile(self) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
        """The patterns over folded text and the case-sensitive ones (built once)."""
        if self._compiled is None:
            self._compiled = self._build()
        return self._compiled

    def _build(self) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
        phrases, at_word, fast, cased = self._parts
        sources = list(fast)
        if phrases or at_word:
            # One shared word-start test in front lets the engine skip every other
            # position at once; then only the rules that start with the letter found
            # there are tried (see _by_first_letter).
            sources.insert(0, r"\b(?=\w)" + _by_first_letter(phrases, at_word))
        folded: tuple[re.Pattern[str], ...] = ()
        try:
            if sources:
                folded = (_compile("|".join(f"(?:{s})" for s in sources)),)
        except re.error:
            # A lone valid rule can still clash when merged (inline flags, duplicate group
            # names); keep those rules working at some cost in speed.
            singles = [r"\b(?=\w)" + _phrase_trie(phrases)] if phrases else []
            singles += [rf"\b(?=\w)(?:{s})" for s in at_word] + fast
            folded = tuple(_compile(s) for s in _longest_first(singles))
        return folded, _compile_all(cased, re.IGNORECASE)

    def spans(self, text: str, folded: str) -> list[tuple[int, int]]:
        """Non-empty match spans in text order; folded is fold_case(text)."""
        on_folded, cased = self._compiled or self.compile()
        found = [m.span() for p in on_folded for m in p.finditer(folded)]
        found += [m.span() for p in cased for m in p.finditer(text)]
        if len(on_folded) + len(cased) > 1:
            found.sort()
        return [(s, e) for s, e in found if e > s]

    def lookbehind_per_word(self) -> int:
        """Characters of lookbehind tried before any letter at every word (or position)
        of an ask: the opening lookbehinds of the rules that cannot be filed under their
        first letter (tagging_regex.unfiled) and of the few tried at every position. A
        rule family that opens each rule with a long chain of them makes every ask slow
        (session 19: thirty such rules took the data movement matcher from 20 us to
        1,868 us an ask); tests/promises/test_tagging_cost.py keeps this small."""
        _, at_word, fast, _ = self._parts
        return sum(leading_lookbehinds(p) for p in (*unfiled(at_word), *fast))

    def search(self, text: str, folded: str) -> bool:
        """Whether any rule matches; folded is fold_case(text), computed once by the caller."""
        on_folded, cased = self._compiled or self.compile()
        return any(p.search(folded) for p in on_folded) or any(p.search(text) for p in cased)


class Tagger:
    """Compiled rule set: one Matcher per target, built once, then shared freely.

    Rules that cannot be used (bad regex, unknown target) are skipped and listed in
    `invalid` with the reason, so one bad row never stops asks from being tagged.
    """

    def __init__(
        self, rules: Iterable[Rule], fallback: Any = "shipped", learned: Any = None
    ) -> None:
        """`fallback`: a promises.fallback.Fallback for asks no rule gives a category,
        the shipped one by default, None for the rules alone. `learned`: a
        promises.learned.Learned that reads every ask after the rules instead of the
        counts' second reading (the shipped one when `fallback` is the shipped default
        and `learned` is not given; False for none)."""
        from promises import learned as learned_reading
        from promises.fallback import KEEP_WITH_PHRASES, shipped

        self._keep_with = KEEP_WITH_PHRASES

        self.fallback = shipped() if fallback == "shipped" else fallback
        if learned is None and fallback == "shipped":
            learned = learned_reading.shipped()
        self.learned = learned or None
        self.rules: tuple[Rule, ...] = tuple(rules)
        self.invalid: list[tuple[Rule, str]] = []
        by_target: dict[str, list[Rule]] = {t: [] for t in TARGETS}
        for rule in self.rules:
            error = (
                validate_rule(rule.pattern, rule.is_regex)
                if rule.target in by_target
                else f"Unknown target {rule.target!r}."
            )
            if error:
                self.invalid.append((rule, error))
            else:
                by_target[rule.target].append(rule)
        self._matchers = tuple((t, Matcher(rs)) for t, rs in by_target.items() if rs)
        # The lead's own rules (added, or edited from a shipped one), apart: the categories
        # they find are never set aside by the fallback's second reading.
        release = _shipped_keys()
        own = [r for t in CATEGORIES for r in by_target[t] if _key(r) not in release]
        self._own = tuple(
            (t, Matcher(rs)) for t in CATEGORIES if (rs := [r for r in own if r.target == t])
        )

    def compile(self) -> None:
        """Compile every matcher's patterns now rather than on the first ask."""
        for _, matcher in (*self._matchers, *self._own):
            matcher.compile()

    def tag(self, text: str) -> TagResult:
        folded = fold_case(text)
        matches: dict[str, list[str]] = {}
        for target, matcher in self._matchers:
            words = _unique_words(text, matcher.spans(text, folded))
            if words:
                matches[target] = words
        categories = [c for c in CATEGORIES if c in matches]
        guessed: list[str] = []
        set_aside: dict[str, list[str]] = {}
        if self.learned is not None:
            # The learned reading reads every ask, even one whose only matches are terms
            # or a date: it learned from such asks what the counts' guess below skips.
            kept = {t for t, m in self._own if m.spans(text, folded)}
            added, doubted = self.learned.second_reading(text, matches, self.fallback, kept)
            set_aside = {c: matches.pop(c) for c in doubted}
            matches.update(added)
            guessed = list(added)
            categories = [c for c in CATEGORIES if c in matches]
        elif not categories and not matches and self.fallback is not None:
            # The counts guess only for an ask nothing matched: one whose only matches
            # are commercial terms is about terms, and one whose only match is a delivery
            # date is about when (a go-live, a rollout). In the labelled and held-out
            # asks the rules leave without a category, 167 of 168 with terms and 7 of 10
            # with only a date have no category.
            matches.update(self.fallback.guess(text))
            categories = guessed = [c for c in CATEGORIES if c in matches]
        elif categories and self.fallback is not None:
            # Kept whatever the counts say: what the lead's own rules found, and what two
            # or more different phrases found (promises.fallback, "A category two ...").
            kept = {t for t, m in self._own if m.spans(text, folded)}
            kept |= {c for c in categories if len(matches[c]) >= self._keep_with}
            added, doubted = self.fallback.second_reading(text, categories, kept)
            set_aside = {c: matches.pop(c) for c in doubted}
            matches.update(added)
            guessed = list(added)
            categories = [c for c in CATEGORIES if c in matches]
        flags = [f for f in FLAGS if f in matches]
        several = "mixed" if categories else "unclassified"
        kind = categories[0] if len(categories) == 1 else several
        return TagResult(
            categories=categories,
            flags=flags,
            kind=kind,
            matches=matches,
            guessed=guessed,
            set_aside=set_aside,
        )


def _key(rule: Rule) -> tuple[str, bool, str]:
    return (rule.pattern, rule.is_regex, rule.target)


@lru_cache(maxsize=1)
def _shipped_keys() -> frozenset[tuple[str, bool, str]]:
    """The rules this release ships (a database row with the same pattern, kind and
    target is a shipped rule; any other is the lead's)."""
    from promises.tagging_rules import DEFAULT_RULES

    return frozenset(_key(r) for r in DEFAULT_RULES)


# Python's own cache of compiled patterns holds 512 and drops the oldest first. A rules
# build compiles each regex rule on its own to check it, so with 500 or more of them the
# large merged patterns fell out of that cache and were compiled again, about two seconds,
# on every build (each test that builds a Tagger, each process after a rule edit): the
# merged patterns are kept here instead, and `validate_rule` remembers its answers.
@lru_cache(maxsize=16)  # a few generations of rules: about six merged patterns each
def _compile(source: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(source, flags)


def _longest_first(sources: Iterable[str]) -> list[str]:
    # At one position the first alternative wins: "audit log export" before "audit log".
    return sorted(dict.fromkeys(sources), key=len, reverse=True)


def _compile_all(sources: Sequence[str], flags: int) -> tuple[re.Pattern[str], ...]:
    if not sources:
        return ()
    ordered = _longest_first(sources)
    try:
        return (_compile("|".join(f"(?:{s})" for s in ordered), flags),)
    except re.error:
        # A lone valid rule can still clash when merged (inline flags, duplicate group
        # names); keep those rules working at some cost in speed.
        return tuple(_compile(s, flags) for s in ordered)


# Trimmed from both ends of a shown match: a rule may consume a separator or a quote
# next to the words ("above 50,000 " before "EUR"), but currency and percent signs stay.
_TRIM = " \t\r\n\u00a0.,;:!?\"'“”‘’()[]{}<>-–—/\\|*_"


def _unique_words(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    seen: set[str] = set()
    words: list[str] = []
    for start, end in spans:
        word = text[start:end].strip(_TRIM) or text[start:end].strip()
        key = " ".join(word.lower().split())
        if key and key not in seen:
            seen.add(key)
            words.append(word)
    return words


# Names of the seed rule data, re-exported from promises.tagging_rules on first use.
# A plain import at the bottom of this module would be circular: the rules are built
# from Rule, so importing promises.tagging_rules first would find this module half made.
_SEED_NAMES = frozenset((
    "DEFAULT_RULES", "CONCRETE_RULES", "SECURITY_CONTROLS", "DATA_SYSTEMS", "DATA_FORMATS",
    "LOGIC_OBJECTS", "COMMERCIAL_TERMS",
))  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _SEED_NAMES:
        from promises import tagging_rules

        value = getattr(tagging_rules, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
