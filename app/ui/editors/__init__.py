"""Catalogue editing forms: fields validated as the counsellor types (rules in
``app.core.desk.editing``), a message next to each wrong field, nothing saved while wrong."""
