"""Title, publisher and quote forms found in the tuned blind17-20 batches (round 23),
each fixed as a class and shown here on text written for the test."""

from tests_support import snippet_speakers

from briefing.parse.release import parse_release


def test_a_site_name_of_two_words_over_the_headline_is_not_the_title():
    text = (
        "Copper Careers\n\n"
        "Interview: Deputy Commissioner says forces need more detectives\n\n"
        "Ahead of the election, we spoke to the Deputy Commissioner about recruitment.\n"
    )
    assert parse_release(text).title == (
        "Interview: Deputy Commissioner says forces need more detectives"
    )


def test_a_one_word_section_label_over_the_headline_is_not_the_title():
    text = (
        "Politics\n"
        "Home Secretary promises 5,000 more officers on the streets by next spring\n"
        "The Home Secretary has promised 5,000 more officers by next spring.\n"
    )
    assert parse_release(text).title == (
        "Home Secretary promises 5,000 more officers on the streets by next spring"
    )


def test_a_short_headline_over_a_short_line_stays_the_title():
    text = (
        "Police Numbers\n\n"
        "Motion detail\n\n"
        "The Assembly notes that police numbers have fallen this year.\n"
    )
    assert parse_release(text).title == "Police Numbers"


def test_a_site_name_over_its_tagline_and_the_headline_leaves_the_headline():
    text = (
        "CityWatch\n\n"
        "London News and Comment\n\n"
        "Council to review street lighting\n\n"
        "July 11, 2013 - Jane Smith\n\n"
        "The council has launched a review of street lighting.\n"
    )
    assert parse_release(text).title == "Council to review street lighting"


def test_a_short_headline_over_a_quoted_sentence_stays_the_title():
    text = (
        "Police statement\n\n"
        "Commander Jane Smith said: “We are ready.”\n\n"
        "The operation begins at noon.\n"
    )
    assert parse_release(text).title == "Police statement"


def test_a_short_headline_over_hard_wrapped_text_stays_the_title():
    text = (
        "Disorder update\n\n"
        "In total the investigation team includes around 500\n"
        "officers. The enquiry is being led by the Homicide Command.\n"
    )
    assert parse_release(text).title == "Disorder update"


def test_an_assembly_committee_chair_introduced_post_first_is_the_assemblys_release():
    text = (
        "Committee to examine rise in burglary\n\n"
        "Burglaries have risen across the capital. In response, the London Assembly "
        "Housing and Safety Committee has launched an investigation.\n\n"
        "Chairwoman of the Housing and Safety Committee, Jane Porter AM, said:\n\n"
        "“Londoners deserve to know why burglaries are rising and what is being done.”\n"
    )
    assert parse_release(text).publisher == "London Assembly"


def test_a_committee_chair_of_no_assembly_committee_names_no_publisher():
    text = (
        "MPs to examine rise in burglary\n\n"
        "Burglaries have risen across the country. The Commons Home Affairs Committee has "
        "launched an inquiry.\n\n"
        "Chairwoman of the Home Affairs Committee, Jane Porter MP, said:\n\n"
        "“People deserve to know why burglaries are rising and what is being done.”\n"
    )
    assert parse_release(text).publisher is None


def test_the_subject_of_an_act_goes_on_saying_the_quotation():
    text = (
        "Mayor announces victims fund\n\n"
        "London Mayor Sadiq Khan has announced a new fund for victims of crime.\n\n"
        "Khan placed part of the blame for the delays on the courts, saying: “We are "
        "putting money in but we cannot clear the backlog alone.”\n"
    )
    assert snippet_speakers(text) == ["Sadiq Khan"]


def test_the_subject_acted_on_is_not_the_one_saying():
    text = (
        "Council criticised over patrols\n\n"
        "Council leader Jane Porter has defended the patrol plan.\n\n"
        "Porter was criticised by residents at the meeting, saying: “We asked for more "
        "officers and we were given fewer.”\n"
    )
    assert snippet_speakers(text) == []


def test_the_agent_of_a_verb_of_speaking_speaks_the_words_after_the_colon():
    text = (
        "Volunteers keep streets safe\n\n"
        "Special constables give up their spare time to police the capital.\n\n"
        "Their work is demanding but rewarding, as explained by Sergeant Priya Lal from "
        "the Special Constabulary (MSC):\n\n"
        "“I work in a bakery in the mornings, and in the evenings I come straight in to "
        "patrol the town centre.”\n"
    )
    assert snippet_speakers(text) == ["Priya Lal"]
