"""Running one query against a ``SearchIndex``: match set, facets, ranking, spans.

Ranking, in the order a person would apply it:

    tier     whole query as consecutive words   90   (+ section)
             every word, exactly                70   (+ section, + up to 4 for words
                                                      next to each other)
             every word, some by typo/plural/   45   (+ section, + adjacency, + up to 10
             completion                               for how close the typos are)
             (only when no passage has every word) most words: below 45, more words
             always beating fewer
    section  title / quote +10, summary +8, body +7, notes +0
    ties     newer release first

Scores are bounded per (tier, section) group, so groups are visited best-first and
only the newest few passages of a group are scored: a query matching 100,000
passages costs a few bitmap operations plus ~a hundred passage scans.
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter
from dataclasses import replace
from itertools import islice, repeat

from briefing.search import bitset
from briefing.search.index import SearchIndex, _date_int
from briefing.search.query import KIND_ALIASES, Query, parse_period, parse_query
from briefing.search.records import PASSAGE_KINDS, SECTIONS, SearchHit, SearchResult
from briefing.search.text import merge_spans, token_spans
from briefing.search.vocab import INFLECTED

PHRASE, EXACT, SOME_FUZZY = 90.0, 70.0, 45.0
QUOTED, PARTIAL = 91.0, 1.0  # tier ids: only quoted phrases typed / not every word present
ADJACENT_BONUS, TYPO_RANGE = 4.0, 10.0
SECTION_WEIGHT = {"title": 10.0, "quote": 10.0, "summary": 8.0, "body": 7.0, "notes": 0.0}
_SECTION_W = [SECTION_WEIGHT[s] for s in SECTIONS]
MAX_TERMS = 12  # words beyond this are ignored (nobody types them; keeps cost bounded)
PHRASE_BUDGET = 2000  # passages checked for the implicit phrase per query (~1 ms)
FILTER_ONLY_SCORE = 100.0  # filters alone: every passage listed matches fully


def run(
    ix: SearchIndex,
    query: str | Query,
    limit: int = 50,
    speaker: str | None = None,
    kind: str | None = None,
    after: str | None = None,
    before: str | None = None,
    release: str | None = None,
) -> SearchResult:
    # A copy: keyword arguments are applied to it, never to the caller's Query.
    q = (
        replace(query, errors=list(query.errors))
        if isinstance(query, Query)
        else parse_query(query)
    )
    _override(q, speaker, kind, after, before, release)
    result = SearchResult(query=q, messages=list(q.errors))
    universe = _filters(ix, q, result)
    if not q.has_text:
        # Words that clean down to nothing ("the", "?!") find nothing, never everything.
        if q.words or not (q.has_filters or q.exclude):
            return result
        matches = universe & ~_excluded(ix, q, universe)
        _facets(ix, matches, result)
        result.hits = [
            _hit(ix, pid, FILTER_ONLY_SCORE, set(), []) for pid in ix.newest(matches, limit)
        ]
        return result

    terms = q.terms[:MAX_TERMS]
    typing = bool(q.prefix and terms and q.words[-1] == terms[-1])
    vocab = ix._vocab
    expansions = [
        vocab.expand(t, typing and i == len(terms) - 1, ix.df) for i, t in enumerate(terms)
    ]
    words = [_union(ix, exp) for exp in expansions]

    base = universe
    phrase_tids = [_tids(ix, ph) for ph in q.phrases]
    for tids in phrase_tids:
        base = _phrase(ix, tids, base) if tids else 0
    any_word = 0
    for bm in words:
        any_word |= bm
    base &= ~_excluded(ix, q, base & any_word if words else base)

    n = len(terms)
    matches = base
    for bm in words:
        matches &= bm
    groups: list[tuple[float, int, int]] = []  # (tier, bitmap, words matched if partial)
    phrase = None
    if matches or n < 2:
        phrase = _strict_groups(ix, q, terms, matches, groups)
    else:
        matches = _partial_groups(base, words, groups)
        result.partial = bool(matches)
    _facets(ix, matches, result)
    if limit > 0 and matches:
        varmap = _varmap(expansions)
        scored = _rank(ix, groups, n, varmap, phrase, limit)
        # Every word that matched lights up, and each phrase as one span ("of" included,
        # but not every other "of" in the passage).
        marks = set(varmap).union(*(t for t in phrase_tids if len(t) == 1))
        seqs = [t for t in phrase_tids if len(t) > 1]
        implicit = _tids(ix, q.words) if len(q.words) > 1 else []
        if implicit:
            seqs.append(implicit)
        result.hits = [_hit(ix, pid, score, marks, seqs) for score, pid in scored]
    return result


# ---------------------------------------------------------------- match sets


def _override(q: Query, speaker, kind, after, before, release) -> None:
    """Keyword arguments win over what the query text says."""
    if speaker is not None:
        q.speaker = speaker or None
    if release is not None:
        q.release = release or None
    if kind is not None:
        q.kind = KIND_ALIASES.get(kind.lower()) if kind else None
        if kind and q.kind is None:
            q.errors.append(f"unknown kind {kind!r}")
    for name, value in (("after", after), ("before", before)):
        if value is not None:
            start = parse_period(value) if value else None
            if value and start is None:
                q.errors.append(f"{name}: expects a year, year-month or date, not {value!r}")
            setattr(q, name, start.isoformat() if start else None)


def _filters(ix: SearchIndex, q: Query, result: SearchResult) -> int:
    bm = ix._alive
    if q.kind:
        bm &= ix._kind_bm[PASSAGE_KINDS.index(q.kind)]
    if q.speaker:
        names = [n for n in ix.match_speakers(q.speaker) if n in ix._speaker_idx]
        result.speakers = names
        if not names:
            result.messages.append(f"no speaker matches {q.speaker!r}")
            return 0
        who = 0
        for name in names:
            who |= ix.speaker_bitmap(ix._speaker_idx[name])
        bm &= who
    if q.after or q.before:
        bm &= ix.date_range(_date_int(q.after) or 1, _date_int(q.before) or 99999999)
    if q.release:
        prefix = q.release.casefold()
        chosen = array("I")
        for ridx, pids in ix._release_pids.items():
            if ix._releases[ridx].casefold().startswith(prefix):
                chosen.extend(pids)
        bm &= bitset.from_positions(chosen.tolist())
    return bm


def _tids(ix: SearchIndex, words: list[str]) -> list[int]:
    """Exact term ids of a phrase; [] if any word never occurs (the phrase cannot)."""
    ids = ix._vocab.ids
    out = [ids.get(w) for w in words]
    return [] if None in out else out  # type: ignore[return-value]


def _all(ix: SearchIndex, tids: list[int]) -> int:
    bm = -1
    for tid in dict.fromkeys(tids):
        bm &= ix.term_bitmap(tid)
    return bm if bm >= 0 else 0


def _union(ix: SearchIndex, expansion: dict[int, float]) -> int:
    bm = 0
    for tid in expansion:
        bm |= ix.term_bitmap(tid)
    return bm


def _verify(ix: SearchIndex, candidates: int, tids: list[int]) -> int:
    """The candidates whose tokens contain ``tids`` consecutively.

    One bytearray.find per candidate on its slice of the token blob, driven by map() so
    the loop runs in C: ~0.2 us a passage.
    """
    if len(tids) < 2 or not candidates:
        return candidates
    pattern = array("I", tids).tobytes()
    pids = bitset.positions(candidates)
    off = ix._tok_off
    ends = off[1:]  # a 2 MB copy, cheaper than adding 1 to every pid in Python
    found = map(
        ix._tok.find, repeat(pattern), map(off.__getitem__, pids), map(ends.__getitem__, pids)
    )
    keep = [
        pid
        for pid, i in zip(pids, found, strict=True)
        if i >= 0 and (not i & 3 or _contains(ix, pid, pattern))
    ]
    return bitset.from_positions(keep)


def _excluded(ix: SearchIndex, q: Query, space: int) -> int:
    """Passages of ``space`` with an excluded word (or its plural/singular) or phrase."""
    out = 0
    for words in q.exclude:
        if len(words) == 1:
            forms = ix._vocab.expand(words[0], False, ix.df)
            out |= space & _union(ix, {t: v for t, v in forms.items() if v >= INFLECTED})
            continue
        tids = _tids(ix, words)
        if tids:
            out |= _phrase(ix, tids, space)
    return out


def _phrase(ix: SearchIndex, tids: list[int], within: int) -> int:
    """Passages of ``within`` containing the phrase ``tids``.

    Checking a common phrase costs ~0.5 us a passage, so when ``within`` holds most of
    the phrase's candidates, all of them are checked once and kept for the next
    keystrokes (the quoted phrase stays while the user types the rest of the query).
    """
    if len(tids) < 2:
        return within & _all(ix, tids)
    key = tuple(tids)
    cache = ix._phrases
    known = cache.get(key)
    if known is None:
        everywhere = ix._alive & _all(ix, tids)
        candidates = within & everywhere
        if candidates.bit_count() * 4 < everywhere.bit_count():
            return _verify(ix, candidates, tids)  # a narrow filter: check just those
        known = cache[key] = _verify(ix, everywhere, tids)
        if len(cache) > 32:
            cache.popitem(last=False)
    return known & within


def _strict_groups(ix, q: Query, terms, matches: int, groups: list) -> bytes | None:
    """Tiers when some passages have every word; returns the implicit phrase pattern."""
    n = len(terms)
    if n == 0:  # only quoted phrases: every match is an exact phrase match
        groups.append((QUOTED, matches, 0))
        return None
    exact = [ix._vocab.ids.get(t) for t in terms]
    exact_all = matches & _all(ix, exact) if None not in exact else 0  # type: ignore[arg-type]
    seq = _tids(ix, q.words) if len(q.words) > 1 else []
    for tier, bm in ((EXACT, exact_all), (SOME_FUZZY, matches & ~exact_all)):
        if bm:
            groups.append((tier, bm, 0))
    return array("I", seq).tobytes() if seq and exact_all else None


def _partial_groups(base: int, words: list[int], groups: list) -> int:
    """No passage has every word: group passages by how many words they have."""
    planes: list[int] = []  # bit-sliced counter: plane i holds bit i of each passage's count
    for bm in words:
        carry = bm & base
        for i in range(len(planes)):
            if not carry:
                break
            planes[i], carry = planes[i] ^ carry, planes[i] & carry
        if carry:
            planes.append(carry)
    n = len(words)
    union = 0
    for j in range(n - 1, max(1, n // 2) - 1, -1):
        if j >> len(planes):
            continue  # no passage has that many words: the counter never got that high
        bm = base
        for i, plane in enumerate(planes):
            bm = bm & plane if (j >> i) & 1 else bm & ~plane
        if bm:
            groups.append((PARTIAL, bm, j))
            union |= bm
    return union


def _partial_score(j: int, n: int, fraction: float) -> float:
    """More words always beat fewer; ``fraction`` in [0, 1) orders passages within j."""
    return 5.0 + 39.0 * ((j - 1) + min(fraction, 0.999)) / n


# ---------------------------------------------------------------- ranking


def _varmap(expansions: list[dict[int, float]]) -> dict[int, list[tuple[int, float]]]:
    """Term id -> [(query word index, quality)]: what a token in a passage stands for."""
    out: dict[int, list[tuple[int, float]]] = {}
    for i, exp in enumerate(expansions):
        for tid, quality in exp.items():
            out.setdefault(tid, []).append((i, quality))
    return out


def _bound(tier: float, w: float, j: int, n: int, phrase: bool) -> float:
    """The best score any passage of a (tier, section) cell can get."""
    if tier == PARTIAL:
        return _partial_score(j, n, 1.0)
    if tier == QUOTED:
        return PHRASE + w
    if tier == EXACT and phrase:
        return PHRASE + w
    bonus = ADJACENT_BONUS if n > 1 else 0.0
    return tier + w + bonus + (TYPO_RANGE if tier == SOME_FUZZY else 0.0)


def _rank(ix: SearchIndex, groups: list, n: int, varmap, phrase: bytes | None, limit: int):
    """Best ``limit`` (score, pid), visiting (tier, section) cells best-first.

    Inside a cell passages come newest first, and scores vary only a little (adjacency,
    typo closeness), so the newest few are scored and the rest skipped. The implicit
    phrase is checked per passage as it comes (one bytes.find), stopping once ``limit``
    phrase matches are found or ``PHRASE_BUDGET`` passages were checked.
    """
    by_weight: dict[float, int] = {}  # sections that weigh the same share a cell
    for code, section_bm in enumerate(ix._section_bm):
        by_weight[_SECTION_W[code]] = by_weight.get(_SECTION_W[code], 0) | section_bm
    cells = []
    for tier, bm, j in groups:
        for w, section_bm in by_weight.items():
            cell = bm & section_bm
            if cell:
                cells.append((_bound(tier, w, j, n, phrase is not None), tier, w, cell, j))
    cells.sort(key=lambda c: -c[0])
    date, rel, block, releases = ix._date, ix._rel, ix._block, ix._releases
    heap: list[tuple] = []  # min-heap of the best so far

    def push(score: float, pid: int) -> None:
        key = (round(score, 1), date[pid], releases[rel[pid]], -block[pid], pid)
        if len(heap) < limit:
            heapq.heappush(heap, key)
        elif key > heap[0]:
            heapq.heapreplace(heap, key)

    budget = PHRASE_BUDGET
    for top, tier, w, cell, j in cells:
        if len(heap) >= limit and top < heap[0][0]:
            break  # no later cell can reach the current worst hit
        fixed = tier == QUOTED or (tier == EXACT and n == 1 and phrase is None)
        k = limit if fixed else max(2 * limit, 60)  # sample of the newest: see docstring
        newest = ix.iter_newest(cell)
        if tier == QUOTED:
            for pid in islice(newest, k):
                push(PHRASE + w, pid)
        elif tier == EXACT and phrase is not None:
            taken = found = 0
            for pid in newest:
                if taken >= k and budget <= 0:
                    break
                budget -= 1
                if _contains(ix, pid, phrase):
                    push(PHRASE + w, pid)
                    found += 1
                    if found >= limit:
                        break  # older phrase matches of this cell can only lose ties
                elif taken < k:
                    push(_score(ix.token_ids(pid), tier, w, n, varmap, j), pid)
                    taken += 1
        elif fixed:
            for pid in islice(newest, k):
                push(tier + w, pid)
        else:
            for pid in islice(newest, k):
                push(_score(ix.token_ids(pid), tier, w, n, varmap, j), pid)
    best = sorted(heap, reverse=True)
    return [(key[0], key[-1]) for key in best]


def _contains(ix: SearchIndex, pid: int, pattern: bytes) -> bool:
    off = ix._tok_off
    end = off[pid + 1]
    find = ix._tok.find
    i = find(pattern, off[pid], end)
    while i >= 0 and i & 3:  # matched across a token boundary: look further
        i = find(pattern, i + 1, end)
    return i >= 0


def _score(tokens: array, tier: float, w: float, n: int, varmap, j: int) -> float:
    present = varmap.keys() & set(tokens)
    best = [0.0] * n
    for tid in present:
        for i, quality in varmap[tid]:
            if quality > best[i]:
                best[i] = quality
    adjacent = 0.0
    if n > 1 and len(present) > 1:
        where: list[set[int]] = [set() for _ in range(n)]
        for pos, tid in [(pos, tid) for pos, tid in enumerate(tokens) if tid in present]:
            for i, _ in varmap[tid]:
                where[i].add(pos)
        pairs = 0
        for i in range(n - 1):
            following = where[i + 1]
            if any(p + 1 in following or p + 2 in following for p in where[i]):
                pairs += 1
        adjacent = ADJACENT_BONUS * pairs / (n - 1)
    matched = [b for b in best if b > 0]
    closeness = (sum(matched) / len(matched) - 0.7) / 0.3 if matched else 0.0
    closeness = min(max(closeness, 0.0), 0.999)
    if tier == PARTIAL:
        return _partial_score(j, n, (w + adjacent + TYPO_RANGE * closeness) / 24.01)
    if tier == SOME_FUZZY:
        return tier + w + adjacent + TYPO_RANGE * closeness
    return tier + w + adjacent


# ---------------------------------------------------------------- results


def _facets(ix: SearchIndex, matches: int, result: SearchResult) -> None:
    kinds = {}
    for code, bm in enumerate(ix._kind_bm):
        count = (matches & bm).bit_count()
        if count:
            kinds[PASSAGE_KINDS[code]] = count
    years = {}
    for year in sorted(ix._year_bm, reverse=True):
        count = (matches & ix._year_bm[year]).bit_count()
        if count:
            years[str(year)] = count
    speaker_of, names = ix._speaker, ix._speakers
    quoted = matches & ix._has_speaker
    counts: Counter[int] = Counter()
    if quoted.bit_count() > 2000:  # many quotes: popcounts beat listing them one by one
        major, rest = ix.speaker_groups()
        for sidx, bm in major:
            counts[sidx] = (quoted & bm).bit_count()
        quoted &= rest
    counts.update(map(speaker_of.__getitem__, bitset.positions(quoted)))
    counts = +counts  # drop zeros
    ranked = sorted(counts.items(), key=lambda item: (-item[1], names[item[0]]))
    result.facets = {
        "speaker": {names[s]: c for s, c in ranked},
        "year": years,
        "kind": kinds,
    }
    result.total = matches.bit_count()


def _spans(
    ix: SearchIndex, pid: int, text: str, marks: set[int], seqs: list[list[int]]
) -> list[tuple[int, int]]:
    tokens = ix.token_ids(pid)
    spans = token_spans(text)
    if len(spans) != len(tokens):  # cannot happen: same regex both ways; never mis-highlight
        return []
    out = [spans[i] for i, tid in enumerate(tokens) if tid in marks]
    for seq in seqs:
        m = len(seq)
        for i in range(len(tokens) - m + 1):
            if tokens[i] == seq[0] and tokens[i : i + m].tolist() == seq:
                out.append((spans[i][0], spans[i + m - 1][1]))
    return merge_spans(out)


def _hit(
    ix: SearchIndex, pid: int, score: float, marks: set[int], seqs: list[list[int]]
) -> SearchHit:
    p = ix.passage(pid)
    return SearchHit(
        release_id=p.release_id, kind=p.kind, text=p.text, speaker=p.speaker,
        score=round(score, 1), spans=_spans(ix, pid, p.text, marks, seqs) if marks else [],
        date=p.date, block=p.block, ref=p.ref, section=p.section,
    )  # fmt: skip
