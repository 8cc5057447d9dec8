"""The vocabulary of folded words, and what one query word may match in it.

A query word expands to a few vocabulary terms, each with a quality in (0, 1]:

    exact word                      1.0
    plural / singular ("crimes")    0.95
    completion of an unfinished     0.9    only for the last word while typing
    last word ("recog" -> "recognition")
    typo ("recogniton")             0.7-0.9  from fuzz.ratio, only when the word is not
                                             itself in the vocabulary (a real word is
                                             taken as meant: "crime" never finds "prime")

Typos are found with rapidfuzz over the vocabulary only (tens of thousands of short
strings, bucketed by length) and never over passages: scoring whole passages with
fuzz.* is where WRatio/partial_ratio/token_set_ratio go wrong on long text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from briefing.tokens import STOPWORDS

if TYPE_CHECKING:
    from briefing.store.readmodel import ReadModel

EXACT, INFLECTED, COMPLETED = 1.0, 0.95, 0.9
MAX_COMPLETIONS = 24  # most frequent completions of an unfinished word
MAX_TYPOS = 8
RARE = 2  # a vocabulary word seen this rarely may itself be a typo: look for neighbours


def typo_cutoff(length: int) -> float | None:
    """fuzz.ratio a typo needs. Short words allow one dropped/added letter only."""
    if length < 4:
        return None  # "tax" must not become "tab" or "tan"
    if length == 4:
        return 85.0  # "knif" -> "knife" (88.9), not "knit" (75)
    return 80.0  # "rowly" -> "rowley" (90.9), "crme" style slips in longer words


class Vocabulary:
    """The read model's vocabulary (``terms``: folded word, document frequency), with
    what a query word may match in it. Lookups are indexed; the words of one length are
    read once for typo matching and kept until the vocabulary changes."""

    def __init__(self, model: ReadModel) -> None:
        self.model = model
        self._version: str | None = None
        self._by_len: dict[int, list[str]] = {}
        self._cache: dict[tuple[str, bool], dict[str, float]] = {}

    def refresh(self) -> None:
        """Forget what was read if the vocabulary changed since (another import)."""
        version = self.model.get("terms_version")
        if version != self._version:
            self._version = version
            self._by_len.clear()
            self._cache.clear()

    def df(self, term: str) -> int:
        row = self.model.one("SELECT df FROM terms WHERE term = ?", (term,))
        return row[0] if row else 0

    def expand(self, word: str, prefix: bool) -> dict[str, float]:
        """Term -> quality for what ``word`` may match."""
        key = (word, prefix)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        out: dict[str, float] = {}
        variants = [word, *_inflections(word)]
        known = dict(
            self.model.all(
                f"SELECT term, df FROM terms WHERE term IN ({', '.join('?' * len(variants))})",
                variants,
            )
        )
        if word in known:
            out[word] = EXACT
        for variant in variants[1:]:
            if variant in known:
                out.setdefault(variant, INFLECTED)
        if prefix and len(word) >= 2:
            for term in self._completions(word):
                out.setdefault(term, COMPLETED)
        if word not in known or known[word] <= RARE:
            for term, quality in self._typos(word):
                if out.get(term, 0.0) < quality:
                    out[term] = quality
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = out
        return out

    def _completions(self, word: str) -> list[str]:
        rows = self.model.all(
            "SELECT term FROM terms WHERE term > ? AND term < ? ORDER BY df DESC LIMIT ?",
            (word, word + "\U0010ffff", MAX_COMPLETIONS + len(STOPWORDS)),
        )
        return [t for (t,) in rows if t not in STOPWORDS][:MAX_COMPLETIONS]

    def _bucket(self, length: int) -> list[str]:
        bucket = self._by_len.get(length)
        if bucket is None:
            rows = self.model.all("SELECT term FROM terms WHERE length = ?", (length,))
            # Typos of numbers are other numbers: never fuzzy-match them.
            bucket = self._by_len[length] = [t for (t,) in rows if t.isalpha()]
        return bucket

    def _typos(self, word: str) -> list[tuple[str, float]]:
        cutoff = typo_cutoff(len(word))
        if cutoff is None or not word.isalpha():
            return []
        # fuzz.ratio >= c bounds the other word's length: 2*min/(a+b) >= c/100.
        n = len(word)
        low = int(n * cutoff / (200 - cutoff))
        high = int(n * (200 - cutoff) / cutoff) + 1
        found: list[tuple[float, str]] = []
        for length in range(max(low, 3), high + 1):
            bucket = self._bucket(length)
            if not bucket:
                continue
            for term, score, _ in process.extract(
                word, bucket, scorer=fuzz.ratio, score_cutoff=cutoff, limit=MAX_TYPOS
            ):
                if term != word:
                    found.append((score, term))
        found.sort(reverse=True)
        # 0.7 at the cutoff, 0.9 for a near miss: always below an inflection.
        return [
            (term, 0.7 + 0.2 * (score - cutoff) / (100.0 - cutoff))
            for score, term in found[:MAX_TYPOS]
        ]


def _inflections(word: str) -> list[str]:
    """Plural <-> singular forms worth treating as the same word."""
    if len(word) < 3 or not word.isalpha():
        return []
    out = [word + "s", word + "es"]
    if word.endswith("y") and len(word) > 3:
        out.append(word[:-1] + "ies")
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out
