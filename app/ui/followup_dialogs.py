"""Follow-up records in the window: unlock, consent-first creation and editing, the list.

The window owns one ``VaultKeeper``: it holds the unlocked ``Vault`` and locks it after
inactivity (a ``QTimer`` asks the vault every 15 s). The menu "Suivis" calls
``show_followups(window, keeper)``, ``create_followup_for_visitor(window, keeper, besoins,
parcours)`` and ``keeper.lock()``. Nothing here keeps a decrypted record after its dialog
closes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.privacy.crypto import DEFAULT_TIMEOUT_MINUTES, Vault, vault_exists
from app.core.privacy.followup import FIELD_LABELS, FollowupData, FollowupView
from app.core.storage import Database
from app.ui.widgets import named

CHECK_INTERVAL_MS = 15_000


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a40000;")  # the text says it all; colour only underlines it
    label.setVisible(False)
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(f"⚠ {text}" if text else "")
    label.setVisible(bool(text))
    if text:
        label.setAccessibleName(text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# the vault ------------------------------------------------------------------------------


class VaultKeeper(QObject):
    """The window's unlocked vault, locked after ``timeout_minutes`` without use."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        timeout_minutes: float = DEFAULT_TIMEOUT_MINUTES,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.timeout_minutes = timeout_minutes
        self.vault: Vault | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_idle)

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None and not self.vault.is_expired()

    def set_vault(self, vault: Vault) -> None:
        self.vault = vault
        self.timer.start()
        self.unlocked.emit()

    def check_idle(self) -> None:
        if self.vault is not None and self.vault.lock_if_idle():
            self.lock()

    def lock(self) -> None:
        was_open = self.vault is not None
        if self.vault is not None:
            self.vault.lock()
        self.vault = None
        self.timer.stop()
        if was_open:
            self.locked.emit()

    def ensure_vault(self, parent: QWidget | None) -> Vault | None:
        """The unlocked vault, asking for the passphrase when needed (None if cancelled)."""
        if self.vault is not None and not self.vault.lock_if_idle():
            self.vault.touch()
            return self.vault
        self.lock()
        dialog = UnlockDialog(self.db, parent, timeout_minutes=self.timeout_minutes)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
            return None
        self.set_vault(dialog.vault)
        return self.vault


class UnlockDialog(QDialog):
    """Passphrase and the counsellor's initials; creates the passphrase the first time."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        timeout_minutes: float = DEFAULT_TIMEOUT_MINUTES,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.timeout_minutes = timeout_minutes
        self.vault: Vault | None = None
        with db.session() as session:
            self.creating = not vault_exists(session)
        self.setWindowTitle(
            "Choisir la phrase secrète" if self.creating else "Ouvrir les dossiers de suivi"
        )
        intro = QLabel(
            "Premier dossier de suivi : choisissez une phrase secrète (10 caractères au moins, "
            "plusieurs mots faciles à retenir). Elle n'est enregistrée nulle part : sans elle, "
            "les dossiers sont illisibles."
            if self.creating
            else "Les dossiers de suivi sont chiffrés. Saisissez la phrase secrète de l'équipe."
        )
        intro.setWordWrap(True)
        self.actor = named(
            QLineEdit(),
            "Vos initiales",
            "Vos initiales ou votre identifiant : ils figurent dans le journal des accès.",
        )
        self.actor.setMaxLength(32)
        self.passphrase = named(QLineEdit(), "Phrase secrète")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = named(QLineEdit(), "Confirmation de la phrase secrète")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow("&Vos initiales :", self.actor)
        form.addRow("&Phrase secrète :", self.passphrase)
        if self.creating:
            form.addRow("&Confirmez-la :", self.confirmation)
        else:
            self.confirmation.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            "&Créer la phrase secrète" if self.creating else "&Ouvrir les dossiers",
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if self.creating and passphrase != self.confirmation.text():
            _show_error(self.error, "Les deux phrases saisies sont différentes.")
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.transaction() as session:
                opener = Vault.create if self.creating else Vault.unlock
                self.vault = opener(
                    session, passphrase, self.actor.text(), timeout_minutes=self.timeout_minutes
                )
        except UserError as error:
            _show_error(self.error, str(error))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.confirmation.clear()
        self.passphrase.clear()
        self.accept()


# the form -------------------------------------------------------------------------------


class FollowupForm(QDialog):
    """Create (consent first: nothing can be saved before the box is ticked) or edit."""

    def __init__(
        self,
        db: Database,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        view: FollowupView | None = None,
        besoins: Iterable[str] = (),
        parcours: dict[str, Any] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        from app.core.privacy.export import need_label

        self.db = db
        self.vault = vault
        self.view = view
        self.today = today or date.today()
        self.record_id: str | None = view.id if view else None
        data = view.data if view else FollowupData(besoins=list(besoins), parcours=parcours)
        self.parcours = data.parcours
        self._codes = {need_label(code): code for code in data.besoins}
        self.setWindowTitle("Modifier le dossier de suivi" if view else "Nouveau dossier de suivi")

        self.consent = named(
            QCheckBox("La personne a donné son accord le"),
            "La personne a donné son accord",
            "Sans accord, rien n'est enregistré : la visite reste anonyme.",
        )
        self.consent_date = named(QDateEdit(), "Date de l'accord")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd/MM/yyyy")
        self.consent_date.setMaximumDate(_qdate(self.today))
        self.consent_date.setDate(_qdate(view.consent_date if view else self.today))
        self.consent_date.setEnabled(False)
        self.consent.toggled.connect(self._consent_changed)

        self.fields: dict[str, QLineEdit] = {}
        for name in ("nom", "prenom", "telephone", "courriel"):
            edit = named(QLineEdit(getattr(data, name)), FIELD_LABELS[name])
            self.fields[name] = edit
        self.fields["courriel"].setPlaceholderText("prenom.nom@exemple.fr")
        self.besoins = named(
            QPlainTextEdit("\n".join(need_label(b) for b in data.besoins)),
            "Besoins",
            "Un besoin par ligne. Santé ou handicap : notez le besoin "
            "(« poste adapté »), jamais un diagnostic.",
        )
        self.besoins.setPlaceholderText("Un besoin par ligne, par exemple « poste adapté »")
        self.notes = named(
            QPlainTextEdit(data.notes), "Notes", "Ce qui sert l'accompagnement, rien de plus."
        )
        self.last_contact = named(QDateEdit(), "Date du dernier contact")
        self.last_contact.setCalendarPopup(True)
        self.last_contact.setDisplayFormat("dd/MM/yyyy")
        self.last_contact.setMaximumDate(_qdate(self.today))
        self.last_contact.setDate(_qdate(view.last_contact if view else self.today))
        self.errors = {name: _error_label() for name in FIELD_LABELS}
        self.general_error = _error_label()

        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent)
        consent_row.addWidget(self.consent_date)
        consent_row.addStretch()
        form = QFormLayout()
        labels = {
            "nom": "&Nom :",
            "prenom": "&Prénom :",
            "telephone": "&Téléphone :",
            "courriel": "&Courriel :",
        }
        for name, edit in self.fields.items():
            form.addRow(labels[name], self._with_error(edit, name))
        form.addRow("&Besoins :", self._with_error(self.besoins, "besoins"))
        form.addRow("N&otes :", self._with_error(self.notes, "notes"))
        form.addRow("&Dernier contact :", self.last_contact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            "&Enregistrer le dossier", QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(
            self.save_button,
            "Enregistrer le dossier",
            "Possible seulement quand l'accord de la personne est coché.",
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(consent_row)
        retention = QLabel(
            "Le dossier est chiffré et effacé 24 mois après le dernier contact. "
            "La personne peut en demander une copie ou l'effacement à tout moment."
        )
        retention.setWordWrap(True)
        layout.addWidget(retention)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        if view is not None:  # consent was recorded with the record: shown, not editable
            self.consent.setChecked(True)
            self.consent.setEnabled(False)
            self.consent_date.setEnabled(False)
        self._consent_changed(self.consent.isChecked())

    def _with_error(self, editor: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        column.addWidget(self.errors[name])
        return box

    def _consent_changed(self, checked: bool) -> None:
        if self.view is None:
            self.consent_date.setEnabled(checked)
        self.save_button.setEnabled(checked)

    def data(self) -> FollowupData:
        lines = [line.strip() for line in self.besoins.toPlainText().splitlines() if line.strip()]
        return FollowupData(
            nom=self.fields["nom"].text().strip(),
            prenom=self.fields["prenom"].text().strip(),
            telephone=self.fields["telephone"].text().strip(),
            courriel=self.fields["courriel"].text().strip(),
            besoins=[self._codes.get(line, line) for line in lines],
            parcours=self.parcours,
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        from app.core.privacy.followup import create_followup, update_followup

        if not self.consent.isChecked():
            self.save_button.setEnabled(False)
            return
        try:
            data = FollowupData.from_dict(self.data().to_dict(), validate=False)
        except UserError as error:
            _show_error(self.general_error, str(error))
            return
        problems = data.field_errors()
        for name, label in self.errors.items():
            _show_error(label, problems.get(name, ""))
        if problems:
            return
        _show_error(self.general_error, "")
        try:
            with self.db.transaction() as session:
                if self.view is None:
                    self.record_id = create_followup(
                        session,
                        self.vault,
                        data,
                        consent_date=_pydate(self.consent_date.date()),
                        last_contact=_pydate(self.last_contact.date()),
                        today=self.today,
                    )
                else:
                    update_followup(
                        session,
                        self.vault,
                        self.view.id,
                        data,
                        last_contact=_pydate(self.last_contact.date()),
                        today=self.today,
                    )
        except UserError as error:
            _show_error(self.general_error, str(error))
            return
        self.accept()


# the list -------------------------------------------------------------------------------


class FollowupListDialog(QDialog):
    """The records (name, last contact, erasure date) with open, export and erase."""

    COLUMNS = ("Nom", "Prénom", "Dernier contact", "Effacé après le")

    def __init__(self, db: Database, keeper: VaultKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.keeper = keeper
        self.ids: list[str] = []
        self.setWindowTitle("Dossiers de suivi")
        self.resize(720, 420)
        self.table = named(QTableWidget(0, len(self.COLUMNS)), "Dossiers de suivi")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, handler in (
            ("new", "&Nouveau dossier…", self.create),
            ("open", "&Ouvrir…", self.open_selected),
            ("export", "E&xporter…", self.export_selected),
            ("erase", "&Effacer…", self.erase_selected),
            ("lock", "&Verrouiller", self.lock_and_close),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            self.buttons[key] = button
            row.addWidget(button)
        close = QPushButton("&Fermer")
        close.clicked.connect(self.accept)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        keeper.locked.connect(self._locked)
        self.refresh()

    def _vault(self) -> Vault | None:
        return self.keeper.ensure_vault(self)

    def refresh(self) -> None:
        from app.core.privacy.followup import list_followups
        from app.core.privacy.retention import expiry_date

        vault = self._vault()
        if vault is None:
            self.table.setRowCount(0)
            self.ids = []
            self._selection_changed()
            return
        with self.db.session() as session:
            records = list_followups(session, vault)
        self.ids = [record.id for record in records]
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = (
                record.nom,
                record.prenom,
                record.last_contact.strftime("%d/%m/%Y"),
                expiry_date(record.last_contact).strftime("%d/%m/%Y"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(f"{len(records)} dossier(s).")
        self._selection_changed()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows else None

    def select(self, record_id: str) -> None:
        if record_id in self.ids:
            self.table.selectRow(self.ids.index(record_id))

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        for key in ("open", "export", "erase"):
            self.buttons[key].setEnabled(chosen)

    def _locked(self) -> None:
        self.table.setRowCount(0)
        self.ids = []
        self.status.setText("Dossiers verrouillés après inactivité.")
        self._selection_changed()

    def create(self) -> None:
        vault = self._vault()
        if vault is None:
            return
        form = FollowupForm(self.db, vault, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select(form.record_id or "")

    def open_selected(self) -> None:
        from app.core.privacy.followup import open_followup

        record_id, vault = self.selected_id(), self._vault()
        if record_id is None or vault is None:
            return
        try:
            with self.db.transaction() as session:
                view = open_followup(session, vault, record_id)
        except UserError as error:
            QMessageBox.warning(self, "Dossier illisible", str(error))
            return
        if FollowupForm(self.db, vault, self, view=view).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select(record_id)

    def export_selected(self, path: str | None = None) -> None:
        from app.core.privacy.export import export_followup

        record_id, vault = self.selected_id(), self._vault()
        if record_id is None or vault is None:
            return
        if not path:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                "Exporter le dossier pour la personne",
                f"dossier-{record_id}.pdf",
                "Document PDF (*.pdf);;Données JSON (*.json)",
            )
            if not path:
                return
            if not path.lower().endswith((".pdf", ".json")):
                path += ".json" if "json" in chosen.lower() else ".pdf"
        try:
            with self.db.transaction() as session:
                written = export_followup(session, vault, record_id, path)
        except UserError as error:
            QMessageBox.warning(self, "Export impossible", str(error))
            return
        self.status.setText(f"Dossier exporté dans « {written} ».")

    def erase_selected(self, confirmed: bool = False) -> None:
        from app.core.maintenance import checkpoint
        from app.core.privacy.followup import erase_followup

        record_id, vault = self.selected_id(), self._vault()
        if record_id is None or vault is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                "Effacer le dossier",
                "Effacer définitivement ce dossier ? Seule une trace sans donnée personnelle "
                "restera dans le journal des accès.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        with self.db.transaction() as session:
            erase_followup(session, vault, record_id)
        checkpoint(self.db)
        self.refresh()
        self.status.setText("Dossier effacé.")

    def lock_and_close(self) -> None:
        self.keeper.lock()
        self.accept()


# what the window calls ------------------------------------------------------------------


def show_followups(parent: QWidget | None, keeper: VaultKeeper) -> FollowupListDialog | None:
    """Menu "Suivis › Dossiers de suivi…": unlock, then the list (modal)."""
    if keeper.ensure_vault(parent) is None:
        return None
    dialog = FollowupListDialog(keeper.db, keeper, parent)
    dialog.exec()
    return dialog


def create_followup_for_visitor(
    parent: QWidget | None,
    keeper: VaultKeeper,
    besoins: Iterable[str] = (),
    parcours: dict[str, Any] | None = None,
) -> str | None:
    """Menu "Suivis › Créer un dossier pour ce visiteur…": the form, filled with the visitor's
    needs and pathway; returns the new record's id, or None when nothing was saved."""
    vault = keeper.ensure_vault(parent)
    if vault is None:
        return None
    form = FollowupForm(keeper.db, vault, parent, besoins=besoins, parcours=parcours)
    if form.exec() != QDialog.DialogCode.Accepted:
        return None
    return form.record_id
