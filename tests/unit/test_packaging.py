"""The installed copy (the one the tests import: site-packages in CI) ships its seeds
and stylesheet, the same files as the repository's."""

from pathlib import Path

from briefing import resources

ROOT = Path(__file__).resolve().parents[2]


def test_seeds_and_stylesheet_are_found():
    assert len(list(resources.seeds_dir().glob("*.txt"))) == 5
    assert resources.stylesheet().is_file()


def test_bundled_seeds_are_the_shared_files_unchanged():
    for seed in resources.seeds_dir().glob("*.txt"):
        assert seed.read_bytes() == (ROOT / "seeds" / seed.name).read_bytes()
