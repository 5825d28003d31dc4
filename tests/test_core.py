"""quotegraph.extract / extract_documents: one article in, an Article out; bad items fail alone."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotegraph import SCHEMA, Article, Failure, Span, extract, extract_documents
from quotegraph.core import MAX_TEXT_CHARS
from quotegraph.errors import BinaryInputError, EmptyInputError, InputError, InputTooLargeError
from quotegraph.ingest import RawDocument, iter_jsonl, load
from quotegraph.quotes._marks import find_quoted_spans

pytestmark = pytest.mark.model

STORY = (
    "Dock workers in Portsmouth walked out on Tuesday in a row over pay.\n\n"
    "“We have waited two years for a fair offer,” said Maria Lopez, the union’s branch secretary. "
    "“Nobody can live on promises.”\n\n"
    "The port authority said it would meet union leaders next week. Ms Lopez warned that the strike "
    "could spread to Southampton.\n"
)
NO_QUOTES = (
    "The river burst its banks overnight after three days of heavy rain. Roads into the town were "
    "closed and several shops on the high street were flooded. Water levels fell slowly on "
    "Thursday morning.\n"
)
UNBALANCED = (
    "“We will not move,” the mayor said. “This is our home.\n\n"
    "He added: “Nobody asked us. The council ‘consulted’ nobody.\n\n"
    "\" A stray mark, and another ” here.\n"
)
FRENCH = (
    "Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine. « Nous ne "
    "céderons pas », a affirmé la porte-parole du syndicat devant les journalistes. Les dockers du port "
    "du Havre sont en grève depuis lundi et réclament une hausse de salaire de cinq pour cent.\n"
)
GERMAN = (
    "Der Minister sagte am Dienstag, die Gespräche würden in der kommenden Woche fortgesetzt. „Wir werden "
    "nicht nachgeben“, sagte die Sprecherin der Gewerkschaft vor Journalisten. Die Hafenarbeiter streiken "
    "seit Montag und fordern fünf Prozent mehr Lohn.\n"
)


def spans_of(article: Article) -> list[Span]:
    """Every span the document carries: quote contents, parts, cues, speakers, entity mentions."""
    spans: list[Span] = []
    for q in article.quotes:
        spans += [q.content, *q.content_parts]
        spans += [s for s in (q.cue, q.speaker_mention) if s is not None]
    for e in article.entities:
        spans += e.mentions
    return spans


def assert_offsets_index_text(article: Article) -> None:
    for span in spans_of(article):
        assert 0 <= span.start <= span.end <= len(article.text)
        assert article.text[span.start:span.end] == span.text, span


def test_extract_finds_quotes_and_speakers(nlp) -> None:
    article = extract(STORY, model=nlp)
    assert article.text == STORY.rstrip("\n")  # a clean story keeps every line
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker_name == "Maria Lopez"
    assert {p.text for p in direct[0].content_parts} >= {"Nobody can live on promises."}
    lopez = article.entity(direct[0].speaker)
    assert lopez is not None and lopez.type == "PERSON"
    assert_offsets_index_text(article)


def test_extract_no_clean_keeps_text_exactly(nlp) -> None:
    messy = "  Cookie banner? Accept all\r\n\r\n" + STORY.replace("\n", "\r\n") + "\n\n\n   "
    article = extract(messy, clean=False, model=nlp)
    assert article.text == messy
    assert article.quotes
    assert_offsets_index_text(article)


def test_extract_reads_no_break_spaces_as_spaces_and_keeps_them(nlp) -> None:
    text = "In Nice, Holt\u00a0argued that the danger\u00a0was growing."
    article = extract(text, clean=False, model=nlp)
    assert article.text == text
    [quote] = article.quotes
    assert (quote.speaker_name, quote.content.text) == ("Holt", "that the danger\u00a0was growing")
    assert_offsets_index_text(article)


def test_extract_to_dict_round_trips(nlp) -> None:
    article = extract(STORY, model=nlp, id="a1", published="2026-11-24", publisher="Example News")
    data = json.loads(json.dumps(article.to_dict()))
    assert data["schema"] == SCHEMA
    assert (data["id"], data["published"], data["publisher"]) == ("a1", "2026-11-24", "Example News")
    again = Article.from_dict(data)
    assert again.to_dict() == data


def test_extract_text_without_quotes_has_empty_quote_list(nlp) -> None:
    article = extract(NO_QUOTES, model=nlp)
    assert article.quotes == []
    assert article.warnings == []


def test_extract_unbalanced_quote_marks_do_not_crash(nlp) -> None:
    article = extract(UNBALANCED, clean=False, model=nlp)
    assert article.text == UNBALANCED
    assert_offsets_index_text(article)
    # The first paragraph's quote is still found despite the unclosed one after it.
    assert any(q.content.text.startswith("We will not move") for q in article.quotes)


@pytest.mark.parametrize("text", [FRENCH, GERMAN], ids=["french", "german"])
def test_extract_non_english_warns_and_goes_on(nlp, text: str) -> None:
    article = extract(text, model=nlp, id="foreign")
    assert article.text.strip()
    assert any("does not look like English" in w for w in article.warnings), article.warnings
    assert_offsets_index_text(article)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (b"\x00\x01\x02\x03" * 100, BinaryInputError),
        ("", EmptyInputError),
        ("   \n\t  ", EmptyInputError),
    ],
)
def test_extract_bad_input_raises_input_error(nlp, data: str | bytes, error: type[InputError]) -> None:
    with pytest.raises(error):
        extract(data, model=nlp)


def test_extract_html_is_cleaned(nlp) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    html = (
        "<html><head><title>Dock strike | Example News</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Dock strike</h1>{paras}</article>"
        "<footer>© Example News. All rights reserved.</footer></body></html>"
    )
    article = extract(html, model=nlp)
    assert "Maria Lopez" in article.text
    assert "<p>" not in article.text and "All rights reserved" not in article.text
    assert any(q.speaker_name == "Maria Lopez" for q in article.quotes)
    assert_offsets_index_text(article)


def test_extract_html_with_no_clean_warns(nlp) -> None:
    article = extract("<html><body><p>“We will win,” she said.</p></body></html>", clean=False, model=nlp)
    assert any("--no-clean keeps the markup" in w for w in article.warnings)


def _raw(text: str, item_id: str) -> RawDocument:
    doc = load(text, name=item_id)
    doc.id = item_id
    return doc


def test_extract_documents_one_bad_item_does_not_stop_the_batch(nlp) -> None:
    huge = _raw("The minister said the talks would resume. " * (MAX_TEXT_CHARS // 40), "huge")
    items: list[RawDocument | Failure] = [
        _raw(STORY, "good1"),
        Failure("bad0", "InputError", "bad0: broken before it got here", "x.jsonl:2"),
        huge,
        _raw(NO_QUOTES, "good2"),
    ]
    results = list(extract_documents(items, model=nlp, batch_size=2))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Failure", "Article"]
    assert [r.id for r in results] == ["good1", "bad0", "huge", "good2"]
    too_big = results[2]
    assert isinstance(too_big, Failure)
    assert too_big.error == "InputTooLargeError"
    assert "over the 1,000,000 limit for one article; split it into articles" in too_big.message


def test_extract_documents_an_item_that_breaks_the_pipeline_fails_alone(nlp, monkeypatch) -> None:
    # A bug that raises inside the pipeline for one document must cost that document only: the others of
    # its batch are processed again from their text, and the failure names the real error.
    from quotegraph.component import QuotegraphComponent

    predict = QuotegraphComponent.predict

    def broken(self, doc):  # type: ignore[no-untyped-def]
        if "lighthouse" in doc.text:
            raise RuntimeError("the lighthouse broke the component")
        return predict(self, doc)

    monkeypatch.setattr(QuotegraphComponent, "predict", broken)
    odd = "The lighthouse keeper said the lamp had failed twice this winter.\n"
    items = [_raw(STORY, "good1"), _raw(odd, "odd"), _raw(NO_QUOTES, "good2")]
    results = list(extract_documents(items, model=nlp, batch_size=3))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    failed = results[1]
    assert isinstance(failed, Failure) and failed.error == "RuntimeError"
    assert "the lighthouse broke the component" in failed.message
    good = results[0]
    assert isinstance(good, Article) and good.quotes and good.quotes[0].speaker_name == "Maria Lopez"


def test_extract_documents_keeps_order_across_batches(nlp) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": STORY if i % 2 else NO_QUOTES}) for i in range(5)]
    lines.insert(2, "{broken json")
    results = list(extract_documents(iter_jsonl("\n".join(lines), name="in.jsonl"), model=nlp, batch_size=2))
    assert [r.id for r in results] == ["n0", "n1", None, "n2", "n3", "n4"]
    assert [isinstance(r, Article) for r in results] == [True, True, False, True, True, True]


def test_extract_documents_survives_lone_surrogates_in_a_jsonl_record(nlp) -> None:
    # "\ud800" is valid JSON but not valid Unicode: the tokenizer, stdout and SQLite all refuse it
    lines = ['{"id": "s\\ud800", "title": "T\\udc00", "text": "Ann Lee said \\ud800 that the port will reopen."}',
             json.dumps({"id": "ok", "text": STORY})]
    results = list(extract_documents(iter_jsonl("\n".join(lines), name="in.jsonl"), model=nlp))
    assert all(isinstance(r, Article) for r in results)
    first = results[0]
    assert isinstance(first, Article)
    assert first.id == "s\ufffd" and first.title == "T\ufffd"
    assert first.text == "Ann Lee said \ufffd that the port will reopen."
    assert any("lone surrogate" in w for w in first.warnings)
    json.dumps(first.to_dict(), ensure_ascii=False).encode("utf-8")


def test_extract_documents_uses_container_metadata(nlp) -> None:
    line = json.dumps({"id": "m", "text": STORY, "title": "Dock strike", "date": "2026-11-24", "publisher": "X",
                       "author": "By Jane Roe, X Staff"})
    (article,) = extract_documents(iter_jsonl(line, name="in.jsonl"), model=nlp)
    assert isinstance(article, Article)
    assert (article.title, article.published, article.publisher) == ("Dock strike", "2026-11-24", "X")
    assert article.authors == ["Jane Roe", "X Staff"]


def test_extract_documents_byline_names_the_writer_of_an_op_ed(nlp) -> None:
    text = "Why the port must reopen.\n\nI ran the port for ten years. I said the strike would hurt everyone.\n"
    line = json.dumps({"id": "op", "text": text, "authors": ["Jane Roe"]})
    (article,) = extract_documents(iter_jsonl(line, name="in.jsonl"), model=nlp, clean=False)
    assert isinstance(article, Article)
    said = [q for q in article.quotes if "strike would hurt" in q.content.text]
    assert said and said[0].speaker_name == "Jane Roe"


def test_extract_text_left_empty_by_cleaning_fails_with_a_hint(nlp) -> None:
    with pytest.raises(InputError, match="no text left after cleaning; try --no-clean"):
        extract("Accept all cookies\nEnable Cookies\nAllow Cookies Once\n", model=nlp)


def test_extract_too_large_text_raises(nlp) -> None:
    with pytest.raises(InputTooLargeError):
        extract("word " * (MAX_TEXT_CHARS // 4), clean=False, model=nlp)


# Bad input never crashes the quote-mark scanner either: it runs before any parsing, on any text.
_QUOTE_HEAVY = st.text(alphabet=st.sampled_from(list("\"'`“”‘’„«»‹› \n\n.,:aZé-—(")), max_size=300)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=500), _QUOTE_HEAVY))
def test_find_quoted_spans_any_text_gives_ordered_spans_in_bounds(text: str) -> None:
    spans = find_quoted_spans(text)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    for s in spans:
        assert 0 <= s.open_at < s.start <= s.end <= len(text)
        assert s.close_at is None or s.end <= s.close_at < len(text)
        assert s.paragraphs >= 1
        assert text[s.start:s.end].strip()  # never an empty quotation
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.open_at  # outermost quotations only: none overlaps the next
