"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers


# A peer is known by title and surname: "Lord Ashby said" is "Lord Ashby", and so is a
# later "Ashby added", when the release never gives a first name.
def test_a_peers_title_stays_with_the_surname() -> None:
    text = (
        "Minister sets out new powers for councils\n\n"
        "Crime prevention minister Lord Ashby said: “Councils will now have the tools "
        "they need to tackle late night disorder.”\n\n"
        "Ashby added: “We expect the new powers to be used widely across the country.”\n"
    )
    assert snippet_speakers(text) == ["Lord Ashby", "Lord Ashby"]


def test_a_baronesss_title_stays_with_the_surname() -> None:
    text = (
        "Review of victims' services published\n\n"
        "Baroness Penrose said: “Victims have told me again and again that they are not "
        "kept informed about their cases.”\n"
    )
    assert snippet_speakers(text) == ["Baroness Penrose"]


# Guard: a peer the release names in full is named in full, without the title.
def test_a_peer_named_in_full_keeps_the_full_name() -> None:
    text = (
        "Assembly member calls for wildlife unit\n\n"
        "Green Party assembly member Jenna Penrose wants the unit kept open.\n\n"
        "Baroness Penrose said: “London is a hub for criminals trading in rare animals "
        "and the unit must stay.”\n"
    )
    assert snippet_speakers(text) == ["Jenna Penrose"]


# Guard: a surname put to other honorifics besides the peer's title stays bare.
def test_a_surname_with_other_honorifics_stays_bare() -> None:
    text = (
        "Minister sets out new powers for councils\n\n"
        "Lord Ashby and Mr Ashby both spoke at the launch of the scheme.\n\n"
        "Ashby said: “Councils will now have the tools they need to tackle late night "
        "disorder.”\n"
    )
    assert snippet_speakers(text) == ["Ashby"]


_ASKED = "Response times fall short\n\nJane Doe asked the Mayor about response times.\n\n"
_WAIT = "“When you are already vulnerable and waiting alone, it is just not good enough,” "


# "..., she told the BBC.": the outlet told, after its article, is no speaker and no
# reason to drop the quote; the one before the verb speaks.
def test_told_the_outlet_after_a_quote() -> None:
    assert snippet_speakers(_ASKED + _WAIT + "she told the BBC.\n") == ["Jane Doe"]
    assert snippet_speakers(_ASKED + _WAIT + "Jane told the Evening Standard.\n") == ["Jane Doe"]


# Guard: an outlet told without an article reads as before.
def test_told_an_outlet_without_article() -> None:
    assert snippet_speakers(_ASKED + _WAIT + "she told Sky News.\n") == ["Jane Doe"]
