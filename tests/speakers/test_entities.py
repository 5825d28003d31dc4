"""Entity mentions from the NER, cleaned and merged (model-backed)."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc, Span as SpacySpan

from quotegraph.speakers._entities import _first_and_surname, build_entities
from quotegraph.speakers._table import repair_mojibake


def _entities(parse, text: str) -> dict[str, tuple[str, list[str]]]:
    entities, _ = build_entities(parse(text)).to_entities()
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in entities}


@pytest.mark.parametrize(
    ("text", "name", "kind", "mentions"),
    [
        # Possessives are not part of the mention.
        ("Starmer's plan and Keir Starmer's speech were discussed.", "Keir Starmer", "PERSON",
         ["Starmer", "Keir Starmer"]),
        # Honorifics join; the name is the fullest form, without titles.
        ("Sir Keir Starmer spoke. Mr Starmer left. Sir Keir returned.", "Keir Starmer", "PERSON",
         ["Sir Keir Starmer", "Mr Starmer", "Sir Keir"]),
        ("Hillary Rodham Clinton spoke. Hillary Clinton left. Mrs. Clinton returned.", "Hillary Clinton",
         "PERSON", ["Hillary Rodham Clinton", "Hillary Clinton", "Mrs. Clinton"]),
        # Short forms of organisations join the long form the article uses.
        ("The Washington Post reported it first. The Post later corrected the story.", "Washington Post", "ORG",
         ["The Washington Post", "Post"]),
        ("The Federal Bureau of Investigation opened a case. The FBI declined to comment. The FBI said no.",
         "FBI", "ORG", ["The Federal Bureau of Investigation", "FBI", "FBI"]),
        # A company's short name joins its full one, however the article spells the full one's company words;
        # the fullest form names it.
        ("Shares of Toyota Motor Corporation fell. Toyota Motors Corporation said sales were weak. Toyota said "
         "nothing else.", "Toyota Motors Corporation", "ORG",
         ["Toyota Motor Corporation", "Toyota Motors Corporation", "Toyota"]),
        # … and so does a name without the one institution's word after it.
        ("Time Magazine named a banker its person of the year. Each winter, Time picks someone it thinks shaped "
         "the news.", "Time Magazine", "ORG", ["Time Magazine", "Time"]),
        ("Shares of Centerview Partners rose. Centerview said it would hire more bankers.", "Centerview Partners",
         "ORG", ["Centerview Partners", "Centerview"]),
        # A body's name without what it is for or of after it is the same body.
        ("The Halvorsen Center for Civic Trust tracked the spending. Ads cost $3 million, according to the "
         "Halvorsen Center.", "Halvorsen Center for Civic Trust", "ORG",
         ["The Halvorsen Center for Civic Trust", "the Halvorsen Center"]),
        # A country an outlet puts before a body's name is not part of it when the article drops it too.
        ("The U.S. State Department released the emails. The State Department said the review was complete.",
         "State Department", "ORG", ["The U.S. State Department", "The State Department"]),
        # A department's one-word short name is the department, whatever the NER made of it.
        # Places under several names.
        ("The United States and the U.S. Senate agreed.", "United States", "GPE", ["The United States", "U.S."]),
    ],
)
def test_build_entities_merges_mentions(parse, text: str, name: str, kind: str, mentions: list[str]) -> None:
    found = _entities(parse, text)
    assert name in found, found
    assert found[name] == (kind, mentions)


def test_a_departments_short_name_speaking_is_the_department(parse) -> None:
    # "State said …" in a story about the State Department: the department, though a speaker's
    # capitalised word on its own reads as a person
    text = ("The State Department released the emails. State sent ten of its senior staffers to the summit.\n\n"
            "State first said it needed eight weeks to catch up, but it managed to do so after one month.")
    start = text.index("State first")
    entities, _ = build_entities(parse(text), extra=[(start, start + len("State"))]).to_entities()
    found = {e.name: (e.type, [m.text for m in e.mentions]) for e in entities}
    assert found.get("State Department") == ("ORG", ["The State Department", "State"]), found


def test_a_company_the_ner_reads_as_a_person_is_an_organisation(parse) -> None:
    text = ("Twitter has stepped up its fight against the group. Some accounts linked to the group put their location "
            "as ''Wilayat Twitter,'' or the province of Twitter.\n\nTwitter said it had suspended 125,000 accounts.")
    found = _entities(parse, text)
    assert found.get("Twitter", ("", []))[0] == "ORG", found
    assert not any(kind == "PERSON" for kind, _ in found.values()), found


def test_build_entities_separates_junior(parse) -> None:
    found = _entities(parse, "Donald Trump spoke. Donald Trump Jr. spoke after him.")
    assert found["Donald Trump"][0] == found["Donald Trump Jr."][0] == "PERSON"


def test_build_entities_honorific_run_missed_by_ner(parse) -> None:
    found = _entities(parse, "The meeting was chaired by Mr Quillsby, who said little.")
    assert found.get("Quillsby", ("", []))[0] == "PERSON"


def test_build_entities_speaker_mention_becomes_person(parse) -> None:
    text = "Zorbin Quattlebaum said the vote was close."
    table = build_entities(parse(text), [(0, len("Zorbin Quattlebaum"))])
    entities, _ = table.to_entities()
    assert [(e.name, e.type) for e in entities] == [("Zorbin Quattlebaum", "PERSON")]


def test_build_entities_empty_doc(parse) -> None:
    assert build_entities(parse("")).to_entities() == ([], {})


def test_build_entities_address_is_not_a_person(parse) -> None:
    # The small model tags "Downing Street" PERSON in some sentences; set that slip by hand.
    doc = Doc.from_docs([parse("Downing Street said the prime minister would travel to Paris.")])
    doc.ents = [SpacySpan(doc, 0, 2, label="PERSON")]
    entities, _ = build_entities(doc).to_entities()
    assert [(e.name, e.type) for e in entities] == [("Downing Street", "ORG")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Right Wing Watch first reported the remarks.", "ORG"),  # no first name, a body's word last
    ("Harbor Policy Institute first reported the remarks.", "ORG"),
    ("Tina Watch first reported the remarks.", "PERSON"),  # a first name: someone's surname
    ("Jack Post first reported the remarks.", "PERSON"),
])
def test_build_entities_a_body_tagged_person_is_an_organisation(parse, text: str, kind: str) -> None:
    # The small model tags a watchdog's name PERSON in some sentences; set that slip by hand.
    doc = Doc.from_docs([parse(text)])
    end = 3 if text.startswith(("Right", "Harbor")) else 2
    doc.ents = [SpacySpan(doc, 0, end, label="PERSON")]
    entities, _ = build_entities(doc).to_entities()
    assert [e.type for e in entities] == [kind]


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_build_entities_a_headlines_capitalised_common_word_is_no_name(parse, label: str) -> None:
    # The small model tags a headline's "Report" or "This" as a name in some headlines; set that slip by hand.
    doc = Doc.from_docs([parse("This Panel Says Report Shows Tax Plan Fails.")])
    doc.ents = [SpacySpan(doc, 0, 1, label=label), SpacySpan(doc, 3, 4, label=label)]
    entities, _ = build_entities(doc).to_entities()
    assert entities == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Michael Pence spoke first. Mike Pence spoke again. Mike Pence left.", "Mike Pence"),  # the usual form
        ("William Oberndorf spoke. Bill Oberndorf replied.", "William Oberndorf"),  # a tie: the longer form
    ],
)
def test_build_entities_nicknames_merge(parse, text: str, name: str) -> None:
    found = _entities(parse, text)
    people = [n for n, (kind, _) in found.items() if kind == "PERSON"]
    assert people == [name]


def test_build_entities_different_first_names_stay_apart(parse) -> None:
    found = _entities(parse, "Eric Trump spoke. Donald Trump replied.")
    assert {"Eric Trump", "Donald Trump"} <= set(found)


def test_build_entities_name_with_and_inside(parse) -> None:
    found = _entities(parse, "The Central and East European Coalition said the plan was bad.")
    assert found.get("Central and East European Coalition", ("", []))[0] == "ORG"
    assert set(_entities(parse, "Google and Apple said no.")) == {"Google", "Apple"}  # two names stay two


def test_build_entities_first_name_left_outside_by_ner(parse) -> None:
    # Set by hand the slip the small model makes on rarer first names: "Lehel Lazar" without "Marcel".
    # A capitalised description in a headline is no first name: "Billionaire Donald Trump".
    doc = Doc.from_docs([parse("The court sentenced Marcel Lehel Lazar on Thursday. Lazar said nothing.")])
    doc.ents = [SpacySpan(doc, 4, 6, label="PERSON"), SpacySpan(doc, 9, 10, label="PERSON")]
    found = {e.name: [m.text for m in e.mentions] for e in build_entities(doc).to_entities()[0]}
    assert found == {"Marcel Lehel Lazar": ["Marcel Lehel Lazar", "Lazar"]}


def test_build_entities_bare_surname_goes_to_the_person_most_written_about(parse) -> None:
    text = ("Donald Trump spoke in Ohio. Trump said the polls were wrong. Trump repeated it later. "
            "His daughter, Ivanka Trump, also spoke. Trump then left the stage.")
    last = text.rindex("Trump then")
    # The bare surnames come in as speaker mentions, as the quote finder hands them over.
    said = [(m.start(), m.start() + 5) for m in re.finditer(r"Trump (?:said|repeated|then)", text)]
    table = build_entities(parse(text), said)
    owner = next(m.cluster for m in table.mentions if m.start == last)
    assert owner is not None and owner.name == "Donald Trump"


def test_build_entities_bare_surname_goes_to_the_office_holder_of_the_day(parse) -> None:
    # (the bare surname is no sentence's subject here: a subject goes on with the one of the name just before)
    text = ("Eric Trump spoke in Ohio on Monday. Eric Trump said the crowd was huge. Donald Trump arrived later. "
            "The race was tight, according to Trump.")
    last = text.rindex("Trump")
    for published, expected in (("2016-09-01", "Donald Trump"), (None, "Eric Trump")):
        table = build_entities(parse(text), [(last, last + 5)], published=published)
        owner = next(m.cluster for m in table.mentions if m.start == last)
        assert owner is not None and owner.name == expected, published


def _owner_of_last(parse, text: str, word: str, published: str | None = None) -> str | None:
    last = text.rindex(word)
    table = build_entities(parse(text), [(last, last + len(word))], published=published)
    owner = next(m.cluster for m in table.mentions if m.start == last)
    return None if owner is None else owner.name


_BRANDT_LEADS = "Nora Brandt leads the party. Nora Brandt spoke in Bremen. Nora Brandt won the vote. "


@pytest.mark.parametrize(("text", "expected"), [
    # a subject goes on with the one of the name who was a sentence's subject just before, under the full name
    # (either way round), though the other is named more often …
    (_BRANDT_LEADS + "Walter Brandt spoke with voters in Kiel. A fan waved a sign and Brandt said hello.", "Walter Brandt"),
    ("Walter Brandt spoke in Kiel. " + _BRANDT_LEADS + "Brandt said the polls were close.", "Nora Brandt"),
    # … but not from a clause inside a sentence, whose subject is someone else
    (_BRANDT_LEADS + "Walter Brandt spoke in Kiel. Many voters liked Mayor Ruth Lam, who until Brandt ran was the favourite.",
     "Nora Brandt"),
    # … nor when the one just before was named by the first name alone, or only in apposition
    (_BRANDT_LEADS + "Her husband, Walter Brandt, came along. Brandt said the polls were close.", "Nora Brandt"),
    # … nor from further back than three sentences
    (_BRANDT_LEADS.replace("Nora Brandt won", "Walter Brandt won") + "Voters waited. Rain fell. Buses came. Brandt said it was close.",
     "Nora Brandt"),
])
def test_build_entities_bare_surname_subject_goes_on_with_the_one_of_the_name_before(parse, text: str,
                                                                                  expected: str) -> None:
    assert _owner_of_last(parse, text, "Brandt") == expected


def test_build_entities_bare_surname_subject_goes_on_even_past_the_office_holder(parse) -> None:
    # "Clinton" in 2016 is the candidate, except right after her husband was the subject under his full name
    text = ("Hillary Clinton campaigned in Iowa. Hillary Clinton spoke in Ames. Hillary Clinton won the vote. "
            "Bill Clinton spoke with voters in Boston. A fan waved a sign and Clinton said hello.")
    assert _owner_of_last(parse, text, "Clinton", published="2016-03-01") == "Bill Clinton"


@pytest.mark.parametrize(("reflexive", "expected"), [("herself", "Nora Brandt"), ("himself", "Walter Brandt")])
def test_build_entities_reflexive_after_a_bare_surname_gives_its_gender(parse, reflexive: str,
                                                                        expected: str) -> None:
    text = (f"Nora Brandt leads the party. Walter Brandt spoke in Kiel. Walter Brandt said she would win. "
            f"Brandt {reflexive} said the polls were close.")
    assert _owner_of_last(parse, text, "Brandt") == expected


def test_build_entities_double_surname_before_the_full_name(parse) -> None:
    text = ("Wasserman Schultz will resign. Rep. Debbie Wasserman Schultz said on Sunday that she would step down. "
            "Wasserman Schultz did not take questions.")
    names = {e.name for e in build_entities(parse(text)).to_entities()[0] if e.type == "PERSON"}
    assert names == {"Debbie Wasserman Schultz"}


def test_build_entities_full_name_tagged_org_beside_its_surname(parse) -> None:
    # Set by hand the NER's slip: the full name read as an organisation.
    doc = Doc.from_docs([parse("Protesters called on Rahm Emanuel to resign. Emanuel refused.")])
    doc.ents = [SpacySpan(doc, 3, 5, label="ORG"), SpacySpan(doc, 8, 9, label="PERSON")]
    found = {e.name: (e.type, [m.text for m in e.mentions]) for e in build_entities(doc).to_entities()[0]}
    assert found == {"Rahm Emanuel": ("PERSON", ["Rahm Emanuel", "Emanuel"])}


def test_build_entities_headline_description_is_no_first_name(parse) -> None:
    doc = Doc.from_docs([parse("Conservative Icon Morton Blackwell Praises Trump Rally\n\nMorton Blackwell spoke.")])
    doc.ents = [SpacySpan(doc, 2, 4, label="PERSON"), SpacySpan(doc, 8, 10, label="PERSON")]
    names = {e.name for e in build_entities(doc).to_entities()[0] if e.type == "PERSON"}
    assert names == {"Morton Blackwell"}


def test_build_entities_headline_name_cut_to_the_words_the_story_uses(parse) -> None:
    # Set by hand the NER's reading of a title-case headline: the verb and what follows taken into the name.
    doc = Doc.from_docs([parse("Harlan Says He Never Promised To Close Every Port In Maine\n\n"
                               "Mason Harlan said he never did. Harlan spoke in Utah.")])
    doc.ents = [SpacySpan(doc, 0, 4, label="PERSON"), SpacySpan(doc, 12, 14, label="PERSON"),
                SpacySpan(doc, 19, 20, label="PERSON")]
    names = {e.name for e in build_entities(doc).to_entities()[0] if e.type == "PERSON"}
    assert names == {"Mason Harlan"}


def test_build_entities_employer_and_name_read_as_one_organisation(parse) -> None:
    # Set by hand the NER's reading of "Commentary’s Noah Rothman" as one ORG.
    doc = Doc.from_docs([parse("The debate was a mess, Commentary’s Noah Rothman wrote.")])
    doc.ents = [SpacySpan(doc, 6, 10, label="ORG")]
    entities = build_entities(doc).to_entities()[0]
    assert [(e.name, e.type) for e in entities] == [("Noah Rothman", "PERSON")]


def test_build_entities_employer_and_name_read_as_one_place(parse) -> None:
    # Set by hand the NER's reading of "The Daily Ledger’s Jeet Roe" as a place; his first name is in no table.
    doc = Doc.from_docs([parse("The debate was a mess, The Daily Ledger’s Jeet Roe wrote.")])
    start = next(t.i for t in doc if t.text == "The" and t.i > 0)
    doc.ents = [SpacySpan(doc, start, start + 6, label="GPE")]
    assert doc.ents[0].text == "The Daily Ledger’s Jeet Roe"
    entities = build_entities(doc).to_entities()[0]
    assert [(e.name, e.type) for e in entities] == [("Jeet Roe", "PERSON")]
    # guard: a place whose name follows a possessive stays a place
    doc = Doc.from_docs([parse("Turnout fell in North Carolina’s Wake County on Tuesday.")])
    start = next(t.i for t in doc if t.text == "North")
    doc.ents = [SpacySpan(doc, start, start + 5, label="GPE")]
    assert doc.ents[0].text == "North Carolina’s Wake County"
    assert [e.type for e in build_entities(doc).to_entities()[0]] == ["GPE"]


def test_build_entities_outlet_read_as_a_person_unless_a_surname(parse) -> None:
    doc = Doc.from_docs([parse("Clinton told Fox on Sunday that she would win.")])
    doc.ents = [SpacySpan(doc, 0, 1, label="PERSON"), SpacySpan(doc, 2, 3, label="PERSON")]
    types = {e.name: e.type for e in build_entities(doc).to_entities()[0]}
    assert types["Fox News"] == "ORG"
    doc = Doc.from_docs([parse("Vicente Fox spoke in Mexico City. Fox said the wall was a mistake.")])
    doc.ents = [SpacySpan(doc, 0, 2, label="PERSON"), SpacySpan(doc, 7, 8, label="PERSON")]
    types = {e.name: e.type for e in build_entities(doc).to_entities()[0]}
    assert types == {"Vicente Fox": "PERSON"}


def test_build_entities_short_name_of_a_known_organisation_is_that_organisation(parse) -> None:
    # whether the NER calls "Pew" a person or leaves it out, the table's usual name for it
    doc = Doc.from_docs([parse("In 2014, Pew found that most Democrats favored gun control.")])
    doc.ents = [SpacySpan(doc, 3, 4, label="PERSON")]
    assert [(e.name, e.type) for e in build_entities(doc).to_entities()[0]] == [("Pew Research Center", "ORG")]
    doc.ents = []  # the quote finder's speaker mention, then
    found = build_entities(doc, [(9, 12)]).to_entities()[0]
    assert [(e.name, e.type) for e in found] == [("Pew Research Center", "ORG")]


def test_build_entities_surname_the_ner_missed_joins_the_full_name(parse) -> None:
    # Set by hand: the NER finds the two full names and misses the bare surname and the building.
    doc = Doc.from_docs([parse("Donald Trump hired Paul Manafort. Trump himself was delighted. "
                               "Manafort visited Trump Tower.")])
    doc.ents = [SpacySpan(doc, 0, 2, label="PERSON"), SpacySpan(doc, 3, 5, label="PERSON")]
    found = {e.name: [m.text for m in e.mentions] for e in build_entities(doc).to_entities()[0]}
    assert found == {"Donald Trump": ["Donald Trump", "Trump"], "Paul Manafort": ["Paul Manafort", "Manafort"]}


@pytest.mark.parametrize(("text", "kind"), [
    ("Rihanna, who won the award, spoke about self-love.", "PERSON"),
    ("France, who won the cup, celebrated all night.", "GPE"),  # a country the table knows stays a place
])
def test_build_entities_one_word_place_followed_by_who(parse, text: str, kind: str) -> None:
    doc = Doc.from_docs([parse(text)])
    doc.ents = [SpacySpan(doc, 0, 1, label="GPE")]
    assert [e.type for e in build_entities(doc).to_entities()[0]] == [kind]


def test_build_entities_first_name_and_surname_tagged_org_is_a_person(parse) -> None:
    # Set by hand the NER's reading of a name as an organisation, everywhere in the article.
    doc = Doc.from_docs([parse("Carly Fiorina spoke in Iowa. The Sierra Club met Fiorina later.")])
    doc.ents = [SpacySpan(doc, 0, 2, label="ORG"), SpacySpan(doc, 6, 9, label="ORG"),
                SpacySpan(doc, 10, 11, label="ORG")]
    found = {e.name: (e.type, [m.text for m in e.mentions]) for e in build_entities(doc).to_entities()[0]}
    assert found == {"Carly Fiorina": ("PERSON", ["Carly Fiorina", "Fiorina"]),
                     "Sierra Club": ("ORG", ["The Sierra Club"])}


@pytest.mark.parametrize(("text", "person"), [
    ("Brett O’Donnell", True), ("Leo DiCaprio", True), ("Norman Lear Center", False), ("Paul Street", False),
])
def test_first_name_and_surname_read_as_org(text: str, person: bool) -> None:
    assert _first_and_surname(text) is person


@pytest.mark.parametrize(("text", "name"), [
    ("The DNC said the emails were stolen.", "Democratic National Committee"),
    ("The FBI said the case was closed.", "FBI"),  # an acronym that is itself the usual name stays
])
def test_build_entities_acronym_goes_by_the_usual_name(parse, text: str, name: str) -> None:
    doc = Doc.from_docs([parse(text)])
    doc.ents = [SpacySpan(doc, 1, 2, label="ORG")]
    assert [e.name for e in build_entities(doc).to_entities()[0]] == [name]


def test_build_entities_transcript_speaker_in_capitals_is_a_person(parse) -> None:
    text = "TAPPER: Do you think so?\n\nCARSON: I do.\n\nThe CNN host Jake Tapper asked."
    doc = parse(text)
    table = build_entities(doc, [(0, 6), (26, 32)])
    types = {e.name: e.type for e in table.to_entities()[0]}
    assert types.get("Jake Tapper") == "PERSON" and types.get("Carson") == "PERSON", types
    assert types.get("CNN") == "ORG"


def test_build_entities_org_cut_at_a_headline_colon(parse) -> None:
    # Set by hand the NER's slip over a headline's colon.
    doc = Doc.from_docs([parse("Judicial Watch: State Department Hid Email. Judicial Watch said so.")])
    doc.ents = [SpacySpan(doc, 0, 5, label="ORG"), SpacySpan(doc, 8, 10, label="ORG")]
    names = {e.name for e in build_entities(doc).to_entities()[0]}
    assert names == {"Judicial Watch"}


def test_build_entities_place_read_once_as_a_person_stays_a_place(parse) -> None:
    # Set by hand the NER's stray PERSON tag on a word it reads as a place everywhere else.
    doc = Doc.from_docs([parse("Clarkston is small. Clarkston grew. Clarkston welcomed him. Clarkston became home.")])
    doc.ents = [SpacySpan(doc, 0, 1, label="GPE"), SpacySpan(doc, 4, 5, label="GPE"),
                SpacySpan(doc, 7, 8, label="GPE"), SpacySpan(doc, 11, 12, label="PERSON")]
    found = {(e.name, e.type) for e in build_entities(doc).to_entities()[0]}
    assert found == {("Clarkston", "GPE")}


def test_build_entities_first_name_after_a_title_is_a_person(parse) -> None:
    text = "Former Brandt-Keller CEO Laura Whitcombe picked a Denver favorite. Whitcombe smiled."
    found = _entities(parse, text)
    assert found["Laura Whitcombe"] == ("PERSON", ["Laura Whitcombe", "Whitcombe"])


@pytest.mark.parametrize(("text", "name"), [
    # Middle initials are a house style: the canonical name leaves them out ...
    ("Paul H. Chipok, a lawyer in Orlando, spoke. Mr. Chipok said courses were closing.", "Paul Chipok"),
    ("C. Stewart Verdery Jr. spoke first. Verdery said the rules were clear.", "C. Stewart Verdery Jr."),
    # ... except for people known by them.
    ("Michael J. Fox spoke at the gala. Fox said research had come far.", "Michael J. Fox"),
])
def test_build_entities_middle_initials(parse, text: str, name: str) -> None:
    found = _entities(parse, text)
    assert name in found and found[name][0] == "PERSON", found


@pytest.mark.parametrize("text", [
    "As Breitbart’s Joel Pollak reported, the pattern is clear.",
    "The Daily Ledger’s Walter Kemp sees the piece as a return to old habits.",  # a longer employer
    "Fox News’ Walter Kemp said the plan was dead.",  # an apostrophe alone after the "s"
])
def test_build_entities_employer_before_a_name_is_not_part_of_it(parse, text: str) -> None:
    found = _entities(parse, text)
    name = "Joel Pollak" if "Pollak" in text else "Walter Kemp"
    assert found.get(name, ("", []))[0] == "PERSON", found


def test_build_entities_bare_surname_goes_to_the_person_the_article_is_about(parse) -> None:
    text = ("“Yes, I back Ana Ruiz,” Walter Greaves III, founder of the Civic Ledger Institute, tells the crowd. "
            "Greaves was only six years old then. His aunt was a painter and his father, Walter Greaves, was a "
            "speech writer. “It is plain and simple,” Greaves says.")
    entities, _ = build_entities(parse(text)).to_entities()
    counts = {e.name: len(e.mentions) for e in entities if e.type == "PERSON"}
    assert counts.get("Walter Greaves III", 0) >= 3, counts


def test_build_entities_role_noun_the_ner_took_into_a_name(parse) -> None:
    found = _entities(parse, "Billionaire Donald Trump praised the reporter at a press conference on Monday.")
    assert "Donald Trump" in found, found


@pytest.mark.parametrize(("garbled", "name"), [
    ("FranÃ§ois Hollande", "François Hollande"),
    ("Enrique PeÃ±a Nieto", "Enrique Peña Nieto"),
    ("SÃ©golÃ \u0308ne Royal", "Ségolène Royal"),  # with the diaeresis sign decomposed
    ("Enrique PeA\u0303\u00b1a Nieto", "Enrique Peña Nieto"),  # with the misread "Ã" decomposed too
    ("Ángela Ruiz", "Ángela Ruiz"),  # a name in proper UTF-8 stays as it is
    ("Marcel Lazăr Lehel", "Marcel Lazăr Lehel"),  # a name that only looks unusual stays
    ("Donald Trump", "Donald Trump"),
])
def test_canonical_names_repair_text_read_in_the_wrong_encoding(garbled: str, name: str) -> None:
    assert repair_mojibake(garbled) == name


def test_build_entities_mojibake_name_is_repaired_but_mentions_keep_the_text(parse) -> None:
    text = "French President FranÃ§ois Hollande said on Monday that the deal was done."
    entities = build_entities(parse(text)).to_entities()[0]
    person = next(e for e in entities if e.type == "PERSON")
    assert person.name == "François Hollande"
    assert [m.text for m in person.mentions] == ["FranÃ§ois Hollande"]


def test_build_entities_photo_credit_is_cut_from_a_name(parse) -> None:
    doc = Doc.from_docs([parse("The crew included a pilot. Ahmed Helal/LinkedIn. Helal flew for years.")])
    doc.ents = [SpacySpan(doc, 6, 10, label="PERSON"), SpacySpan(doc, 11, 12, label="PERSON")]
    names = {e.name for e in build_entities(doc).to_entities()[0] if e.type == "PERSON"}
    assert names == {"Ahmed Helal"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Bill and Hillary Clinton said they would attend the funeral.", {"Bill Clinton", "Hillary Clinton"}),
    ("Laura and Daniel Lindqvist, the couple who run the bakery, said business was slow.",
     {"Laura Lindqvist", "Daniel Lindqvist"}),
])
def test_build_entities_a_first_name_before_and_shares_the_next_surname(parse, text, expected) -> None:
    people = {name for name, (kind, _) in _entities(parse, text).items() if kind == "PERSON"}
    assert expected <= people


def test_build_entities_a_surname_before_and_keeps_its_own(parse) -> None:
    # "Podesta" is a surname of the article, not a first name: it takes no one else's
    text = "John Podesta arrived early. Podesta and Hillary Clinton said the talks went well."
    assert "Podesta Clinton" not in _entities(parse, text)


def test_build_entities_name_with_and_without_accents_is_one_person(parse) -> None:
    text = ("Hélène Marchetti opened the market on Monday. Helene Marchetti later said the prices would hold. "
            "Marchetti left early.")
    found = _entities(parse, text)
    people = {name: mentions for name, (kind, mentions) in found.items() if kind == "PERSON"}
    assert list(people) == ["Hélène Marchetti"], found
    assert people["Hélène Marchetti"] == ["Hélène Marchetti", "Helene Marchetti", "Marchetti"]


def test_build_entities_office_holder_keeps_the_article_spelling_of_the_table_name(parse) -> None:
    # The office-holder table writes "Mélanie Joly"; an article without the accent keeps its own spelling.
    found = _entities(parse, "Melanie Joly met the ministers on Monday. Joly said little.")
    assert "Melanie Joly" in found and found["Melanie Joly"][0] == "PERSON", found


def test_build_entities_a_trailing_function_word_is_cut_from_a_name(parse) -> None:
    # A nickname in quotes can make the NER run on into the next word: 'Juan "Chico" Roe of Oakland'.
    found = _entities(parse, 'Marchers dressed in white shirts marched in silence. Juan "Chico" Roe of Oakland '
                             'carried one of the photos.')
    assert "Juan Roe" in found
    assert found["Juan Roe"][1][0] == 'Juan "Chico" Roe'


def test_build_entities_dotted_acronym_is_one_name_with_the_plain_one(parse) -> None:
    found = _entities(parse, "The F.B.I. said it had no record of the men. Later the FBI said it would look again.")
    assert found["FBI"] == ("ORG", ["F.B.I.", "FBI"])


@pytest.mark.parametrize(("text", "name", "mentions"), [
    # A paper writing its own name in capitals: one organisation, not a country and a name.
    ("A USA TODAY analysis shows the gifts were large. He said so to USA TODAY.", "USA TODAY",
     ["USA TODAY", "USA TODAY"]),
    # An edition after the name is no place of its own.
    ("POLITICO Florida reported that the vote was close.", "POLITICO", ["POLITICO"]),
])
def test_build_entities_outlet_in_capitals_is_an_organisation(parse, text, name, mentions) -> None:
    found = _entities(parse, text)
    assert found[name] == ("ORG", mentions)
    assert "Florida" not in found and "TODAY" not in found


def test_build_entities_word_of_a_headline_in_capitals_is_no_outlet(parse) -> None:
    found = _entities(parse, "HIGHER TURNOUT THIS TIME IN OHIO - Voters came out early, officials said.")
    assert all(kind != "ORG" or name.upper() != "TIME" for name, (kind, _) in found.items())


def test_build_entities_name_run_over_most_of_the_first_line_is_cut_to_the_name(parse) -> None:
    # The NER reads "Olund Tells Guest City Violence" as one name, leaving too few words to see title case.
    found = _entities(parse, "Olund Tells Guest City Violence is Beyond Compare.\n\nWhen guests on his show made the "
                             "point, Ray Olund disagreed.")
    assert found["Ray Olund"] == ("PERSON", ["Olund", "Ray Olund"])


def test_build_entities_name_after_a_dateline_the_ner_took_in(parse) -> None:
    # Set by hand the NER's slip: "DENVER - Marla Quist" read as one organisation. Without the cut, the
    # bare "Quist" would wait for the next full name of the family and join the sister.
    text = ("Candidate promises order.\n\nDENVER - Marla Quist painted a dark picture on Thursday.\n\n"
            "\"I am your voice,\" Quist said.\n\nHer sister Ellen Quist introduced her.")
    doc = Doc.from_docs([parse(text)])
    start = next(t.i for t in doc if t.text == "DENVER")
    ents = [e for e in doc.ents if e.end <= start or e.start >= start + 4]
    doc.ents = sorted([*ents, SpacySpan(doc, start, start + 4, label="ORG")], key=lambda e: e.start)
    found = _entities_of(doc)
    assert found.get("Marla Quist") == ("PERSON", ["Marla Quist", "Quist"]), found
    assert found.get("Ellen Quist") == ("PERSON", ["Ellen Quist"]), found
    assert not any("DENVER" in name for name in found)


@pytest.mark.parametrize("text", ["AFL-CIO to endorse the mayor.\n\nThe AFL-CIO board said so.",
                                  "AP-GfK Poll: voters change their minds.\n\nThe poll found it."])
def test_build_entities_hyphen_in_a_name_is_no_dateline(parse, text) -> None:
    names = set(_entities(parse, text))
    assert names & {"AFL-CIO", "AP-GfK Poll", "AP-GfK"}, names


def _entities_of(doc: Doc) -> dict[str, tuple[str, list[str]]]:
    entities, _ = build_entities(doc).to_entities()
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in entities}


def test_build_entities_speaker_whose_surname_the_tagger_read_as_a_noun(parse) -> None:
    # Set by hand the tagger's slip: no entity, and "Rivers" a common noun after "M. Dane".
    text = "M. Dane Rivers, whose group led this effort, predicted a fight on the floor."
    doc = Doc.from_docs([parse(text)])
    doc.ents = []
    rivers = next(t for t in doc if t.text == "Rivers")
    rivers.pos_ = "NOUN"
    for t in doc[:rivers.i]:
        t.pos_ = "PROPN"
    names = {e.name: e.type for e in build_entities(doc, [(0, rivers.idx + len(rivers))]).to_entities()[0]}
    assert names == {"M. Dane Rivers": "PERSON"}


def test_build_entities_acronym_the_ner_missed_joins_its_organisation(parse) -> None:
    text = ("The Federal Election Commission keeps the filings of every donor. Overall, FEC records show Mr. Orlov "
            "gave $38,000 since 2010.")
    found = _entities(parse, text)
    assert found.get("Federal Election Commission") == ("ORG", ["The Federal Election Commission", "FEC"]), found


def test_build_entities_outlet_show_read_as_a_person_is_an_organisation(parse) -> None:
    # Set by hand the NER's slip: "HuffPost Live" read as a person's name.
    text = "In a talk on HuffPost Live about his new film, the actor spoke about school."
    doc = Doc.from_docs([parse(text)])
    start = next(t.i for t in doc if t.text == "HuffPost")
    doc.ents = [SpacySpan(doc, start, start + 2, label="PERSON")]
    assert _entities_of(doc) == {"HuffPost Live": ("ORG", ["HuffPost Live"])}
