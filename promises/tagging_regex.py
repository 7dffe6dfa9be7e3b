"""Regex shapes behind the tagger's speed: phrase tries and first-letter filing.

Split out of promises.tagging (which re-exports these names) so that module stays about
rules and results. Pure functions over regex source text; nothing here knows a rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any


def _trie(phrases: Iterable[tuple[str, bool]]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for key, ends in phrases:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = node.get("", False) or ends
    return root


def _emit_trie(node: dict[str, Any]) -> str:
    # Children before the end marker: at one position the longest phrase wins.
    alts = [
        (r"[\s\-]*" if char == " " else re.escape(char)) + _emit_trie(child)
        for char, child in sorted(node.items())
        if char
    ]
    if "" in node:
        alts.append(r"(?:e?s)?(?!\w)" if node[""] else "")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_LEADING_LITERAL = re.compile(r"[a-z](?![?*+{])")
# A first atom that must match one digit: "8", "\d", "\d+", "\d{1,2}".
_LEADING_DIGIT = re.compile(r"(?:[0-9]|\\d(?:\+|\{[1-9]\d*(?:,\d*)?\})?)(?![?*+{])")


def _digit_led(regex: str) -> bool:
    """Whether every match of regex starts with a digit, as far as its first atom shows."""
    if _LEADING_DIGIT.match(regex):
        return True
    if not regex.startswith("(?:"):
        return False
    end = _group_end(regex)
    if regex[end : end + 1] in ("?", "*") or regex[end:].startswith("{0"):
        return False
    return all(_digit_led(alt) for alt in split_alternatives(regex[3 : end - 1]))


def _by_first_letter(phrases: Sequence[tuple[str, bool]], regexes: Sequence[str]) -> str:
    r"""One alternation of phrases and regexes, filed under their literal first letter.

    The regex engine skips a branch that starts with a literal character at almost no
    cost when the text has another character there; a branch that starts any other way
    (a group, a lookaround, a repeat) costs a full attempt at every word. So phrases
    share one trie, regexes are split into their alternatives, a leading group of
    alternatives is split by first letter (see _expand), and whatever starts with a
    plain letter is filed under it: "a(?:...)|b(?:...)". Whatever starts with a digit
    ("850 ...", "\d+ rows") shares one branch behind a digit test, so the longer rule
    still goes first there. The few that start any other way are tried after, in their
    order; so are those whose opening lookbehinds _file_behind moved behind their letter,
    which the engine now skips at a word that starts with another letter as cheaply as a
    filed one. At one position phrases go before regexes and longer regexes before
    shorter ones, as in a plain alternation in that order.
    """
    groups: dict[str, list[str]] = {}
    digits: list[str] = []
    for char, child in sorted(_trie(phrases).items()):
        if char.isdigit():
            digits.append(re.escape(char) + _emit_trie(child))
        else:
            groups.setdefault(char, []).append(_emit_trie(child))
    rest: list[str] = []
    for piece in _pieces(regexes):
        if _digit_led(piece):
            digits.append(piece)
        elif _LEADING_LITERAL.match(piece) and not _behind_letter(piece):
            groups.setdefault(piece[0], []).append(piece[1:])
        else:
            rest.append(f"(?:{piece})")
    branches = [re.escape(c) + _by_next_letter(alts) for c, alts in sorted(groups.items())]
    if digits:
        branches.append(r"(?=\d)" + _alternation(digits))
    return "(?:" + "|".join(branches + rest) + ")"


def _behind_letter(piece: str) -> bool:
    """Whether piece was opened by lookbehinds that _file_behind moved behind its letter."""
    return piece[1:].startswith(("(?<=", "(?<!"))


def _pieces(regexes: Sequence[str]) -> list[str]:
    return [piece for regex in regexes for piece in _expand(regex)]


def unfiled(regexes: Sequence[str]) -> list[str]:
    """The alternatives of regexes that _by_first_letter cannot file under a first letter
    or the digit branch: each is tried in full at every word of an ask."""
    return [p for p in _pieces(regexes) if not _digit_led(p) and not _LEADING_LITERAL.match(p)]


def leading_lookbehinds(regex: str) -> int:
    """How many characters of lookbehind regex opens with (after a leading \\b): work
    done before its first letter is compared, so at every position it is tried."""
    if regex.startswith(r"\b"):
        regex = regex[2:]
    size = 0
    while regex.startswith(("(?<=", "(?<!")):
        end = _group_end(regex)
        size, regex = size + end, regex[end:]
    return size


def _expand(regex: str, depth: int = 0) -> list[str]:
    """The top-level alternatives of regex, reshaped so that most start with a literal.

    A leading non-capturing group of alternatives is split by first letter, what
    follows it copied into each ("(?:to|into|item) x" gives "t(?:o) x" and
    "i(?:nto|tem) x"). Alternatives with different first letters never match at the
    same position, so the same text matches.
    """
    pieces: list[str] = []
    for piece in split_alternatives(regex):
        if depth < 3 and piece.startswith(("(?<=", "(?<!")):
            pieces.extend(_file_behind(piece, depth))
            continue
        if depth < 3 and (ways := _optional_lead(piece) or _letter_class_lead(piece)):
            for way in ways:
                pieces.extend(_expand(way, depth + 1))
            continue
        if depth < 3 and piece.startswith("(?:"):
            end = _group_end(piece)
            suffix = piece[end:]
            alts = split_alternatives(piece[3 : end - 1])
            if not suffix.startswith(("?", "*", "+", "{")):
                if len(alts) == 1:
                    pieces.extend(_expand(alts[0] + suffix, depth + 1))
                    continue
                by_letter: dict[str, list[str]] = {}
                digit_led: list[str] = []
                others: list[str] = []
                for alt in alts:
                    if _digit_led(alt):
                        digit_led.append(alt)
                    elif _LEADING_LITERAL.match(alt):
                        by_letter.setdefault(alt[0], []).append(alt[1:])
                    else:
                        others.append(alt)
                if depth and len(suffix) * (len(by_letter) - 1) > _COPY_LIMIT and not (
                    digit_led + others
                ):
                    # One copy of a long tail per letter would swell the compiled pattern
                    # (megabytes); a test of the first letter skips it almost as cheaply.
                    # Not at the first letter: there the copies keep the rule's place
                    # among the others (tests/promises/test_tagging.py checks no match
                    # changes).
                    pieces.append(f"(?=[{''.join(sorted(by_letter))}]){piece}")
                    continue
                for letter, rests in by_letter.items():
                    pieces.extend(_expand(f"{letter}(?:{'|'.join(rests)}){suffix}", depth + 1))
                if digit_led:  # kept whole: they share one branch (see _by_first_letter)
                    pieces.append(f"(?:{'|'.join(digit_led)}){suffix}")
                if others:
                    pieces.append(f"(?:{'|'.join(others)}){suffix}")
                continue
        pieces.append(piece)
    return pieces


def _file_behind(piece: str, depth: int) -> list[str]:
    """A piece that opens with lookbehinds, reshaped so that it starts with its letter.

    "(?<!their\\s)fixed" matches where "f(?<!their\\sf)ixed" does: once the letter is
    read, the lookbehind looks back over it too. So its lookbehinds run only at words
    that start with that letter, not at every word (session 19's thirty rules opening
    with lookbehind chains cost 1,868 us an ask this way). What follows the lookbehinds
    is expanded as any piece is; an alternative that still does not start with a letter
    keeps its lookbehinds in front, as written.
    """
    behind: list[str] = []
    rest = piece
    while rest.startswith(("(?<=", "(?<!")):
        end = _group_end(rest)
        behind.append(rest[:end])
        rest = rest[end:]
    filed: list[str] = []
    for sub in _expand(rest, depth + 1):
        if guard := _LETTER_GUARD.match(sub):  # a long tail left whole (see _expand)
            filed.append(guard.group() + "".join(behind) + sub[guard.end() :])
        elif _LEADING_LITERAL.match(sub):
            letter = sub[0]
            shifted = (
                look[:4] + "|".join(alt + letter for alt in split_alternatives(look[4:-1])) + ")"
                for look in behind
            )
            filed.append(letter + "".join(shifted) + sub[1:])
        else:
            filed.append("".join(behind) + sub)
    return filed


def _by_next_letter(alternatives: Sequence[str], depth: int = 1) -> str:
    """The alternatives that follow one letter, filed again under their next letter.

    Under "c" the engine would try every rule that starts with "c" in turn at every
    word that does; filed again ("c(?:o(?:...)|u(?:...))"), it tries only those that go
    on with the word's next letter. Order is kept where it matters: only a run of
    alternatives that each start with a letter is filed, and alternatives with different
    letters never match at the same place; one that starts any other way stays where it
    was, between the runs.
    """
    if depth >= _FILE_DEPTH or len(alternatives) < 2:
        return _alternation(alternatives)
    parts: list[str | dict[str, list[str]]] = []
    for alternative in alternatives:
        for piece in _expand(alternative, 3 - _EXPAND_DEPTH):
            if _LEADING_LITERAL.match(piece) and not _behind_letter(piece):
                if not parts or not isinstance(parts[-1], dict):
                    parts.append({})
                run = parts[-1]
                assert isinstance(run, dict)
                run.setdefault(piece[0], []).append(piece[1:])
            else:
                parts.append(piece)
    branches: list[str] = []
    for part in parts:
        if isinstance(part, dict):
            branches += [c + _by_next_letter(alts, depth + 1) for c, alts in part.items()]
        else:
            branches.append(f"(?:{part})")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_COPY_LIMIT = 10_000  # characters of a tail copied once per letter below the first, at most
_LETTER_GUARD = re.compile(r"\(\?=\[[a-z]+\]\)")
_FILE_DEPTH = 4  # letters filed in all: the first, then up to three more
_EXPAND_DEPTH = 1  # leading groups split again below the first letter (see _expand)


def _alternation(alternatives: Sequence[str]) -> str:
    if len(alternatives) == 1:
        return f"(?:{alternatives[0]})"
    return "(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")"


def _scan(regex: str) -> Iterable[tuple[int, int]]:
    """(index, depth) of every "(", ")" and "|" outside escapes and character classes;
    depth counts the groups open before the character."""
    depth = 0
    in_class = escaped = False
    for index, char in enumerate(regex):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth -= char == ")"
            yield index, depth
            depth += char == "("


def split_alternatives(regex: str) -> list[str]:
    """The top-level alternatives of a regex ("a|(b|c)" gives "a" and "(b|c)")."""
    cuts = [i for i, depth in _scan(regex) if depth == 0 and regex[i] == "|"]
    bounds = zip([-1, *cuts], [*cuts, len(regex)], strict=True)
    return [regex[start + 1 : end] for start, end in bounds]


_LETTER_CLASS = re.compile(r"\[([a-z]{1,6})\](?![?*+{])")
_WORD_CLASS = re.compile(r"\[(?:[a-z0-9_]|\\[wd])+\]")


def _optional_lead(piece: str) -> list[str] | None:
    """An optional first atom made two ways, with it and without: "(?:auto-)?number"
    gives "(?:auto-)number" and "number", "a?round" gives "around" and "round". The
    engine tries them in that order, as the greedy "?" does."""
    if piece.startswith("(?:"):
        end = _group_end(piece)
    elif _LEADING_LITERAL.match(piece[:1]):
        end = 1
    else:
        return None
    rest = piece[end + 1 :]
    if piece[end : end + 1] != "?" or not rest or rest.startswith(("?", "+")):
        return None
    if len(rest) > _COPY_LIMIT:
        return None
    return [piece[:end] + rest, rest]


def _letter_class_lead(piece: str) -> list[str] | None:
    """A first atom that is a few letters ("[elr]x") made one way per letter."""
    found = _LETTER_CLASS.match(piece)
    if found is None:
        return None
    return [letter + piece[found.end() :] for letter in found.group(1)]


def _starts_with_word_char(regex: str) -> bool:
    """True only when every match of regex surely begins with a word character."""
    for alt in split_alternatives(regex):
        while alt.startswith(("(?<=", "(?<!")):  # lookbehinds consume nothing: skip them
            alt = alt[_group_end(alt) :]
        if alt[:1].isalnum() or alt[:1] == "_":
            size = 1
        elif alt.startswith((r"\w", r"\d")):
            size = 2
        elif word_class := _WORD_CLASS.match(alt):
            size = word_class.end()
        elif alt.startswith("(") and not alt.startswith(("(?=", "(?!", "(?<")):
            size = _group_end(alt)
            inner = re.sub(r"^\((?:\?:|\?P<\w+>)?", "", alt[: size - 1])
            if not _starts_with_word_char(inner):
                return False
        else:
            return False
        if alt[size : size + 1] in ("?", "*") or alt[size:].startswith("{0"):
            # The first atom is optional: what follows it may lead instead.
            after = alt[size + 1 :] if alt[size] != "{" else alt[alt.index("}", size) + 1 :]
            after = after[1:] if after[:1] in ("?", "+") else after
            if not after or not _starts_with_word_char(after):
                return False
    return True


def _group_end(regex: str) -> int:
    """Index just after the group that opens at regex[0]."""
    for index, depth in _scan(regex):
        if depth == 0 and regex[index] == ")":
            return index + 1
    return len(regex)


def strip_word_boundary(regex: str) -> str | None:
    """The regex without the leading \\b of every alternative, or None if one lacks it."""
    pieces = split_alternatives(regex)
    if not all(p.startswith(r"\b") for p in pieces):
        return None
    return "|".join(p[2:] for p in pieces)
