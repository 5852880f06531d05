"""Catalogue editing: create, edit and archive services and structures.

Reads and saves run on the database worker; after a save the search index gets the fresh
records (``CatalogueIndex.upsert_many``) and ``catalogue_changed`` refreshes the views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.core import catalogue
from app.core.desk import editing
from app.core.errors import UserError
from app.ui.editors.dialogs import EditorDialog, service_dialog, structure_dialog
from app.ui.services import DeskServices


class CatalogueController(QObject):
    def __init__(
        self, services: DeskServices, window: QMainWindow, current_service: Callable[[], str | None]
    ) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.current_service = current_service
        self.dialog: EditorDialog | None = None

    # ---------------------------------------------------------------- helpers

    def _message(self, text: str, timeout: int = 6000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _error(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, UserError) else "L'opération n'a pas abouti."
        QMessageBox.warning(self.window, "Catalogue", text)

    def _need_service(self) -> str | None:
        service_id = self.current_service()
        if service_id is None:
            QMessageBox.information(
                self.window, "Catalogue", "Choisissez d'abord un service dans une liste."
            )
        return service_id

    def _reindex(self, session: Any, service_ids: list[str]) -> None:
        index = self.services.index
        if index is not None and service_ids:
            index.upsert_many(editing.records_for(session, service_ids))

    def _saved(self, dialog: EditorDialog, text: str) -> Callable[[list[str]], None]:
        def done(service_ids: list[str]) -> None:
            dialog.accept()
            self.dialog = None
            self._message(text)
            self.services.catalogue_changed.emit(service_ids)

        return done

    def _open(
        self, dialog: EditorDialog, save: Callable[[dict[str, Any]], list[str]], text: str
    ) -> None:
        self.dialog = dialog

        def requested(values: dict[str, Any]) -> None:
            self.services.tasks.submit(
                save,
                values,
                on_done=self._saved(dialog, text),
                on_error=lambda e: dialog.save_failed(
                    str(e) if isinstance(e, UserError) else "L'enregistrement n'a pas abouti."
                ),
            )

        dialog.save_requested.connect(requested)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    # ---------------------------------------------------------------- services

    def new_service(self) -> None:
        self._edit_service(None)

    def edit_service(self) -> None:
        service_id = self._need_service()
        if service_id is not None:
            self._edit_service(service_id)

    def _edit_service(self, service_id: str | None) -> None:
        db = self.services.db

        def load() -> tuple[dict[str, Any], dict[str, str]]:
            with db.session() as session:
                service = catalogue.get_service(session, service_id) if service_id else None
                if service_id and service is None:
                    raise UserError("Ce service n'existe plus dans le catalogue.")
                values = editing.form_values(editing.SERVICE_FIELDS, service)
                keep = service.structure_id if service is not None else None
                return values, editing.structure_choices(session, keep)

        def save(values: dict[str, Any]) -> list[str]:
            with db.transaction() as session:
                saved = editing.save_service(session, values, service_id)
                self._reindex(session, [saved.id])
                return [saved.id]

        def show(loaded: tuple[dict[str, Any], dict[str, str]]) -> None:
            values, structures = loaded
            if not structures:
                QMessageBox.information(
                    self.window,
                    "Nouveau service",
                    "Créez d'abord la structure qui propose ce service.",
                )
                return
            dialog = service_dialog(values, structures, new=service_id is None, parent=self.window)
            self._open(dialog, save, "Service enregistré.")

        self.services.tasks.submit(load, on_done=show, on_error=self._error)

    def archive_service(self, archived: bool = True) -> None:
        service_id = self._need_service()
        if service_id is None:
            return
        record = self.services.index.get(service_id) if self.services.index else None
        name = record.nom if record is not None else service_id
        if record is not None and record.archived == archived:
            self._message(
                "Ce service est déjà archivé." if archived else "Ce service n'est pas archivé."
            )
            return
        if archived:
            answer = QMessageBox.question(
                self.window,
                "Archiver le service",
                f"Archiver « {name} » ?\n\nIl ne sera plus proposé dans les recherches ni les "
                "correspondances. Rien n'est effacé : vous pourrez le rétablir (filtre « Inclure "
                "les fiches archivées », puis Catalogue › Rétablir).",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db = self.services.db

        def work() -> list[str]:
            with db.transaction() as session:
                editing.archive_service(session, service_id, archived)
                self._reindex(session, [service_id])
            return [service_id]

        def done(ids: list[str]) -> None:
            self._message(f"« {name} » archivé." if archived else f"« {name} » rétabli.")
            self.services.catalogue_changed.emit(ids)

        self.services.tasks.submit(work, on_done=done, on_error=self._error)

    # ---------------------------------------------------------------- structures

    def _structure_of_current(self) -> str | None:
        service_id = self._need_service()
        if service_id is None:
            return None
        record = self.services.index.get(service_id) if self.services.index else None
        return record.structure_id if record is not None else None

    def new_structure(self) -> None:
        self._edit_structure(None)

    def edit_structure(self) -> None:
        structure_id = self._structure_of_current()
        if structure_id is not None:
            self._edit_structure(structure_id)

    def _edit_structure(self, structure_id: str | None) -> None:
        db = self.services.db

        def load() -> dict[str, Any]:
            with db.session() as session:
                structure = catalogue.get_structure(session, structure_id) if structure_id else None
                if structure_id and structure is None:
                    raise UserError("Cette structure n'existe plus dans le catalogue.")
                return editing.form_values(editing.STRUCTURE_FIELDS, structure)

        def save(values: dict[str, Any]) -> list[str]:
            with db.transaction() as session:
                saved = editing.save_structure(session, values, structure_id)
                ids = editing.structure_service_ids(session, saved.id)
                self._reindex(session, ids)
                return ids

        def show(values: dict[str, Any]) -> None:
            dialog = structure_dialog(values, new=structure_id is None, parent=self.window)
            self._open(dialog, save, "Structure enregistrée.")

        self.services.tasks.submit(load, on_done=show, on_error=self._error)

    def archive_structure(self) -> None:
        structure_id = self._structure_of_current()
        if structure_id is None:
            return
        record = (
            self.services.index.get(self.current_service() or "") if self.services.index else None
        )
        name = record.structure_nom if record is not None else structure_id
        answer = QMessageBox.question(
            self.window,
            "Archiver la structure",
            f"Archiver « {name} » et tous ses services ?\n\nIls ne seront plus proposés. Rien "
            "n'est effacé.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.services.db

        def work() -> list[str]:
            with db.transaction() as session:
                ids = editing.archive_structure(session, structure_id)
                self._reindex(session, ids)
            return ids

        def done(ids: list[str]) -> None:
            self._message(f"« {name} » et ses {len(ids)} services archivés.")
            self.services.catalogue_changed.emit(ids)

        self.services.tasks.submit(work, on_done=done, on_error=self._error)
