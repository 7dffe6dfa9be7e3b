"""Vocabulary of technical buyers and discovery workshops (mobile apps, localisation,
accessibility, performance), as plain phrases and lowercase regex fragments.

Same conventions as promises.tagging_vocab, which adds MOBILE_CONTROLS (with the software
supply chain and secrets) to its security controls: whole families, not the words of
particular asks.

A mobile app is secured on the device itself: it refuses jailbroken or rooted phones,
proves its integrity (Play Integrity, App Attest), pins its certificates and can be
wiped remotely. Localisation (languages, right-to-left layouts, time zones, local
currencies), accessibility (WCAG, VPAT, screen readers) and performance (p95 latency,
concurrent users, page loads) are product capabilities that are none of the review
categories: NOT_A_CATEGORY names them, so that promises.fallback does not guess a
category for an ask that names nothing else.
"""

from __future__ import annotations

import re

MOBILE_CONTROLS = (
    "jailbreak", "jailbroken", "jailbreak detection", "rooted device", "rooted phone",
    "rooted android", "root detection", "device attestation", "app attestation",
    "play integrity", "safetynet", "app attest", "ssl pinning", "tls pinning",
    "public key pinning", "tamper detection", "anti-tampering", "app protection policy",
    "mam policy", "mobile application management", "mobile device management",
    "remote wipe", "remotely wiped", "selective wipe", "secure enclave",
    # The software supply chain and secrets: how what we ship is built and kept safe.
    "sbom", "software bill of materials", "slsa", "sast", "dast", "code signing",
    "signed builds", "build provenance", "software composition analysis",
    "dependency scanning", "secrets manager", "hashicorp vault", "confidential computing",
)  # fmt: skip

# Languages and the words that make an interface one people read, not a system interface.
LANGUAGES = (
    "english", "french", "german", "spanish", "portuguese", "italian", "dutch", "japanese",
    "chinese", "mandarin", "cantonese", "korean", "arabic", "hebrew", "polish", "turkish",
    "russian", "swedish", "danish", "norwegian", "finnish", "greek", "czech", "hungarian",
    "romanian", "ukrainian", "thai", "vietnamese", "hindi", "indonesian", "malay", "bahasa",
    "tagalog", "catalan", "flemish", "bilingual", "multilingual", "multi-language",
)  # fmt: skip
UI_WORDS = (
    *LANGUAGES, "language", "localised", "localized", "translated", "right-to-left", "rtl",
    "native", "touch", "kiosk", "tablet", "agent", "customer-facing", "end-user",
    "accessible",
)  # fmt: skip

_LANGUAGE = "(?:" + "|".join(w.replace("-", r"[\s-]") for w in LANGUAGES) + ")"

# Product capabilities that are none of security, data movement or custom logic.
NOT_A_CATEGORY = re.compile(
    # The law a contract is governed by: a clause of the paper, no work in the product.
    r"\b(?:agreements?|contracts?|msa|terms|order\s+forms?)\s+(?:(?:is|are|to\s+be|be|must\s+be)\s+)?"
    r"governed\s+by\b"
    r"|\bgoverning\s+law\b|"
    # Localisation.
    r"\b(?:locali[sz](?:e|es|ed|ation)|internationali[sz]ation|i18n|l10n|translat(?:ed|ions?)"
    r"|right[\s-]to[\s-]left|rtl|time\s*zones?|local\s+(?:currenc(?:y|ies)|time|languages?)"
    r"|(?:decimal|thousands)\s+separators?|date\s+formats?|(?:own|preferred|native|local)\s+"
    r"languages?|" + _LANGUAGE + r"[\s-]+(?:language\s+)?"
    r"(?:interface|ui|version|translations?|locale|strings)|in\s+(?:brazilian\s+|european\s+"
    r"|latin\s+american\s+|canadian\s+|simplified\s+|traditional\s+)?" + _LANGUAGE + r")\b"
    # Accessibility.
    r"|\b(?:wcag|vpat|section\s+508|en\s+301\s+549|screen\s+readers?|voiceover|talkback|jaws"
    r"|nvda|keyboard\s+navigation|dynamic\s+type|closed\s+captions?|captions|accessibility"
    r"|colou?r\s+contrast|alt\s+text)\b"
    # Performance and capacity.
    r"|\b(?:p(?:50|75|90|95|99)|\d{2}(?:th|st|nd|rd)\s+percentile|latency|milliseconds"
    r"|concurrent\s+(?:[\w-]+\s+)?(?:users|sessions|agents|connections|logins|viewers|requests"
    r"|calls|visitors|players)|page\s+loads?|load\s+times?|throughput"
    r"|requests\s+per\s+second|gb\s+of\s+ram"
    # "the main dashboard to render within three seconds".
    r"|(?:render|load|open|respond)(?:s|ed)?\s+(?:in|within|under)\s+(?:[\w.]+\s+)?(?:seconds?"
    r"|secs?|ms)\b)\b"
)
