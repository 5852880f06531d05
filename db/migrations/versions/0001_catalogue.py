"""Catalogue: structures and services (data·inclusion v1 fields and our extensions).

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _place_columns() -> list[sa.Column]:
    return [
        sa.Column("adresse", sa.String(), nullable=True),
        sa.Column("complement_adresse", sa.String(), nullable=True),
        sa.Column("code_postal", sa.String(), nullable=True),
        sa.Column("commune", sa.String(), nullable=True),
        sa.Column("code_insee", sa.String(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
    ]


def _verification_columns() -> list[sa.Column]:
    return [
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("verified_by", sa.String(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "structure",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("nom", sa.String(), nullable=False),
        sa.Column("date_maj", sa.Date(), nullable=False),
        sa.Column("siret", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("lien_source", sa.String(), nullable=True),
        sa.Column("site_web", sa.String(), nullable=True),
        sa.Column("telephone", sa.String(), nullable=True),
        sa.Column("courriel", sa.String(), nullable=True),
        sa.Column("horaires_accueil", sa.String(), nullable=True),
        sa.Column("accessibilite_lieu", sa.String(), nullable=True),
        sa.Column("reseaux_porteurs", sa.JSON(), nullable=True),
        *_place_columns(),
        *_verification_columns(),
    )
    op.create_index("ix_structure_source", "structure", ["source"])
    op.create_index("ix_structure_code_insee", "structure", ["code_insee"])
    op.create_table(
        "service",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("structure_id", sa.String(), sa.ForeignKey("structure.id"), nullable=False),
        sa.Column("nom", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("date_maj", sa.Date(), nullable=False),
        sa.Column("type", sa.String(), nullable=True),
        sa.Column("thematiques", sa.JSON(), nullable=True),
        sa.Column("frais", sa.String(), nullable=True),
        sa.Column("frais_precisions", sa.String(), nullable=True),
        sa.Column("publics", sa.JSON(), nullable=True),
        sa.Column("publics_precisions", sa.String(), nullable=True),
        sa.Column("conditions_acces", sa.String(), nullable=True),
        sa.Column("zone_eligibilite", sa.JSON(), nullable=True),
        sa.Column("modes_accueil", sa.JSON(), nullable=True),
        sa.Column("modes_mobilisation", sa.JSON(), nullable=True),
        sa.Column("mobilisable_par", sa.JSON(), nullable=True),
        sa.Column("mobilisation_precisions", sa.String(), nullable=True),
        sa.Column("lien_mobilisation", sa.String(), nullable=True),
        sa.Column("lien_source", sa.String(), nullable=True),
        sa.Column("horaires_accueil", sa.String(), nullable=True),
        sa.Column("volume_horaire_hebdomadaire", sa.Float(), nullable=True),
        sa.Column("nombre_semaines", sa.Integer(), nullable=True),
        sa.Column("telephone", sa.String(), nullable=True),
        sa.Column("courriel", sa.String(), nullable=True),
        sa.Column("contact_nom_prenom", sa.String(), nullable=True),
        *_place_columns(),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("required_situations", sa.JSON(), nullable=True),
        sa.Column("diploma_max", sa.String(), nullable=True),
        sa.Column("prerequisites", sa.JSON(), nullable=True),
        sa.Column("documents", sa.JSON(), nullable=True),
        sa.Column("sessions", sa.JSON(), nullable=True),
        sa.Column("arrival_phrase", sa.String(), nullable=True),
        *_verification_columns(),
    )
    op.create_index("ix_service_source", "service", ["source"])
    op.create_index("ix_service_structure_id", "service", ["structure_id"])
    op.create_index("ix_service_code_insee", "service", ["code_insee"])
