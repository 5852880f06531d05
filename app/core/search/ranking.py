"""How a text hit is scored: which fields the word was found in, and how well it matched.

For one typed word and one service, every (index term matched, field containing it) pair
counts ``field weight × match factor``; the word's score is the square root of the sum of
their squares. A word in the name alone scores 12; in the name and the themes 13.4; in the
description alone 2, and five description words starting with the typed prefix only
√5 × 1.6 ≈ 3.6, far below one hit in the name (a plain sum would let long descriptions win
on short prefixes). A query's score is the sum of its words' scores. Equal scores are
ordered by name.
"""

from __future__ import annotations

# Field weights: a word in the service's name counts more than in its themes (the French
# labels of its thématiques, their categories and its type), its structure's name, its
# description, its publics or its commune.
FIELD_WEIGHTS: dict[str, int] = {
    "nom": 12,
    "thematiques": 6,
    "structure": 4,
    "description": 2,
    "publics": 2,
    "commune": 2,
}

# Match factors: the exact word (or its singular) counts fully; a completion of the word
# being typed, a one-typo match and a one-typo completion a little less.
EXACT = 1.0
PREFIX = 0.8
TYPO = 0.6
PREFIX_TYPO = 0.5
# A last word that may be a stop word being typed ("permis po…") only nudges the order.
OPTIONAL = 0.1

# Added to scores to order equal scores by name; smaller than any score difference.
NAME_TIE_BREAK = 0.01
