"""A deterministic synthetic archive with the seeds' shape and vocabulary, for benchmarks.

Each release recombines the bundled seeds' headlines, summary bullets, body
paragraphs, quote passages (with their attribution lines) and notes, with
figures and dates varied, so parsing, quote and figure extraction and search
all see realistic text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from briefing import resources
from briefing.model import BODY, NOTES, SUMMARY
from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release

_NUMBER = re.compile(
    r"(?<![\w/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s?(?:%|per cent| officers| million|bn|m\b))"
)
_SWAPS = [
    "borough",
    "ward",
    "community",
    "capital",
    "city",
    "town centre",
    "high street",
    "district",
]


@dataclass
class Pools:
    titles: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[list[str]] = field(default_factory=list)  # raw lines of one attributed passage
    notes: list[str] = field(default_factory=list)


def load_pools(seeds: Path | None = None) -> Pools:
    """Split the seeds into the pieces releases are recombined from."""
    pools = Pools()
    for path in sorted((seeds or resources.seeds_dir()).glob("*.txt")):
        parsed = parse_release(path.read_text(encoding="utf-8"), path.name)
        pools.titles.append(parsed.title)
        quoted: set[int] = set()
        for quote in extract_quotes(parsed.blocks):
            # Keep the attribution line (it may be the block before the quote).
            start = quote.block_start
            if start > 0 and parsed.blocks[start - 1].text.rstrip().endswith(":"):
                start -= 1
            lines = [b.text for b in parsed.blocks[start : quote.block_end + 1]]
            pools.quotes.append(lines)
            quoted.update(range(start, quote.block_end + 1))
        for block in parsed.blocks:
            if block.index in quoted:
                continue
            if block.section == SUMMARY:
                pools.bullets.append(block.text)
            elif block.section == BODY and len(block.text) > 60:
                pools.paragraphs.append(block.text)
            elif block.section == NOTES:
                pools.notes.append(("- " if block.bullet else "") + block.text)
    return pools


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(match: re.Match) -> str:
        raw = match.group(1).replace(",", "")
        value = float(raw) * rng.uniform(0.8, 1.2)
        if "." in raw:
            return f"{value:.1f}"
        return f"{int(value):,}" if "," in match.group(1) else str(int(value))

    return _NUMBER.sub(repl, text)


def _vary_words(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        for word in _SWAPS:
            if word in text:
                return text.replace(word, rng.choice(_SWAPS), 1)
    return text


def release_text(number: int, pools: Pools, rng: random.Random) -> str:
    """The text of synthetic release ``number`` (a Mayor's-page layout)."""
    published = date(2016, 5, 9) + timedelta(days=rng.randrange(0, 3400))
    title = _vary_words(rng.choice(pools.titles), rng)
    lines = ["Skip to main content", "Mayor of London logo London Assembly logo", "Home", "",
             f"{title} ({number})", "", "Created on", f"{published.day} {published:%B %Y}", ""]  # fmt: skip
    lines += [
        f"  • {_vary_words(b, rng)}"
        for b in rng.sample(pools.bullets, k=min(3, len(pools.bullets)))
    ]
    lines.append("")
    body = rng.sample(pools.paragraphs, k=min(rng.randint(7, 12), len(pools.paragraphs)))
    quotes = rng.sample(pools.quotes, k=min(rng.randint(2, 3), len(pools.quotes)))
    for at, paragraph in enumerate(body):
        lines += [_vary_numbers(_vary_words(paragraph, rng), rng), ""]
        if at in (2, 5, 8) and quotes:
            lines += quotes.pop() + [""]
    lines += ["Notes to editors", ""]
    lines += [_vary_numbers(n, rng) for n in rng.sample(pools.notes, k=min(8, len(pools.notes)))]
    lines += ["", f"Reference {number:06d}."]
    return "\n".join(lines) + "\n"


def write_archive(folder: Path, count: int, seed: int = 2024, first: int = 0) -> list[Path]:
    """Write ``count`` synthetic releases into ``folder``; the same seed, the same files.

    Releases are numbered from ``first`` (in file names, titles and references), so a
    batch written with another seed and ``first=N`` adds new releases to an archive of N.
    One random stream drives the releases in order: the first K releases of a larger
    archive are the K releases of a smaller one, byte for byte.
    """
    rng = random.Random(seed)
    pools = load_pools()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(first, first + count):
        path = folder / f"synthetic_{number:06d}.txt"
        path.write_text(release_text(number, pools, rng), encoding="utf-8")
        paths.append(path)
    return paths
