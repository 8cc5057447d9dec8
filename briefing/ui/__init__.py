"""The Textual app: panes that present the store and ask the user, nothing more."""
