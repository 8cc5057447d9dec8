"""Full-text search over releases: typo-tolerant, ranked, with facets (no UI code here).

    engine = search.engine.Engine(read_model, speaker_names, match_speakers)
    result = engine.search('"knife crime" speaker:khan after:2023')
    result.hits[0].text, result.hits[0].spans, result.facets["year"]

Modules: ``query`` (syntax), ``vocab`` (typo/prefix expansion of a word over the read
model's vocabulary), ``engine`` (FTS5 queries, ranking tiers, facets), ``results`` (the
hits and facets a search returns), ``service`` (search over one store, as the app and the
command line call it). The index itself is the read model's ``passage_index`` (see
``briefing.store.readmodel``), tokenised by ``briefing.tokens``, which the store shares.
"""
