"""Direct quotes in a release: the exact words, whole, and who said them.

Releases write quotes in a few ways, and these rules cover them rather than any
one file:

* attribution before the quote, on the same line (``X said: “...``) or on a
  line of its own ending in ``said:`` or just ``:``;
* attribution after it (``“...,” said Sadiq Khan.`` / ``“...,” the Mayor said.``);
* several paragraphs, each opening with a quote mark and only the last closing;
* curly or straight double quotes, even mixed, or single curly quotes;
* typos: a closing mark the wrong way round, an unclosed last quote.

Quote marks are told apart by where they sit (an opening mark starts a word, a
closing one ends it), not by their glyph, so wrong-way and straight marks work
and an apostrophe inside a word (Mayor’s) is never a quote mark. A quoted phrase
with no attribution (‘golden quarter’, “deliver bold ... solutions”) is a scare
quote or a fragment of narrative, not a speaker's quote.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefing.model import TITLE, Block, ExtractedQuote, QuoteKind
from briefing.parse.speakers import (
    LOWER_CASE_POST,
    NAME_PARTICLES,
    body_speaking,
    canonical_speaker,
    last_person,
    office_speaks,
    only_person,
    post_without_name,
    pronoun_fits,
    role_like,
    split_name_role,
    spokesperson_for,
    title_in_context,
    title_in_full,
)

DOUBLE = '“”"„‟″'
SINGLE = "‘’'‚‛"
_MARKS = DOUBLE + SINGLE
_OPEN_AFTER = "([{—–-/:;"  # characters an opening mark may follow without a space
_CLOSE_BEFORE = ",.;:!?)]}—–-…"  # characters a closing mark may be followed by

# (with "went on to say", "goes on to say": the speaker going on from reported words)
VERBS = (
    r"(?:said|says|say|added|adds|continued|continues|explained|explains|commented|stated|told|warned|"
    r"noted|remarked|concluded|declared|urged|insisted|responded|replied|emphasised|"
    r"emphasized|stressed|acknowledged|announced|argued|observed|reflected|agreed|"
    r"went\s+on(?:\s+to\s+(?:say|add))?|goes\s+on\s+to\s+(?:say|add)|"
    r"welcomed|wrote|writes|tweeted|tweets|asked|asks)"
)
# "X released the following statement:", "X issued this statement:": a statement's own
# lead-in, its verb not one of speaking.
_STATEMENT_GIVEN = (
    r"(?:has\s+)?(?:released|issued|made|gave|given|provided|published)\s+"
    r"(?:the\s+following|this|a|his|her)\s+statement"
)
# "..., said:" / "X said in a statement:" (a short tail is allowed only before a colon:
# the channel or the occasion, up to 60 characters, "X said via her official Twitter
# account @NorthTownCops:"), "X said, responding to the figures:".
# An announcement's words given ahead of the speech: "The Prime Minister will say:",
# "He’ll say:", "The Home Secretary is expected to say:"; and words a speaker would go no
# further than: "A spokeswoman would only say:".
_FUTURE_SPEECH = r"(?:[\s,]+(?:will|would\s+only|is\s+(?:expected|set)\s+to)|['’]ll)\s+(?:say|add)"
# An adverb of time between the subject and its verb is no part of who speaks: "Home
# Secretary, Suella Braverman recently said:", "Mr Khan also warned ...".
_SPEECH_ADVERB = r"(?:\s+(?:also|today|yesterday|previously|later|further|recently|earlier))?"
# The time the words were said, after the verb: "The police said this afternoon, “...”",
# "X said in 2008, “...”", "X said on Monday, “...”".
_SPOKEN_WHEN = re.compile(
    r",?\s+(?:this\s+(?:morning|afternoon|evening|week)|today|yesterday|tonight"
    r"|last\s+(?:night|week|month|year)|in\s+(?:19|20)\d\d"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"^(?P<who>.+?){_SPEECH_ADVERB}(?:[\s,]+(?:{VERBS}|{_STATEMENT_GIVEN})|{_FUTURE_SPEECH})"
    rf"(?P<tail>,?\s+[^,:“”\"]{{1,60}})?$"
)
# "He said that only one owner in ten used a lock, adding:" / "..., saying:": the reported
# sentence's subject goes on to the words after the colon. So does a person named in
# full as the subject of any act in the past ("Khan placed part of the blame on the
# Government, saying:"), but not one acted on ("Khan was criticised by ..., saying:"
# may be the critic speaking).
_SPEAKING_PARTICIPLE = r"(?:adding|saying|explaining|continuing|warning|stressing|insisting)"
# The participle may name whom the words are about: "..., saying of Sir Keir:" is still
# the subject speaking, never the one the words are of.
_PARTICIPLE_OF = rf"{_SPEAKING_PARTICIPLE}(?:\s+of\s+[^,;:“”\"]{{1,40}})?"
_GOES_ON_SPEAKING = re.compile(rf"^,?\s+(?:before\s+|and\s+)?{_SPEAKING_PARTICIPLE}\b")
_ENDS_ON_PARTICIPLE = re.compile(rf",\s+{_SPEAKING_PARTICIPLE}\s*$")
_WORDS_OF = re.compile(rf",\s+{_SPEAKING_PARTICIPLE}\s+of\s+[^,;:“”\"]{{1,40}}$")
# So does the subject of a verb joined on after the act ("The Labour leader welcomed the
# news ..., then asked:", "She repeated her statement that “...” before adding:", "But
# DCI Jane Doe was quick to praise the team, saying:").
_ADDING_LEAD = re.compile(
    r"^(?:(?:But|And|Meanwhile|However|Now|Today),\s+)?"
    rf"(?P<who>[^,;:“”\"]{{1,80}}?(?:,\s[^,;:“”\"]{{1,80}},)?)\s+"
    rf"(?:{VERBS}|(?P<acted>[a-z]{{2,}}ed|(?:was|were)\s+[a-z]+\s+to\s+[a-z]+))\b[^:]*"
    rf"(?:(?:,\s+|\s+before\s+){_PARTICIPLE_OF}|,?\s+(?:and\s+)?then\s+{VERBS})$"
)
# "Jane Roe denied that ..., but the Commissioner disagreed, adding:": a clause joined on
# with a subject of its own; the one going on speaking is that clause's subject.
_JOINED_SUBJECT_CLAUSE = re.compile(r"^.*,\s+(?:but|and|yet)\s+(?=(?:the\s+)?[A-Z]|(?:he|she)\s)")
# "Funding was cut last year, Mrs May said, adding:": an attribution set in after the
# reported words, its subject the one who goes on speaking, whatever the words' subject.
_SET_IN_THEN_ADDING = re.compile(
    rf",\s+(?P<who>[^,;:“”\"]{{1,60}}?){_SPEECH_ADVERB}\s+{VERBS},\s+{_PARTICIPLE_OF}$"
)
# "Jane Doe has now claimed that there would be ...:": a reported clause before a colon,
# its subject the part next to the verb ("Responding to ..., minister Jane Doe explained").
_REPORTED_COLON = re.compile(
    r"^(?:[^,;:“”\"]*,\s+)*?(?P<who>[^,;:“”\"]{1,80}?)\s+"
    rf"(?:(?:has|have|had)\s+)?(?:(?:now|today|also)\s+)?(?:{VERBS}|claimed|promised)"
    r"\s+that\s[^:“”\"]+$"
)
# An aside in brackets after the verb, before the colon.
_ASIDE = re.compile(r"\s*\([^()]{1,100}\)$")
# "Joanne McCartney AM said the new panel “faces a challenge ...": the quotation goes on
# from the reported words, in lower case, to its paragraph's end.
_REPORTED_LEAD = re.compile(
    rf"^(?P<who>[^;:“”\"]+?)\s+{VERBS}\s+(?:that\s+)?(?P<tail>[^,;:“”\"‘’]{{1,40}}?)\s*$"
)
# "Mr Khan also warned the announcement did “not even make up for ... has grown”.", "She
# said "a lot of this is gang-related, ...".", "Priti Patel said the announcement showed
# the Government was “delivering ...” and would mean “more officers ...”.": one long
# quoted clause ending its paragraph, after reported words that may quote a phrase.
_REPORTED_CLAUSE = re.compile(
    rf"^(?P<who>[^;:“”\"]+?){_SPEECH_ADVERB}\s+{VERBS}"
    r"(?:\s+(?:that\s+)?(?P<tail>[^;:]{1,160}?))?\s*$"
)
_CLAUSE_MIN_WORDS = 12
# The words opening a subordinate clause a reporting clause may be set in.
_SUBORDINATORS = (" where ", " when ")
# "Sir Mark Rowley has vowed to “confront the culture ... alike” following ...": a long
# quoted clause of what the subject pledged to do, wherever the sentence goes on.
_PLEDGE_LEAD = re.compile(
    r"^(?P<who>[^;:“”\"]+?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:vowed|pledged|promised)\s+to\s*$"
)
# Speakers a pronoun, surname or title is resolved against: the latest distinct ones.
# Real releases quote a dozen people at most; every attribution reads this list, so a
# file quoting thousands of people would otherwise read thousands of names each time.
KNOWN_SPEAKERS_KEPT = 64
_REPORTED_MIN_WORDS = 12
# After the closing mark: "said Sadiq Khan, Mayor of London." / "the Mayor said."
_AFTER_VERB_FIRST = re.compile(
    rf"^\s*,?\s*{VERBS}\s+(?P<who>[^.;:!?“”\"‘]+?)\s*(?:[.;!?]|,(?=\s*[{DOUBLE}{SINGLE}])|$)"
)
# "..., she wrote in a letter to Home Secretary Yvette Cooper.": a place or an addressee
# after the verb, to the sentence's end; "..., Cameron told a press conference at the
# Olympic Park.": a few words, then the place; "..., Mr Khan said at an event bringing
# together organisations that work to combat hate crime.": the occasion, told at length;
# "..., he told an emergency session of parliament, acknowledging ...", "..., she told
# the party's annual conference in Leeds.": the body addressed. Reported words are the speaker's too: "..., she was quoted as saying by
# the BBC." So is the day or the channel after "on": "..., Sadiq said on Tuesday."
# Whom "told" names in capitals is the one told, an outlet or a person, never
# the speaker: "..., he told Sky News.", "..., Khan told GAY TIMES.", "..., she told the
# BBC." (an outlet's name after its article). Words given ahead of a speech are the
# speaker's as well: "..., he will say.", "..., the Home Secretary is expected to say."
_AFTER_WHO_FIRST = re.compile(
    rf"^\s*,?\s*(?P<who>[^.;:!?“”\"‘,]{{1,80}}?)(?:{_FUTURE_SPEECH}|\s+(?:{VERBS}|(?:was|were)\s+"
    rf"quoted\s+as\s+saying|(?<=statement\s)reads?))(?:\s+[a-z]+(?:['’]s)?){{0,4}}(?:\s+(?:in|to|at|of|by|on)\s[^.;!?“”\"]{{1,200}}?"
    rf"|(?<=told)\s+(?:the\s+)?[A-Z][^.;!?“”\"]{{0,80}}?)?\s*(?:[.,;!?]|$)"
)
# "“...,” the statement read.": a statement, as it reads, speaks for whoever issued it
# ("The Metropolitan Police have issued a statement ...", "..., the Met said in a
# statement."), told in the paragraphs just before.
_THE_STATEMENT = re.compile(r"the\s+statement", re.IGNORECASE)
_STATEMENT_ISSUED = re.compile(
    r"(?P<who>[^,.;:!?“”\"\n]{1,60}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:issued|released|published|put\s+out|said\s+in)\s+a\s+statement\b"
)
# "“...” – Sadiq Khan, Mayor of London"
_AFTER_DASH = re.compile(r"^\s*[—–-]\s*(?P<who>[^.;:!?“”\"‘]+?)\s*(?:[.;!?]|$)")
# "... is “quite literally unfit for purpose” (Jane Doe) then ...": a name alone in
# brackets just after the words cites whose they are
_AFTER_BRACKETS = re.compile(r"^\s*\((?P<who>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,3})\)")
# A page copy's metadata line opens on the copy's date ("date 2023-04-21 “This weekend
# ...,” says ..."): the paragraph's own words start after it.
_COPY_DATE = re.compile(r"^\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?")
# What may follow a quotation that fills its paragraph: punctuation, a footnote mark.
_TRAILER = re.compile(r"^[\s.,;:!?)\]]*(?:\[\d+\]|\(\d+\))?[\s.,;:!?)\]]*$")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s*$")
_PARAGRAPH_END = re.compile(r"[.!?…:;][”\"’')]*\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘])")
# Its last break, found by backing off from the end: the text before a quote is read
# for its last sentence only, and splitting all of it cost more. A copy that lost the
# spaces after its full stops ("… of Sarah Everard.Asked whether …") breaks there too.
_GLUED_SENTENCE_BREAK = r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
_LAST_SENTENCE_BREAK = re.compile(
    ".*(?:" + _SENTENCE_BREAK.pattern + "|" + _GLUED_SENTENCE_BREAK + ")", re.DOTALL
)
_MAX_WHO_WORDS = 20
# A name opening a line with a description set off after it: "Tom Doe, an ambassador ..."
_DESCRIBED_NAME = re.compile(r"(?P<who>(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+),\s+(?:a|an|the)\s")
_MAX_ECHO_CHECK = 300
_NEAR = 400  # characters either side of a quotation read for its attribution
# A mark never closed is read to its paragraph's end. Real paragraphs leave one or two
# open that are no one's quote (the most in 464 real releases: 2); past this many, the
# paragraph is broken text, read no further for quotes rather than once per mark.
_UNCLOSED_PASSED = 8
_PRONOUNS = {"he", "she", "they"}
_AUXILIARIES = {"am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"}
_SEEN = 1500  # characters read back for the person "he said" refers to
_WRAP = 80  # a line no longer than this that stops mid-sentence is hard-wrapped text
_MAX_WRAPPED_LINES = 40
# "Mr Philp branded the fall “shocking” and said:": after a scare quote, only the verb.
_VERB_AFTER_SCARE = re.compile(rf"^[\s,]*(?:and\s+)?{VERBS}\s*:?\s*$")
# "X labelled it “a reset” at the session on Wednesday, saying:": the scene of the
# scare quote may go on before the participle.
_PARTICIPLE_AFTER_SCARE = re.compile(rf"^(?:\s[^,.;:“”\"]{{1,80}})?,\s+{_PARTICIPLE_OF}\s*:\s*$")
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b.*$", re.DOTALL)
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\s+[a-z]")  # not "Policing Minister ..."
# "The PM said civilian experts ... are able to show immediate progress.": reported speech;
# "The police said he had now been sentenced ...", "The force said these drones ...",
# "Jane Doe, deputy mayor for policing, who chaired the hearing, said she was ...".
_PARAPHRASE = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|police|force)"
    r"(?:,\s[^.;:“”\"]{1,120},)?)\s+(?:has\s+)?"
    r"(?:said|says|added)\s+(?:that\s+)?[a-z]"
)
# Or reported words with their reporting clause after them, closing the sentence:
# "Operation Temperer had been enforced, May announced.", "Arrests rose, Khan said.",
# with the occasion or whom it was told ("..., Khan told Assembly members at Mayor’s
# Question Time.", "..., May said in a statement.").
_REPORTING_CLAUSE_LAST = re.compile(
    rf",\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})\s+{VERBS}"
    r"(?:\s+(?:in|to|at|on|during)\s[^,.;:!?“”\"]{1,120}"
    r"|(?<=told)\s+[A-Z][^,.;:!?“”\"]{0,120})?"
    r"\.\s*$"
)
# Someone named in full as speaking or giving their view, in narrative: "Caroline Pidgeon
# said the ...", "Lib Peck, director of London’s Violence Reduction Unit, said community
# funding ...", "..., although the force’s coordinator, Commander Jo Bell, believes the
# rise ..." (the name in apposition to a post, its comma closing it); the closing comma
# dropped before the verb when the post is written in lower case ("James Smith, minister
# for crime prevention said the changes ..."); but "the" and a capitalised office after
# the comma are the subject of the verb, the name ending a scene before it ("after
# meeting Sir Mark Rowley, the Prime Minister said ...").
# A pronoun after a name and its comma is the verb's subject, not a post set off after the
# name: "Questioned by Assembly Member Tom Copley, he claimed ..." is not Tom Copley's.
_PRONOUN_SUBJECT = r"(?:he|she|they|we|it)\s"
_SPEAKING = re.compile(
    r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)"
    r"(,\s[^.;:,“”\"]{1,100},|,\s(?!the\s+[A-Z])(?!"
    + _PRONOUN_SUBJECT
    + r")[a-z][^.;:,“”\"]{0,99}?|,)?"
    r"\s+(?:has\s+)?"
    r"(?:also\s+)?(?:(?:said|says|added|told|argued|warned|claimed|insisted|believes|believed)\b"
    r"|described\s[^.;:“”\"]{1,60}?\bas\s)"
)
# A surname alone as the subject of a verb of speaking, opening a sentence or clause
# ("..., Khan said he wished ..."): the person the release names in full by it; or
# someone brought in by one name, with a description set off after it or a relative
# clause anywhere ("David, another victim, said ...", "... is Amah, who said ...").
# Opening a sentence, a comma typed between it and the verb still leaves it the
# subject ("Khan, said he knew ..."); after a comma it may close a list or an aside.
_TYPED_COMMA = r",(?=\s+(?:has\s+)?said\b)"
_SURNAME_SPEAKING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s)(?![A-Z][a-z][\w’'-]*" + _TYPED_COMMA + r")"
    r"|(?=[A-Z][a-z][\w’'-]*,\s+who\s))([A-Z][a-z][\w’'-]*)()"
    rf"(?:,\s+(?:who|[a-z][^.;:,“”\"]{{0,60}},)|{_TYPED_COMMA})?"
    r"\s+(?:has\s+)?(?:also\s+)?"
    r"(?:said|says|added|told|argued|warned|claimed|insisted)\b",
    re.MULTILINE,
)
# A scene before a paragraph's subject, set off by a comma: "At a briefing with crime
# reporters in Lambeth, south London, Mr Cochlin outlined ...", "As the scale of the
# threat was underlined, the Prime Minister urged ..." (a subject may be "the <Title>").
_SCENE_WORDS = (
    "At In On During After Before Following Speaking Addressing Responding Writing Asked "
    "Later Earlier Last As While When Amid Ahead"
).split()
# Or any participle taking an object ("Opening the Mayor's Question Time session at City
# Hall, Khan said ...", never the subject it seems to open on); a name ending in -ing is
# followed by a capital or a comma, not by a word in lower case.
_PARTICIPLE = r"[A-Z][a-z]{2,}ing(?=\s+[a-z])"
_PARTICIPLE_OPENING = re.compile(_PARTICIPLE)
_SCENE_OPENER = (
    r"^(?:" + "|".join(_SCENE_WORDS) + "|" + _PARTICIPLE + ")" r"\b[^.;:“”\"]{0,200}?,\s+"
)
_SCENE_LEAD = re.compile(_SCENE_OPENER + r"(?:the\s+)?(?=[A-Z])")
# A picture's credit in a caption: "(Photo by Dan Kitwood/Getty Images)", "(Stefan
# Rousseau/PA)", "(Picture: PA)", or closing the caption after its last sentence ("Police
# sergeant Jane Doe. Photo by John Roe"): no one the text is about. So an aside pointing
# to a picture after a name ("Jane Doe (pictured), who ..., told"), which would hide the
# name as the sentence's subject.
_CREDIT = re.compile(
    r"\s*\((?-i:pictured|left|right|centre|center|above|below|inset)(?-i:\s[a-z][^()]{0,40})?\)"
    r"|\((?:(?:photo(?:graph)?|picture|image|pic)s?\b[^()]{0,80}"
    r"|[^()/]{2,60}/(?:PA|Getty|AFP|Reuters|AP|Alamy|Shutterstock|Bloomberg)\b[^()]{0,40})\)"
    r"|(?<=[.!?]\s)(?-i:Photo(?:graph)?|Picture|Image|Pic)s?(?:\s+by|:)\s+[^.!?()“”\"]{2,40}?\s*$",
    re.IGNORECASE,
)
# A spokesperson and whose: "Home Office spokesman", "Mrs May’s official spokesman".
_OWNED_SPOKESPERSON = re.compile(
    r"^(?P<owner>[A-Z][^,;:]{1,60}?)(?P<whose>[’']s)?\s+"
    r"(?P<post>(?:(?:official|chief|senior|press|deputy)\s+){0,2}spokes(?:person|man|woman))$"
)
_PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr"}
_CLOSERS = "”’\"')"
# Paragraphs of speech with no attribution of their own: sentences of some length.
_SPEECH_WORDS = 8
# A new sentence of the reporter's after a closing mark, with no marks of its own.
_NARRATION_AFTER = re.compile(r"\s+[A-Z][^“”\"]*$")
_SUBHEADING_WORDS = 8  # a subheading set inside a long quote is a few words
_CUT_QUOTE_WORDS = 3  # fewer words in a quotation never closed are no one's words: a
# page cut off after "“We" or mid-word ("“We absol") leaves no clause of anyone's
_QUOTED_WORDS = 4  # fewer words in marks are a name or a term, not someone's words
_ONE_SPEAKER_GAP = 3  # paragraphs from the one speaker's quote to words in their voice


def _uncredited(text: str) -> str:
    return _CREDIT.sub("", text)


# "Sadiq Khan was criticised by ...": the subject is not the one who speaks; the one
# acting on them may be, when named ("... was approached by Westminster councillor Laila
# Cunningham – who ... – and asked ..."). One joined or accompanied by someone is not
# acted on but still the subject, doing what the sentence says with them ("Commander Jane
# Doe was joined by ... in recognising ..."): whom "she said" next means.
_PASSIVE = re.compile(
    r"(?:was|were|is|are|has been|had been)\s+(?!(?:joined|accompanied)\b)\w+ed\s+by\b"
)
# A thing judged by someone, who may speak next: "The plan was criticised by ...".
_JUDGED_BY = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:criticised|criticized|condemned"
    r"|welcomed|praised|hailed|backed|supported|questioned|challenged|defended|slammed|rejected)"
    r"\s+by\b"
)
# A sentence ending on its judge ("He was backed by Tory AM Jane Doe."): the sentences
# quoted after it are the judge's.
_JUDGED_BY_LAST = re.compile(_JUDGED_BY.pattern + r"\s+(?P<who>[^,.;:!?“”\"]{3,80})\.\s*$")
_AGENT = re.compile(
    r"\s*(?P<who>[^,;:.()“”\"–—]{3,120}?)"
    r"(?=\s*[,;:.()“”\"–—]|\s+(?:and|who|as|after|in|at|on|over|about)\b|$)"
)
# A paragraph opening on someone named in full as its subject, before a verb in lower
# case: "Susan Hall, leader of the GLA Conservatives, hit back at the Mayor ...".
# A post may come first ("But Scotland Yard Deputy Assistant Commissioner Graham McNulty
# indicated ...", written in lower case after its remit: "Justice secretary Ann Smith has
# announced ...", or after a remit in lower case too: "Shadow home secretary Ann Smith
# backed ..."): the name is read out of the run.
# A word joining a paragraph to the one before, ahead of its subject: "But", "However,".
_CONNECTIVE = r"(?:(?:But|And|Meanwhile|However|Now|Today),?\s+)?"
# A paragraph opening on a post as its subject, in lower case or not: "The spokesman
# revealed", "The Commissioner spoke to ...".
_POST_SUBJECT = re.compile(
    rf"^(?P<post>(?:[Tt]he|[Aa]n?)\s+(?i:(?:[a-z]+\s+)?{LOWER_CASE_POST}))\s+[a-z]"
)
# A scene set before such a post as the subject: "During a visit to Tilbury, Essex, the
# prime minister told ...", read past any place named in the scene.
_SCENE_POST = re.compile(_SCENE_OPENER + "(?=" + _POST_SUBJECT.pattern[1:] + ")")
# A paragraph opening on an unnamed spokesperson or source as its subject, with whose
# they are: "The Mayor’s spokesperson said ...", "A Home Office spokesman added ...",
# "However Labour sources said ..." (an article opening it is no part of the post).
_SPOKESPERSON_SUBJECT = re.compile(
    rf"^{_CONNECTIVE}(?:(?:The|A|An)\s+|(?!(?:The|A|An)\s))(?P<post>(?:[A-Z][\w’'-]*\s+){{1,3}}"
    r"(?:(?:official|press)\s+)?(?:spokes(?:person|man|woman)|sources?))\s+[a-z]"
)
# A paragraph opening on someone's words as its subject: "Jane Doe’s praise comes ...",
# "Mr Khan's remarks follow ...".
_WORDS_OWNED = re.compile(
    r"^(?P<who>(?:[A-Z][\w’'-]+\s+){1,3}?[A-Z][\w-]+)[’']s\s+(?:praise|comments?|remarks?|"
    r"words|criticism|warning|intervention|response|speech|statement|plea|announcement)\s+[a-z]"
)
# A paragraph opening on whose account it gives: "According to Sgt Lee, the owner ...".
_OPENING_ACCOUNT = re.compile(r"^According\s+to\s+(?P<who>(?:[A-Z][\w’'-]+\s+){0,4}[A-Z][\w’'-]+),")
# A paragraph opening on its subject, a post or a relative clause set off after it (the
# clause may list others: "Det Con Jane Doe, who was behind PCs John Roe, Joe Bloggs and
# Ann Lee as they went in, told the court ...").
_OPENING_SUBJECT = re.compile(
    rf"^{_CONNECTIVE}"
    # (a surname's particle joins its words as a connector does: "Nick de Bois greeted")
    rf"((?:[A-Z][\w’'-]+\s+(?:(?:of|for|and|the|at|{'|'.join(sorted(NAME_PARTICLES))})\s+){{0,2}}"
    rf"(?:(?:[a-z]+\s+)?{LOWER_CASE_POST}\s+)?){{1,7}}[A-Z][\w’'-]+)"
    r"(,\s[^.;:,“”\"]{1,100},|,\s+who\s[^.;:“”\"]{1,200}?,)?\s+(?=[a-z])"
)
# "At a major summit at City Hall the Mayor said:": the scene before the subject, with no
# comma to set it off; the subject is the last "the <Title>" in it, or a pronoun or one
# capitalised word ending it ("In June he told ...:", "At the same meeting Khan told
# ...:"), or a name with its post in capitals before it ("In a tweet Prime Minister Jane
# Doe said:"), after any word but one joining it to a name before ("MP for Chelsea and
# Fulham Jane Doe" is no scene); a bare name after a lower-case post is left unread. So is a clause the subject's "when" ends ("It was
# repeated when the Mayor told ...:").
_SCENE = re.compile(
    r"^(?:(?:At|In|On|During|After|Before|Following|Speaking|Addressing|Responding)\s.*"
    r"|.*\swhen)\s(?:(?=(?:the|a|an)\s+[A-Z])|(?=(?:he|she)$)"
    r"|[a-z][\w’'-]*\s(?=[A-Z][\w’'-]+$)"
    r"|(?!(?:and|of|for|in|at|on|to|from|by|with)\s)[a-z][\w’'-]*\s"
    r"(?=(?:[A-Z][\w’'-]+\s){2,4}[A-Z][\w’'-]+$))"
)
# A sentence opening on a name and going on in lower case: "Hall accused ...",
# "Detective Inspector Jane Smith highlighted ...".
# Someone brought into the story by one name: "a woman called Jessica", "a boy named Sam".
_INTRODUCED_BY_ONE_NAME = re.compile(r"\b(?:called|named)\s+[A-Z][a-z]+\b(?!\s+[A-Z])")
_OPENING_SURNAME = re.compile(r"^([A-Z][a-z][\w’'-]*)(,\s[^.;:,“”\"]{1,100},)?\s+(?=[a-z])")
_OPENING_NAME = re.compile(r"^(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})\s+(?=[a-z])")
# A sentence's subject putting questions to someone: what follows is the other's answer
# ("The Local Gazette spoke to Superintendent Jane Doe, head of ...").
_INTERVIEWER = re.compile(r"We|The\s+[A-Z].*")
_INTERVIEWED = re.compile(
    r"(?:spoke|talked|speaking|talking)\s+to\s+(?P<who>[A-Z][^,;:.()“”\"]{2,80})"
)
# A sentence's subject questioning someone named ("quizzed Jane Doe on why ...").
_QUESTIONS_SOMEONE = re.compile(r"(?:quizz|question|ask|press|grill)(?:ed|es|s)?\s+[A-Z]")
_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)\b|\bpress office\b", re.I)
_THE_SPOKESPERSON = re.compile(r"the\s+(?P<post>spokes(?:person|man|woman))")  # lower-cased
# A spokesperson as the release introduces them, with whose they are: "the PM’s
# spokesman", "a Home Office spokesperson".
_SPOKESPERSON_OWNER = re.compile(
    r"(?<![\w’'-])(?:(?:The|A|An)\s+)?(?!(?:The|A|An)\s)(?P<owner>[A-Z][\w’'-]*?(?:\s+[A-Z][\w’'-]*?){0,3})"
    r"(?P<whose>[’']s)?\s+(?P<post>(?:(?:official|chief|senior|press)\s+)?(?P<noun>spokes(?:person|man|woman)))\b"
)
# A sentence opening on someone described by whose relation they are, by a first name
# at most: "Stephen's mother Doreen welcomed ...", "Her father told ..."; or only as one
# more of a kind, never the one of that kind named before: "Another driver, who refused
# to give his name, received ...".
_RELATION_SUBJECT = re.compile(
    r"^(?:(?:[A-Z][\w-]*['’]s|His|Her|Their)\s+[a-z]+\s+(?:(?P<name>[A-Z][a-z]+)\s+)?"
    r"|Another\s+[a-z]+(?:,\s[^.;:,“”\"]{1,100},)?\s+)(?=[a-z])"
)


def _key_word(text: str) -> str:
    return text.strip(" ,.;:").lower()


def _is_open(text: str, i: int) -> bool:
    """A quote mark that starts a quotation: at a word's start, before a non-space."""
    # The characters either side, a space beyond either end (inline: called per mark).
    after, before = text[i + 1 : i + 2] or " ", text[i - 1 : i] or " "
    if after.isspace():
        # A double mark set apart from its words, opening a paragraph or after a colon:
        # '" The consultation will ...', 'She adds: " This is ...'.
        return (
            text[i] in '"“'
            and text[i + 2 : i + 3].isupper()
            and (i == 0 or before == ":" or (before == " " and text[i - 2 : i - 1] in ("", ":")))
        )
    if before.isspace() or before in _OPEN_AFTER:
        return True
    return text[i] in "“‘„" and not before.isalnum()


def _is_close(text: str, i: int) -> bool:
    """A quote mark that ends a quotation: after a non-space, at a word's end."""
    after, before = text[i + 1 : i + 2] or " ", text[i - 1 : i] or " "
    if before.isalnum() and after.isalnum():
        return False  # an apostrophe inside a word: Mayor’s, we're
    ends_word = after.isspace() or after in _CLOSE_BEFORE or after in _MARKS
    if text[i] == "”" and before in ".!?" and after.isupper():
        return True  # a copy that lost the space after it: “Yes, he does.”Pressed on ...
    if before == " " and text[i - 2 : i - 1] in (".", "!", "?") and not text[i + 1 :].strip():
        return True  # a mark set apart at a paragraph's end opens nothing: '... is done. “'
    return ends_word and (not before.isspace() or text[i] in "”’")


_MARK = re.compile("[" + re.escape(_MARKS) + "]")
_FAMILY_MARK = {family: re.compile(f"[{family}]") for family in (DOUBLE, SINGLE)}


def _next_open(text: str, start: int) -> int | None:
    # A regex finds the candidate marks: scanning character by character in Python
    # was the slowest step of importing a release.
    for match in _MARK.finditer(text, start):
        if _is_open(text, match.start()):
            return match.start()
    return None


def _possessive(text: str, i: int) -> bool:
    """A single mark after an "s" and before a word: more likely a plural possessive
    (victims’ rights) than the end of a quotation."""
    return text[i - 1] in "sS" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalpha()


# A double mark opening a sentence while a double quotation is open reopens it, a new
# paragraph of the same speech whose line break was lost ("... to order. “Record ...”"),
# not a quotation inside it.
_REOPENS = re.compile(r"[.!?]\s{1,3}$")
_REOPENED = re.compile(r"(?<=[.!?])\s{1,3}[“\"](?=\S)")  # where such a paragraph starts


_CLOSED_BY_ATTRIBUTION = re.compile(rf",?\s+(?:[A-Z][\w’'.-]*\s+){{0,4}}{VERBS}\b")


def _closes(text: str) -> tuple[dict[int, int | None], dict[str, int | None]]:
    """Each opening mark's closing mark (None if it never closes), in one pass.

    Marks pair up like brackets, so a quotation inside a quotation (“He called
    it “a disaster”.”) is skipped over. Also, per family, the first closing mark
    with nothing open: it closes a quotation carried over from the line before.
    """
    closes: dict[int, int | None] = {}
    carried: dict[str, int | None] = {}
    for family in (DOUBLE, SINGLE):
        stack: list[int] = []
        possessives: list[int] = []
        carried[family] = None
        for match in _FAMILY_MARK[family].finditer(text):
            j = match.start()
            if text[j - 1 : j].isalnum() and text[j + 1 : j + 2].isalnum():
                continue  # inside a word (Mayor’s): neither opens nor closes, most marks
            if _is_close(text, j):
                if family == SINGLE and _possessive(text, j):
                    possessives.append(j)
                elif stack:
                    closes[stack.pop()] = j
                elif carried[family] is None:
                    carried[family] = j
            elif _is_open(text, j) and not (
                family == DOUBLE and stack and _REOPENS.search(text, max(0, j - 4), j)
            ):
                stack.append(j)
        # With no other close, the possessive-looking mark was the close after all.
        for o in stack:
            k = bisect.bisect(possessives, o)
            closes[o] = possessives[k] if k < len(possessives) else None
        if carried[family] is None and possessives:
            carried[family] = possessives[0]
    # A copy that opens a quotation with one family's mark and closes it with the other's
    # ("“We know ... with him,’ said Mr Doe."): a mark of the other family closing nothing
    # of its own, with the attribution right after it, closes the quotation left open
    # before it, which would otherwise run on past its speaker into the next paragraph.
    for o, c in closes.items():
        other = SINGLE if text[o] in DOUBLE else DOUBLE
        close = carried[other]
        if c is None and close is not None and o < close:
            if _CLOSED_BY_ATTRIBUTION.match(text, close + 1):
                closes[o] = close
                carried[other] = None
    return closes, carried


# A paragraph's last sentence is read twice in a row (for an attribution, then for a
# paraphrase): the few latest answers are kept.
@functools.lru_cache(maxsize=8)
def _last_sentence(text: str) -> str:
    text = text.strip()
    last_break = _LAST_SENTENCE_BREAK.match(text)
    return (text[last_break.end() :] if last_break else text).strip()


@dataclass(frozen=True)
class _Who:
    """An attribution as written: "The Mayor of London, Sadiq Khan" + how it was marked."""

    text: str
    colon: bool = False  # ended in a colon: what follows is the speaker's words
    verbless: bool = False  # "X:" with no verb: only counts if X names someone
    paraphrase: bool = False  # "The PM said civilian experts ...": must name someone
    acted: bool = False  # "Khan placed ..., saying:": only someone named in full speaks
    story: bool = False  # "Here is her statement:": the one person the story names


# A verb of speaking a modal puts in doubt, by itself or through an infinitive ("an
# accountant would say", "I would expect the noble Lord to say"): imagined words ("would
# only say" is an announcement's, read before this).
_HYPOTHETICAL_SPEAKER = re.compile(
    r"\b(?:would|could|might|may)(?:\s+[^\s,]+){0,5}?\s+to$|\b(?:would|could|might|may)$"
)
# A question put to someone, its asker named after "asked by" just before the words; and
# so anyone named as the agent of a verb of speaking ("Their job is demanding, as
# explained by Sergeant Jane Smith of the Special Constabulary:").
# A pronoun opening a clause whose first verb is not the speaking one ("She defended the
# remarks, as reported, but said:"); not one of several subjects ("He and his deputy").
_PRONOUN_CLAUSE = re.compile(r"^\S+\s+(?!and\b|or\b|with\b)[a-z]")
_SPEAKING_AGENT = re.compile(
    rf"\b(?:(?:was|were|is|are|being|been)\s+asked|as\s+{VERBS})"
    r"\s+by\s+(?P<who>[^,;:“”\"]{3,120})$"
)


# "Her comments were welcomed by the branch secretary Ben Hudson who said:": the one named
# just before "who" speaks, not the sentence's subject; only someone named in full.
_RELATIVE_SPEAKER = re.compile(
    rf"(?P<who>(?:[A-Z][\w’'-]+\s+){{1,3}}[A-Z][\w’'-]+),?\s+who\s+(?:(?:also|has|had)\s+)?{VERBS}$"
)


# A capitalised run of a title and a full name before a relative clause closing the
# words before the verb: "... Commander Jane Doe, who is in charge of the pilot".
_NAME_BEFORE_RELATIVE = re.compile(
    r"(?P<who>(?:[A-Z][\w’'-]+\s+){1,5}[A-Z][\w’'-]+),\s+who\s[^,;:“”\"]{1,100}$"
)


# A person described by "the" and a post or calling, with no name: "the Conservative
# Party leader", "the comedian".
_DESCRIBED_AFTER = re.compile(r"the\s+(?:[A-Z][\w’'-]*\s+){0,3}[a-z][\w’'-]+")


_ACCORDING_TO = re.compile(r"^According\s+to\s+(?P<who>(?:the\s+)?[A-Z][^,;:“”\"]{2,80})$")


# A report's lead-in to the words of the one it is about: "Here is her statement:",
# "Read his statement in full:"; or the statement as the subject of a verb of saying
# ("Her statement said:"), which speaks for whom "her" means, as "she said:" does.
_POSSESSED_STATEMENT = re.compile(
    r"^(?:(?:here\s+is|here['’]s|read|below\s+is)\s+)?(?P<whose>his|her)\s+(?:full\s+)?"
    r"statement(?:\s+in\s+full)?(?:\s+below)?(?P<verb>\s+(?:said|says|read|reads))?$",
    re.IGNORECASE,
)


# A statement's heading on a line of its own over its words, with no colon unless it
# names its topic: "Statement from Jane Doe, Commander, Community Engagement", "Statement
# from Sir Jack Doe regarding the inquiry:" (the topic is no part of who speaks; not
# "on", which may be part of a body's name: "the Commission on ..."). Without a topic,
# "A statement from the Home Office read as follows:" is read as any lead-in is.
_STATEMENT_HEADING = re.compile(
    r"^(?:An?\s+)?[Ss]tatement\s+(?:from|by)\s+(?P<who>[^:“”\"]{3,120}?)"
    r"(?:\s+(?:regarding|concerning|following|about|in\s+response\s+to)\s+[^:“”\"]{1,120}:?)?$"
)


def _before_attribution(prefix: str) -> _Who | None:
    """The attribution when the text before a quote is "X said:", "X said" or "X:"."""
    text = _last_sentence(prefix)
    # (not "A statement from the force said:", whose verb the general reading takes)
    if (heading := _STATEMENT_HEADING.match(text)) and not _BEFORE.match(text.rstrip(":")):
        return _Who(heading["who"], colon=True, verbless=True)  # read as "X:"
    colon = text.endswith(":")
    # "..., saying “That is why ...”": the participle sets the words off as a colon does
    set_off = colon or text.rstrip().endswith(",") or bool(_ENDS_ON_PARTICIPLE.search(text))
    text = text.rstrip(":").rstrip(" ,")
    if colon and (statement := _POSSESSED_STATEMENT.match(text)):
        pronoun = "she" if statement["whose"].lower() == "her" else "he"
        return _Who(pronoun, colon=True, story=not statement["verb"])
    if set_off and (agent := _SPEAKING_AGENT.search(text)):
        # "the Mayor was asked by Assembly Member Jo Bloggs, “What ...?”": the one asking;
        # "..., as explained by Sergeant Jane Smith:": the one explaining
        return _Who(agent["who"].strip(), colon=True)
    if set_off and (according := _ACCORDING_TO.match(text)):
        # "According to the Home Office, “...”": the words are those of the body or
        # person named (by a proper name: "the report" or "figures" speak no words)
        return _Who(according["who"], colon=True)
    if colon and " who " in text and (relative := _RELATIVE_SPEAKER.search(text)):
        return _Who(relative["who"], colon=True, acted=True)
    if colon and text.endswith(")"):
        # "Steve O’Connell said (in response to article in Guardian today):": an aside
        text = _ASIDE.sub("", text)
    if not text:
        return None
    # "On Friday, DCI Jane Doe, of the homicide command, said ..., adding:": the subject
    # after the scene, with a post set off after it
    lead_scene = _SCENE_LEAD.match(text) if set_off else None
    if set_off and (set_in := _SET_IN_THEN_ADDING.search(text)):
        return _Who(set_in["who"].strip(), colon)
    lead = text[lead_scene.end() :] if lead_scene else text
    if set_off and (joined := _JOINED_SUBJECT_CLAUSE.match(lead)):
        lead = lead[joined.end() :] if _ADDING_LEAD.match(lead[joined.end() :]) else lead
    if (
        set_off  # "..., saying:", "..., saying, “...”"
        and (adding := _ADDING_LEAD.match(lead))
        and adding["who"].rsplit(None, 1)[-1] not in _AUXILIARIES
    ):
        return _Who(adding["who"].strip(), colon, acted=bool(adding["acted"]))
    if set_off and _WORDS_OF.search(text):
        return None  # "..., saying of Sir Keir:" with no subject read: never the one named
    match = _BEFORE.match(text)
    if (
        match
        and (tail := match["tail"] or "").startswith(",")
        and (later := _BEFORE.match(tail[1:].lstrip()))
        and later["who"].split()[0].capitalize() not in _SCENE_WORDS
    ):
        # "..., as the hot weather continues, the force said in a statement:": a verb in
        # the scene set first is not the attribution's; the clause after the comma is
        # (not a scene after the verb: "Jane Doe said, as the search continued:")
        match = later
    if match and (
        not match["tail"] or colon or (set_off and _SPOKEN_WHEN.fullmatch(match["tail"]))
    ):
        who = match.group("who")
    elif (
        colon
        and (reported := _REPORTED_COLON.match(text))
        and not role_like(reported["who"], strict=True)
    ):
        # "Home secretary Jane Doe explained that because of cuts, ... fewer officers:":
        # words reported in a clause the colon ends are the subject's, next; only someone
        # named in full, or a pronoun for them, not a post ("the Mayor stated that ...:"
        # may cite a pledge made by whoever held it)
        return _Who(reported["who"], colon=True, acted=True)
    elif colon:
        who = text  # "Ros Morgan, Chief Executive, Heart of London Business Alliance:"
    else:
        return None
    subject = _PARTICIPLE_CLAUSE.sub("", who)
    if (
        len(who.split()) > _MAX_WHO_WORDS
        and subject != who
        and len(subject.split()) <= _MAX_WHO_WORDS
        and not _OPENING_PARTICIPLE.match(subject)  # "Responding to ..., X said:"
        and subject.split()[0] not in _SCENE_WORDS
    ):
        # "Caroline Pidgeon AM, leader of ..., commenting on the Mayor's response ...,
        # where he failed to ..., said:": the subject opens the line, before the clause
        who = subject
    elif (
        len(who.split()) > _MAX_WHO_WORDS
        and (described := _DESCRIBED_NAME.match(who))
        and who.rsplit(", ", 1)[-1][:1].islower()
    ):
        # "Tom Doe, an ambassador for ABC, a scheme designed to divert ... into work,
        # training and education, said:", "Jane Roe, a shop worker who lives nearby,
        # spoke with police just after it happened:": a long description set off after
        # the name opening the line, running on in lower case to the verb, is the subject's
        who = described["who"]
    elif len(who.split()) > _MAX_WHO_WORDS and who.endswith((", but", ", and")):
        # "Sir Jane told the panel that it was not the job of ... to ..., but added:": the
        # verb joined on shares the subject the long sentence opens on, if it opens on one
        opening = _OPENING_NAME.match(who)
        if opening is None:
            return None
        who = opening["who"]
    elif len(who.split()) > _MAX_WHO_WORDS and (relative := _NAME_BEFORE_RELATIVE.search(who)):
        # "Back in November before the scheme was launched Commander Jane Doe, who is in
        # charge of the pilot, said:": a relative clause set off after the subject's name
        # describes it; the name ends the lead-in before it
        who = relative["who"]
    elif len(who.split()) > _MAX_WHO_WORDS and (parts := who.split(", "))[-1].startswith("that "):
        # "She had agreed with the health secretary, John Roe, that it was ...:": a reported
        # clause ends the lead-in, so a name set off before it is the verb's object; the
        # sentence's subject speaks, if named in full (or a pronoun for them), not a post
        opening = _OPENING_NAME.match(who)
        if opening is None or role_like(opening["who"], strict=True):
            return None
        return _Who(opening["who"], colon=True, acted=True)
    elif len(who.split()) > _MAX_WHO_WORDS:
        # "Reacting to the news that ..., the Green Party's spokesperson, Jenny Jones said:":
        # a long lead-in before the speaker; the speaker is in its last comma-parts.
        tail = ", ".join(parts[-2:])
        if len(tail.split()) > _MAX_WHO_WORDS:
            tail = parts[-1]
        if len(parts) == 1 or len(tail.split()) > _MAX_WHO_WORDS:
            return None
        who = tail
    if match and "," not in who and (scene := _SCENE.match(who)):
        who = who[scene.end() :]
    if match and who.rsplit(None, 1)[-1] in _AUXILIARIES:  # lower case: not "McCartney AM"
        return None  # "The question I am asked most is:": said of, not by, the subject
    if match and _HYPOTHETICAL_SPEAKER.search(who):
        return None  # "an accountant would say, “...”": words imagined, no one's
    if match and "," in who and _key_word(who.rsplit(",", 1)[1]) in _PRONOUNS:
        # "In a video clip posted on social media by Reform, she asked Sir Sadiq:": the
        # pronoun next to the verb is the subject, read back as a pronoun
        who = who.rsplit(",", 1)[1]
    elif match and len(words := who.split()) == 2 and _key_word(words[1]) in _PRONOUNS:
        # "There she said:", "Then he added:": an adverb before the pronoun, no comma
        who = words[1]
    elif match and _key_word(words[0]) in _PRONOUNS and _PRONOUN_CLAUSE.match(who):
        # "She defended the remarks but said:": the pronoun is the subject of both verbs
        who = words[0]
    return _Who(who.strip(" ,"), colon, verbless=not match)


def _scare_subject(head: str, quoted: str, rest: str) -> _Who | None:
    """The speaker of "X, commenting on the claim that “...”, said:" or "X branded the
    fall “shocking” and said:": the subject before the scare quote (``quoted``, its words
    without their marks). "X described it as an “important step”, adding:" reads as it
    would with no marks."""
    if _PARTICIPLE_AFTER_SCARE.match(rest):
        return _before_attribution(head + quoted + rest)
    if not _VERB_AFTER_SCARE.match(rest):
        return None
    head = _PARTICIPLE_CLAUSE.sub("", _last_sentence(head)).strip(" ,")
    if not head:
        return None
    if " " in head and not role_like(head.split(", ")[-1], strict=True):
        # "In a video ..., Mr Philp branded the fall": the capitalised run opening the clause
        words = head.split(", ")[-1].split()
        run = []
        for word in words:
            if not word[:1].isupper():
                break
            run.append(word)
        head = " ".join(run)
    return _Who(head, rest.rstrip().endswith(":")) if head else None


def _paraphrase(text: str) -> _Who | None:
    sentence = _last_sentence(text)
    match = (
        _PARAPHRASE.match(sentence)
        or _REPORTING_CLAUSE_LAST.search(sentence)
        or _JUDGED_BY_LAST.search(sentence)
    )
    return _Who(match["who"], paraphrase=True) if match else None


def _after_attribution(suffix: str) -> tuple[str, int] | None:
    """(who, length matched) when the text after a closing mark attributes the quote."""
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST, _AFTER_DASH, _AFTER_BRACKETS):
        match = pattern.match(suffix)
        if match:
            return match.group("who").strip(), match.end()
    return None


@dataclass
class _Passage:
    who: _Who | None  # resolved to a speaker when the passage ends
    family: str  # DOUBLE or SINGLE: the marks this passage is quoted with
    section: str
    start: int  # Block.index of the first paragraph
    end: int
    position: int  # position of the last paragraph's block in the sequence
    paragraphs: list[str] = field(default_factory=list)
    open: bool = False  # the last paragraph's quotation has not closed (yet)
    kind: QuoteKind = "quote"
    head: str = ""  # the first paragraph's words before the quotation opens
    since: int = 0  # where in ``head`` the paragraph's previous passage closed

    def add(self, words: str, block: Block, position: int, join: str | None = None) -> None:
        """Add a paragraph, or with ``join`` more words to the last one."""
        words = words.strip()
        if join is not None and self.paragraphs:
            previous = self.paragraphs[-1]
            # “We will act,” she said. “And we will win.”: the comma was only there
            # for the attribution; a new sentence after it needs its full stop back.
            if join == "attribution" and previous.endswith(",") and words[:1].isupper():
                previous = previous[:-1] + "."
            self.paragraphs[-1] = f"{previous} {words}".strip()
        else:
            self.paragraphs.append(words)
        self.end, self.position = block.index, position

    def wraps_into(self, block: Block, position: int) -> bool:
        """An unclosed quote whose line stops mid-sentence goes on in the next line
        (text hard-wrapped inside a paragraph)."""
        return (
            self.open
            and self.position == position - 1
            and self.section == block.section
            and not _PARAGRAPH_END.search(self.paragraphs[-1])
        )


@dataclass
class _Extractor:
    context: str  # the release's text, to resolve "the Commissioner"
    quotes: list[ExtractedQuote] = field(default_factory=list)
    known: list[tuple[str, str | None]] = field(default_factory=list)  # speakers so far
    current: _Passage | None = None
    pending: _Who | None = None  # a speaker line waiting for its quote
    consumed: int = -1  # last position taken by a hard-wrapped statement
    closed_at: tuple[int, int] = (-1, 0)  # (block, offset) where a passage last closed

    blocks: Sequence[Block] = ()
    page_speaker: _Who | None = None  # whose words the whole page holds, if it says
    interrupted: _Passage | None = None  # a question left open, which may resume
    position: int = 0  # the paragraph being read

    def speaker(
        self, who: _Who, before: int | None = None, head: str = ""
    ) -> tuple[str | None, str | None]:
        """Who an attribution as written names. ``before``: the paragraph the quotation
        opens in, read back from for a pronoun; ``head``: that paragraph's words before
        the quotation ("Roger Hirst, ..., leads for the APCC ... . He said: “...”")."""
        found = self._speaker(who, before, head)
        if found[0] and not pronoun_fits(who.text, found[0], self.context):
            # "She said:" is not the man the release calls "Mr Khan" or "Sir Sadiq": the
            # woman meant was not pinned down, and no name beats a wrong one
            return None, None
        if who.acted and not (found[0] and " " in found[0]):
            # "Officers searched forty homes, adding:": a finding, not a speaker
            return None, None
        if found[0] and before is not None and _key_word(who.text) in _PRONOUNS:
            # "It is from a woman called Jessica. She writes:": someone introduced by one
            # name after the person found is whom the pronoun means, and no one in full
            lead = (self.blocks[before - 1].text if before > 0 else "") + "\n" + head
            last_named = lead.rfind(found[0].rsplit(" ", 1)[-1])
            if _INTRODUCED_BY_ONE_NAME.search(lead, max(last_named, 0)):
                return None, None
        return found

    def _speaker(
        self, who: _Who, before: int | None = None, head: str = ""
    ) -> tuple[str | None, str | None]:
        if before is not None and who.story:
            # "Here is her statement:": the one person the report names in full before
            # it, if it names only one (not merely the last one named)
            told = "\n".join(_uncredited(b.text) for b in self.blocks if b.index < before)
            return only_person(told), None
        if before is not None and _key_word(who.text) in _PRONOUNS:
            # "She added:" after a paragraph where someone else is said to speak
            # ("... member Caroline Pidgeon said the Mayor's plans ..."): her, not
            # whoever was quoted before that paragraph.
            last = self.quotes[-1].block_end if self.quotes else -1
            start = max(last + 1, before - 3)
            if speaking := self.said_lately(start, before, head):
                return next((k for k in self.known if k[0] == speaking[0]), speaking)
            if self.known and (other := self.named_lately(start, before, head)):
                if other != self.known[-1][0]:
                    if not pronoun_fits(
                        who.text, self.known[-1][0], self.context, by_first_name=False
                    ):
                        # "... reporting to Jane Doe, his deputy." then "She said:" after
                        # the man quoted last: the one named since, as "she" can be no other
                        # (a first name alone only rules the man out: "after a review by
                        # Jane Smith" may name no speaker at all)
                        return other, None
                    # "But Deputy Assistant Commissioner Graham McNulty indicated ...",
                    # then "He said:": someone else may be meant; no name beats a wrong one
                    return None, None
        found = canonical_speaker(who.text, self.known, self.context)
        if (
            found[0] is None
            and before is not None
            and _DESCRIBED_AFTER.fullmatch(who.text)
            and not _SPOKESPERSON.search(who.text)
            and (speaking := self.said_lately(before - 1, before, head))
            and speaking[0]
            and " " in speaking[0]
        ):
            # "Mr Sunak said his government would ... . / “...,” the Conservative Party
            # leader said.": a description naming no one, straight after a paragraph
            # whose subject, named in full, speaks, is that person
            return speaking[0], None
        if (
            found[0] is None
            and not who.verbless
            and not _SPOKESPERSON.search(who.text)
            and (opening := _OPENING_NAME.match(who.text))
            and (named := canonical_speaker(opening["who"], self.known, self.context))[0]
            and " " in named[0]
        ):
            # "Sir Sadiq did not stop to talk but replied:": the clause's subject, named
            # (never the one "The Mayor of London’s spokesman" speaks for)
            return named
        if found[0] is None and before is not None and _key_word(who.text) in _PRONOUNS:
            # "He said in a statement:" with nobody quoted yet: the person the
            # release last named in full before the quotation; a name inside the
            # quotation itself is never whom "he" refers to.
            lately = "\n".join(
                [_uncredited(b.text) for b in self.blocks if before - 3 <= b.index < before]
                + [_uncredited(head)]
            )
            if last_person(head) is None:
                post = _POST_SUBJECT.match(head) or (
                    _POST_SUBJECT.match(self.blocks[before - 1].text) if before > 0 else None
                )
                if post:
                    # "The spokesman revealed that ministers Lord Ahmed and Jane Doe had
                    # written ...", then "he said:": the post the quotation's paragraph,
                    # or the one before, opens on speaks, not someone named after its verb
                    # nor anyone named before it; unnamed, no one
                    return canonical_speaker(post["post"], self.known, self.context)
            # "They" is a body or a group ("Speaking to the paper, the Met police said
            # ... They continued:"), never whoever was last named in full
            if _key_word(who.text) != "they" and (name := last_person(lately[-_SEEN:])):
                return name, None
        if found[0] is None and before is not None and _THE_STATEMENT.fullmatch(who.text):
            return self.statement_issuer(before, head), None
        if found[0] is None and (body := body_speaking(who.text, self.context)):
            return body, None  # "the police said", "the force has warned that it ..."
        return found

    def statement_issuer(self, before: int, head: str = "") -> str | None:
        """The body the paragraphs before ``before`` (and ``head``) say issued a
        statement, which "the statement read" then speaks for; no one else."""
        lately = "\n".join([b.text for b in self.blocks if before - 3 <= b.index < before])
        issued = [m["who"] for m in _STATEMENT_ISSUED.finditer(lately + "\n" + head)]
        return body_speaking(issued[-1].strip(), self.context) if issued else None

    def said_lately(
        self, start: int, end: int, head: str = ""
    ) -> tuple[str | None, str | None] | None:
        """The last person the paragraphs from ``start`` to before ``end`` (and ``head``,
        the words before a quotation in its own paragraph) name as their subject or as
        speaking ("Lib Peck, director of ..., said ...", "Mr Khan said tackling violence
        ..."): who "she said" there refers to; (None, None) after a subject acted on by
        someone unnamed ("Sadiq Khan was criticised by ...")."""
        speaking: tuple[str | None, str | None] | None = None
        paragraphs = [b.text for b in self.blocks[max(start, 0) : max(end, 0)]]
        if head.strip():
            paragraphs.append(self.from_last_subject(head))
        for paragraph in map(_uncredited, paragraphs):
            if _subheading(paragraph):
                continue  # "Sharp Rise in Reported Offences": a heading's words, no subject
            # The paragraph's subject, then anyone said to speak in it, the last wins.
            opening = paragraph
            subject = _OPENING_SUBJECT.match(paragraph)
            if scene_post := _SCENE_POST.match(paragraph):
                # "During a visit to Tilbury, Essex, the prime minister told ...": the
                # post after the scene is the subject, never a place named in the scene
                opening, subject = paragraph[scene_post.end() :], None
            elif (
                (subject is None or _PARTICIPLE_OPENING.match(paragraph))
                and paragraph[:1].isupper()
                and (scene := _SCENE_LEAD.match(paragraph))
            ):
                # "At a briefing ..., Mr Cochlin outlined ...": the subject after the scene
                opening = paragraph[scene.end() :]
                subject = _OPENING_SUBJECT.match(opening)
            if subject is None and (surname := _OPENING_SURNAME.match(opening)):
                # "Cameron wisely chose not to ...": a surname as the subject, of the
                # person the release names in full with it (with the post set off after
                # it: "Hall, a former council leader, has pledged ..."); after a scene, a
                # first name the release gives one person in full ("Following her son's
                # death, Jane re-launched a club"), as a paragraph's opening word may
                # be a place or a heading's
                set_off = (surname[2] or "").rstrip(",")
                in_full = canonical_speaker(surname[1] + set_off, (), self.context)
                names = (in_full[0] or "").split()
                completed = names[-1:] + (names[:1] if opening is not paragraph else [])
                if surname[1] in completed and surname[1] != in_full[0]:
                    speaking = in_full
            if words_of := _WORDS_OWNED.match(opening):
                # "Sadiq Khan's praise comes after ... . He said,": the one whose words the
                # paragraph opens on speaks next, if named in full
                named = canonical_speaker(words_of["who"], (), self.context)
                speaking = named if named[0] and " " in named[0] else speaking
                subject = None
            if according := _OPENING_ACCOUNT.match(opening):
                # "According to Sgt Lee, the owner did not stop. He said:": whose account
                # the paragraph gives goes on speaking, if the release names them in full
                named = canonical_speaker(according["who"], (), self.context)
                speaking = named if named[0] and " " in named[0] else speaking
            if spoken := _SPOKESPERSON_SUBJECT.match(opening):
                # "The Mayor’s spokesperson said ...": "they" next is the spokesperson,
                # by the post, never the one they speak for nor anyone named before
                owned = spoken["post"]
                speaking = (self.spokesperson(owned) or _unnamed_spokesperson(owned, ()), None)
                subject = None
            if subject and (passive := _PASSIVE.match(opening, subject.end())):
                # "Sadiq Khan was criticised by ...": someone else speaks next, the one
                # acting on them if named, else unnamed
                speaking = self.agent(opening, passive.end()) or (None, None)
                subject = None
            elif subject is None and (judged := _JUDGED_BY.search(opening)):
                # "The damage was condemned by council leader Jane Doe.": the one judging
                # it, if named in full, is whom "she said" next refers to
                speaking = self.agent(opening, judged.end()) or speaking
            if subject is None and (related := _RELATION_SUBJECT.match(opening)):
                # "Stephen's mother Doreen welcomed it.": "she" next is the one described,
                # by her first name the Doreen the release names in full, or nobody
                named = canonical_speaker(related["name"] or "", (), self.context)
                speaking = named if named[0] and " " in named[0] else (None, None)
            elif subject is None and (post := _POST_SUBJECT.match(opening)):
                # "The mayor said he wanted ...": the office's holder the release names
                # in full; an office it names no one with leaves the paragraph unread
                named = canonical_speaker(post["post"], (), self.context)
                speaking = named if named[0] and " " in named[0] else speaking
            matches = [subject] if subject else []
            tail = paragraph[-_SEEN:]
            # a name inside the subject's post or relative clause is never the verb's
            # subject ("Det Con Jane Doe, who was behind PCs John Roe and Joe Bloggs as
            # they forced the door, told the court ..."): the opening name speaks
            inside = range(0)
            if subject:
                at = len(tail) - len(opening)  # where ``opening`` starts in ``tail``
                inside = range(at + subject.start() + 1, at + subject.end())
            matches += sorted(
                [
                    m
                    for m in (*_SPEAKING.finditer(tail), *_SURNAME_SPEAKING.finditer(tail))
                    if m.start() not in inside
                ],
                key=lambda m: m.start(),
            )
            for match in matches:
                # with its post in apposition, if any: "Lib Peck, director of ..."
                set_off = match.group(2) or ""
                named_as = match.group(1) + set_off.rstrip(",")
                named = canonical_speaker(named_as, (), self.context)
                if set_off[2:3].islower() and not set_off.endswith(","):
                    # "Speaking to TalkTV's Jane Roe, former detective John Doe said": a
                    # name ending the words after the comma is the verb's subject
                    next_to = canonical_speaker(set_off[2:], (), self.context)
                    if next_to[0] and " " in next_to[0] and set_off.endswith(next_to[0]):
                        named = next_to
                if named[0] is None and match.group(2):
                    named = canonical_speaker(match.group(1), (), self.context)
                if named[0] is None and match is subject and " the " in named_as:
                    # "Commander Jane Doe the new structure will ...": the verb dropped by
                    # the copy, the subject is the person named before the article
                    before_article = canonical_speaker(
                        named_as.split(" the ", 1)[0], (), self.context
                    )
                    if before_article[0] and " " in before_article[0]:
                        named = before_article
                office = _unnamed_role(named_as) if named[0] is None and match is subject else None
                if office and any(quote.speaker == office for quote in self.quotes):
                    # "The Home Secretary said: ..." / "The Home Secretary announced that ...
                    # Jane Doe will take over." / "She said:": the office the paragraph opens
                    # on, already speaking, speaks; never someone named after its verb
                    named = (office, office)
                if match.re is _SURNAME_SPEAKING and (
                    not named[0] or " " not in named[0] or named[0].split()[-1] != named_as
                ):
                    if named[0] and " " not in named[0]:
                        # someone the release names by one word only speaks now: "he
                        # said" next is them, not whoever was quoted before; no name
                        # beats a wrong one
                        speaking = (None, None)
                    continue  # a surname only as the one a full name gives ("Khan said")
                if named[1] and named[1].endswith(("’s", "'s")):
                    continue  # a possessive's object: "the Leader’s Question Time session"
                if speaks_for := spokesperson_for(tail[: match.start()], match.group(1)):
                    speaking = (speaks_for, None)  # "A spokesperson for Sadiq Khan said ..."
                    continue
                if named[0]:
                    speaking = named
        return speaking

    def from_last_subject(self, paragraph: str) -> str:
        """The words before a quotation from their last sentence when that sentence
        opens on someone named in full as its subject ("Jane Roe turned down ... . Trade
        minister John Doe asked Ms Roe to ... “...,” he wrote."): whom the pronoun means
        is that sentence's subject, never the paragraph's opening one nor someone named
        after its verb; else the words as they are."""
        last = _last_sentence(paragraph)
        subject = _OPENING_SUBJECT.match(last) if last != paragraph.strip() else None
        named = canonical_speaker(subject[1], (), self.context)[0] if subject else None
        return last if named and " " in named else paragraph

    def agent(self, text: str, at: int) -> tuple[str | None, str | None] | None:
        """The person named in full as a passive verb's agent, its "by" ending at ``at``."""
        agent = _AGENT.match(text, at)
        named = canonical_speaker(agent["who"], (), self.context) if agent else None
        return named if named and named[0] and " " in named[0] else None

    def spokesperson(self, role: str) -> str | None:
        """A person's spokesperson speaks by the post, never as the person, and not as
        nobody, as the post is one person's: with the owner as written where that is a
        full name or an office ("Theresa May’s official spokesman", "PM's official
        spokesman", "Mayor of London’s spokesman"), without one written only by an
        honorific and surname ("Mrs May’s official spokesman" -> "official spokesman").
        An office's ("A Met Police spokesperson said: “...”") stays no one's in quote
        marks, its post the role, as before (its statement without marks is the
        post's, as "Home Secretary said:" is)."""
        match = _OWNED_SPOKESPERSON.match(role)
        if not match or not match["whose"]:
            return None
        owner = match["owner"]
        if _key_word(owner.split()[0]) in _PERSONAL_TITLES:
            return match["post"]
        if office_speaks(title_in_full(owner), "") or " " in (
            canonical_speaker(owner, (), self.context)[0] or ""
        ):
            return role
        return None

    @functools.cached_property
    def introduced_spokespersons(self) -> dict[str, set[tuple[str, str | None, str]]]:
        """Every spokesperson the release introduces with whose they are, by the post's
        noun: read once per release, not once per "the spokesman said:"."""
        owners: dict[str, set[tuple[str, str | None, str]]] = {}
        for match in _SPOKESPERSON_OWNER.finditer(self.context):
            owners.setdefault(match["noun"], set()).add(
                (match["owner"], match["whose"], match["post"])
            )
        return owners

    def spokesperson_introduced(self, subject: str) -> str | None:
        """ "The spokesman said:" is the one spokesperson the release introduced with
        whose they are ("..., the PM’s spokesman was asked ..."), when it introduces one
        and only one, not yet quoted."""
        post = _THE_SPOKESPERSON.fullmatch(_key_word(subject))
        owners = self.introduced_spokespersons.get(post["post"], set()) if post else set()
        if len(owners) != 1:
            return None
        owner, whose, introduced = next(iter(owners))
        speaker = self.spokesperson(f"{owner}{whose} {introduced}") if whose else None
        if any(quote.speaker == speaker for quote in self.quotes):
            return None  # quoted already: whether it goes on is spokesperson_again's call
        return speaker

    def spokesperson_again(self, passage: _Passage) -> tuple[str, str | None] | None:
        """The unnamed spokesperson a pronoun goes on with ("A Met Police spokesperson
        added: “...”" / "They added: “...”"): the post quoted just before, when no one
        is named or said to speak between; not whoever was named before the post. "The
        spokesman added:" goes on with it too: the definite post points back to it."""
        if not self.quotes or passage.who is None:
            return None
        subject = _key_word(passage.who.text.rsplit(",", 1)[-1])
        if subject not in _PRONOUNS and not _THE_SPOKESPERSON.fullmatch(subject):
            return None
        last = self.quotes[-1]
        head = passage.head
        if passage.start == last.block_end:  # in the same paragraph: the words since it
            head = head[max(head.rfind(mark) for mark in _MARKS) + 1 :]
        if subject not in _PRONOUNS:
            # "Asked about the European Commission ..., the spokesperson said:": what the
            # definite post was asked about in its own sentence names no one else speaking
            head = head[: max((m.start() for m in _SENTENCE_BREAK.finditer(head)), default=0)]
        if (
            last.speaker is None
            or not _SPOKESPERSON.search(last.speaker)
            or passage.start - last.block_end > _ONE_SPEAKER_GAP
            or self.said_lately(last.block_end + 1, passage.start, head)
            or self.named_lately(last.block_end + 1, passage.start, head)
        ):
            return None
        return last.speaker, last.role

    def about_lately(self, passage: _Passage) -> _Who | None:
        """The speaker of paragraphs of speech opened in quote marks with no attribution
        of their own, after paragraphs about someone ("MrGodwin cautioned that ... ." /
        "“These figures show ...”", "Mr Cochlin also said ... ." / "... as he praised
        the Met's response." / "“We have blue light capability ...”"): the person the
        last sentence before opens on, or the one those paragraphs since the last quote
        say is speaking or open on; only someone named in full."""
        words = passage.paragraphs[0] if passage.paragraphs else ""
        # the text's last words, cut off where its excerpt ends, are whole as far as they go
        cut_off = passage.end == self.blocks[-1].index and passage.open
        if (
            passage.head.strip()
            or not words[:1].isupper()
            or len(words.split()) < _SPEECH_WORDS
            or not (cut_off or re.search(r"[.!?]", words))
        ):
            return None
        last = self.quotes[-1].block_end if self.quotes else -1
        start = max(last + 1, passage.start - 3)
        if start >= passage.start:
            return None
        caption = self.blocks[passage.start - 1].text
        before = _uncredited(caption)
        if before != caption and (pictured := split_name_role(before.strip())) and not pictured[1]:
            # a photo's caption naming the one pictured ("Yvette Cooper (Jacob King/PA)")
            found = canonical_speaker(pictured[0], self.known, self.context)[0]
            if found and " " in found:
                return _Who(found)
        left_open = [o for o, c in _closes(before)[0].items() if c is None]
        if left_open and not re.search(r"[A-Z]", before[: min(left_open)]):
            # the paragraph before is itself speech left open, no one named before it
            # ("“The Mayor is working with ... . Sadiq is clear that ..."): whom those
            # words are about is not who speaks
            return None
        opening = _OPENING_NAME.match(_last_sentence(before))
        if opening and _QUESTIONS_SOMEONE.match(_last_sentence(before), opening.end()):
            # "Jane Roe quizzed John Doe on why ...": the one asking is not the one
            # answering, and the words next may be either's question or answer
            return None
        if (
            opening
            and not opening["who"].endswith(("’s", "'s"))
            and opening["who"].split()[0] not in _SCENE_WORDS
        ):
            # "MrGodwin cautioned ...", not "In Boris Johnson’s manifesto, ..."; "The
            # Local Gazette spoke to Superintendent Jane Doe, ...": a paper (or "we")
            # putting questions is no one speaking, the one it spoke to answers
            who = opening["who"]
            if _INTERVIEWER.fullmatch(who) and not role_like(who.split(" ", 1)[-1], strict=True):
                interviewed = _INTERVIEWED.match(_last_sentence(before), opening.end())
                who = interviewed["who"] if interviewed else who
            named = canonical_speaker(who, self.known, self.context)
            if named[0] and " " in named[0]:
                return _Who(named[0])
        if (
            _quotes_words(before)
            and _SENTENCE_END.search(before)  # narration, not a heading or a link's line
            and _key_word(before.split(" ", 1)[0]) not in _PRONOUNS
            and not self.said_lately(passage.start - 1, passage.start)
        ):
            # "The plan, designed to “restore confidence in policing”, ..." then "“New
            # measures mean ...”": the speech may go on from the words just quoted from a
            # body or a document; no name beats the wrong one named before them
            return None
        speaking = self.said_lately(start, passage.start)
        if speaking and speaking[0] and " " in speaking[0]:
            return _Who(speaking[0])
        # The release's one speaker so far, quoted just before a few paragraphs that
        # name no one ("... knocking on doors.”" / two paragraphs of figures / "“Across
        # London, we’ve put an extra 500 officers ...”"): words in the first person go
        # on in their voice.
        speakers = {name for name, _ in self.known}
        if (
            len(speakers) == 1
            and self.quotes
            and self.quotes[-1].speaker in speakers
            and passage.start - last <= _ONE_SPEAKER_GAP
            and self.blocks[last].section == passage.section  # not in the notes after
            and _FIRST_PERSON.search(words)
            and self.named_lately(last + 1, passage.start) is None
            # a paragraph between opening in quote marks, longer than a quoted heading, is
            # someone else's words, whoever they are ("“They did not believe me,” the
            # victim said.")
            and not any(
                _MARK.match(b.text.lstrip()) and len(b.text.split()) > _SUBHEADING_WORDS
                for b in self.blocks[last + 1 : passage.start]
            )
        ):
            return _Who(self.quotes[-1].speaker or "")
        return None

    def named_lately(self, start: int, end: int, head: str = "") -> str | None:
        """The last person named in full in the paragraphs from ``start`` to ``end`` (and
        ``head``), but for paragraphs about the one quoted ("She says that last month,
        Boris was ...")."""
        paragraphs = [b.text for b in self.blocks[max(start, 0) : max(end, 0)]]
        if head.strip():
            paragraphs.append(head)
        # a photo's caption, known by its credit, tells of the picture, not who speaks
        seen = "\n".join(
            text
            for text in paragraphs
            if _key_word(text.split(" ", 1)[0]) not in _PRONOUNS and _uncredited(text) == text
        )
        return last_person(seen[-_SEEN:]) if seen else None

    def plausible(self, who: _Who | None) -> bool:
        """A verbless "X:" must name someone: "Latest stats:" introduces no quote."""
        return who is not None and (not who.verbless or self.speaker(who)[0] is not None)

    def _remember(self, speaker: str, role: str | None) -> None:
        """``speaker`` is the latest one quoted: kept once, last."""
        if (speaker, role) in self.known:
            self.known.remove((speaker, role))
        self.known.append((speaker, role))
        del self.known[:-KNOWN_SPEAKERS_KEPT]

    def plausible_after(self, who: str) -> bool:
        """After a quote, "said X" must name a person or be "a spokesperson"-like."""
        if _THE_STATEMENT.fullmatch(who):
            return self.statement_issuer(self.position) is not None
        if who.lower() in _PRONOUNS:
            # Resolved when the passage ends, against whoever spoke last, or with nobody
            # quoted yet, the one the paragraphs before say is speaking.
            return bool(
                self.known
                or (self.current and self.current.who)
                or self.said_lately(self.position - 3, self.position)
            )
        if self.speaker(_Who(who))[0] is not None:
            return True
        # "said a Met spokesperson", "said the Home Secretary": a source, unnamed.
        if len(who.split()) > 6:
            return False
        if re.match(r"^(?:a|an|one)\s+\S", who, re.IGNORECASE):
            return True
        return bool(re.match(r"^the\s+\S", who, re.IGNORECASE)) and role_like(who[4:], strict=True)

    def resumes(self, mark: str, position: int) -> _Who | None:
        """Who a paragraph opening in quote marks resumes: a question left open (its
        paragraph ending on "?" with no closing mark) that cites someone else's words
        under a line of their own ("X told the conference:") goes on in marks of its own
        family straight after those words; the cited speaker's words end there."""
        cited, asked = self.current, self.interrupted
        if cited is None or asked is None or cited.open or cited.position != position - 1:
            return None
        family = DOUBLE if mark in DOUBLE else SINGLE
        if not (
            family == asked.family
            and cited.who is not None
            and cited.who.colon
            and cited.start == asked.end + 2  # the line naming who is cited between
            and not _MARK.search(self.blocks[cited.start - 1].text.strip()[:1])
            and asked.who is not None
        ):
            return None
        if self.speaker(cited.who)[0] == self.speaker(asked.who)[0]:
            return None
        return asked.who

    def flush(self) -> None:
        passage, self.current = self.current, None
        if passage is not None and passage.open and passage.who is not None:
            # a question left open, which may go on after words it cites
            last = passage.paragraphs[-1].rstrip(_CLOSERS + " ") if passage.paragraphs else ""
            self.interrupted = passage if last.endswith("?") else None
        if passage is not None and passage.who is None and passage.kind == "quote":
            # On a page of one person's words ("The comments made by Sadiq Khan, the
            # Mayor of London, on 17 August 2022."), a paragraph of speech is theirs.
            passage.who = self.page_speaker or self.about_lately(passage)
        if passage is None or passage.who is None:
            return  # a quotation nobody is said to have spoken is not a speaker's quote
        if (
            not passage.open
            and _HEADING_HEAD.match(passage.head)
            and _quoted_heading(passage, self.blocks[passage.position].text)
        ):
            return
        if passage.open and len(" ".join(passage.paragraphs).split()) < _CUT_QUOTE_WORDS:
            return  # 'He added: “We' where the page is cut off: no words of anyone's
        head = passage.head
        if self.quotes and self.quotes[-1].block_end == passage.start:
            # "Jane Roe said: “...” Council leader John Doe described the plan as vital.
            # He said:": the words since the last quote in the paragraph tell whom the
            # pronoun means, as a paragraph of its own would
            head = head[passage.since :].lstrip()
        speaker, role = self.speaker(passage.who, passage.start, head)
        if (again := self.spokesperson_again(passage)) is not None:
            speaker, role = again
        elif (
            speaker
            and _key_word(passage.who.text) in _PRONOUNS
            and _names_self(passage.paragraphs[0].lstrip(" “”\"‘’'"), speaker)
        ):
            # "She said: “Sadiq Khan has consistently found ...”": nobody opens their own
            # words on their own full name; "she" is someone the release did not pin down.
            speaker = role = None
        elif speaker is not None:
            self._remember(speaker, role)
        else:
            role = _unnamed_role(passage.who.text)  # "A Met Police spokesperson said:"
            if passage.kind == "statement" or (role and office_speaks(role, self.context)):
                # "Home Secretary said:" over words the release never names; "Prime
                # Minister said: “...”": one person holds the office, the office speaks
                speaker = role
            elif dropped := post_without_name(passage.who.text):
                speaker = role = dropped
            elif role:
                speaker = (
                    self.spokesperson(role)
                    or self.spokesperson_introduced(passage.who.text)
                    or _unnamed_spokesperson(role, passage.paragraphs)
                    or _unnamed_witness(passage.who.text, self.context)
                )
        paragraphs = [
            p
            for paragraph in passage.paragraphs
            for p in map(_tidy, _REOPENED.split(paragraph))
            if p
        ]
        if not paragraphs:
            return
        self.quotes.append(
            ExtractedQuote(
                text="\n\n".join(paragraphs),
                speaker=speaker,
                role=role,
                paragraphs=len(paragraphs),
                block_start=passage.start,
                block_end=passage.end,
                kind=passage.kind,
            )
        )

    def begin(self, who: _Who | None, text: str, o: int, block: Block, position: int) -> _Passage:
        self.flush()
        family = DOUBLE if text[o] in DOUBLE else SINGLE
        self.current = _Passage(who, family, block.section, block.index, block.index, position)
        self.current.head = text[:o]
        if self.closed_at[0] == block.index:
            self.current.since = self.closed_at[1]
        return self.current

    def feed(self, block: Block, position: int) -> None:
        text = block.text
        self.position = position
        if position <= self.consumed:  # lines of a hard-wrapped statement already taken
            return
        if block.section == TITLE:  # headlines paraphrase; a quote there is not whole
            self.flush()
            self.pending = None
            return
        pending, self.pending = self.pending, None
        if pending and self.statement(pending, block, position):
            return
        cursor = scan = 0  # start of the text not yet used by a quotation; where to look
        joined_at: int | None = None  # end of the previous quotation's attribution
        scare: tuple[int, int] | None = None  # (start of the text before, its open mark)
        unclosed_passed = 0  # marks never closed read past as no one's quote
        current = self.current
        closes, carried = _closes(text)
        lead = len(text) - len(_COPY_DATE.sub("", text, count=1))  # where the first word starts
        first_open = _next_open(text, 0)
        starts_quoted = first_open == 0
        if current and not starts_quoted and current.wraps_into(block, position):
            c = carried[current.family]
            current.add(text[: len(text) if c is None else c], block, position, join="wrap")
            current.open = c is None
            if c is None:
                return
            after = self.after(text[c + 1 :])
            if after and current.who is None:
                current.who = _Who(after[0])
            cursor = scan = c + 1
            joined_at = after[1] if after else 0
        elif current and not starts_quoted and self.dropped_open_mark(current, block, position):
            current.add(text, block, position)
            return
        elif current and not starts_quoted and self.inserted_line_inside(current, block, position):
            current.position = position  # read past the heading or caption; its words are no one's
            return
        elif current and (current.section != block.section or not starts_quoted):
            self.flush()  # a passage only goes on in a paragraph that opens with a quote mark

        # From the start of the text the first opening mark is already known (scan only grows).
        while (o := first_open if scan == 0 else _next_open(text, scan)) is not None:
            c = closes.get(o)
            end = len(text) if c is None else c
            # Only the text near the marks is read (an attribution is short), so a
            # long line full of marks costs no more than a short one.
            prefix = text[max(cursor, o - _NEAR) : o]
            following = "" if c is None else text[c + 1 : c + 1 + _NEAR]
            after = self.after(following, text[cursor:o]) if c is not None else None
            at_start = cursor == 0 and o == lead
            # A paragraph of speech is quoted to its end (or up to its attribution).
            to_end = c is None or (c + 1 + _NEAR >= len(text) and bool(_TRAILER.match(following)))
            # “We will act”, before adding it will be ...: a speaking participle after
            # the close, with no subject, says the words went on; they are whole
            whole = to_end or after is not None or bool(_GOES_ON_SPEAKING.match(following))
            before = _before_attribution(prefix) if prefix.strip() else None
            if before is None and to_end and text[o + 1 : o + 2].islower():
                before = self.reported_lead(prefix, text[o + 1 : end])
            if scare and (before is None or _no_subject(before.text)):
                head = text[max(scare[0], o - _NEAR) : scare[1]]
                quoted = text[scare[1] + 1 : cursor - 1]
                before = _scare_subject(head, quoted, text[cursor:o]) or before
            elif scare and before is not None and self.speaker(before)[0] is None:
                # "Ann, who launched her “Stop Now” campaign this year, said:": words in
                # marks inside the attribution; read whole, it may name the speaker, or
                # open on a pronoun read back from here ("She said she was “...” and
                # ..., but added:")
                spanning = _before_attribution(text[max(scare[0], o - _NEAR) : o])
                if spanning and self.speaker(spanning, block.index, text[:o])[0]:
                    before = spanning
            if before and not (
                self.plausible(before) and _speech(text[o + 1 : o + 9], following, before)
            ):
                before = None
            if before is None and to_end and text[o + 1 : o + 2].islower():
                before = self.reported_clause(text[max(0, o - _NEAR) : o], text[o + 1 : end])
            if before is None and c is not None and text[o + 1 : o + 2].islower():
                before = self.pledged_clause(text[max(0, o - _NEAR) : o], text[o + 1 : end])
            passage = self.current
            join = None
            if passage and joined_at is not None and not text[cursor + joined_at : o].strip():
                join = "attribution"  # “One,” she said, “two.” is one passage
            elif at_start and whole and (resumed := self.resumes(text[o], position)):
                # “... have you discussed ... with him? / Home Secretary Sajid Javid MP told
                # the conference: / ’I recognise ...’ / ‘That is a welcome change ...”: the
                # question goes on after the words it cites, a second quote of its asker
                passage = self.begin(resumed, text, o, block, position)
            elif at_start and whole and self.continues(passage, text[o:end], c, after, position):
                pass  # the next paragraph of the passage under way
            elif before:
                passage = self.begin(before, text, o, block, position)
            elif whole and after and (at_start or _SENTENCE_END.search(prefix)):
                passage = self.begin(_Who(after[0]), text, o, block, position)
            elif after and self.clause_attributed(text[o + 1 : end], after[0]):
                passage = self.begin(_Who(after[0]), text, o, block, position)
            elif (
                c is not None
                and _SENTENCE_END.search(text[o + 1 : c])
                and text[o + 1 : o + 2].isupper()
                and re.match(r"(?:\s+[A-Z“\"‘]|\s*$)", following)
                and (subject := self.subject(text[cursor:o], quoted=True))
            ):
                # "Hall highlighted the rise in the letter. “Gun crime is up.”": whole
                # sentences quoted just after one about the person quoted last
                passage = self.begin(_Who(subject), text, o, block, position)
            elif (
                to_end
                and text[o + 1 : o + 2].isupper()
                and _SENTENCE_END.search(prefix)
                and (reported := _paraphrase(text[cursor:o]))
                and self.speaker(reported)[0] is not None
            ):
                # "The force said these drones will be used for ... . “The drones will
                # provide ...”": the sentences quoted to the paragraph's end go on from
                # the speaker's reported words
                passage = self.begin(reported, text, o, block, position)
            elif (
                at_start
                and whole
                and pending is not None
                and self.plausible(pending)
                # a paraphrase's pronoun read back from here, as the passage will be
                and (not pending.paraphrase or self.speaker(pending, block.index)[0] is not None)
            ):
                passage = self.begin(pending, text, o, block, position)
            elif at_start and whole:
                passage = self.begin(None, text, o, block, position)  # attributed at its end?
            elif (
                at_start
                and c is not None
                and _SENTENCE_END.search(text[o + 1 : c])
                and _NARRATION_AFTER.match(following)
            ):
                # "“Help us to protect your home ... out of view.” More advice is online.":
                # whole sentences quoted to open a paragraph the reporter goes on in; only
                # ever someone's (when the flush finds whose) if the paragraphs before were
                # about them
                passage = self.begin(None, text, o, block, position)
            else:
                passage = None
            if passage is None:
                # Not a speaker's quote (scare quote, title, fragment): read on past it.
                unclosed_passed += c is None
                if unclosed_passed > _UNCLOSED_PASSED:
                    break
                scan = o + 1 if c is None else c + 1
                scare = (cursor, o) if c is not None else scare
                cursor = cursor if c is None else c + 1
                joined_at = None
                continue
            passage.add(text[o + 1 : end], block, position, join)
            passage.open = c is None
            if after and passage.who is None:
                passage.who = _Who(after[0])
            if c is None:
                return
            cursor = scan = c + 1
            self.closed_at = (block.index, cursor)
            scare = None
            joined_at = after[1] if after else 0

        # A line that ends by naming a speaker introduces the next paragraph's quote.
        rest = text[cursor:]
        self.pending = _before_attribution(rest) if rest.strip() else None
        if scare and self.pending and _no_subject(self.pending.text):
            quoted = text[scare[1] + 1 : cursor - 1]
            self.pending = _scare_subject(text[scare[0] : scare[1]], quoted, rest)
        if self.pending is None and cursor == 0 and rest.strip():
            self.pending = _paraphrase(rest)

    def dropped_open_mark(self, passage: _Passage, block: Block, position: int) -> bool:
        """Whether a paragraph with no quote marks is one of an open passage's own, its
        opening mark dropped: the passage runs into it unclosed, and the next paragraph
        opens with the passage's marks and goes on with no attribution of its own
        (“... a difficult day. / They are trained to ... . / “Today, officers ...”)."""
        text = block.text.strip()
        if not (
            passage.open
            and passage.position == position - 1
            and passage.section == block.section
            and _SENTENCE_END.search(text)
            # none of the passage's own marks: an apostrophe ("London’s") is no quote
            and not _FAMILY_MARK[passage.family].search(text)
            and position + 1 < len(self.blocks)
        ):
            return False
        return self.reopens_unattributed(passage, block, position)

    def inserted_line_inside(self, passage: _Passage, block: Block, position: int) -> bool:
        """Whether a line is a subheading or a photo's caption a web page set inside an
        open passage (“... without the fear of crime. / Funding for patrols / ‘I have
        made ...’”, “... safer. / Police were tipped off ..., with a helicopter able to
        pick up a heat signature / ‘We would urge ...’”): the passage runs into it
        unclosed, the line opens in capitals with no marks and stops short of a
        sentence's end, and the next paragraph reopens in the passage's marks with no
        attribution of its own. The passage goes on after it; the line is not part of
        the quote. A few such lines may stand together ("Continue reading the main story
        / Suspected rioter / Police are releasing images of suspects"): the passage
        reopens after the last. A page's link to another story ("Read more: ...", "More
        from News") is read past after a closed passage too, as if it were not there."""

        def inserted(text: str) -> bool:
            # a subheading after a closed passage may bring in another voice ("Drivers
            # respond / “We have asked ...”"); a link to another story never does
            return _PAGE_LINK.match(text.strip()) is not None or (
                passage.open and _inserted_line(text)
            )

        if not (
            passage.position == position - 1
            and passage.section == block.section
            and inserted(block.text)
        ):
            return False
        last = position
        while (
            last + 1 < min(len(self.blocks), position + _INSERTED_LINES)
            and self.blocks[last + 1].section == block.section
            and inserted(self.blocks[last + 1].text)
        ):
            last += 1
        return last + 1 < len(self.blocks) and self.reopens_unattributed(passage, block, last)

    def reopens_unattributed(self, passage: _Passage, block: Block, position: int) -> bool:
        """Whether the paragraph after ``position`` goes on in the open passage's marks
        with no attribution of its own (the passage carries on past ``block``)."""
        following = self.blocks[position + 1]
        opening = following.text.lstrip()
        if following.section != block.section or opening[:1] not in passage.family:
            return False
        close = _closes(opening)[0].get(0)
        return close is None or _after_attribution(opening[close + 1 :]) is None

    def statement(self, who: _Who, block: Block, position: int) -> bool:
        """ "Home Secretary Suella Braverman said:" over a paragraph with no quote
        marks (GOV.UK style): that paragraph is a statement in the speaker's name.

        Only a colon after a speech verb and a named speaker count, and only the one
        paragraph straight after, which must read as a sentence: nothing is made up.
        """
        text = block.text.strip()
        if not (who.colon and not who.verbless and text[:1].isupper()):
            return False
        if _MARK.search(text[:1]) or block.section == TITLE:
            return False
        last = position
        if not _SENTENCE_END.search(text):
            # Longer than a wrapped line only where wrapped lines were joined back into
            # prose (a sentence ends inside it)
            if len(text) > _WRAP and not _SENTENCE_BREAK.search(text):
                return False
            # Hard-wrapped lines: the statement runs on to the next speaker line or
            # the end, and stops at its last full sentence.
            lines = [text]
            while (
                last + 1 < len(self.blocks)
                and len(lines) < _MAX_WRAPPED_LINES
                and self.blocks[last + 1].section == block.section
                and len(self.blocks[last + 1].text) <= _WRAP
                and not self.blocks[last + 1].text.rstrip().endswith(":")
                and not _MARK.search(self.blocks[last + 1].text[:1])
            ):
                last += 1
                lines.append(self.blocks[last].text.strip())
            joined = " ".join(lines)
            ends = [m.end() for m in re.finditer(r"[.!?][”\"’']?(?=\s|$)", joined)]
            if not ends:
                return False
            text = joined[: ends[-1]]
        speaker = self.speaker(who)[0]
        if speaker is None and not _role_speaker(who.text, text):
            return False
        if speaker and _of_speaker(text, who.text.strip(), speaker):
            return False
        self.flush()
        self.current = _Passage(who, DOUBLE, block.section, block.index, block.index, position)
        self.current.kind = "statement"
        self.current.add(text, self.blocks[last] if last != position else block, last)
        self.current.start = block.index
        self.consumed = last
        self.flush()
        return True

    def reported_lead(self, prefix: str, words: str) -> _Who | None:
        """The speaker of a quotation opened mid-sentence after reported words ("X said
        the new panel “faces a challenge ... . It is a challenge ...”"): only a named
        speaker, and only quoted words that run to the paragraph's end over more than
        one sentence (a phrase quoted in passing is no speaker's quote)."""
        if len(words.split()) < _REPORTED_MIN_WORDS or not _SENTENCE_BREAK.search(words):
            return None
        match = _REPORTED_LEAD.match(_last_sentence(prefix))
        if not match or len(match["who"].split()) > _MAX_WHO_WORDS:
            return None
        who = _Who(match["who"].strip(), colon=True)
        return who if self.speaker(who)[0] is not None else None

    def reported_clause(self, prefix: str, words: str) -> _Who | None:
        """The speaker of one long quoted clause that ends its paragraph after reported
        words ("Mr Khan also warned the announcement did “not even make up for ...”."):
        a dozen words or more, and only a speaker the release names (a short phrase
        quoted in passing stays no one's)."""
        if len(words.split()) < _CLAUSE_MIN_WORDS or _FAMILY_MARK[DOUBLE].search(words):
            return None
        if words.rstrip()[-1:] in ".!?":
            # “... accountable to Londoners.”: a whole sentence quoted after reported words
            # stays no one's (round 8's guard); the clause is one the reporter's sentence
            # ends on, its full stop outside the marks (“... has grown”.)
            return None
        match = _REPORTED_CLAUSE.match(_last_sentence(prefix))
        if not match:
            return None
        subject = self.joined_subject(match["who"])
        if len(subject.split()) > _MAX_WHO_WORDS:
            return None
        who = _Who(subject.strip(), colon=True)
        return who if self.speaker(who, self.position)[0] is not None else None

    def joined_subject(self, who: str) -> str:
        """The speaker of a reporting clause joined on to another ("The force brought in
        a search order on Monday, and Musker added that it ..."): the subject after the
        last ", and"/", but", when the clause before it names nobody (not "Sadiq Khan,
        Mayor of London, and ...", where both are the subject)."""
        opens = max(who.rfind(word) for word in _SUBORDINATORS)
        if opens >= 0 and "," not in (subordinate := who[opens:].split(None, 1)[1]):
            # "... will attend a summit in Italy where she said she will “...”": the
            # subordinate clause's subject speaks, whoever the main clause names
            return subordinate
        head, joined, subject = who.rpartition(", and ")
        if not joined:
            head, joined, subject = who.rpartition(", but ")
        if not joined or canonical_speaker(head, (), self.context)[0] is not None:
            return who
        return subject

    def pledged_clause(self, prefix: str, words: str) -> _Who | None:
        """The speaker of a long quoted clause of what they vowed, pledged or promised
        to do ("Sir Mark Rowley has vowed to “confront the culture ...”"): a dozen words
        or more, and only a speaker the release names."""
        if len(words.split()) < _CLAUSE_MIN_WORDS or _FAMILY_MARK[DOUBLE].search(words):
            return None
        match = _PLEDGE_LEAD.match(_last_sentence(prefix))
        if not match or len(match["who"].split()) > _MAX_WHO_WORDS:
            return None
        who = _Who(match["who"].strip(), colon=True)
        return who if self.speaker(who, self.position)[0] is not None else None

    def clause_attributed(self, words: str, who: str) -> bool:
        """Whether a clause quoted to finish the reporter's sentence, attributed straight
        after it ("Reports were withdrawn because “officers may be influencing ...
        decisions,” said Jane Smith, ..."), is the speaker's quote: words in lower case
        of some length (not a phrase quoted in passing), and a speaker named in full."""
        if not words[:1].islower() or len(words.split()) < _SPEECH_WORDS:
            return False
        return " " in (self.speaker(_Who(who))[0] or "")

    def after(self, following: str, prefix: str = "") -> tuple[str, int] | None:
        found = _after_attribution(following)
        if (
            found
            and found[0].lower() in _PRONOUNS
            and (subject := self.subject(prefix, within=True))
        ):
            # “...,” she wrote: the person the sentence before was about, or the one the
            # sentence the quotation is set in opens on ("Khan said he had “...,” he wrote")
            found = (subject, found[1])
        return found if found and self.plausible_after(found[0]) else None

    def subject(self, prefix: str, quoted: bool = False, within: bool = False) -> str | None:
        """The person a finished sentence just before a quotation is about ("Hall
        accused the Mayor of ... ."): its opening name, followed by a word in lower case,
        when it is someone named in full in the release who is the one quoted so far,
        or nobody has been (with ``quoted``, only someone already quoted; with
        ``within``, the sentence may be the one the quotation is set in)."""
        if not prefix.strip() or not (within or _SENTENCE_END.search(prefix)):
            return None
        match = _OPENING_NAME.match(_last_sentence(prefix))
        if not match:
            return None
        name = canonical_speaker(match["who"], self.known, self.context)[0]
        if not name or " " not in name:
            return None
        if any(k[0] == name for k in self.known[-1:]) or (not quoted and not self.known):
            return match["who"]  # as written: it resolves to the name again
        return None

    def continues(
        self,
        passage: _Passage | None,
        words: str,
        close: int | None,
        after: tuple[str, int] | None,
        position: int,
    ) -> bool:
        """Whether a paragraph opening with a quote mark goes on with ``passage``.

        It does when it follows straight on: an open passage always (only the last
        paragraph closes); a closed one when this paragraph has no attribution of
        its own ("X added" starts a new passage) and reads as a paragraph of
        speech, not a quoted heading, after anything but a quoted heading (a heading in
        quote marks, "‘Abhorrent and unacceptable’", is no one's quote speech goes on).
        """
        if passage is None or passage.position != position - 1:
            return False
        if passage.open:
            return True
        return (
            after is None
            and (close is None or bool(_PARAGRAPH_END.search(words)))
            and not _quoted_heading(passage, self.blocks[passage.position].text)
        )


_HEADING_FUNCTION_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


# Lines a web page sets together inside a passage: a link's line, a picture's title and
# its caption.
_INSERTED_LINES = 3
# A web page's link to other stories left as a line: "Read more: <headline>", "Read
# next: ...", "More from News", "More on this story".
_PAGE_LINK = re.compile(
    r"(?:read\s+(?:more|next)\b.*|more\s+(?:from|on)\s+(?:this\s+story|\S+))$", re.IGNORECASE
)


def _inserted_line(text: str) -> bool:
    """A line opening in capitals with no quote marks, stopping short of a sentence's end
    (a subheading, a link's line or a photo's caption)."""
    text = text.strip()
    return text[:1].isupper() and text[-1:].isalnum() and not _MARK.search(text)


def _subheading(line: str) -> bool:
    """A line of a few words, each capitalised but for the small ones, that stops short
    of a sentence's end: a subheading ("Sharp Rise in Reported Offences Sparks
    Concern"), never a sentence with a subject."""
    words = line.split()
    return (
        len(words) <= _SUBHEADING_WORDS
        and line.rstrip()[-1:].isalnum()
        and all(w[:1].isupper() or w in _HEADING_FUNCTION_WORDS for w in words)
        and any(w in _HEADING_FUNCTION_WORDS for w in words)
    )


# What may stand before a heading in quote marks: nothing, or a name as its label with
# no verb ("Leveson: ‘There was no cosying up’"), a headline's summary, not the words.
_HEADING_HEAD = re.compile(r"^\s*(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*:\s*)?$")


def _quoted_heading(passage: _Passage, line: str) -> bool:
    """A passage that is only a heading in quote marks: a few words with no punctuation
    at their end, of no one's ("‘Abhorrent and completely unacceptable’") or on a line
    that ends with none either ("‘Essential to modernise’, says mayor": a headline's
    paraphrase of what was said, not the words)."""
    words = passage.paragraphs[-1] if len(passage.paragraphs) == 1 else ""
    return (
        (passage.who is None or not _PARAGRAPH_END.search(line))
        and 0 < len(words.split()) <= _SUBHEADING_WORDS
        and words[-1:].isalnum()
    )


# "The comments made by Sadiq Khan, the Mayor of London, on 17 August 2022.": the page
# says whose words it holds, in one of its first lines.
_PAGE_OF_WORDS = re.compile(
    r"^The\s+(?:comments|remarks|statement|speech|words)\s+(?:made|given|delivered|issued)\s+"
    r"by\s+(?P<who>[^.]{3,100}?),?\s+on\s+[^.]{3,40}\.?$"
)
_PAGE_LINES = 3


def _quotes_words(text: str) -> bool:
    """Whether ``text`` quotes someone's words: a closed quotation of a few words, not a
    name or a term set in marks (‘Operation Sceptre’)."""
    closes, _ = _closes(text)
    return any(
        open_ > 0 and close is not None and len(text[open_ + 1 : close].split()) >= _QUOTED_WORDS
        for open_, close in closes.items()
    )


def _page_speaker(blocks: Sequence[Block]) -> _Who | None:
    for block in blocks[:_PAGE_LINES]:
        if match := _PAGE_OF_WORDS.match(block.text.strip()):
            return _Who(match["who"])
    return None


def _speech(words: str, following: str, who: _Who) -> bool:
    """Whether a quotation introduced by "X said" is the speaker's words, not a fragment.

    After a colon it always is; after a bare verb it must start like a sentence
    and not run on into narrative (X said “it is vital” and left).
    """
    if who.colon:
        return True
    stripped = words.lstrip("…. ")
    runs_on = re.match(r"^\s+[a-z]", following) is not None
    return stripped[:1].isupper() and not runs_on


def _names_self(words: str, speaker: str) -> bool:
    """Whether quoted words open on the speaker's own full name as their subject."""
    return (
        " " in speaker
        and words.startswith(speaker)
        and words[len(speaker) : len(speaker) + 1] == " "
    )


def _of_speaker(words: str, attribution: str, speaker: str) -> bool:
    """Whether words under "Caroline said:" open on the name written there as their
    subject ("Caroline spoke to the radio about ..."): a narrator's line of the person
    the release names in full, not their words (a body named by one word, never
    completed, speaks of itself so: "Crimestoppers is a charity ...")."""
    return (
        speaker != attribution
        and words.startswith(attribution + " ")
        and words[len(attribution) + 1 : len(attribution) + 2].islower()
    )


def _no_subject(who: str) -> bool:
    """ "and", a lone comma or participle: what is left of "X branded it “shocking” and
    said:" or "X called it an “important step”, adding:"."""
    return (
        not re.search(r"[A-Za-z]", who)
        or who.lower() in ("and", "but", "then")
        or re.fullmatch(_SPEAKING_PARTICIPLE, who) is not None  # "..., adding:"
    )


# Words in the first person: a spokesperson's own ("what we expected", "our officers").
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I)\b")


def _role_speaker(who: str, words: str) -> bool:
    """ "Home Secretary", "A Home Office spokesperson": a role that may stand as the
    speaker of a statement (``words``) when the release names no one."""
    role = _unnamed_role(who) or ""
    if _SPOKESPERSON.search(role):
        # whose: "A spokesman said:" alone names no one, so only words in the first
        # person are his ("This is broadly in line with what we expected."), not the
        # reporter's narrative ("Enquiries continue.")
        return any(w[:1].isupper() for w in role.split()) or bool(_FIRST_PERSON.search(words))
    return role_like(role, strict=True)


# A mark left dangling after a space at either end of a paragraph.
_DANGLING_MARK = re.compile(r"^[“”\"]\s+|\s+[“”\"]$")


def _tidy(paragraph: str) -> str:
    # A mark left dangling after a space is a typo, not part of the words. Only a
    # paragraph starting or ending with a mark can have one: the others skip the scan.
    paragraph = paragraph.strip()
    if paragraph[:1] in '“”"' or paragraph[-1:] in '“”"':
        paragraph = _DANGLING_MARK.sub("", paragraph)
    if paragraph.endswith(","):  # “...,” said X: the comma only leads into the attribution
        paragraph = paragraph[:-1] + "."
    return paragraph


# A sentence's opening conjunction is no part of the post after it: "But a spokeswoman
# for the department would only say:".
_ROLE_ARTICLE = re.compile(r"^(?:(?:and|but|yet|so|however),?\s+)?(?:a|an|the|one)\s+", re.I)


def _unnamed_role(who: str) -> str | None:
    """ "A Met Police spokesperson" -> "Met Police spokesperson"."""
    who = who.rsplit(",", 1)[-1].strip()  # the part next to the verb is the subject
    if who.lower() in _PRONOUNS:
        return None
    role = _ROLE_ARTICLE.sub("", who)
    return role or None


# "A Home Office spokesperson", "A force spokesman", "A spokesperson for the force": an
# office's spokesperson the release never names, whose post is all it gives of them; an
# unnamed source likewise ("a police source", "Labour sources", "an insider" is all the
# report gives of them).
# A body named after "for" is part of the post ("spokesperson for the Home Office"), as
# is one word of its kind ("spokeswoman for the department", "for the council"): the post
# as the release gives it. The police by their kind ("for the force") are the police the
# body rules resolve, and the post alone speaks; other words after "for" add nothing.
# A post glued to the word before it where the page lost a space ("A Met
# policespokesman") is still a spokesperson, kept as written.
_UNNAMED_SPOKESPERSON = re.compile(
    r"(?P<post>(?:[\w’'.&-]+\s+){0,4}?(?i:[a-z]*spokes(?:person|man|woman)|sources?|insider))"
    r"(?P<body>\s+for\s+(?:(?:the\s+)?[A-Z][^,;:]{0,60}|the\s+(?!force$|police$)[a-z]+))?"
    r"(?:\s+for\s+[^,;:]{1,60})?",
)


def _unnamed_spokesperson(role: str, paragraphs: Sequence[str]) -> str | None:
    """The post of an unnamed spokesperson said to speak words in quote marks ("A force
    spokesman said: “...”" -> "force spokesman"; "A spokesperson for the force said:"
    -> "spokesperson"), as a statement without marks is theirs: the attribution says
    whose words they are and no one else is meant. Only the post itself, a few words
    long; anything more ("a spokesperson who ...") is left no one's. A bare "a
    spokesman", speaking for no one the attribution names, gets only words in the first
    person (as a statement does): reported facts under it stay no one's."""
    match = _UNNAMED_SPOKESPERSON.fullmatch(role)
    if not match:
        return None
    post = match["post"]
    if match["body"]:
        return post + match["body"]
    if " " in post or match.end("post") < len(role):
        return post
    words = " ".join(paragraphs[:1])
    return post if _FIRST_PERSON.search(words) else None


# Someone a report quotes by kin or by part in the story alone ("Her mother told the
# paper:", "A neighbour who saw the crash said:", "The woman, who asked not to be named,
# said:"): the noun as written is all the report gives of them. "The woman said:" alone
# may mean someone the report named before, and is left no one's.
_UNNAMED_WITNESS = re.compile(
    r"(?:(?P<the>the\s+)|(?:a|an|one|her|his|their)\s+|(?:the\s+)?[a-z]+[’']s\s+)?"
    r"(?P<noun>mother|father|parents?|neighbour|resident|witness|victim|woman|man|friend|"
    r"relative|daughter|son|sister|brother|wife|husband|passer-by|onlooker)"
    r"(?P<described>,?\s+who\s[^,;:]{1,80},?)?",
    re.IGNORECASE,
)


def _unnamed_witness(who: str, context: str) -> str | None:
    """The noun of an unnamed witness or relative said to speak ("Her mother said:" ->
    "mother"); never where the release names someone with it ("Jane Doe, the mother")."""
    match = _UNNAMED_WITNESS.fullmatch(who.strip())
    if (
        match is None
        or (match["the"] and not match["described"])
        or title_in_context(match["noun"], context) is not None
    ):
        return None
    return match["noun"].lower()


def _drop_echoes(quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """A quote repeated in part elsewhere in the release (a summary bullet quoting
    the body) is one quote: keep the whole one, or the first of two the same."""
    if len(quotes) > _MAX_ECHO_CHECK:
        return quotes  # no real release has this many quotes: not worth a pairwise check
    words = [" ".join(re.findall(r"\w+", q.text.casefold())) for q in quotes]

    def echoes(i: int, j: int) -> bool:
        if i == j or quotes[i].speaker != quotes[j].speaker or words[i] not in words[j]:
            return False
        return len(words[i]) < len(words[j]) or j < i

    return [q for i, q in enumerate(quotes) if not any(echoes(i, j) for j in range(len(quotes)))]


# Guillemets, as a copy set in a continental style marks words («...»): read as the
# double marks they stand for, one character for one, so positions stay.
_GUILLEMETS = str.maketrans("«»", "“”")


def extract_quotes(blocks: Sequence[Block]) -> list[ExtractedQuote]:
    """Every direct quote in a release's blocks, in order, with its speaker."""
    blocks = [
        replace(block, text=block.text.translate(_GUILLEMETS)) if "«" in block.text else block
        for block in blocks
    ]
    extractor = _Extractor(
        context="\n".join(b.text for b in blocks), blocks=blocks, page_speaker=_page_speaker(blocks)
    )
    for position, block in enumerate(blocks):
        extractor.feed(block, position)
    extractor.flush()
    return _drop_echoes(extractor.quotes)
