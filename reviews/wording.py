"""Normalising and checking the lead's decision sentence."""

import unicodedata

from promises.wording import lint

# Characters that hide or reorder text: a sentence carrying them could read one way
# on screen and another in the contract.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf"}


def normalise_wording(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def wording_problems(text: str) -> list[dict]:
    """Problems with a decision sentence, in the same shape as the ask lint."""
    problems = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) in _FORBIDDEN_CATEGORIES:
            problems.append(
                {
                    "code": "hidden_character",
                    "message": f"Remove the invisible or control character U+{ord(ch):04X}: "
                    "the sentence must read the same everywhere it is shown.",
                    "start": i,
                    "end": i + 1,
                }
            )
    if problems:
        return problems
    return [
        {"code": p.code, "message": p.message, "start": p.start, "end": p.end} for p in lint(text)
    ]
