"""Full-text search over releases: typo-tolerant, ranked, with facets (no UI code here).

    index = SearchIndex.build(passages)          # Passage per title/paragraph/quote/stat
    result = index.search('"knife crime" speaker:khan after:2023')
    result.hits[0].text, result.hits[0].spans, result.facets["year"]

Modules: ``text`` (folding, tokens), ``query`` (syntax), ``vocab`` (typo/prefix lookup
of a word), ``bitset`` (int bitmaps), ``index`` (storage, build, cache on disk),
``engine`` (matching and ranking), ``speakers`` (``speaker:`` resolution).
"""

from briefing.search.index import SearchIndex
from briefing.search.query import Query, parse_query
from briefing.search.records import Passage, SearchHit, SearchResult

__all__ = ["Passage", "Query", "SearchHit", "SearchIndex", "SearchResult", "parse_query"]
