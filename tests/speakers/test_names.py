"""Person names: titles, possessives, parts and gender hints."""

from __future__ import annotations

import pytest

from quotegraph.speakers._names import first_name_gender, parse_name, person_name


@pytest.mark.parametrize(
    ("text", "full", "first", "last", "gender"),
    [
        ("Keir Starmer", "Keir Starmer", "Keir", "Starmer", "m"),
        ("Sir Keir", "Keir", "", "Keir", "m"),  # one word is read as a surname; clustering knows better
        ("Mr Starmer", "Starmer", "", "Starmer", "m"),
        ("Mrs. Clinton", "Clinton", "", "Clinton", "f"),
        ("Prime Minister Keir Starmer", "Keir Starmer", "Keir", "Starmer", "m"),
        ("Sen. Bernie Sanders (I-Vt.)", "Bernie Sanders", "Bernie", "Sanders", "m"),
        ("Gov. Mary Fallin", "Mary Fallin", "Mary", "Fallin", "f"),
        ("Trump's", "Trump", "", "Trump", None),  # possessive off
        ("Starmer’s", "Starmer", "", "Starmer", None),
        ("Donald Trump Jr.", "Donald Trump Jr.", "Donald", "Trump", "m"),
        ("Ursula von der Leyen", "Ursula von der Leyen", "Ursula", "von der Leyen", "f"),
        ("WALLACE", "Wallace", "", "Wallace", None),  # transcript capitals
        ("former Gov. Jeb Bush", "Jeb Bush", "Jeb", "Bush", "m"),
        ("Dame Judi Dench", "Judi Dench", "Judi", "Dench", "f"),
        ("President Barack Obama", "Barack Obama", "Barack", "Obama", "m"),
        ("Mr. King", "King", "", "King", "m"),  # a surname that is also a title
        ("Le Pen", "Le Pen", "", "Le Pen", None),  # a particle opens the surname
        ("de Blasio", "de Blasio", "", "de Blasio", None),
        ("Mr. De Blasio", "De Blasio", "", "De Blasio", "m"),
        ("Van Jones", "Van Jones", "Van", "Jones", None),  # "Van" is also a first name
        ("Affairs Wendy Sherman", "Wendy Sherman", "Wendy", "Sherman", "f"),  # a title's last word
        ("Billie Jean King", "Billie Jean King", "Billie", "King", None),
        ("Assemblywoman Claudia Tenney", "Claudia Tenney", "Claudia", "Tenney", "f"),  # a state legislator
        ("GOP Rep McCaul", "McCaul", "", "McCaul", None),  # a party before the title
        ("Democrat Kim Myers", "Kim Myers", "Kim", "Myers", None),
        ("Secretary [Hillary] Clinton", "Hillary Clinton", "Hillary", "Clinton", "f"),  # an editor's brackets
        ("Karim Abu Nasser", "Karim Abu Nasser", "Karim", "Abu Nasser", "m"),  # "Abu" opens an Arabic surname
        ("Abu Nasser", "Abu Nasser", "", "Abu Nasser", None),
        ("former AG Ray Olund", "Ray Olund", "Ray", "Olund", "m"),  # an attorney general, abbreviated
        ("AG Olund", "Olund", "", "Olund", None),
        # a place and a title the NER took in before the first name
        ("Dorset Mayor Greg Quinlan", "Greg Quinlan", "Greg", "Quinlan", "m"),
        ("Kent County Recorder Helen Marsh", "Helen Marsh", "Helen", "Marsh", "f"),
        # guard: a middle name that is also a first name stays
        ("Hillary Rodham Clinton", "Hillary Rodham Clinton", "Hillary", "Clinton", "f"),
    ],
)
def test_parse_name_parts(text: str, full: str, first: str, last: str, gender: str | None) -> None:
    p = parse_name(text)
    assert p is not None
    assert (p.full, p.first, p.last, p.gender) == (full, first, last, gender)


def test_parse_name_keeps_suffix_apart() -> None:
    p = parse_name("Donald Trump Jr.")
    assert p is not None and p.suffix == "Jr." and p.suffix_key == "jr"


@pytest.mark.parametrize("text", ["Mr.", "Prime Minister", "", "’s"])
def test_parse_name_title_alone_is_none(text: str) -> None:
    assert parse_name(text) is None


@pytest.mark.parametrize(
    ("first", "gender"),
    [("Keir", "m"), ("hillary", "f"), ("Rachel", "f"), ("Boris", "m"), ("Kim", None), ("Zxq", None)],
)
def test_first_name_gender(first: str, gender: str | None) -> None:
    assert first_name_gender(first) == gender


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Rick Scott", "Rick Scott"),
        ("NOAH REMNICK", "Noah Remnick"),
        ("Spencer S. Hsu", "Spencer S. Hsu"),
        ("USA TODAY", None),
        ("AP", None),
        ("Associated Press", None),
        ("Breitbart News", None),
        ("Special for USA TODAY", None),
        ("@gregorykorte", None),
        ("Brooks Barnes contributed reporting from Los Angeles", None),
    ],
)
def test_person_name_of_a_byline_entry(byline: str, name: str | None) -> None:
    assert person_name(byline) == name


def test_parse_name_rejects_page_furniture_glued_to_a_name() -> None:
    assert parse_name("FlagShareLikeReplySara Bondioli") is None
    assert parse_name("Mitch McConnell") is not None  # one inner capital is a name's own
