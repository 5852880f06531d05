"""A form built from the core's field specifications, checked as the counsellor types.

Each field gets the widget its kind calls for and a message line under it. The core says
what is wrong (``check_form``); a field's message shows once the field was touched (or
after a save attempt), and ``valid`` is False while any problem remains.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.desk import editing
from app.core.desk.editing import FieldSpec
from app.core.hours import describe_hours
from app.ui.editors.sessions import SessionsEditor
from app.ui.widgets import CheckList, CommuneField, ThemeTree, named

_PLACEHOLDERS = {
    editing.DATE: "jj/mm/aaaa",
    editing.HOURS: "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
    editing.ZONE: "Codes séparés par des virgules : 30189, 243000643 (Nîmes Métropole), 30",
    editing.PHONE: "04 66 00 00 00",
    editing.URL: "https://…",
    editing.INT: "par exemple 16",
    editing.POSTAL: "30000",
}
_NAMED_PLACEHOLDERS = {
    "volume_horaire_hebdomadaire": "par exemple 35 ou 17,5",
    "nombre_semaines": "par exemple 12",
    "latitude": "par exemple 43,8367",
    "longitude": "par exemple 4,3601",
    "courriel": "accueil@exemple.fr",
    "contact_nom_prenom": "Prénom Nom",
}


class EditorForm(QWidget):
    validity_changed = Signal(bool)

    def __init__(
        self,
        fields: Mapping[str, FieldSpec],
        groups: Sequence[tuple[str, Sequence[str]]],
        choices: Mapping[str, Mapping[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        self._choices = dict(choices or {})
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self.show_all = False
        self.problems: dict[str, str] = {}
        layout = QVBoxLayout(self)
        for title, names in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in names:
                spec = fields[name]
                widget = self._widget(spec)
                self.widgets[name] = widget
                label = QLabel(f"{spec.label}{' *' if spec.required else ''} :")
                label.setBuddy(widget)
                label.setWordWrap(True)
                named(widget, spec.label)
                message = QLabel("")
                message.setWordWrap(True)
                message.setAccessibleName(f"Erreur : {spec.label}")
                message.hide()
                self.messages[name] = message
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(widget)
                if spec.kind == editing.HOURS:
                    preview = QLabel("")
                    preview.setWordWrap(True)
                    preview.setAccessibleName("Horaires en clair")
                    column.addWidget(preview)
                    widget.textChanged.connect(  # type: ignore[attr-defined]
                        lambda text, p=preview: p.setText(
                            describe_hours(text) if text.strip() else ""
                        )
                    )
                column.addWidget(message)
                form.addRow(label, column)
            layout.addWidget(box)
        layout.addWidget(QLabel("* champ obligatoire"))
        layout.addStretch(1)

    # ------------------------------------------------------------------ widgets

    def _widget(self, spec: FieldSpec) -> QWidget:
        kind = spec.kind
        name = spec.name
        if name in self._choices or kind == editing.CODE:
            combo = QComboBox()
            combo.addItem("— non précisé —", "")
            source = self._choices.get(name) or editing.vocabulary_codes(spec.vocabulary or "")
            for code, text in source.items():
                combo.addItem(text, code)
            combo.currentIndexChanged.connect(lambda _i, n=name: self._changed(n))
            return combo
        if kind == editing.CODES:
            if spec.vocabulary == "thematiques":
                tree = ThemeTree(spec.label)
                tree.changed.connect(lambda n=name: self._changed(n))
                return tree
            check = CheckList(editing.vocabulary_codes(spec.vocabulary or ""), spec.label)
            check.changed.connect(lambda n=name: self._changed(n))
            return check
        if kind == editing.SESSIONS:
            sessions = SessionsEditor(spec.label)
            sessions.changed.connect(lambda n=name: self._changed(n))
            return sessions
        if kind in (editing.LONG_TEXT, editing.LINES):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90 if kind == editing.LONG_TEXT else 70)
            if kind == editing.LINES:
                text.setPlaceholderText("Un document par ligne")
            text.textChanged.connect(lambda n=name: self._changed(n))
            return text
        if kind == editing.INSEE:
            field = CommuneField(spec.label)
            field.textChanged.connect(lambda _t, n=name: self._changed(n))
            return field
        line = QLineEdit()
        placeholder = _NAMED_PLACEHOLDERS.get(name) or _PLACEHOLDERS.get(kind)
        if placeholder:
            line.setPlaceholderText(placeholder)
        if spec.max_length:
            line.setMaxLength(spec.max_length + 50)  # let them type, then say it is too long
        line.textChanged.connect(lambda _t, n=name: self._changed(n))
        return line

    # ------------------------------------------------------------------ values

    def value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        if isinstance(widget, ThemeTree | CheckList):
            return widget.codes()
        if isinstance(widget, SessionsEditor):
            return widget.sessions()
        if isinstance(widget, CommuneField):
            return widget.code() or widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        raise AssertionError(name)

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.widgets}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, widget in self.widgets.items():
            value = values.get(name)
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value or "")))
            elif isinstance(widget, ThemeTree | CheckList):
                widget.set_codes(value or [])
            elif isinstance(widget, SessionsEditor):
                widget.set_sessions(value or [])
            elif isinstance(widget, CommuneField):
                widget.blockSignals(False)
                widget.set_code(value or None)
                if value and widget.code() is None:
                    widget.setText(str(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            widget.blockSignals(False)
        self._touched.clear()
        self.validate()

    def set_value(self, name: str, value: Any) -> None:
        """Change one field as if typed (tests, programmatic fills)."""
        self.set_values_partial({name: value})

    def set_values_partial(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            widget = self.widgets[name]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value or "")))
            elif isinstance(widget, ThemeTree | CheckList):
                widget.set_codes(value or [])
            elif isinstance(widget, SessionsEditor):
                widget.set_sessions(value or [])
            elif isinstance(widget, CommuneField):
                widget.setText(str(value or ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            else:
                widget.setText(str(value or ""))  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ checks

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def validate(self) -> bool:
        self.problems = editing.check_form(self.fields, self.values())
        for name, label in self.messages.items():
            message = self.problems.get(name)
            if message and (self.show_all or name in self._touched):
                label.setText(f"⚠ {message}")
                label.show()
            else:
                label.hide()
        valid = not self.problems
        self.validity_changed.emit(valid)
        return valid

    def reveal_all(self) -> QWidget | None:
        """After a save attempt: show every problem, focus the first wrong field and
        return it (so that the dialog scrolls to it)."""
        self.show_all = True
        self.validate()
        for name in self.widgets:
            if name in self.problems:
                self.widgets[name].setFocus(Qt.FocusReason.OtherFocusReason)
                return self.widgets[name]
        return None
