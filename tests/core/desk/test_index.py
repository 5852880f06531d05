from __future__ import annotations

from app.core.desk.index import load_index
from app.core.sample import load_sample_catalogue


def test_the_desk_index_holds_the_catalogue_ready_for_matching(db):
    from app.core.matching import match_profile, parse_profile

    load_sample_catalogue(db)
    index = load_index(db)
    assert len(index) == 169
    profile = parse_profile(
        {"age": 19, "commune": "30189", "besoins": ["mobilite--preparer-un-permis"]}
    )
    result = match_profile(index, profile, with_excluded=True)
    assert result.matches and all(m.eligible for m in result.matches)
