"""Search the catalogue: typed text, filters and geography, as the counsellor types.

- ``query``: the typed text parsed into a tree (AND of OR clauses, excluded words);
- ``analysis``: French folding, light stemming, stop words, typo variants;
- ``segment``: the inverted index laid out for prefix search;
- ``documents``: records turned into weighted terms and filter columns;
- ``index``: ``CatalogueIndex`` (build, search, upsert, remove);
- ``filters``: ``SearchFilters`` and the check of their codes;
- ``geography``: distances and eligibility zones;
- ``ranking``: field weights and match factors.
"""

from app.core.search.filters import SearchFilters
from app.core.search.geography import distance_from, in_zone
from app.core.search.index import CatalogueIndex
from app.core.search.results import SearchHit, SearchResult

__all__ = [
    "CatalogueIndex",
    "SearchFilters",
    "SearchHit",
    "SearchResult",
    "distance_from",
    "in_zone",
]
