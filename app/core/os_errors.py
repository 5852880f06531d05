"""French words for the file-system errors a user meets (the OS gives them in English)."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "dossier ou fichier introuvable",
    errno.EACCES: "droits insuffisants",
    errno.EPERM: "droits insuffisants",
    errno.ENOSPC: "plus de place sur le disque",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.EROFS: "support en lecture seule",
    errno.EEXIST: "le fichier existe déjà",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EIO: "erreur de lecture ou d'écriture du support",
}


def describe(exc: OSError) -> str:
    """A short French reason for ``exc`` ("droits insuffisants"…)."""
    return _REASONS.get(exc.errno or -1, "erreur du système de fichiers")
