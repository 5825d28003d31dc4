"""quotegraph.ingest.load: bytes or str in, a decoded RawDocument or a typed InputError out."""

from __future__ import annotations

import codecs
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotegraph.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
)
from quotegraph.ingest import load, looks_like_html

ENGLISH = (
    "The minister said on Tuesday that the talks would resume next week. "
    "“We are not giving up,” she told reporters outside the café.\n"
)
FRENCH = (
    "Le ministre a déclaré qu’il était « très inquiet » de la situation. Élodie Durand, "
    "porte-parole, a ajouté que les négociations reprendraient à la rentrée. Café, naïveté, garçon."
)
GERMAN = "Der Minister sagte, die Lage sei „sehr ernst“. Außerdem müssen wir über Größe und Übergänge reden."

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def _random_bytes(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (PNG, BinaryInputError),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInputError),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", BinaryInputError),  # a zip archive
        (b"some words\x00\x00\x00 and NUL bytes", BinaryInputError),
        (b"\x1f\x8b\x08\x00broken gzip", BinaryInputError),
        (_random_bytes(4000, 1), InputError),  # noise: binary or undecodable, either way refused
        (_random_bytes(4000, 2).replace(b"\x00", b"\x01"), InputError),  # noise without NUL bytes
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14", BinaryInputError),
        (b"", EmptyInputError),
        ("", EmptyInputError),
        (b"   \n\t\r\n  ", EmptyInputError),
        ("\n\n   \n", EmptyInputError),
        (codecs.BOM_UTF8, EmptyInputError),  # a BOM and nothing else
    ],
)
def test_load_bad_input_raises_input_error(data: str | bytes, error: type[InputError]) -> None:
    with pytest.raises(error) as info:
        load(data, name="item.txt")
    assert "item.txt" in str(info.value)  # the message says which item


def test_load_binary_message_says_what_to_pass() -> None:
    with pytest.raises(BinaryInputError, match=r"not text or HTML; pass an article as \.html, \.txt or \.jsonl"):
        load(PNG, name="photo.png")


def test_load_huge_bytes_raise_input_too_large() -> None:
    data = b"The minister said the talks would resume.\n" * 1_250_000  # 52.5 MB
    with pytest.raises(InputTooLargeError, match=r"big\.txt: 52,500,000 bytes is over the 20,000,000-byte cap"):
        load(data, name="big.txt")


def test_load_huge_str_raises_input_too_large() -> None:
    with pytest.raises(InputTooLargeError, match="split the file"):
        load("word " * 5_000_000, name="big.txt")


def test_load_max_bytes_is_a_parameter() -> None:
    with pytest.raises(InputTooLargeError):
        load(ENGLISH.encode(), max_bytes=10)
    assert load(ENGLISH.encode(), max_bytes=len(ENGLISH.encode())).text == ENGLISH


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "cp1252"),
        (FRENCH.replace("’", "'"), "latin-1"),
        (GERMAN, "cp1252"),
        (ENGLISH, "cp1252"),
    ],
)
def test_load_legacy_encoding_decoded_with_warning(text: str, encoding: str) -> None:
    doc = load(text.encode(encoding), name="old.txt")
    assert doc.text == text
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("old.txt: not UTF-8; decoded as ")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), ENGLISH),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), FRENCH),
        (ENGLISH.encode("utf-16"), ENGLISH),  # Python writes the BOM in native order
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),  # the BOM is dropped
        (ENGLISH.encode("utf-8"), ENGLISH),
    ],
)
def test_load_unicode_with_bom_decoded_silently(data: bytes, expected: str) -> None:
    doc = load(data, name="bom.txt")
    assert doc.text == expected
    assert doc.warnings == []


def test_load_mixed_encodings_keeps_utf8_and_reads_the_rest_as_cp1252() -> None:
    utf8 = ENGLISH * 3
    data = utf8.encode("utf-8") + "Señor Muñoz said the café was closed.\n".encode("cp1252") + utf8.encode("utf-8")
    doc = load(data, name="mixed.txt")
    assert doc.text == utf8 + "Señor Muñoz said the café was closed.\n" + utf8
    assert any("mixed encodings" in w for w in doc.warnings)


def test_load_noise_without_nul_bytes_raises_encoding_error() -> None:
    data = bytes(b for b in _random_bytes(6000, 3) if b >= 0x80)  # high bytes only: no code page reads it
    with pytest.raises(EncodingError, match="noise.bin: cannot decode the bytes as text in any known encoding"):
        load(data, name="noise.bin")


def test_load_encoding_error_is_an_input_error() -> None:
    assert issubclass(EncodingError, InputError)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>Hello</p></body></html>", "html"),
        ("<html><head><title>x</title></head></html>", "html"),
        ("  \n<div class='story'><p>The minister said.</p></div>", "html"),
        ("Intro line.\n<p>A paragraph</p>", "html"),
        (ENGLISH, "text"),
        ("Prices rose 3% < 5% forecast and > 2% last year.", "text"),  # comparison signs are not tags
        ("He wrote <b to the board.", "text"),
        ("<br>\n<br>\nThe minister said.", "html"),
        ('<img height="1" width="1" src="https://example.org/p.gif">\nThe minister said the talks would resume.\n',
         "text"),  # a tracking pixel left atop scraped text
        ("<The Palace: Tale of Jang Noksu> opened on Friday.", "text"),  # a title in angle brackets
        ("<?xml version='1.0'?><html><body>x</body></html>", "html"),
    ],
)
def test_load_detects_html(text: str, fmt: str) -> None:
    assert load(text).format == fmt
    assert looks_like_html(text) is (fmt == "html")


def test_load_format_can_be_forced() -> None:
    assert load("<p>x</p>", format="text").format == "text"
    assert load("plain words", format="html").format == "html"


def test_load_gzip_is_decompressed() -> None:
    import gzip

    assert load(gzip.compress(ENGLISH.encode())).text == ENGLISH


def test_load_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        load(12345)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_load_arbitrary_bytes_only_raise_input_errors(data: bytes) -> None:
    try:
        doc = load(data, name="fuzz")
    except InputError:
        return
    assert doc.text.strip()
    assert doc.format in ("html", "text")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_load_arbitrary_text_only_raises_input_errors(text: str) -> None:
    try:
        doc = load(text, name="fuzz")
    except InputError:
        return
    assert doc.text == text  # a str is never altered (the strategy makes no lone surrogates)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=500).filter(str.strip), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_load_unicode_round_trips(text: str, encoding: str) -> None:
    try:
        doc = load(text.encode(encoding), name="fuzz")
    except InputError:
        return  # control characters read as binary
    expected = text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text
    assert doc.text == expected


def test_load_replaces_lone_surrogates_one_for_one_with_a_warning() -> None:
    text = 'Ann Lee said \ud800 the port "will reopen."'
    doc = load(text, name="x.jsonl:3")
    assert doc.text == text.replace("\ud800", "\ufffd")
    assert len(doc.text) == len(text)  # offsets still index the input
    doc.text.encode("utf-8")  # any writer downstream can take it
    assert doc.warnings == ["x.jsonl:3: 1 lone surrogate character(s) replaced by U+FFFD (the text was not valid Unicode)"]
