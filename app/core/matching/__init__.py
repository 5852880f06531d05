"""Matching a visitor's profile with the catalogue: rules, not learning.

- ``profile``: the profile JSON contract (``Profile``, ``parse_profile``, ``profile_to_dict``);
- ``derive``: ages and situations read from data·inclusion services' publics and text;
- ``cache``: per-service derived values, kept by record id;
- ``context``: what the criteria need from a profile, worked out once per match;
- ``criteria``: one function per criterion, each explaining itself in French;
- ``phrases``: the French words the sentences are made of;
- ``scoring``: ``WEIGHTS`` of the soft criteria and the score;
- ``engine``: ``match_profile``.

The rules, their sentences and their weights are explained for counsellors in
docs/matching.md.
"""

from app.core.matching.columns import warm
from app.core.matching.engine import evaluate, explain, match_profile
from app.core.matching.profile import Mobility, Profile, parse_profile, profile_to_dict
from app.core.matching.results import Criterion, Match, MatchResult, Status
from app.core.matching.scoring import WEIGHTS

__all__ = [
    "WEIGHTS",
    "Criterion",
    "Match",
    "MatchResult",
    "Mobility",
    "Profile",
    "Status",
    "evaluate",
    "explain",
    "match_profile",
    "parse_profile",
    "profile_to_dict",
    "warm",
]
