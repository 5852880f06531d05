"""What the counsellor typed, parsed into a small tree before it meets the index.

Syntax (all optional, plain words are enough):

- words separated by spaces must all match somewhere (AND);
- ``permis OU code`` (or ``permis | code``): either word (OR);
- ``-payant``: services that do not contain the word;
- the last word, while it is being typed (no space after it), matches as a prefix;
- quotes are ignored (there is no phrase search).

Stop words ("de", "pour"…) are dropped. A last word that is only the beginning of a stop word
("po" for "pour") is kept as an optional word: it does not empty the list while the counsellor
is still typing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.search.analysis import STOP_WORDS, is_stop_word_prefix, stem, words

OR_OPERATORS = frozenset({"OU", "|"})


@dataclass(frozen=True, slots=True)
class Term:
    """One typed word: ``word`` folded as typed, ``stemmed`` as indexed."""

    word: str
    stemmed: str
    prefix: bool = False  # the word being typed: matches the beginning of index terms


@dataclass(frozen=True, slots=True)
class Query:
    """AND of clauses, each an OR of terms; ``optional`` terms add score without filtering;
    ``excluded`` terms remove services."""

    clauses: tuple[tuple[Term, ...], ...] = ()
    optional: tuple[Term, ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.clauses and not self.optional


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    negated: bool
    operator: bool
    last: bool


def _tokens(text: str) -> list[_Token]:
    raw = text.replace('"', " ").replace("«", " ").replace("»", " ").replace("|", " | ")
    pieces = raw.split()
    typing = bool(text) and not text[-1].isspace()
    tokens: list[_Token] = []
    for position, piece in enumerate(pieces):
        if piece in OR_OPERATORS:
            tokens.append(_Token(piece, False, True, False))
            continue
        negated = piece.startswith("-") and len(piece) > 1
        body = piece[1:] if negated else piece
        folded = words(body)
        for index, word in enumerate(folded):
            is_last = typing and position == len(pieces) - 1 and index == len(folded) - 1
            tokens.append(_Token(word, negated, False, is_last))
    return tokens


def parse(text: str | None) -> Query:
    """Parse typed text into a ``Query``.

    >>> q = parse("Permis OU code -payant form")
    >>> [[t.word for t in c] for c in q.clauses], [t.word for t in q.excluded]
    ([['permis', 'code'], ['form']], ['payant'])
    """
    if not text or not text.strip():
        return Query()
    clauses: list[list[Term]] = []
    optional: list[Term] = []
    excluded: list[Term] = []
    join_next = False
    for token in _tokens(text):
        if token.operator:
            join_next = bool(clauses)
            continue
        word = token.text
        term = Term(word=word, stemmed=stem(word), prefix=token.last)
        if token.negated:
            if word not in STOP_WORDS and (len(word) > 1 or word.isdigit()):
                excluded.append(term)
            join_next = False
            continue
        if token.last and (word in STOP_WORDS or is_stop_word_prefix(word)):
            # Still being typed and maybe a stop word: only required if nothing else is.
            if clauses and not join_next:
                optional.append(term)
                continue
        elif word in STOP_WORDS or (len(word) == 1 and not word.isdigit() and not token.last):
            continue
        if join_next:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    return Query(
        clauses=tuple(tuple(clause) for clause in clauses),
        optional=tuple(optional),
        excluded=tuple(excluded),
    )
