"""Preferences and window state.

``DeskSettings`` is the typed object the desk reads (zoom, last maximum distance, sort,
the counsellor's contact line); ``SettingsStore`` keeps it, and the window's geometry and
splitters, in ``QSettings``. Tests give the store a file of their own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import QByteArray, QSettings

ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200)
SORTS = ("pertinence", "distance")
VERSION = 1


@dataclass
class DeskSettings:
    zoom_percent: int = 100
    max_distance_km: int = 30  # last maximum distance the counsellor chose
    sort: str = "pertinence"
    counsellor_contact: str = ""  # printed on the sheet: "Claire, 04 66 00 00 00"

    def clean(self) -> DeskSettings:
        """The same settings with every value brought back into its range."""
        zoom = min(ZOOM_STEPS, key=lambda step: abs(step - self.zoom_percent))
        return DeskSettings(
            zoom_percent=zoom,
            max_distance_km=min(200, max(1, self.max_distance_km)),
            sort=self.sort if self.sort in SORTS else "pertinence",
            counsellor_contact=self.counsellor_contact.strip()[:120],
        )


def zoom_in(percent: int) -> int:
    return next((step for step in ZOOM_STEPS if step > percent), ZOOM_STEPS[-1])


def zoom_out(percent: int) -> int:
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), ZOOM_STEPS[0])


class SettingsStore:
    def __init__(self, path: str | None = None) -> None:
        if path is None:
            self._qsettings = QSettings("Passerelle", "passerelle")
        else:
            self._qsettings = QSettings(path, QSettings.Format.IniFormat)

    def load(self) -> DeskSettings:
        values = {}
        defaults = DeskSettings()
        for item in fields(DeskSettings):
            default = getattr(defaults, item.name)
            raw = self._qsettings.value(f"desk/{item.name}", default)
            try:
                values[item.name] = type(default)(raw)
            except (TypeError, ValueError):
                values[item.name] = default
        return DeskSettings(**values).clean()

    def save(self, settings: DeskSettings) -> None:
        self._qsettings.setValue("desk/version", VERSION)
        for name, value in asdict(settings.clean()).items():
            self._qsettings.setValue(f"desk/{name}", value)
        self._qsettings.sync()

    def window_state(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self._qsettings.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self._qsettings.sync()
