"""Forms found in the spent third held-out batch (issue 13, round 3 final), each on the
release's own words."""

from __future__ import annotations

from datetime import date

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats

TODAY = date(2025, 12, 31)


def _parse(text: str):
    return parse_release(text, "snippet.txt", TODAY)


def _figures(text: str) -> list[str]:
    return [s.text for s in extract_stats(_parse(text).blocks)]


def _stats(text: str):
    return extract_stats(_parse(text).blocks)


def _quotes(text: str):
    return extract_quotes(_parse(text).blocks)


def test_a_historic_press_release_label_is_not_part_of_the_title():
    text = (
        "HISTORIC PRESS RELEASE : Prime Minister’s Easter Message\n\n"
        "The press release issued by 10 Downing Street on 2 April 2010.\n\n"
        "The Prime Minister has wished those celebrating Easter all over the world a happy Easter."
    )
    parsed = _parse(text)
    assert parsed.title == "Prime Minister’s Easter Message"
    assert parsed.date == "2010-04-02"


def test_a_blog_masthead_above_the_post_address_is_not_the_title():
    text = (
        "Skip to main content\nHome Office in the media\n\n"
        "https://homeofficemedia.blog.gov.uk/2017/11/22/clarification-home-office-on-police-funding/\n\n"
        "Clarification: Home Office on police funding\n\n"
        "Posted by: , Posted on: - Categories: Leading stories, Rebuttals and clarifications\n\n"
        "Today’s front page of the Mirror claims the government has “secretly slashed” police "
        "budgets by £413 million. This is inaccurate.\n\n"
        "A Home Office spokesperson said:\n\n"
        "In 2017, taxpayers invest £11.9billion in our police system."
    )
    parsed = _parse(text)
    assert parsed.title == "Clarification: Home Office on police funding"
    assert parsed.publisher == "Home Office"


def test_today_with_no_year_anywhere_is_not_a_stated_date():
    text = (
        "Mayor of London to invest almost £50m additional funding to reduce crime\n\n"
        "A new comprehensive investment package of almost £50m to tackle crime has been "
        "announced by the Mayor of London, Sadiq Khan, today (29 December)."
    )
    assert _parse(text).date is None
    # The year comes from the text when it has one (never from the clock).
    dated = text + "\n\nThe fund was set up in 2019."
    assert parse_release(dated, "s.txt", date(2026, 6, 1)).date == "2019-12-29"


def test_a_labelled_us_date_line_under_the_incident_header():
    text = (
        "Lone Tree Police Department\nNews Release\n"
        "Type of Incident: Disorderly Conduct / Criminal Mischief\nCase Number: 09-0608\n"
        "Date: March 16, 2009\nTime of Release: 7:30 p.m.\n\n"
        "On March 16, 2009 at about 2:00 pm, Officers responded to a disturbance."
    )
    assert _parse(text).date == "2009-03-16"


def test_a_stated_date_later_than_the_run_is_still_the_stated_date():
    text = (
        "PRESS RELEASE : Border Force seizes over 250 endangered species [January 2026]\n\n"
        "The press release issued by the Home Office on 8 January 2026.\n\n"
        "Hundreds of endangered species seized in crackdown on international wildlife smuggling."
    )
    parsed = _parse(text)
    assert (parsed.date, parsed.date_estimated, parsed.publisher) == (
        "2026-01-08",
        False,
        "Home Office",
    )


def test_a_syndicated_source_line_names_the_publisher():
    text = (
        "Police appeal to public over Newham stabbing\n\n"
        "Source: United Kingdom London Metropolitan Police\n\n"
        "Police are appealing to the public for information after a man was injured."
    )
    assert _parse(text).publisher == "Metropolitan Police"


def test_emergency_numbers_named_in_prose_are_not_figures():
    text = (
        "Violent crime questions\n\n"
        "999 and 101 call response times - in 2017 the demand on the 999 systems had increased "
        "by 14 per cent. The BBC has reported that the number of abandoned 999 calls to the Met "
        "rose sharply. What measures are being taken to improve the abandonment rates for both "
        "999 and 101?"
    )
    assert _figures(text) == ["increased by 14 per cent"]


def test_a_case_number_is_not_a_figure():
    text = (
        "Lone Tree Police Department\nNews Release\nCase Number: 09-0608\n"
        "Date: March 16, 2009\n\nOfficers made 3 arrests at the mall."
    )
    assert _figures(text) == ["3"]


def test_ages_after_a_name_or_in_an_age_range_are_not_figures():
    text = (
        "Man charged with murder\n\n"
        "Dellan Charles, 22 (08.10.01) of no fixed address has been charged with murder.\n\n"
        "Five men between 17 and 25 years old were all arrested. Police seized 40 knives."
    )
    assert _figures(text) == ["40"]


def _said(text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.text[:30], q.kind) for q in _quotes(text)]


def test_the_pm_is_the_one_person_a_release_about_the_prime_minister_names():
    text = (
        "Prime Minister’s Easter Message\n\n"
        "The Prime Minister has wished those celebrating Easter a happy Easter.\n\n"
        "Gordon Brown said how “incredibly grateful” he was to Christian churches.\n\n"
        "The PM said:\n\n"
        "“Easter is the most important date in the Christian calendar.”"
    )
    assert _said(text) == [("Gordon Brown", "Easter is the most important d", "quote")]


def test_the_home_secretary_added_after_the_release_names_her_doing_things():
    text = (
        "Funding to tackle knife crime\n\n"
        "More than £18m has been announced by the Home Secretary today.\n\n"
        "At a speech today, Theresa May thanked Miss Kinsella for her work. The Home Secretary "
        "added: ‘I’m delighted to announce that we will invest money into changing attitudes.’"
    )
    assert [q.speaker for q in _quotes(text)] == ["Theresa May"]


def test_a_role_resolves_through_an_apposition_either_way_round():
    for named in (
        "Theresa May, the Home Secretary, visited",
        "the home secretary, Jacqui Smith, visited",
    ):
        text = (
            f"Police funding\n\n{named[0].upper() + named[1:]} a station.\n\n"
            "The Home Secretary said: “This is a good day for policing.”"
        )
        speaker = _quotes(text)[0].speaker
        assert speaker in ("Theresa May", "Jacqui Smith"), speaker
    # Two people doing things and no apposition: the office stays unresolved, not a guess.
    text = (
        "Police funding\n\nJohn Smith said the plan was late. Jane Doe said it was not.\n\n"
        "The Home Secretary said: “This is a good day for policing.”"
    )
    assert _quotes(text)[0].speaker is None


def test_hard_wrapped_role_statements_keep_the_role_as_speaker():
    text = (
        "Knife crime funding\n\n"
        "homicide rates fell by 54% from 2006/07 to 2015/16.\n"
        "Chancellor of the Exchequer, said:\n"
        "We know action is needed now to tackle knife crime which\n"
        "is blighting communities around the country. That’s why\n"
        "I’m announcing an additional £100 million.\n"
        "Home Secretary said:\n"
        "I am deeply concerned by the rising levels of knife crime\n"
        "that is devastating communities.\n"
        "This is on top of the £970m of additional money tha"
    )
    quotes = _quotes(text)
    assert [(q.speaker, q.kind) for q in quotes] == [
        ("Chancellor of the Exchequer", "statement"),
        ("Home Secretary", "statement"),
    ]
    assert quotes[0].text.endswith("additional £100 million.")
    assert quotes[1].text.endswith("devastating communities.")


def test_a_named_office_spokesperson_statement_but_not_a_bare_spokesperson():
    text = (
        "Clarification\n\nA Home Office spokesperson said:\n\n"
        "In 2017, taxpayers invest £11.9billion in our police system."
    )
    assert _said(text) == [
        ("Home Office spokesperson", "In 2017, taxpayers invest £11.", "statement")
    ]


def test_a_scare_quote_does_not_cut_the_speaker_off():
    text = (
        "Police numbers\n\n"
        "Shadow Home Secretary Chris Philp went on the attack. In a video shared on social "
        'media, Mr Philp branded the fall "shocking" and said: "Under Labour numbers have '
        'fallen by 1,300 already."\n\n'
        "Diane Abbott MP, Labour’s Shadow Home Secretary, commenting on the Home Secretary’s "
        "claim today that ”There has been an increase in resources”, said:\n\n"
        "“It’s a bit rich for Sajid Javid to claim that police funding has increased.”"
    )
    assert [q.speaker for q in _quotes(text)] == ["Chris Philp", "Diane Abbott"]


def test_a_quote_after_welcomed_the_news_and_an_mp_for_a_seat():
    text = (
        "Funding\n\nJon Cruddas MP for Dagenham and Rainham welcomed the news: “This is a "
        "positive response to a negative situation.”"
    )
    quote = _quotes(text)[0]
    assert (quote.speaker, quote.role) == ("Jon Cruddas", "MP for Dagenham and Rainham")


def test_a_quote_after_a_paraphrase_line_is_the_paraphrased_speaker():
    text = (
        "Stabilisation group delivers\n\n"
        "Gordon Brown was speaking to members of the UK Civilian Stabilisation Group.\n\n"
        "The PM said civilian experts deployed with the military show immediate progress.\n\n"
        "“This work in the field is absolutely vital to the enduring success of any operation.”"
    )
    assert [q.speaker for q in _quotes(text)] == ["Gordon Brown"]


def test_she_added_after_someone_else_is_said_to_speak_is_that_person():
    text = (
        "Budget\n\nSadiq Khan said: “This means keeping officer numbers as high as possible.”\n\n"
        "Liberal Democrat London Assembly member Caroline Pidgeon said the Mayor’s plans "
        "include “setting up a massive capital reserve.”\n\n"
        "She added: “When the Mayor should be concentrating on keeping Londoners safe he is "
        "creating an election war chest.”"
    )
    assert [q.speaker for q in _quotes(text)] == ["Sadiq Khan", "Caroline Pidgeon"]


def _labels(text: str) -> dict[str, str | None]:
    return {s.text: s.label for s in _stats(text)}


def test_money_is_labelled_by_the_purpose_or_fund_that_follows_it():
    labels = _labels(
        "Funding to tackle knife crime\n\n"
        "It will see more than £39m distributed between all 32 London boroughs and £9.8m "
        "awarded to projects already funded by the Mayor.\n\n"
        "Meanwhile, £4m will support a ‘communities against gangs, guns and knives’ fund – for "
        "local voluntary organisations. And £10m has been set aside to fund activities with "
        "young people. £20.1m will be allocated to cover the cost of a two per cent police pay "
        "increase in 2018/19. The remaining £13.9m will be made available to the Commissioner "
        "to invest in officer numbers."
    )
    assert labels["more than £39m"] == "funding for all 32 London boroughs"
    assert "projects" in labels["£9.8m"]
    assert labels["£4m"] == "funding for ‘communities against gangs, guns and knives’ fund"
    assert labels["£10m"] == "funding for activities with young people"
    assert "pay increase" in labels["£20.1m"]
    assert labels["two per cent"] == "police pay increase"  # not the sum before it
    assert "officer numbers" in labels["£13.9m"]


def test_money_a_named_body_receives_and_a_package_of_money():
    labels = _labels(
        "Funding\n\n"
        "Police forces areas where more than half of the country’s knife crime occurs – London, "
        "Manchester and the West Midlands – will receive £3.75m. The Ben Kinsella fund for young "
        "people has received £250k.\n\n"
        "A new comprehensive investment package of almost £50m has been announced."
    )
    assert labels["£3.75m"] == "funding for Police forces areas"
    assert "Ben Kinsella fund" in labels["£250k"]
    assert labels["almost £50m"] == "comprehensive investment package"


def test_the_subject_of_a_change_before_its_figure():
    labels = _labels(
        "Police numbers\n\nOfficial data showed a decline in police officer numbers of 1,316 "
        "between March 2024 and March 2025."
    )
    assert labels["1,316"] == "police officer numbers"


def test_a_rise_written_from_x_to_y():
    stats = _stats(
        "Violent crime questions\n\nThe BBC has reported that “from June 2016 to June 2017 the "
        "number of abandoned 999 calls to the Met rose from 2,606 to 7,740.”"
    )
    assert [(s.value, s.direction, s.label) for s in stats] == [
        (2606, None, "abandoned 999 calls to the Met"),
        (7740, "up", "abandoned 999 calls to the Met"),
    ]


def test_a_share_below_and_a_sum_slashed_from_something():
    stats = _stats(
        "Briefing\n\nThe PMOS replied that street crime was still 19% below what it was in 2001. "
        "The Mirror claims the government has “secretly slashed” police budgets by £413 million."
    )
    assert [(s.value, s.direction) for s in stats] == [(19, "down"), (413000000, "down")]
    assert stats[1].label == "police budgets"


def test_pence_a_strong_count_and_underfunded_by():
    stats = _stats(
        "Budget\n\nThe Mayor will increase the Policing Precept by a total of 27p per week. "
        "The group was set up following a commitment to create a 1,000-strong civilian pool. "
        "Ms Linden said the Met was underfunded by the Government by £159m."
    )
    found = {s.value: (s.unit, s.label) for s in stats}
    assert found[0.27][0] == "gbp"
    assert found[1000] == ("count", "civilian pool")
    assert found[159000000] == ("gbp", "amount underfunded")


def test_a_record_number_between_dashes_and_more_than_a_previous_peak():
    labels = _labels(
        "Police numbers\n\nThat means that we now have a record number of officers—149,572—across "
        "England and Wales, 3,542 more than the previous peak."
    )
    assert labels["149,572"] == "officers"
    assert labels["3,542"] == "officers more than previous peak"


def test_what_a_sum_is_the_value_of_named_before_it():
    labels = _labels(
        "Wildlife crime\n\n"
        "Wildlife crime is worth up to £17 billion a year globally. Adult tarantulas can sell for "
        "between £50 to £500 depending on the species. These national duties cost the force £345m "
        "per year. This will take total funding up to £19.5 billion for next year. The majority of "
        "this total funding – around £17.4 billion – will be given to police and crime "
        "commissioners. However, 1,232 of these posts were lost last year."
    )
    assert labels["up to £17 billion"] == "Wildlife crime"
    assert labels["£50"] == labels["£500"] == "Adult tarantulas"
    assert labels["£345m"] == "cost of national duties"
    assert labels["up to £19.5 billion"] == "total funding"
    assert "total funding" in labels["around £17.4 billion"]
    assert labels["1,232"] == "posts"
