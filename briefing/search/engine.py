"""Running one query over the read model's FTS5 index: match, rank, highlight.

SQLite's FTS5 finds the passages; this module decides what to ask it and in what
order. Ranking, in the order a person would apply it:

    tier     whole query as consecutive words   90   (+ section)
             every word, exactly                70   (+ section, + up to 4 for words
                                                      next to each other)
             every word, some by typo/plural/   45   (+ section, + adjacency, + up to 10
             completion                               for how close the typos are)
             (only when no passage has every word) most words: below 45, more words
             always beating fewer
    section  title / quote +10, summary +8, body +7, notes +0
    ties     newer release first

A passage's rowid is (section group, day, sequence), so each (tier, section) cell is
one FTS5 query ``ORDER BY rowid LIMIT k`` over a rowid range: the newest
passages of the cell, without sorting. Cells are visited best-first and the visit
stops once no later cell can beat the hits already found; within a cell scores vary
only a little (adjacency, typo closeness), so only its newest few are scored.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from briefing.search.query import KIND_ALIASES, KINDS, Query, parse_period, parse_query
from briefing.search.results import SearchHit, SearchResult
from briefing.search.vocab import INFLECTED, Vocabulary
from briefing.store.readmodel import (
    MAX_DAY,
    MAX_SEQ,
    ReadModel,
    attribution_suffix,
    date_of_day,
    day_number,
    kind_tag,
    release_tag,
    rowid_day,
    rowid_group,
    rowid_range,
    speaker_tag,
)
from briefing.tokens import merge_spans, token_spans, tokens

# A word's expansions: {vocabulary word: weight}; a varmap: word -> [(term index, weight)].
Expansions = dict[str, float]
VarMap = dict[str, list[tuple[int, float]]]
# One FTS query to run: (best score possible, tier, expression, group, weight, fixed score).
Cell = tuple[float, float, str, int, float, bool]
# A ranked passage, compared as a whole: (score, day, release id, -block, sequence, rowid).
RankKey = tuple[float, int, str, int, int, int]

PHRASE, EXACT, SOME_FUZZY = 90.0, 70.0, 45.0
QUOTED, PARTIAL = 91.0, 1.0  # tier ids: only quoted phrases typed / not every word present
ADJACENT_BONUS, TYPO_RANGE = 4.0, 10.0
GROUP_WEIGHT = {3: 10.0, 2: 8.0, 1: 7.0, 0: 0.0}  # title and quote, summary, body, notes
MAX_TERMS = 12  # words beyond this are ignored (nobody types them; keeps cost bounded)
FILTER_ONLY_SCORE = 100.0  # filters alone: every passage listed matches fully
PARTIAL_CANDIDATES = 400  # best BM25 passages scored when no passage has every word
COUNT_CAP = 1_000  # matches counted exactly up to here ("1,000+" beyond)
FACET_SAMPLE = 500  # newest matches the speaker, year and kind facets are counted over
_ALL_KINDS = "tags : (" + " OR ".join(kind_tag(k) for k in KINDS) + ")"


def _quoted(words: Sequence[str]) -> str:
    """An FTS5 string: one word, or a phrase when several."""
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def _any(terms: Sequence[str]) -> str:
    return "(" + " OR ".join(_quoted([t]) for t in terms) + ")"


class Engine:
    """Search over one read model. Thread-safe as the read model is."""

    def __init__(
        self,
        model: ReadModel,
        speaker_names: Callable[[], Sequence[str]],
        match_speakers: Callable[[str, Sequence[str]], list[str]],
    ) -> None:
        self.model = model
        self.vocab = Vocabulary(model)
        self._speaker_names = speaker_names  # () -> every name quoted
        self._match_speakers = match_speakers  # (typed, names) -> canonical names

    def search(
        self,
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
        self.vocab.refresh()
        plan = _Plan(self, q, result)
        if plan.empty:
            return result
        if not q.has_text:
            # Words that clean down to nothing ("the", "?!") find nothing, never everything.
            if q.words or not (q.has_filters or q.exclude):
                return result
            plan.filter_only(limit)
            return result
        plan.ranked(limit)
        return result


class _Plan:
    """One query turned into FTS5 expressions, run cell by cell."""

    def __init__(self, engine: Engine, q: Query, result: SearchResult) -> None:
        self.engine, self.model, self.q, self.result = engine, engine.model, q, result
        self.empty = False
        tags: list[str] = []
        if q.kind:
            tags.append(f"tags : {kind_tag(q.kind)}")
        if q.speaker:
            names = engine._match_speakers(q.speaker, engine._speaker_names())
            result.speakers = names
            if not names:
                result.messages.append(f"no speaker matches {q.speaker!r}")
                self.empty = True
            else:
                tags.append("tags : (" + " OR ".join(speaker_tag(n) for n in names) + ")")
        if q.release:
            prefix = "".join(ch for ch in q.release.casefold() if ch.isalnum())
            tags.append(f"tags : {release_tag(prefix)}*" if prefix else _ALL_KINDS)
        self.filters = " AND ".join(tags)
        self.days = (0, MAX_DAY)
        if q.after or q.before:
            first = day_number(q.after) if q.after else 1
            last = day_number(q.before) - 1 if q.before else MAX_DAY
            self.days = (max(first, 1), last)
            self.empty = self.empty or last < max(first, 1)
        self.exclude = self._exclusions()

    def _exclusions(self) -> str:
        parts = []
        for words in self.q.exclude:
            if len(words) == 1:
                forms = self.engine.vocab.expand(words[0], False)
                kept = [t for t, quality in forms.items() if quality >= INFLECTED] or [words[0]]
                parts.append(_any(kept))
            else:
                parts.append(_quoted(words))
        return " OR ".join(parts)

    def expression(self, *parts: str) -> str:
        """AND of the words ``parts`` (in the text, never the tags) and the filters,
        less the excluded words."""
        words = [p for p in parts if p]
        positive = [f"text : ({' AND '.join(words)})"] if words else []
        positive += [self.filters] if self.filters else []
        text = " AND ".join(positive or [_ALL_KINDS])
        return f"({text}) NOT text : ({self.exclude})" if self.exclude else text

    # ------------------------------------------------------------ running

    def rowids(self, expression: str, group: int, k: int) -> list[int]:
        low, high = rowid_range(group, *self.days)
        return [
            row[0]
            for row in self.model.all(
                "SELECT rowid FROM passage_index WHERE passage_index MATCH ? "
                "AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?",
                (expression, low, high, k),
            )
        ]

    def facets(self, expression: str) -> None:
        """How many passages match (exactly up to ``COUNT_CAP``), and the speakers, years
        and kinds of the newest ``FACET_SAMPLE`` of the first ``COUNT_CAP`` matches in
        section order (every match when there are fewer). One read serves both."""
        found: list[int] = []
        for group in GROUP_WEIGHT:
            found += self.rowids(expression, group, COUNT_CAP + 1 - len(found))
            if len(found) > COUNT_CAP:
                break
        self.result.total = min(len(found), COUNT_CAP)
        self.result.total_exact = len(found) <= COUNT_CAP
        if not found:
            return
        sample = heapq.nlargest(FACET_SAMPLE, found, key=rowid_day)
        speakers: Counter[str] = Counter()
        years: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for rowid, kind, speaker in self.model.all(
            "SELECT rowid, kind, speaker FROM passages "
            f"WHERE rowid IN ({', '.join('?' * len(sample))})",
            sample,
        ):
            kinds[kind] += 1
            if speaker:
                speakers[speaker] += 1
            day = rowid_day(rowid)
            if day:
                years[str(date_of_day(day).year)] += 1
        self.result.facets = {
            "speaker": dict(sorted(speakers.items(), key=lambda item: (-item[1], item[0]))),
            "year": dict(sorted(years.items(), reverse=True)),
            "kind": {kind: kinds[kind] for kind in KINDS if kinds[kind]},
        }

    def filter_only(self, limit: int) -> None:
        expression = self.expression()
        self.facets(expression)
        found: list[int] = []
        for group in GROUP_WEIGHT:
            found += self.rowids(expression, group, limit)
        newest = heapq.nlargest(limit, found, key=lambda r: (rowid_day(r), r & MAX_SEQ))
        self.result.hits = self.hits([(FILTER_ONLY_SCORE, r) for r in newest], set(), [])

    def ranked(self, limit: int) -> None:
        q, vocab = self.q, self.engine.vocab
        terms = q.terms[:MAX_TERMS]
        typing = bool(q.prefix and terms and q.words[-1] == terms[-1])
        expansions = [vocab.expand(t, typing and i == len(terms) - 1) for i, t in enumerate(terms)]
        phrases = [_quoted(words) for words in q.phrases if words]
        words = [_any(list(exp)) for exp in expansions if exp]
        n = len(terms)
        if len(words) == n:
            self.facets(self.expression(*words, *phrases))
        # else a word matches nothing: no passage has every word (see ``_partial``)
        varmap = _varmap(expansions)
        marks = set(varmap).union(*(set(w) for w in q.phrases if len(w) == 1))
        seqs = [w for w in q.phrases if len(w) > 1]
        if len(q.words) > 1:
            seqs.append(list(q.words))
        if limit <= 0:
            return
        if self.result.total:
            cells = self._cells(terms, words, phrases, expansions)
            scored = self._rank(cells, n, varmap, limit)
        else:
            if n < 2 or self.empty:
                return
            scored = self._partial(expansions, phrases, varmap, n, limit)
            self.result.partial = bool(scored)
        self.result.hits = self.hits(scored, marks, seqs)

    def _cells(
        self,
        terms: list[str],
        words: list[str],
        phrases: list[str],
        expansions: list[Expansions],
    ) -> list[Cell]:
        """(best score possible, tier, expression, group, weight, fixed score) per cell."""
        q = self.q
        n = len(terms)
        tiers: list[tuple[float, str, bool]] = []
        if n == 0:
            tiers.append((QUOTED, self.expression(*phrases), True))
        else:
            exact_words = [_quoted([t]) for t in terms]
            exact_known = all(
                t in exp and exp[t] == 1.0 for t, exp in zip(terms, expansions, strict=True)
            )
            implicit = _quoted(q.words) if len(q.words) > 1 and exact_known else None
            exact = self.expression(*exact_words, *phrases)
            if implicit:
                tiers.append((PHRASE, self.expression(implicit, *phrases), True))
                exact = f"({exact}) NOT text : {implicit}"
            if exact_known:
                tiers.append((EXACT, exact, n == 1))
            everything = self.expression(*words, *phrases)
            fuzzy = (
                f"({everything}) NOT ({' AND '.join(exact_words)})" if exact_known else everything
            )
            tiers.append((SOME_FUZZY, fuzzy, False))
        cells = []
        for tier, expression, fixed in tiers:
            for group, weight in GROUP_WEIGHT.items():
                cells.append((_bound(tier, weight, n), tier, expression, group, weight, fixed))
        cells.sort(key=lambda cell: -cell[0])
        return cells

    def _rank(
        self, cells: list[Cell], n: int, varmap: VarMap, limit: int
    ) -> list[tuple[float, int]]:
        heap: list[RankKey] = []  # min-heap of the best so far

        def push(score: float, rowid: int, release_id: str, block: int) -> None:
            # Ties: newer, then the passage indexed later (as before rowids counted down).
            key = (round(score, 1), rowid_day(rowid), release_id, -block, rowid & MAX_SEQ, rowid)
            if len(heap) < limit:
                heapq.heappush(heap, key)
            elif key > heap[0]:
                heapq.heapreplace(heap, key)

        for top, tier, expression, group, weight, fixed in cells:
            if len(heap) >= limit and top < heap[0][0]:
                break  # no later cell can reach the current worst hit
            k = limit if fixed else max(2 * limit, 60)
            rowids = self.rowids(expression, group, k)
            if not rowids:
                continue
            for rowid, release_id, block, text in self._passages(rowids):
                if tier in (QUOTED, PHRASE):
                    score = PHRASE + weight
                elif fixed:
                    score = tier + weight
                else:
                    score = _score(tokens(text), tier, weight, n, varmap, 0)
                push(score, rowid, release_id, block)
        best = sorted(heap, reverse=True)
        return [(key[0], key[-1]) for key in best]

    def _partial(
        self, expansions: list[Expansions], phrases: list[str], varmap: VarMap, n: int, limit: int
    ) -> list[tuple[float, int]]:
        """No passage has every word: the passages with most of them, more always first."""
        present = [_any(list(exp)) for exp in expansions if exp]
        if not present:
            return []
        expression = self.expression("(" + " OR ".join(present) + ")", *phrases)
        rows = self.model.all(
            "SELECT rowid FROM passage_index WHERE passage_index MATCH ? ORDER BY rank LIMIT ?",
            (expression, PARTIAL_CANDIDATES),
        )
        low = max(1, n // 2)
        found: list[RankKey] = []
        for rowid, release_id, block, text in self._passages([r[0] for r in rows]):
            words = tokens(text)
            matched = {i for w in set(words) for i, _ in varmap.get(w, ())}
            j = len(matched)
            if j < low or j >= n:
                continue
            if not self._in_days(rowid):
                continue
            weight = GROUP_WEIGHT[rowid_group(rowid)]
            score = _score(words, PARTIAL, weight, n, varmap, j)
            found.append(
                (round(score, 1), rowid_day(rowid), release_id, -block, rowid & MAX_SEQ, rowid)
            )
        found.sort(reverse=True)
        self.result.total = len(found)
        self.result.total_exact = True
        return [(key[0], key[-1]) for key in found[:limit]]

    def _in_days(self, rowid: int) -> bool:
        day = rowid_day(rowid)
        return self.days[0] <= day <= self.days[1]

    def _passages(self, rowids: list[int]) -> list[tuple[int, str, int, str]]:
        rows = self.model.all(
            f"SELECT rowid, release_id, block, text FROM passages WHERE rowid IN "
            f"({', '.join('?' * len(rowids))})",
            rowids,
        )
        order = {rowid: i for i, rowid in enumerate(rowids)}
        return sorted(rows, key=lambda row: order[row[0]])

    def hits(
        self, scored: list[tuple[float, int]], marks: set[str], seqs: list[list[str]]
    ) -> list[SearchHit]:
        if not scored:
            return []
        rowids = [rowid for _, rowid in scored]
        rows = {
            row[0]: row
            for row in self.model.all(
                "SELECT p.rowid, p.release_id, p.kind, p.text, p.speaker, p.block, p.ref, "
                "p.section, r.date FROM passages p JOIN releases r ON r.id = p.release_id "
                f"WHERE p.rowid IN ({', '.join('?' * len(rowids))})",
                rowids,
            )
        }
        out = []
        for score, rowid in scored:
            row = rows.get(rowid)
            if row is None:
                continue
            _, release_id, kind, text, speaker, block, ref, section, iso = row
            suffix = attribution_suffix(speaker) if kind == "quote" else ""
            if suffix and text.endswith(suffix):
                text = text[: -len(suffix)]
            out.append(
                SearchHit(
                    release_id=release_id,
                    kind=kind,
                    text=text,
                    speaker=speaker,
                    score=round(score, 1),
                    spans=_spans(text, marks, seqs) if marks or seqs else [],
                    date=iso,
                    block=block,
                    ref=ref,
                    section=section,
                )
            )
        return out


def _override(
    q: Query,
    speaker: str | None,
    kind: str | None,
    after: str | None,
    before: str | None,
    release: str | None,
) -> None:
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


def _varmap(expansions: list[Expansions]) -> VarMap:
    """Term -> [(query word index, quality)]: what a word in a passage stands for."""
    out: dict[str, list[tuple[int, float]]] = {}
    for i, exp in enumerate(expansions):
        for term, quality in exp.items():
            out.setdefault(term, []).append((i, quality))
    return out


def _bound(tier: float, weight: float, n: int) -> float:
    """The best score any passage of a (tier, section) cell can get."""
    if tier in (QUOTED, PHRASE):
        return PHRASE + weight
    bonus = ADJACENT_BONUS if n > 1 else 0.0
    return tier + weight + bonus + (TYPO_RANGE if tier == SOME_FUZZY else 0.0)


def _partial_score(j: int, n: int, fraction: float) -> float:
    """More words always beat fewer; ``fraction`` in [0, 1) orders passages within j."""
    return 5.0 + 39.0 * ((j - 1) + min(fraction, 0.999)) / n


def _score(words: list[str], tier: float, weight: float, n: int, varmap: VarMap, j: int) -> float:
    present = varmap.keys() & set(words)
    best = [0.0] * n
    for term in present:
        for i, quality in varmap[term]:
            if quality > best[i]:
                best[i] = quality
    adjacent = 0.0
    if n > 1 and len(present) > 1:
        where: list[set[int]] = [set() for _ in range(n)]
        for pos, word in enumerate(words):
            if word in present:
                for i, _ in varmap[word]:
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
        return _partial_score(j, n, (weight + adjacent + TYPO_RANGE * closeness) / 24.01)
    if tier == SOME_FUZZY:
        return tier + weight + adjacent + TYPO_RANGE * closeness
    return tier + weight + adjacent


def _spans(text: str, marks: set[str], seqs: list[list[str]]) -> list[tuple[int, int]]:
    words = tokens(text)
    spans = token_spans(text)
    out = [spans[i] for i, word in enumerate(words) if word in marks]
    for seq in seqs:
        m = len(seq)
        for i in range(len(words) - m + 1):
            if words[i] == seq[0] and words[i : i + m] == seq:
                out.append((spans[i][0], spans[i + m - 1][1]))
    return merge_spans(out)
