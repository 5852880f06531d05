"""The benchmark of search and matching at national scale (``passerelle bench``).

- ``synthetic``: a catalogue of N services with French text, spread over France;
- ``queries``: the typed queries and visitor profiles it replays (defaults in ``data/``);
- ``baseline``: the naive SQLite FTS5 search it is compared with;
- ``runner``: the measures and the lines it prints.
"""
