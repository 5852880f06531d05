"""The counsellor's desk: a thin PySide6 layer over ``app.core``.

Views lay out widgets; controllers wire signals to the core; long work runs on the
executors of ``workers`` and comes back on the GUI thread. No SQL and no business rule here.
"""
