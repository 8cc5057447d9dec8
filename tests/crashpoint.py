"""The ``briefing`` command line in a process that dies at a chosen file-system call.

    BRIEFING_CRASH_AT=any:7 python tests/crashpoint.py --data-dir DIR import FILE

kills the process (``os._exit(137)``, as abrupt as SIGKILL: no cleanup, no flush)
right before the 7th of the calls in ``HOOKED``; ``replace:2`` (or ``fsync:3``, ...)
counts only that call. With ``BRIEFING_CRASH_LOG=PATH`` every hooked call is appended
to PATH, one ``name file`` a line: a clean run's log is the list of points to crash at.

Test-only: ``briefing`` has no hooks. This script wraps the ``os`` functions before
the command line is imported; the store calls them as ``os.replace`` etc., so every
write path goes through the wrappers. Nothing here runs in production.
"""

from __future__ import annotations

import os
import sys

HOOKED = ("replace", "rename", "fsync", "sync", "unlink")
CRASH_STATUS = 137  # what a shell reports for a SIGKILL


def _describe(args: tuple) -> str:
    if not args:
        return "-"
    target = args[-1]
    if isinstance(target, int):  # fsync(fd): the file it is open on
        try:
            return os.path.basename(os.readlink(f"/proc/self/fd/{target}"))
        except OSError:
            return f"fd{target}"
    return os.path.basename(os.fspath(target))


def install(crash_at: str | None, log_path: str | None) -> None:
    kind, number = crash_at.split(":") if crash_at else ("", "0")
    if crash_at and kind not in (*HOOKED, "any"):
        raise SystemExit(f"crashpoint: BRIEFING_CRASH_AT={crash_at!r}: not any:N or {HOOKED}:N")
    number = int(number)
    counts = dict.fromkeys((*HOOKED, "any"), 0)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND) if log_path else None

    def hooked(name: str, real):
        def call(*args, **kwargs):
            counts[name] += 1
            counts["any"] += 1
            line = f"{name} {_describe(args)}"
            if log is not None:
                os.write(log, (line + "\n").encode())
            if counts.get(kind) == number:
                os.write(2, f"crashpoint: killed at {crash_at}, before {line}\n".encode())
                os._exit(CRASH_STATUS)
            return real(*args, **kwargs)

        return call

    for name in HOOKED:
        if hasattr(os, name):
            setattr(os, name, hooked(name, getattr(os, name)))


if __name__ == "__main__":
    install(os.environ.get("BRIEFING_CRASH_AT"), os.environ.get("BRIEFING_CRASH_LOG"))
    from briefing.cli import main

    raise SystemExit(main(sys.argv[1:]))
