"""Briefing: an offline briefing tool for press-office staff."""

__version__ = "0.1.0"
