"""French text analysis shared by the index and the query: fold, split, stem, stop words.

Indexing and querying go through the same functions, so that "Formations" typed by the
counsellor and "formation" written in a description meet on the same term. The stemmer is
deliberately light (plural to singular only): a counsellor types the words of the catalogue,
and a heavier stemmer would merge words that mean different things ("formation", "forme").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Function words that carry no meaning in a catalogue search. Elided forms ("l'", "d'")
# become single letters once folded, and single letters are never indexed.
STOP_WORDS: frozenset[str] = frozenset(
    """
    a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur
    leurs lui ma mais me mes moi mon ne ni nos notre nous on ou par pas pour qu que qui sa se ses
    si son sur ta te tes toi ton tu un une vos votre vous est sont
    """.split()
)

# Plurals that the rules below would get wrong.
_IRREGULAR: dict[str, str] = {
    "travaux": "travail",
    "baux": "bail",
    "emaux": "email",
    "vitraux": "vitrail",
    "yeux": "oeil",
    "cieux": "ciel",
}

_WORD = re.compile(r"[a-z0-9]+")
# Shortest typed word that tolerates one typo (the rule: five letters or more).
TYPO_MIN_LENGTH = 5


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light French stemming: plural to singular.

    >>> [stem(w) for w in ("formations", "sociaux", "bureaux", "jeux", "travaux", "bus")]
    ['formation', 'social', 'bureau', 'jeu', 'travail', 'bus']
    """
    if len(word) <= 3 or word.isdigit():
        return word
    irregular = _IRREGULAR.get(word)
    if irregular is not None:
        return irregular
    if word.endswith("eaux") or word.endswith("eux") or word.endswith("oux"):
        return word[:-1]
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_COMBINING = re.compile("[\u0300-\u036f]+")
_LIGATURES = (("œ", "oe"), ("æ", "ae"))


def words(text: str | None) -> list[str]:
    """The folded words of a text, in order, stop words included: what ``fold`` gives,
    split on anything that is not a letter or a digit.

    >>> words("L'Œuvre d’Éloïse : bac+2, 3ᵉ âge…")
    ['l', 'oeuvre', 'd', 'eloise', 'bac', '2', '3e', 'age']
    """
    if not text:
        return []
    text = text.lower()
    if not text.isascii():
        for ligature, spelt in _LIGATURES:
            if ligature in text:
                text = text.replace(ligature, spelt)
        # Decompose (é → e + accent), then drop the accents; what is left outside a-z0-9
        # (apostrophes, dashes, quotes) separates words. All in C: fast on long texts.
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _WORD.findall(text)


def is_indexed(word: str) -> bool:
    """Whether a folded word becomes an index term (no stop words, no single letters)."""
    return (len(word) > 1 or word.isdigit()) and word not in STOP_WORDS


class _TermOfWord(dict):
    """Folded word → index term ("" for a word that is not indexed), filled on demand."""

    def __missing__(self, word: str) -> str:
        if len(self) > 500_000:
            self.clear()
        term = stem(word) if is_indexed(word) else ""
        self[word] = term
        return term


_TERM_OF_WORD = _TermOfWord()


def terms(text: str | None) -> list[str]:
    """The index terms of a text, in order: folded, stop words dropped, stemmed."""
    return [term for term in map(_TERM_OF_WORD.__getitem__, words(text)) if term]


def term_set(text: str | None) -> set[str]:
    """The distinct index terms of a text."""
    found = set(map(_TERM_OF_WORD.__getitem__, set(words(text))))
    found.discard("")
    return found


def is_stop_word_prefix(word: str) -> bool:
    """True if ``word`` is a stop word or the beginning of one ("po" for "pour")."""
    return any(stop.startswith(word) for stop in STOP_WORDS)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typo_variants(word: str) -> set[str]:
    """Every word one edit away (deletion, substitution, insertion, transposition).

    The first letter is kept: a typo there is rare, and keeping it divides the variants
    (and the false friends) by the size of the alphabet.
    """
    head, tail = word[:1], word[1:]
    variants: set[str] = set()
    for i in range(len(tail) + 1):
        left, right = tail[:i], tail[i:]
        if right:
            variants.add(head + left + right[1:])
            for letter in _LETTERS:
                variants.add(head + left + letter + right[1:])
            if len(right) > 1:
                variants.add(head + left + right[1] + right[0] + right[2:])
        for letter in _LETTERS:
            variants.add(head + left + letter + right)
    variants.discard(word)
    return variants
