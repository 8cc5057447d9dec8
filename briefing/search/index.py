"""The search index: passages stored column-wise, an inverted index over folded words.

Layout (all plain lists / arrays / ints, so pickling is a handful of byte copies):

* passage ids (pids) are positions ``0..n-1``; ``build`` assigns them in (date, release,
  block) order, so "newest first" is "highest pid first" and a date range is a pid
  range. ``add`` appends; passages appended out of date order form a small unsorted
  tail (``_sorted_upto..n``) handled separately until the next ``compact``.
* postings: one ``array('I')`` of pids per term; terms in more than 1/32 of passages
  also keep a bitmap (an int, see ``bitset``), which is no bigger than their array.
* tokens: every passage's token ids, 4 bytes each, in one ``bytearray``; phrases are
  checked with ``bytearray.find`` on a passage's slice (C speed, no Python loop).
* deleted passages are only masked out of ``_alive`` until ``compact``.
"""

from __future__ import annotations

import heapq
import io
import os
import pickle
import time
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, chain, islice
from pathlib import Path

from briefing.search import bitset
from briefing.search.records import PASSAGE_KINDS, SECTIONS, Passage, SearchResult
from briefing.search.speakers import SpeakerMatcher, default_matcher
from briefing.search.text import fold_raw, index_tokens
from briefing.search.vocab import Vocabulary

FORMAT = "briefing-search-index/3"
DENSE_FRACTION = 32  # a term in >= n/32 passages keeps a bitmap (<= the size of its array)
MAJOR_SPEAKERS = 48  # speaker facet: counted by bitmap for the most quoted, listed for the rest
BITMAP_CACHE = 256  # bitmaps of rarer terms built on demand and kept for the next keystroke

_KIND_CODE = {k: i for i, k in enumerate(PASSAGE_KINDS)}
_SECTION_CODE = {s: i for i, s in enumerate(SECTIONS)}
_ONLY = [bytes(int(i == code) for i in range(256)) for code in range(256)]  # code -> 1, else 0

assert array("I").itemsize == 4, "token ids are stored as 4-byte unsigned ints"


@lru_cache(maxsize=8192)
def _date_int(iso: str | None) -> int:
    """ISO "2024-03-15" -> 20240315; 0 when unknown (sorts oldest, never passes a date filter)."""
    if not iso or len(iso) < 10:
        return 0
    try:
        return int(iso[0:4]) * 10000 + int(iso[5:7]) * 100 + int(iso[8:10])
    except ValueError:
        return 0


def _iter_top(bitmap: int) -> Iterator[int]:
    """Set ids from the highest down, in slices growing 4x (cheap if the caller stops)."""
    size = 64
    while bitmap:
        chunk = bitset.top(bitmap, size)
        yield from chunk
        bitmap &= (1 << chunk[-1]) - 1
        size *= 4


def _running(lengths: Iterable[int], offset: int) -> Iterable[int]:
    """End offsets: running sum of ``lengths`` after ``offset``."""
    return islice(accumulate(lengths, initial=offset), 1, None)


def _check(batch: list[Passage]) -> None:
    """Fail before changing anything: a half-added batch would corrupt the columns."""
    for p in batch:
        if not isinstance(p.text, str) or not isinstance(p.release_id, str):
            raise TypeError(f"passage text and release_id must be str: {p!r:.200}")


def _sort_key(p: Passage) -> tuple:
    return (_date_int(p.date), p.release_id, p.block, _KIND_CODE.get(p.kind, 9))


class SearchIndex:
    """Build once per store state, update with ``add``/``remove_release``, ``search``."""

    def __init__(self, speaker_matcher: SpeakerMatcher | None = None) -> None:
        self.speaker_matcher = speaker_matcher
        # Saved with the index and otherwise ignored: e.g. the store fingerprint it was
        # built from, so a stale cache file can be recognised.
        self.meta: dict = {}
        self._reset()

    # ------------------------------------------------------------------ building

    def _reset(self) -> None:
        self._n = 0
        self._releases: list[str] = []  # release index -> release id
        self._release_idx: dict[str, int] = {}
        self._release_pids: dict[int, array] = {}  # live releases only
        self._rel = array("I")
        self._kind = bytearray()
        self._section = bytearray()
        self._date = array("I")
        self._block = array("i")
        self._speaker = array("i")  # -1: no speaker
        self._speakers: list[str] = []
        self._speaker_idx: dict[str, int] = {}
        self._speaker_pids: dict[int, array] = {}
        self._refs: dict[int, str] = {}
        self._text = bytearray()  # UTF-8 of every passage, back to back
        self._text_off = array("Q", [0])
        self._tok = bytearray()  # token ids, 4 bytes each
        self._tok_off = array("Q", [0])  # in bytes (4 a token), so slicing needs no multiply
        self._vocab = Vocabulary()
        self._post: list[array] = []
        self._dense: dict[int, int] = {}
        self._alive = 0
        self._dead = 0
        self._kind_bm = [0] * len(PASSAGE_KINDS)
        self._section_bm = [0] * len(SECTIONS)
        self._year_bm: dict[int, int] = {}
        self._has_speaker = 0
        self._sorted_upto = 0
        self._last_key: tuple = ()
        self._init_caches()

    def _init_caches(self) -> None:
        self._raw: dict[str | bytes, int] = {}  # token as written -> term id
        self._bitmaps: OrderedDict[int, int] = OrderedDict()
        self._speaker_bm: dict[int, int] = {}
        self._live_speakers: list[str] | None = None
        self._speaker_split: tuple[list[tuple[int, int]], int] | None = None
        self._phrases: OrderedDict[tuple[int, ...], int] = OrderedDict()  # see engine._phrase

    @classmethod
    def build(
        cls, passages: Iterable[Passage], speaker_matcher: SpeakerMatcher | None = None
    ) -> SearchIndex:
        index = cls(speaker_matcher)
        index._append(sorted(passages, key=_sort_key))
        return index

    def add(self, passages: Iterable[Passage]) -> None:
        """Index more passages. A release already indexed is replaced, not duplicated."""
        batch = sorted(passages, key=_sort_key)
        _check(batch)  # before the old passages go: a bad batch leaves the index as it was
        for release_id in {p.release_id for p in batch}:
            self.remove_release(release_id)
        self._append(batch)
        self._maybe_compact()

    def remove_release(self, release_id: str) -> int:
        """Drop a release's passages; returns how many were dropped."""
        ridx = self._release_idx.get(release_id)
        pids = self._release_pids.pop(ridx, None) if ridx is not None else None
        if not pids:
            return 0
        self._alive &= ~bitset.from_positions(pids)
        self._dead += len(pids)
        self._live_speakers = None
        self._maybe_compact()
        return len(pids)

    def compact(self) -> None:
        """Rebuild without deleted passages, everything back in date order."""
        live = [self.passage(pid) for pid in bitset.positions(self._alive)]
        matcher = self.speaker_matcher
        self._reset()
        self.speaker_matcher = matcher
        self._append(sorted(live, key=_sort_key))

    def _maybe_compact(self) -> None:
        n = self._n
        if n and (self._dead * 4 > n or (n - self._sorted_upto) * 10 > max(n, 20000)):
            self.compact()

    def _append(self, batch: list[Passage]) -> None:
        """Give ``batch`` the next pids. Works column by column: one comprehension per
        field is several times faster than one loop body doing everything per passage."""
        if not batch:
            return
        _check(batch)
        start = self._n
        end = start + len(batch)
        pids = range(start, end)

        release_idx = self._release_idx
        for rid in dict.fromkeys(p.release_id for p in batch):
            if rid not in release_idx:
                release_idx[rid] = len(self._releases)
                self._releases.append(rid)
        rels = [release_idx[p.release_id] for p in batch]
        self._rel.extend(rels)
        release_pids = self._release_pids
        for pid, ridx in zip(pids, rels, strict=True):
            if ridx in release_pids:
                release_pids[ridx].append(pid)
            else:
                release_pids[ridx] = array("I", [pid])

        kinds = bytes([_KIND_CODE.get(p.kind, 1) for p in batch])
        sections = bytes([_SECTION_CODE.get(p.section, 2) for p in batch])
        self._kind += kinds
        self._section += sections
        for code in set(kinds):
            self._kind_bm[code] |= bitset.from_flags(kinds.translate(_ONLY[code])) << start
        for code in set(sections):
            self._section_bm[code] |= bitset.from_flags(sections.translate(_ONLY[code])) << start

        date_of = {d: _date_int(d) for d in {p.date for p in batch}}
        dates = [date_of[p.date] for p in batch]
        self._date.extend(dates)
        years = bytes([d // 10000 - 1900 if 1900 < d // 10000 < 2155 else 0 for d in dates])
        for code in set(years) - {0}:
            year_bm = bitset.from_flags(years.translate(_ONLY[code])) << start
            self._year_bm[code + 1900] = self._year_bm.get(code + 1900, 0) | year_bm
        self._block.extend([int(p.block) for p in batch])

        sids = [self._speaker_id(p.speaker) if p.speaker else -1 for p in batch]
        self._speaker.extend(sids)
        with_speaker = []
        for pid, sidx in zip(pids, sids, strict=True):
            if sidx >= 0:
                self._speaker_pids[sidx].append(pid)
                with_speaker.append(pid)
        self._has_speaker |= bitset.from_positions(with_speaker)
        for pid, p in zip(pids, batch, strict=True):
            if p.ref is not None:
                self._refs[pid] = p.ref

        encoded = [p.text.encode("utf-8") for p in batch]
        self._text += b"".join(encoded)
        self._text_off.extend(_running(map(len, encoded), self._text_off[-1]))
        touched: Iterable[int] = self._index_tokens(batch, start)
        if not start:
            touched = range(len(self._vocab))

        self._n = end
        self._alive |= bitset.range_mask(start, end)
        self._speaker_bm.clear()
        self._live_speakers = None
        self._speaker_split = None
        self._bitmaps.clear()
        self._phrases.clear()
        # Still in date order if this batch starts at or after the newest indexed passage.
        first, last = _sort_key(batch[0]), _sort_key(batch[-1])
        if self._sorted_upto == start and (not self._last_key or first >= self._last_key):
            self._sorted_upto = end
            self._last_key = last
        self._update_dense(start, touched)

    def _index_tokens(self, batch: list[Passage], start: int) -> set[int]:
        """Tokenise, append token ids and postings; returns the term ids seen.

        The per-token work is most of a build, so it is written for CPython's speed:
        plain dict lookups mapped in C, and postings gathered in lists (list.append in a
        simple loop beats array.append) then copied into the arrays once.
        """
        raw, vocab = self._raw, self._vocab
        raw_get = raw.get
        # Postings gathered per term id: a list indexed by term id for a big batch, a
        # dict for a small one (an import should not walk the whole vocabulary).
        big = len(batch) > 2000
        gathered: list[list[int]] | dict[int, list[int]] = [] if big else {}
        touched: set[int] = set()
        chunk = 4096  # bounds the temporary lists of token ids
        for at in range(0, len(batch), chunk):
            lists = []
            for p in batch[at : at + chunk]:
                words = index_tokens(p.text)
                ids = list(map(raw_get, words))
                if None in ids:  # spellings never seen before: give them term ids
                    for word in words:
                        if word not in raw:
                            raw[word] = vocab.add(fold_raw(word))
                    ids = list(map(raw_get, words))
                lists.append(ids)
            if big:
                gathered.extend([] for _ in range(len(vocab) - len(gathered)))  # type: ignore[union-attr]
                for pid, ids in enumerate(lists, start + at):
                    for tid in set(ids):
                        gathered[tid].append(pid)
            else:
                for pid, ids in enumerate(lists, start + at):
                    for tid in set(ids):
                        if tid in gathered:
                            gathered[tid].append(pid)
                        else:
                            gathered[tid] = [pid]
            if start:  # a first build looks at every term anyway
                touched.update(chain.from_iterable(lists))
            self._tok += array("I", chain.from_iterable(lists)).tobytes()
            sizes = [4 * len(ids) for ids in lists]
            self._tok_off.extend(_running(sizes, self._tok_off[-1]))
        post = self._post
        post.extend(array("I") for _ in range(len(vocab) - len(post)))
        for tid, pids in enumerate(gathered) if big else gathered.items():  # type: ignore[union-attr]
            if pids:
                post[tid].extend(pids)
        return touched

    def _speaker_id(self, name: str) -> int:
        sidx = self._speaker_idx.get(name)
        if sidx is None:
            sidx = self._speaker_idx[name] = len(self._speakers)
            self._speakers.append(name)
            self._speaker_pids[sidx] = array("I")
        return sidx

    def _update_dense(self, start: int, touched: Iterable[int]) -> None:
        threshold = max(self._n // DENSE_FRACTION, 64)
        for tid in touched:
            plist = self._post[tid]
            if tid in self._dense:
                cut = bisect_left(plist, start)
                if cut < len(plist):
                    self._dense[tid] |= bitset.from_positions(plist[cut:].tolist())
            elif len(plist) >= threshold:
                self._dense[tid] = bitset.from_positions(plist.tolist())

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return self._alive.bit_count()

    @property
    def release_ids(self) -> list[str]:
        return [self._releases[r] for r in self._release_pids]

    @property
    def speakers(self) -> list[str]:
        """Canonical speaker names of live passages."""
        if self._live_speakers is None:
            alive = self._alive
            self._live_speakers = [
                self._speakers[s] for s in self._speaker_pids if self.speaker_bitmap(s) & alive
            ]
        return self._live_speakers

    @property
    def vocabulary_size(self) -> int:
        return len(self._vocab)

    def text(self, pid: int) -> str:
        return self._text[self._text_off[pid] : self._text_off[pid + 1]].decode("utf-8")

    def token_ids(self, pid: int) -> array:
        return array("I", self._tok[self._tok_off[pid] : self._tok_off[pid + 1]])

    def date(self, pid: int) -> str | None:
        d = self._date[pid]
        return f"{d // 10000:04d}-{d // 100 % 100:02d}-{d % 100:02d}" if d else None

    def passage(self, pid: int) -> Passage:
        sidx = self._speaker[pid]
        return Passage(
            release_id=self._releases[self._rel[pid]],
            kind=PASSAGE_KINDS[self._kind[pid]],
            text=self.text(pid),
            date=self.date(pid),
            block=self._block[pid],
            speaker=self._speakers[sidx] if sidx >= 0 else None,
            ref=self._refs.get(pid),
            section=SECTIONS[self._section[pid]],
        )

    def df(self, tid: int) -> int:
        """Passages containing the term (deleted ones included until compaction)."""
        return len(self._post[tid])

    def term_bitmap(self, tid: int) -> int:
        bm = self._dense.get(tid)
        if bm is not None:
            return bm
        cache = self._bitmaps
        bm = cache.get(tid)
        if bm is None:
            bm = cache[tid] = bitset.from_positions(self._post[tid].tolist())
            if len(cache) > BITMAP_CACHE:
                cache.popitem(last=False)
        else:
            cache.move_to_end(tid)
        return bm

    def speaker_bitmap(self, sidx: int) -> int:
        bm = self._speaker_bm.get(sidx)
        if bm is None:
            bm = self._speaker_bm[sidx] = bitset.from_positions(
                self._speaker_pids.get(sidx, array("I")).tolist()
            )
        return bm

    def speaker_groups(self) -> tuple[list[tuple[int, int]], int]:
        """The most quoted speakers with their bitmaps, and a mask of everyone else's
        passages: facets count the former by popcount and only list the latter."""
        if self._speaker_split is None:
            ranked = sorted(self._speaker_pids, key=lambda s: -len(self._speaker_pids[s]))
            major = [(s, self.speaker_bitmap(s)) for s in ranked[:MAJOR_SPEAKERS]]
            minor = self._has_speaker
            for _, bm in major:
                minor &= ~bm
            self._speaker_split = (major, minor)
        return self._speaker_split

    def newest(self, bitmap: int, k: int) -> list[int]:
        """Up to ``k`` pids of ``bitmap``, newest release first."""
        su = self._sorted_upto
        if su >= self._n:
            return bitset.top(bitmap, k)
        head = bitset.top(bitmap & ((1 << su) - 1), k)
        tail = [su + p for p in bitset.positions(bitmap >> su)]
        if not tail:
            return head
        date = self._date
        return sorted(head + tail, key=lambda p: (date[p], p), reverse=True)[:k]

    def iter_newest(self, bitmap: int) -> Iterator[int]:
        """All pids of ``bitmap``, newest release first, expanded a growing slice at a time
        (most callers stop after a few dozen)."""
        su = self._sorted_upto
        if su >= self._n:
            yield from _iter_top(bitmap)
            return
        date = self._date
        tail = sorted((su + p for p in bitset.positions(bitmap >> su)),
                      key=lambda p: (date[p], p), reverse=True)  # fmt: skip
        head = _iter_top(bitmap & ((1 << su) - 1))
        if not tail:
            yield from head
            return
        yield from heapq.merge(head, tail, key=lambda p: (date[p], p), reverse=True)

    def date_range(self, lo: int, hi: int) -> int:
        """Bitmap of passages dated ``lo <= date < hi`` (yyyymmdd ints)."""
        su, date = self._sorted_upto, self._date
        mask = bitset.range_mask(bisect_left(date, lo, 0, su), bisect_left(date, hi, 0, su))
        tail = [p for p in range(su, self._n) if lo <= date[p] < hi]
        return mask | bitset.from_positions(tail)

    # ------------------------------------------------------------------ searching

    def search(
        self,
        query: str,
        limit: int = 50,
        speaker: str | None = None,
        kind: str | None = None,
        after: str | None = None,
        before: str | None = None,
        release: str | None = None,
    ) -> SearchResult:
        """Ranked hits and facets for ``query`` (see ``briefing.search.query``)."""
        from briefing.search.engine import run

        return run(self, query, limit, speaker, kind, after, before, release)

    def match_speakers(self, typed: str) -> list[str]:
        matcher = self.speaker_matcher or default_matcher()
        return list(matcher(typed, self.speakers))

    # ------------------------------------------------------------------ on disk

    _STATE = (
        "_n _releases _rel _kind _section _date _block _speaker _speakers _refs _text "
        "_text_off _tok _tok_off _dense _alive _dead _kind_bm _section_bm _year_bm "
        "_has_speaker _sorted_upto _last_key"
    ).split()

    def dumps(self) -> bytes:
        """The index as bytes (a pickle of flat arrays: loads in a fraction of a build)."""
        return pickle.dumps(self._state(), protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def loads(cls, data: bytes, speaker_matcher: SpeakerMatcher | None = None) -> SearchIndex:
        """Inverse of ``dumps``. Raises ValueError for anything that is not our index."""
        return cls._from_stream(io.BytesIO(data), speaker_matcher)

    def to_file(self, path: str | Path) -> None:
        """Write atomically (temp file + rename): a crash never leaves half an index."""
        path = Path(path)
        tmp = path.with_name(path.name + f".{os.getpid()}.{time.monotonic_ns()}.tmp")
        try:
            with open(tmp, "wb") as out:
                pickle.dump(self._state(), out, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)

    @classmethod
    def from_file(
        cls, path: str | Path, speaker_matcher: SpeakerMatcher | None = None
    ) -> SearchIndex:
        """Read what ``to_file`` wrote (streamed: no second copy of the file in memory)."""
        with open(path, "rb") as stream:
            return cls._from_stream(stream, speaker_matcher)

    def _state(self) -> dict:
        flat = array("I")
        offsets = array("Q", [0])
        for plist in self._post:
            flat.extend(plist)
            offsets.append(len(flat))
        state = {name: getattr(self, name) for name in self._STATE}
        state.update(
            format=FORMAT,
            meta=self.meta,
            vocab=self._vocab.terms,
            postings=flat,
            post_offsets=offsets,
            release_pids=self._release_pids,
            speaker_pids=self._speaker_pids,
        )
        return state

    @classmethod
    def _from_stream(cls, stream, speaker_matcher: SpeakerMatcher | None) -> SearchIndex:
        try:
            state = _Unpickler(stream).load()
            if not isinstance(state, dict) or state.get("format") != FORMAT:
                raise ValueError("not a search index of this version")
            index = cls(speaker_matcher)
            for name in cls._STATE:
                setattr(index, name, state[name])
            index.meta = state["meta"]
            index._vocab = Vocabulary(state["vocab"])
            flat, offsets = state["postings"], state["post_offsets"]
            index._post = [flat[offsets[i] : offsets[i + 1]] for i in range(len(offsets) - 1)]
            index._release_pids = state["release_pids"]
            index._speaker_pids = state["speaker_pids"]
        except ValueError:
            raise
        except Exception as error:  # corrupt, truncated or foreign: the caller rebuilds
            raise ValueError(f"not a search index: {error!r}") from error
        index._release_idx = {rid: i for i, rid in enumerate(index._releases)}
        index._speaker_idx = {name: i for i, name in enumerate(index._speakers)}
        index._init_caches()
        return index


class _Unpickler(pickle.Unpickler):
    """Only the types an index is made of: a tampered cache file cannot run code."""

    _ALLOWED = {("array", "array"), ("array", "_array_reconstructor")}

    def find_class(self, module: str, name: str):  # type: ignore[override]
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a search index")
