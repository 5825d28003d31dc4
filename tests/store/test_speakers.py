"""Speakers across articles: aliases merge, shared surnames never do, role nouns resolve by date."""

from __future__ import annotations

import pytest

import quotegraph.speakers
from quotegraph.store import Store
from quotegraph.store._speakers import roles_in_text

from .conftest import make_article


def _said(store: Store, name: str, *, url: str, published: str = "2025-03-15", publisher: str = "BBC News",
          line: str = "We will act") -> None:
    text = f'"{line}," {name} said. Other news followed in the afternoon.'
    entity_name = name.replace("Sir ", "").replace("Mr ", "")
    store.add_article(make_article(
        text, entities=[(entity_name, "PERSON", [name])], quotes=[(line, name)],
        speakers={name: entity_name}, url=url, published=published, publisher=publisher,
    ))


def _names(store: Store) -> list[tuple[str, int]]:
    return sorted((s.name, s.quote_count) for s in store.list_speakers().items)


def test_speakers_one_person_many_articles_is_one_row(store: Store) -> None:
    _said(store, "Keir Starmer", url="https://a.example/1")
    _said(store, "Sir Keir Starmer", url="https://b.example/2", line="We stand firm")
    text = '"Talks go on," Starmer said. More text here.'
    store.add_article(make_article(text, entities=[("Starmer", "PERSON", ["Starmer"])],
                                   quotes=[("Talks go on", "Starmer")], url="https://c.example/3"))
    assert _names(store) == [("Keir Starmer", 3)]
    (row,) = store.list_speakers().items
    assert "Sir Keir Starmer" in row.aliases and "Starmer" in row.aliases


@pytest.mark.parametrize(
    "names",
    [
        ["Boris Johnson", "Jo Johnson"],
        ["Boris Johnson", "Mike Johnson", "Jo Johnson"],
        ["Ed Miliband", "David Miliband"],
    ],
)
def test_speakers_shared_surname_never_merged(store: Store, names: list[str]) -> None:
    for i, name in enumerate(names):
        _said(store, name, url=f"https://site.example/{i}", line=f"Statement number {i}")
    _said(store, "Johnson" if "Johnson" in names[0] else "Miliband", url="https://site.example/bare",
          line="A bare surname")
    assert _names(store) == sorted((n, 1) for n in names)
    # the bare surname is ambiguous: stored, but linked to nobody
    (hit,) = store.search_quotes("bare surname").items
    assert hit.speaker_id is None


def test_speakers_bare_surname_seen_first_takes_the_full_name(store: Store) -> None:
    _said(store, "Starmer", url="https://a.example/1")
    _said(store, "Keir Starmer", url="https://a.example/2", line="Second thing")
    assert _names(store) == [("Keir Starmer", 2)]


def test_speakers_search_by_surname_finds_every_same_surname_person(store: Store) -> None:
    _said(store, "Boris Johnson", url="https://a.example/1", line="First line")
    _said(store, "Jo Johnson", url="https://a.example/2", line="Second line")
    assert store.search_quotes(speaker="Johnson").total == 2
    assert store.search_quotes(speaker="Jo Johnson").total == 1


def _pm_article(store: Store, published: str, *, url: str, publisher: str = "BBC News") -> int | None:
    text = f'"We will not back down," the prime minister said. The statement came late ({url}).'
    store.add_article(make_article(text, quotes=[("We will not back down", "the prime minister")],
                                   url=url, published=published, publisher=publisher))
    (hit,) = [h for h in store.search_quotes("back down", limit=200).items if h.url == url]
    return hit.speaker_id


def _speaker_name(store: Store, speaker_id: int | None) -> str | None:
    detail = store.get_speaker(speaker_id) if speaker_id is not None else None
    return detail.name if detail else None


@pytest.mark.parametrize(
    ("published", "publisher", "expected"),
    [
        ("2025-03-15", "BBC News", "Keir Starmer"),
        ("2022-06-01", "BBC News", "Boris Johnson"),
        ("2022-06-01", "Sky News", "Boris Johnson"),
        ("2016-01-10", "The Guardian", "David Cameron"),
        ("2025-03-15", "The New York Times", None),  # the US has no prime minister
    ],
)
def test_speakers_role_at_date_from_seed_table(store: Store, published: str, publisher: str,
                                               expected: str | None) -> None:
    speaker_id = _pm_article(store, published, url=f"https://x.example/{published}", publisher=publisher)
    assert _speaker_name(store, speaker_id) == expected


def test_speakers_role_at_date_learned_from_corpus(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotegraph.speakers, "holder_of", lambda role, country, date: None)
    for day, name, url in [("2022-05-20", "Boris Johnson", "https://bbc.co.uk/a"),
                           ("2025-03-01", "Keir Starmer", "https://bbc.co.uk/b")]:
        text = f"Prime Minister {name} visited the factory. {name.split()[1]}, the prime minister, spoke."
        store.add_article(make_article(text, entities=[(name, "PERSON", [name, name.split()[1]])],
                                       url=url, published=day, publisher="BBC News"))
    assert _speaker_name(store, _pm_article(store, "2025-03-15", url="https://bbc.co.uk/c")) == "Keir Starmer"
    assert _speaker_name(store, _pm_article(store, "2022-06-01", url="https://bbc.co.uk/d")) == "Boris Johnson"
    # no date: no guess
    assert _pm_article(store, "", url="https://bbc.co.uk/e") is None
    rows = store.connection.execute("SELECT role, country FROM roles ORDER BY first_seen").fetchall()
    assert rows == [("prime minister", "GB"), ("prime minister", "GB")]


def test_speakers_role_learned_table_unknown_without_seed_or_corpus(store: Store,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotegraph.speakers, "holder_of", lambda role, country, date: None)
    assert _pm_article(store, "2025-03-15", url="https://bbc.co.uk/z") is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Prime Minister Keir Starmer spoke.", "Keir Starmer", {"prime minister"}),
        ("Keir Starmer, the prime minister, spoke.", "Keir Starmer", {"prime minister"}),
        ("said PM Keir Starmer.", "Keir Starmer", {"prime minister"}),
        ("The Prime Minister Keir Starmer spoke.", "Keir Starmer", {"prime minister"}),
        ("Keir Starmer (the PM) spoke.", "Keir Starmer", set()),
        ("Foreign Secretary David Lammy spoke.", "David Lammy", {"foreign secretary"}),
        # negatives
        ("Former Prime Minister Boris Johnson spoke.", "Boris Johnson", set()),
        ("Boris Johnson, the former prime minister, spoke.", "Boris Johnson", set()),
        ("At 5 pm Keir Starmer spoke.", "Keir Starmer", set()),
        # qualified roles may belong to another country: never learned
        ("Starmer, Britain's prime minister, spoke.", "Starmer", set()),
        ("French President Emmanuel Macron spoke.", "Emmanuel Macron", set()),
        ("Emmanuel Macron, the French president, spoke.", "Emmanuel Macron", set()),
        ("Keir Starmer met the prime minister of Spain.", "Keir Starmer", set()),
    ],
)
def test_speakers_roles_in_text(text: str, name: str, expected: set[str]) -> None:
    start = text.index(name)
    assert roles_in_text(text, start, start + len(name)) == expected


def test_speakers_pronouns_and_roles_are_not_aliases(store: Store) -> None:
    text = '"We will rebuild," Volodymyr Zelenskyy said. He added more. The president spoke later.'
    store.add_article(make_article(
        text, entities=[("Volodymyr Zelenskyy", "PERSON", ["Volodymyr Zelenskyy", "He", "The president"])],
        quotes=[("We will rebuild", "Volodymyr Zelenskyy")], url="https://kyiv.example/1"))
    (speaker,) = store.list_speakers().items
    assert speaker.aliases == []
