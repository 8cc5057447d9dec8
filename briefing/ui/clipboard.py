"""Copying to the system clipboard, off the UI thread, with OSC 52 as the honest fallback.

Textual's ``copy_to_clipboard`` sends OSC 52, which never reports failure, does
not reach the clipboard in some terminals (macOS Terminal.app, VTE) and is cut
short in others. So the platform's helper (pbcopy, wl-copy, xclip, xsel, clip.exe)
comes first and OSC 52 is the fallback; the user is told which was used.

The helper gets the text on its standard input, never on its command line (where
``ps`` shows it to every user, and a long quote passes the argument limit: pyperclip's
KDE fallback did both, so pyperclip is not used). It runs in a worker thread and has
``COPY_TIMEOUT`` seconds; a helper that is missing, exits non-zero or hangs has failed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Mapping

from textual.app import App

from briefing.parse.text import strip_controls

# Puts text on the system clipboard, or raises (any exception) saying why not; may
# return the name of the helper it used.
CopyFunction = Callable[[str], object]
# kitty, for one, drops OSC 52 payloads past about 6 KB; warn well before that.
OSC52_SAFE_BYTES = 4096
COPY_TIMEOUT = 3.0  # seconds; a helper serving the clipboard (xclip, wl-copy) forks and returns


class ClipboardError(Exception):
    """No helper put the text on the clipboard; the message says why, in one line."""


Helper = tuple[str, list[str], str]  # name, command (never with the text), encoding


def helpers(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    which: Callable[[str], str | None] = shutil.which,
) -> list[Helper]:
    """The clipboard helpers this machine has, best first."""
    if platform == "darwin":
        wanted: list[Helper] = [("pbcopy", ["pbcopy"], "utf-8")]
    elif platform in ("win32", "cygwin") or "microsoft" in os.uname().release.lower():
        wanted = [("clip.exe", ["clip.exe"], "utf-16-le")]  # Windows, and Linux under WSL
    else:
        wanted = []
        if environ.get("WAYLAND_DISPLAY"):
            wanted.append(("wl-copy", ["wl-copy"], "utf-8"))
        if environ.get("DISPLAY"):
            wanted.append(("xclip", ["xclip", "-selection", "clipboard"], "utf-8"))
            wanted.append(("xsel", ["xsel", "--clipboard", "--input"], "utf-8"))
    found = []
    for name, command, encoding in wanted:
        path = which(command[0])
        if path:
            found.append((name, [path, *command[1:]], encoding))
    return found


def run_helper(command: list[str], data: bytes, timeout: float = COPY_TIMEOUT) -> None:
    """Give ``data`` to a helper on its standard input; ``ClipboardError`` unless it exits 0 in time."""
    try:
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
    except OSError as error:
        raise ClipboardError(f"could not start: {error.strerror or error}") from None
    try:
        process.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise ClipboardError(f"did not finish within {timeout:g} s") from None
    if process.returncode != 0:
        raise ClipboardError(f"exited with status {process.returncode}")


def system_copy(text: str, available: list[Helper] | None = None) -> str:
    """Put ``text`` on the clipboard with the first helper that works; returns its name."""
    problems = []
    for name, command, encoding in helpers() if available is None else available:
        try:
            run_helper(command, text.encode(encoding, errors="replace"))
        except ClipboardError as error:
            problems.append(f"{name} {error}")
            continue
        return name
    if not problems:
        raise ClipboardError("no clipboard program found (pbcopy, wl-copy, xclip, xsel, clip.exe)")
    raise ClipboardError("; ".join(problems))


class Clipboard:
    """Puts text on the clipboard, in the order asked, and says where it went."""

    def __init__(self, app: App, platform_copy: CopyFunction | None = None) -> None:
        self._app = app
        self._platform_copy = platform_copy or system_copy
        self.unconfirmed: str | None = None  # the last text only sent through the terminal
        self._pending: deque[tuple[str, str]] = deque()
        self._lock = threading.Lock()
        self._draining = False

    def copy(self, text: str, what: str) -> None:
        """Copy ``text`` (described to the user as ``what``), escape sequences removed.

        Returns at once: the copy runs in a worker thread, the notification follows.
        """
        text = strip_controls(text)
        with self._lock:
            self._pending.append((text, what))
            if self._draining:
                return
            self._draining = True
        self._app.run_worker(self._drain, thread=True, group="clipboard", name="copy")

    def _drain(self) -> None:
        """Copy what is waiting, one at a time (so the last copy asked is the one kept)."""
        while True:
            with self._lock:
                if not self._pending:
                    self._draining = False
                    return
                text, what = self._pending.popleft()
            try:
                used = self._platform_copy(text)
            except Exception as error:  # noqa: BLE001 - any failure means: use OSC 52, and say why
                reason = " ".join(str(error).split()) or type(error).__name__
                self._app.call_from_thread(self._fall_back, text, what, reason)
            else:
                self.unconfirmed = None
                helper = f" ({used})" if isinstance(used, str) and used else ""
                self._app.call_from_thread(
                    self._app.notify,
                    f"Copied {what} to the system clipboard{helper}.",
                    title="Copied",
                    markup=False,
                )

    def _fall_back(self, text: str, what: str, reason: str) -> None:
        self._app.copy_to_clipboard(text)
        self.unconfirmed = text
        message = (
            f"The system clipboard failed ({reason[:160]}). Sent {what} through the terminal "
            "instead (OSC 52): whether it arrives depends on the terminal "
            "(in tmux: set -g set-clipboard on). ctrl+s saves it to a file."
        )
        if len(text.encode("utf-8")) > OSC52_SAFE_BYTES:
            message += " It is long: some terminals cut it short."
        self._app.notify(message, title="Sent to the terminal", severity="warning", markup=False)
