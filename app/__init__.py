"""Passerelle — the desktop application of the Maison des compétences of Nîmes Métropole."""

__version__ = "0.1.0"
