"""Privacy by design: anonymous visit records, encrypted follow-up records with consent,
an audit log without personal data, and the retention rule (24 months after last contact).

Modules: ``tables`` (SQLModel tables), ``visits`` (anonymous statistics), ``crypto``
(the vault: key derivation and encryption), ``followup`` (records with consent),
``audit`` (who did what to which record), ``retention`` (purge), ``export`` (JSON/PDF
copy for an access request). This package never imports Qt.
"""
