"""Offices and their holders from the shipped seed table."""

from __future__ import annotations

import pytest

from quotegraph.speakers import holder_of
from quotegraph.speakers._roles import past_holders, titled_holder
from quotegraph.speakers._data import read_table
from quotegraph.speakers._roles import Office, parse_office


@pytest.mark.parametrize(
    ("role", "country", "date", "expected"),
    [
        ("the prime minister", "GB", "2025-03-15", "Keir Starmer"),
        ("the prime minister", "GB", "2022-06-01", "Boris Johnson"),
        ("the PM", "GB", "2022-10-01", "Liz Truss"),
        ("the PM", "GB", "2016-07-13", "Theresa May"),  # the first day is the new holder's
        ("head_of_government", "GB", "2023-01-01", "Rishi Sunak"),
        ("the president", "US", "2016-05-01", "Barack Obama"),
        ("the president", "US", "2025-03-01", "Donald Trump"),
        ("the Russian president", "GB", "2024-05-01", "Vladimir Putin"),  # the adjective picks the country
        ("the Ukrainian leader", "GB", "2018-01-01", "Petro Poroshenko"),
        ("the Ukrainian president", "US", "2023-01-01", "Volodymyr Zelensky"),
        ("the French president", "US", "2016-01-01", "François Hollande"),
        ("the foreign secretary", "GB", "2025-10-01", "Yvette Cooper"),
        ("the secretary of state", "US", "2019-01-01", "Mike Pompeo"),
        ("the chancellor", "GB", "2025-01-01", "Rachel Reeves"),  # in Britain: of the Exchequer
        ("the chancellor", "DE", "2020-01-01", "Angela Merkel"),
        ("the German chancellor", "GB", "2025-06-01", "Friedrich Merz"),
        ("the president of Russia", "US", "2016", "Vladimir Putin"),  # a bare year means its first day
        ("the Chinese premier", "GB", "2024-01-01", "Li Qiang"),
        ("the king", "GB", "2024-01-01", "Charles III"),
        ("NATO secretary general", "GB", "2025-01-01", "Mark Rutte"),
        # a party's presidential nominee, from the day the nomination was secured to election day
        ("the Republican nominee", "US", "2016-09-01", "Donald Trump"),
        ("the GOP presidential nominee", "US", "2012-10-01", "Mitt Romney"),
        ("the Democratic nominee", "US", "2016-10-15", "Hillary Clinton"),
        # a party's candidate: the one left running, then its nominee
        ("the Republican presidential candidate", "US", "2016-08-01", "Donald Trump"),
        ("the Democratic candidate", "US", "2016-07-20", "Hillary Clinton"),
    ],
)
def test_holder_of_office_at_date(role: str, country: str, date: str, expected: str) -> None:
    assert holder_of(role, country, date) == expected


@pytest.mark.parametrize(
    ("role", "country", "date"),
    [
        ("the prime minister", "US", "2016-05-01"),  # the US has no prime minister
        ("the president", "GB", "2016-05-01"),  # nor Britain a president
        ("the secretary of state", "GB", "2016-01-01"),  # a British cabinet title, not an office we track
        ("the prime minister", "GB", "1990-01-01"),  # before the table starts
        ("the prime minister", "GB", "not a date"),
        ("the janitor", "GB", "2020-01-01"),
        ("the Republican nominee", "US", "2016-02-01"),  # still a contest then
        ("the Republican presidential candidate", "US", "2015-12-10"),  # one of many then
        ("the Republican nominee", "GB", "2016-09-01"),  # a US phrase; the country decides
        ("the prime minister", "XX", "2020-01-01"),
    ],
)
def test_holder_of_unknown_is_none(role: str, country: str, date: str) -> None:
    assert holder_of(role, country, date) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Russian president", Office("president", "RU")),
        ("the PM", Office("head_of_government")),
        ("Foreign Minister", Office("foreign_minister")),
        ("the UK prime minister", Office("head_of_government", "GB")),
        ("the South Korean foreign minister", Office("foreign_minister", "KR")),
        ("the Republican nominee", Office("?republican nominee")),  # a US-only phrase
        ("the billionaire", None),
    ],
)
def test_parse_office_reads_role_phrases(text: str, expected: Office | None) -> None:
    assert parse_office(text) == expected


def test_office_holders_table_is_well_formed() -> None:
    rows = read_table("office_holders.tsv")
    assert len(rows) > 150
    spans: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in rows:
        assert row["source"], row
        assert row["start"] < (row["end"] or "9999"), row
        spans.setdefault((row["country"], row["role"]), []).append((row["start"], row["end"] or "9999"))
    for key, periods in spans.items():  # one holder at a time (many candidates run at once)
        if key[1].endswith("_candidate"):
            continue
        periods.sort()
        for (_, end), (start, _) in zip(periods, periods[1:]):
            assert end <= start, key


@pytest.mark.parametrize("country", ["US", "GB", "RU", "UA", "FR", "DE", "CN", "IN", "JP", "BR", "EU"])
def test_office_holders_cover_2015_to_2026(country: str) -> None:
    roles = {"EU": "commission_president"}
    role = roles.get(country, "head_of_state" if country not in ("GB", "JP", "IN", "DE") else "head_of_government")
    for year in range(2015, 2027):
        assert holder_of(role, country, f"{year}-06-01"), (country, year)


@pytest.mark.parametrize("role", ["pm", "PM", "the PM", "Prime Minister"])
def test_holder_of_short_role_phrases(role: str) -> None:
    # "pm" is a phrase, not an office key.
    assert holder_of(role, "GB", "2025-03-15") == "Keir Starmer"


G20 = ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "MX", "RU", "SA", "ZA", "KR", "TR", "GB",
       "US", "EU"]


@pytest.mark.parametrize("country", G20)
def test_office_holders_have_leaders_and_foreign_ministers_of_the_g20(country: str) -> None:
    for year in range(2015, 2027):
        for month in ("01", "07"):
            date = f"{year}-{month}-15"
            assert holder_of("foreign_minister", country, date), (country, date)
            if country != "EU":
                assert holder_of("head_of_state", country, date), (country, date)


def test_contenders_on_a_date() -> None:
    from quotegraph.speakers._roles import contenders_on

    running = contenders_on("republican_candidate", "US", "2016-02-15")
    assert "Donald Trump" in running and "Ted Cruz" in running and "Jeb Bush" in running
    assert "Chris Christie" not in running  # out on 11 February
    assert contenders_on("democratic_candidate", "US", "2016-08-01") == ["Hillary Clinton"]
    assert contenders_on("presidential_candidate", "US", "2016-08-01") == ["Donald Trump", "Hillary Clinton"]


@pytest.mark.parametrize(
    ("words", "date", "fits"),
    [
        (("vermont", "senator"), "2016-02-01", ("Bernie Sanders",)),
        (("texas", "senator"), "2016-02-01", ("Ted Cruz",)),
        (("real", "estate", "mogul"), "2016-02-01", ("Donald Trump",)),
        (("former", "florida", "governor"), "2016-02-01", ("Jeb Bush",)),
        (("florida", "governor"), "2016-02-01", ()),  # Jeb Bush was that only formerly
        (("ohio", "governor"), "2020-01-01", ()),  # John Kasich had left office
    ],
)
def test_described_by_the_seed_profiles(words: tuple[str, ...], date: str, fits: tuple[str, ...]) -> None:
    from quotegraph.speakers._roles import described

    seen = described(words, date)
    assert seen is not None and seen.fits == fits


@pytest.mark.parametrize("words", [("senator",), ("republican", "candidate"), ("business", "leader"), ()])
def test_described_says_nothing_of_common_words(words: tuple[str, ...]) -> None:
    from quotegraph.speakers._roles import described

    assert described(words, "2016-02-01") is None
    assert described(("vermont", "senator"), None) is None  # no date, no profile


def test_profiles_table_is_well_formed() -> None:
    rows = read_table("profiles.tsv")
    assert len(rows) > 50
    for row in rows:
        assert row["status"] in ("current", "former"), row
        assert row["words"] and row["words"] == row["words"].lower(), row
        assert row["start"] < (row["end"] or "9999"), row


def test_past_holders_of_a_former_office() -> None:
    assert past_holders("the former president", "US", "2016-02-17") == (
        "Ronald Reagan", "George H. W. Bush", "Bill Clinton", "George W. Bush")
    # someone who leaves office is a former holder from that day on
    assert "Barack Obama" in past_holders("former president", "US", "2017-01-20")
    assert "Barack Obama" not in past_holders("former president", "US", "2017-01-19")


@pytest.mark.parametrize(("role", "date"), [
    ("the president", "2016-02-17"),  # not "former"
    ("the former senator", "2016-02-17"),  # an office the table does not follow
    ("the former Republican candidate", "2016-06-01"),  # a shared office
    ("the former president", "not a date"),
])
def test_past_holders_needs_former_and_a_followed_office(role: str, date: str) -> None:
    assert past_holders(role, "US", date) is None


@pytest.mark.parametrize(("title", "surname", "date", "expected"), [
    ("President", "Obama", "2016-03-01", "Barack Obama"),  # in office that day
    ("President", "Clinton", "2016-03-01", "Bill Clinton"),  # the title stays with a former holder
    ("former President", "Bush", "2016-03-01", "George W. Bush"),  # the latest of two
    ("Former President", "Obama", "2016-03-01", None),  # still in office
    ("President", "Trump", "2016-03-01", None),  # not yet
    ("Senator", "Clinton", "2016-03-01", None),  # an office the table does not follow
])
def test_titled_holder(title: str, surname: str, date: str, expected: str | None) -> None:
    assert titled_holder(title, surname, "US", date) == expected
