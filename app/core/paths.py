"""Locations of the files shipped with Passerelle, relative to the source tree.

The single place where these paths are computed: other modules import the constants.
"""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
RESOURCES_DIR = REPO_ROOT / "resources"
REFERENCE_DIR = RESOURCES_DIR / "reference"
FONTS_DIR = RESOURCES_DIR / "fonts"
DB_DIR = REPO_ROOT / "db"
MIGRATIONS_DIR = DB_DIR / "migrations"
SAMPLE_DIR = DB_DIR / "sample"
