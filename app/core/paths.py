"""Where the application's own files are: resources, reference data, fonts, migrations."""

from __future__ import annotations

from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parents[2]
RESOURCES_DIR = ROOT_DIR / "resources"
REFERENCE_DIR = RESOURCES_DIR / "reference"
FONTS_DIR = RESOURCES_DIR / "fonts"
DB_DIR = ROOT_DIR / "db"
MIGRATIONS_DIR = DB_DIR / "migrations"
SAMPLE_DIR = DB_DIR / "sample"
