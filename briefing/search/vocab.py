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

from bisect import bisect_left
from collections.abc import Callable
from heapq import nlargest

from rapidfuzz import fuzz, process

from briefing.search.text import STOPWORDS

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
    """Folded terms <-> ids, with lookup structures built lazily after growth."""

    def __init__(self, terms: list[str] | None = None) -> None:
        self.terms: list[str] = terms if terms is not None else []
        self.ids: dict[str, int] = {t: i for i, t in enumerate(self.terms)}
        self._built_for = -1
        self._sorted: list[str] = []
        self._by_len: dict[int, list[str]] = {}
        self._cache: dict[tuple[str, bool], dict[int, float]] = {}

    def __len__(self) -> int:
        return len(self.terms)

    def add(self, term: str) -> int:
        tid = self.ids.get(term)
        if tid is None:
            tid = self.ids[term] = len(self.terms)
            self.terms.append(term)
        return tid

    def _ensure(self) -> None:
        if self._built_for == len(self.terms):
            return
        self._sorted = sorted(self.terms)
        by_len: dict[int, list[str]] = {}
        for term in self.terms:
            if term.isalpha():  # typos of numbers are other numbers: never fuzzy-match them
                by_len.setdefault(len(term), []).append(term)
        self._by_len = by_len
        self._cache.clear()
        self._built_for = len(self.terms)

    def expand(self, word: str, prefix: bool, df: Callable[[int], int]) -> dict[int, float]:
        """Term id -> quality for what ``word`` may match. ``df`` gives a term's frequency."""
        self._ensure()
        key = (word, prefix)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        out: dict[int, float] = {}
        ids = self.ids
        exact = ids.get(word)
        if exact is not None:
            out[exact] = EXACT
        for variant in _inflections(word):
            tid = ids.get(variant)
            if tid is not None:
                out.setdefault(tid, INFLECTED)
        if prefix and len(word) >= 2:
            for tid in self._completions(word, df):
                out.setdefault(tid, COMPLETED)
        if exact is None or df(exact) <= RARE:
            for term, quality in self._typos(word):
                tid = ids[term]
                if tid not in out or out[tid] < quality:
                    out[tid] = quality
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = out
        return out

    def _completions(self, word: str, df: Callable[[int], int]) -> list[int]:
        start = bisect_left(self._sorted, word)
        end = bisect_left(self._sorted, word + "\U0010ffff", start)
        ids = self.ids
        found = [ids[t] for t in self._sorted[start:end] if t != word and t not in STOPWORDS]
        if len(found) > MAX_COMPLETIONS:
            found = nlargest(MAX_COMPLETIONS, found, key=df)
        return found

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
            bucket = self._by_len.get(length)
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
