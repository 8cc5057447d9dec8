"""The project installs as documented and ships its seeds and stylesheet."""

import re
from pathlib import Path

from briefing import resources

ROOT = Path(__file__).resolve().parents[2]


def test_seeds_and_stylesheet_are_found():
    assert len(list(resources.seeds_dir().glob("*.txt"))) == 5
    assert resources.stylesheet().is_file()


def test_bundled_seeds_are_the_shared_files_unchanged():
    for seed in resources.seeds_dir().glob("*.txt"):
        assert seed.read_bytes() == (ROOT / "seeds" / seed.name).read_bytes()


def test_ci_runs_the_readme_test_command_verbatim():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^    (python3 -m venv .*)$", readme, flags=re.M)
    assert len(commands) >= 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_wheel_includes_bundled_files():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"seeds" = "briefing/_bundled/seeds"' in pyproject
    assert '"styles.tcss" = "briefing/_bundled/styles.tcss"' in pyproject
