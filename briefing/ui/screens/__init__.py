"""Screens opened over the panes: the reader, help, import, confirmations."""
