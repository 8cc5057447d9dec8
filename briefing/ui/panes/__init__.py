"""The panes: one per number key, each a ``Pane`` (``pane.py``) listed in ``ui.app.PANES``."""
