"""The core runs without Textual: every module outside ``briefing.ui`` imports neither
Textual nor Rich (the layers themselves are import-linter's contracts in pyproject.toml).

Every module is found with ``pkgutil``, so a new one is checked without being listed.
One fresh interpreter imports them all and looks at ``sys.modules`` after each (one
process, not one per module, keeps this under a second); when Textual or Rich shows up,
each module is imported again in a process of its own to name every one that loads it.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import briefing

FORBIDDEN = ("textual", "rich")
# ``python -m briefing`` runs the command line when imported.
NOT_IMPORTED = {"briefing.__main__"}

PROBE = """
import importlib, json, sys
loaded_by = {}
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    for package in json.loads(sys.argv[2]):
        if package in sys.modules and package not in loaded_by:
            loaded_by[package] = name
print(json.dumps(loaded_by))
"""


def core_modules() -> list[str]:
    found = pkgutil.walk_packages(briefing.__path__, prefix="briefing.")
    return sorted(
        info.name
        for info in found
        if not (info.name == "briefing.ui" or info.name.startswith("briefing.ui."))
        and info.name not in NOT_IMPORTED
    )


def test_the_walk_finds_the_core():
    modules = core_modules()
    assert {"briefing.store", "briefing.parse.quotes", "briefing.search.service"} <= set(modules)
    assert "briefing.cli.search" in modules and len(modules) > 40


def loaded(modules: list[str]) -> dict[str, str]:
    """{forbidden package: the first of ``modules`` after whose import it was loaded}."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(modules), json.dumps(FORBIDDEN)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_no_core_module_imports_textual_or_rich():
    modules = core_modules()
    if loaded(modules):
        offenders = {name: sorted(found) for name in modules if (found := loaded([name]))}
        raise AssertionError(f"these modules load Textual or Rich when imported: {offenders}")
