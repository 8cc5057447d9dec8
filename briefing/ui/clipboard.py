"""Copying to the system clipboard.

Textual's ``copy_to_clipboard`` sends OSC 52, which never reports failure, does
not reach the clipboard in some terminals (macOS Terminal.app, VTE) and is cut
short in others. So the platform clipboard (pyperclip: pbcopy, wl-copy, xclip,
clip.exe) comes first and OSC 52 is the fallback; the user is told which was used.
"""

from __future__ import annotations

from collections.abc import Callable

import pyperclip
from textual.app import App

from briefing.parse.text import strip_controls

CopyFunction = Callable[[str], None]
# kitty, for one, drops OSC 52 payloads past about 6 KB; warn well before that.
OSC52_SAFE_BYTES = 4096


class Clipboard:
    """Puts text on the clipboard and says where it went."""

    def __init__(self, app: App, platform_copy: CopyFunction | None = None) -> None:
        self._app = app
        self._platform_copy = platform_copy or pyperclip.copy

    def copy(self, text: str, what: str) -> None:
        """Copy ``text`` (described to the user as ``what``), escape sequences removed."""
        text = strip_controls(text)
        try:
            self._platform_copy(text)
        except pyperclip.PyperclipException:
            self._app.copy_to_clipboard(text)
            message = f"Copied {what} through the terminal (OSC 52)."
            if len(text.encode("utf-8")) > OSC52_SAFE_BYTES:
                message += " It is long: some terminals cut it short."
            self._app.notify(message, title="Copied", markup=False)
            return
        self._app.notify(f"Copied {what} to the system clipboard.", title="Copied", markup=False)
