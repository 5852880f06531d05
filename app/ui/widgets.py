"""Small widgets and helpers shared by the views: accessible names, buddies, check lists,
the themes tree and the commune field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.core.reference import communes as communes_ref
from app.core.reference import vocabularies as vocab


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control its accessible name (and description) for screen readers."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (&) focuses ``buddy``; the buddy takes its accessible name."""
    label = QLabel(text)
    label.setBuddy(buddy)
    if not buddy.accessibleName():
        buddy.setAccessibleName(text.replace("&", "").rstrip(" :"))
    return label


def heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(text)
    return label


class CheckList(QListWidget):
    """A list of codes with check boxes; ``changed`` when a box is ticked or unticked."""

    changed = Signal()

    def __init__(
        self, choices: Mapping[str, str], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, name)
        for code, text in choices.items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._rows = min(len(choices), 10)
        self._fit()

    def _fit(self) -> None:
        """Tall enough to show every choice (up to ten) without a scroll bar."""
        content = self.contentsSize().height()
        if content <= 0 or self._rows < self.count():
            content = sum(self.sizeHintForRow(row) for row in range(self._rows))
        height = content + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def codes(self) -> list[str]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Space ticks the current item, as in a list of check boxes."""
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class ThemeTree(QTreeWidget):
    """The data·inclusion thématiques as a tree by category, with check boxes.

    ``codes()`` gives a category code when the whole category is ticked, else the ticked
    thématiques."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, "Cochez une catégorie entière ou des thématiques précises.")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        for category, themes in vocab.thematiques_by_category().items():
            top = QTreeWidgetItem([vocab.category_label(category)])
            top.setData(0, Qt.ItemDataRole.UserRole, category)
            top.setFlags(
                top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            top.setCheckState(0, Qt.CheckState.Unchecked)
            for code in themes:
                child = QTreeWidgetItem([vocab.thematique_label(code)])
                child.setData(0, Qt.ItemDataRole.UserRole, code)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
            self.addTopLevelItem(top)
        self.itemChanged.connect(lambda _item, _column: self.changed.emit())
        self.setMinimumHeight(160)

    def _items(self) -> Iterable[QTreeWidgetItem]:
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            yield top
            for child_index in range(top.childCount()):
                yield top.child(child_index)

    def codes(self) -> list[str]:
        result: list[str] = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            state = top.checkState(0)
            if state == Qt.CheckState.Checked:
                result.append(top.data(0, Qt.ItemDataRole.UserRole))
            elif state == Qt.CheckState.PartiallyChecked:
                for child_index in range(top.childCount()):
                    child = top.child(child_index)
                    if child.checkState(0) == Qt.CheckState.Checked:
                        result.append(child.data(0, Qt.ItemDataRole.UserRole))
        return result

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            whole = top.data(0, Qt.ItemDataRole.UserRole) in wanted
            for child_index in range(top.childCount()):
                child = top.child(child_index)
                checked = whole or child.data(0, Qt.ItemDataRole.UserRole) in wanted
                child.setCheckState(
                    0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )
            if top.childCount() == 0:
                top.setCheckState(0, Qt.CheckState.Checked if whole else Qt.CheckState.Unchecked)
            # show the precise themes ticked in a category
            top.setExpanded(top.checkState(0) == Qt.CheckState.PartiallyChecked)
        self.blockSignals(False)
        self.changed.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


def commune_text(item: communes_ref.Commune) -> str:
    postal = ", ".join(item.codes_postaux[:3])
    return f"{item.nom} ({postal})" if postal else f"{item.nom} ({item.code})"


class CommuneField(QLineEdit):
    """A commune typed by name or postal code, completed over the Gard's communes.

    ``code()`` is the INSEE code of the commune written, or None (empty or not found);
    ``commune_changed`` fires when that code changes."""

    commune_changed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, "Tapez le nom de la commune ou son code postal, puis choisissez.")
        self.setPlaceholderText("Nom ou code postal")
        self.setClearButtonEnabled(True)
        self._choices: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._chosen)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._changed)
        self._code: str | None = None

    def _typed(self, text: str) -> None:
        found = communes_ref.search_communes(text, limit=12)
        self._choices = {commune_text(item): item.code for item in found}
        self._model.setStringList(list(self._choices))

    def _chosen(self, text: str) -> None:
        self._changed(text)

    def _resolve(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if text in self._choices:
            return self._choices[text]
        found = communes_ref.search_communes(text, limit=2)
        if not found:
            return None
        first = found[0]
        from app.core.text import fold

        if fold(first.nom) == fold(text) or text == first.code or commune_text(first) == text:
            return first.code
        if text.isdigit() and len(text) == 5 and len(found) == 1:
            return first.code
        return None

    def _changed(self, text: str) -> None:
        code = self._resolve(text)
        if code != self._code:
            self._code = code
            self.commune_changed.emit(code)

    def code(self) -> str | None:
        return self._code

    @property
    def is_valid(self) -> bool:
        return not self.text().strip() or self._code is not None

    def set_code(self, code: str | None) -> None:
        item = communes_ref.commune(code)
        text = commune_text(item) if item is not None else ""
        if item is not None:
            self._choices[text] = item.code
        self.setText(text)


def name_controls(root: QWidget) -> None:
    """Give every button and check box without an accessible name its visible text as one
    (mnemonic "&" removed), so that screen readers announce what sighted users read."""
    from PySide6.QtWidgets import QAbstractButton

    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and button.text():
            button.setAccessibleName(
                button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            )
