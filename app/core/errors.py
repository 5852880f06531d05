"""Errors a user can cause. Their message is French and shown as is."""

from __future__ import annotations


class UserError(Exception):
    """A mistake of the user (bad file, bad value): shown in French, nothing changed."""
