"""The whole domain of Passerelle. Never imports PySide6 nor app.ui."""
