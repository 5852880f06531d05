"""Privacy: anonymous visit records, encrypted follow-up records, audit log, vault parameters.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("commune", sa.String(), nullable=True),
        sa.Column("age_band", sa.String(), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("match_count", sa.Integer(), nullable=False),
        sa.Column("unmet_needs", sa.JSON(), nullable=False),
    )
    op.create_index("ix_visit_record_day", "visit_record", ["day"])
    op.create_table(
        "followup_record",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("consent_date", sa.Date(), nullable=False),
        sa.Column("last_contact", sa.Date(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_followup_record_last_contact", "followup_record", ["last_contact"])
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=True),
    )
    op.create_index("ix_audit_event_at", "audit_event", ["at"])
    op.create_index("ix_audit_event_record_id", "audit_event", ["record_id"])
    op.create_table(
        "vault_meta",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kdf", sa.String(), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("verifier", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("vault_meta")
    op.drop_index("ix_audit_event_record_id", table_name="audit_event")
    op.drop_index("ix_audit_event_at", table_name="audit_event")
    op.drop_table("audit_event")
    op.drop_index("ix_followup_record_last_contact", table_name="followup_record")
    op.drop_table("followup_record")
    op.drop_index("ix_visit_record_day", table_name="visit_record")
    op.drop_table("visit_record")
