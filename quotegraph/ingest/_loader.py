"""Normalise raw input at the door: bytes or str in, a decoded RawDocument out."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from dataclasses import dataclass, field
from typing import Literal, Union

from charset_normalizer import from_bytes

from ..errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError

__all__ = ["RawDocument", "RawInput", "MAX_INPUT_BYTES", "load", "looks_like_html"]

#: Inputs larger than this are refused (bytes of the decoded UTF-8 text).
MAX_INPUT_BYTES = 20_000_000

RawInput = Union[str, bytes]

_HTML_RE = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|section|span|a|h[1-6])[\s>][^<]*</",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF",
    b"BZh", b"\xfd7zXZ", b"Rar!", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00",
)
_UTF8_MULTIBYTE_RE = re.compile("[^\x00-\x7f\ufffd]")
_CP1252_FALLBACK = "quotegraph-cp1252"


def _read_as_cp1252(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler: bytes that are not UTF-8 are read as cp1252."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error(_CP1252_FALLBACK, _read_as_cp1252)


@dataclass
class RawDocument:
    """One input item, decoded: what the cleaner starts from.

    ``metadata`` carries hints from the container (a JSONL record's title,
    a feed item's date); the cleaner prefers what it finds in the page.
    """

    text: str
    format: Literal["html", "text"]
    id: str | None = None
    source: str | None = None
    url: str | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    """True when the first 4 kB of ``text`` look like markup rather than prose."""
    head = text[:4096].lstrip()
    if head.startswith(("<!", "<?")):
        return True
    # Scraped text can open with a stray tag (a tracking pixel left from <noscript>):
    # a page has more than one tag.
    if head.startswith("<") and head[1:2].isalpha() and len(_TAG_RE.findall(head)) >= 2:
        return True
    return bool(_HTML_RE.search(head))


def _decode(data: bytes, *, name: str) -> tuple[str, list[str]]:
    warnings: list[str] = []
    if data.startswith(b"\x1f\x8b"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as err:
            raise BinaryInputError(f"{name}: looks gzip-compressed but cannot be decompressed ({err})") from err
    for magic in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(
                f"{name}: binary data (starts with {data[:8]!r}), not text or HTML; "
                "pass an article as .html, .txt or .jsonl"
            )
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), warnings
    if b"\x00" in data[:8192]:
        raise BinaryInputError(f"{name}: binary data (NUL bytes), not text or HTML")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    sample = data[:200_000].decode("utf-8", errors="replace")
    if len(_UTF8_MULTIBYTE_RE.findall(sample)) > sample.count("\ufffd"):
        # More well-formed UTF-8 sequences than broken ones: UTF-8 with pasted-in
        # cp1252, which a single-encoding guess would turn into mojibake.
        return _decode_mixed(data, name=name, warnings=warnings)
    matches = from_bytes(data[:200_000])
    best = matches.best()
    # charset_normalizer breaks a tie between Latin code pages by name, so cp1250
    # wins over cp1252 and "très" comes out as "trčs"; Western copy is far more
    # often cp1252 (or latin-1, its subset), so it takes the tie.
    for match in matches:
        if (best is not None and match.encoding == "cp1252" and match.chaos <= best.chaos
                and match.coherence >= best.coherence):
            best = match
            break
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None:
            warnings.append(f"{name}: not UTF-8; decoded as {best.encoding}")
            return text, warnings
    return _decode_mixed(data, name=name, warnings=warnings)


def _decode_mixed(data: bytes, *, name: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Mixed encodings: keep the UTF-8 parts, read the rest as cp1252."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if bad > max(16, len(replaced) // 20):
        raise EncodingError(f"{name}: cannot decode the bytes as text in any known encoding")
    warnings.append(f"{name}: mixed encodings; {bad} stretches of bytes that are not UTF-8 read as cp1252")
    return data.decode("utf-8", errors=_CP1252_FALLBACK), warnings


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(text: str, *, name: str) -> tuple[str, list[str]]:
    """A string can hold lone UTF-16 surrogates (a JSON "\\ud800" escape, a file name decoded with
    ``surrogateescape``) that no UTF-8 writer, parser or database accepts: each becomes U+FFFD, one
    character for one, so offsets still index the input, and the item gets a warning."""
    found = len(_SURROGATE.findall(text))
    if not found:
        return text, []
    return without_surrogates(text), [
        f"{name}: {found} lone surrogate character(s) replaced by U+FFFD (the text was not valid Unicode)"
    ]


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (the same length)."""
    return _SURROGATE.sub("\ufffd", text)


def _check_text(text: str, *, name: str) -> None:
    if not text.strip():
        raise EmptyInputError(f"{name}: empty input, no text to read")
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(sample) // 50):
        raise BinaryInputError(f"{name}: binary data ({controls} control characters in the first 8 kB)")


def load(
    data: RawInput,
    *,
    name: str = "<input>",
    format: Literal["auto", "html", "text"] = "auto",
    max_bytes: int = MAX_INPUT_BYTES,
) -> RawDocument:
    """Decode ``data`` and tell HTML from plain text.

    Raises a subclass of :class:`~quotegraph.errors.InputError` for binary,
    empty, undecodable or oversized input; ``name`` goes into the message.
    """
    warnings: list[str] = []
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            raise InputTooLargeError(
                f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte cap; split the file"
            )
        text, warnings = _decode(data, name=name)
    elif isinstance(data, str):
        text = data
        if len(text) > max_bytes:
            raise InputTooLargeError(
                f"{name}: {len(text):,} characters is over the {max_bytes:,} cap; split the file"
            )
        text, warnings = _without_surrogates(text, name=name)
    else:
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    _check_text(text, name=name)
    fmt: Literal["html", "text"]
    if format == "auto":
        fmt = "html" if looks_like_html(text) else "text"
    else:
        fmt = format
    return RawDocument(text=text, format=fmt, source=name, warnings=warnings)
