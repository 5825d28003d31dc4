"""The ``quotegraph/article@1`` document: one article with its quotes and speakers.

Every offset is a Python ``str`` index (a Unicode code point) into
:attr:`Article.text`, end exclusive, so ``article.text[s.start:s.end] == s.text``.
The schema is documented in ``docs/schema.md``; new fields may be added, none is
removed or renamed while the tag stays ``quotegraph/article@1``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["SCHEMA", "Span", "Removed", "Entity", "Quote", "Article", "Failure", "QuoteKind"]

SCHEMA = "quotegraph/article@1"
FAILURE_SCHEMA = "quotegraph/failure@1"

QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True)
class Span:
    """A piece of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


@dataclass(frozen=True)
class Removed:
    """A block of boilerplate dropped by the cleaner, and why.

    ``start``/``end`` index the *input* text when the cleaner worked on plain
    text; they are ``None`` for HTML, whose removed blocks are not contiguous
    in the markup.
    """

    text: str
    reason: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Removed:
        return cls(str(d["text"]), str(d["reason"]), d.get("start"), d.get("end"))


@dataclass
class Entity:
    """A person, organisation, place or group named in the article.

    ``name`` is the fullest form the article uses ("Keir Starmer" for Sir Keir,
    Mr Starmer and Starmer). ``mentions`` include role nouns and pronouns that
    resolve to the entity.
    """

    id: str
    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=str(d["id"]),
            name=str(d["name"]),
            type=str(d["type"]),
            mentions=[Span.from_dict(m) for m in d.get("mentions", [])],
            aliases=[str(a) for a in d.get("aliases", [])],
        )


@dataclass
class Quote:
    """One attributed statement.

    ``content`` runs from the first to the last character of what was said;
    ``content_parts`` lists the pieces when a cue interrupts it (``"A," she
    said, "B."``). ``speaker_mention`` is where the speaker is named in the
    text (a name, role noun, pronoun or "officials"); ``speaker`` is the id of
    the entity it resolves to, ``None`` for unnamed sources.
    ``resolution`` says how the speaker was found: ``name``, ``partial``,
    ``role``, ``pronoun``, ``unnamed``, ``context`` (an earlier quote's speaker),
    ``group`` (several named speakers) or ``none``.
    """

    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker_mention: Span | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    confidence: float = 0.5
    content_parts: list[Span] = field(default_factory=list)
    resolution: str = "none"

    def said(self) -> str:
        """What was said: the parts joined with " … " when a cue or a paragraph break splits
        the quote (``"A," she said. "B."`` → ``A, … B.``), else the content's text."""
        if len(self.content_parts) > 1:
            return " … ".join(p.text for p in self.content_parts)
        return self.content.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": self.content.to_dict(),
            "content_parts": [p.to_dict() for p in (self.content_parts or [self.content])],
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "resolution": self.resolution,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        def opt(key: str) -> Span | None:
            v = d.get(key)
            return Span.from_dict(v) if v else None

        return cls(
            kind=d["kind"],
            content=Span.from_dict(d["content"]),
            cue=opt("cue"),
            speaker_mention=opt("speaker_mention"),
            speaker=d.get("speaker"),
            speaker_name=d.get("speaker_name"),
            confidence=float(d.get("confidence", 0.5)),
            content_parts=[Span.from_dict(p) for p in d.get("content_parts", [])],
            resolution=str(d.get("resolution", "none")),
        )


@dataclass
class Article:
    """One article: its clean text, metadata, entities and quotes."""

    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    removed: list[Removed] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or ``None``."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "publisher": self.publisher,
            "authors": list(self.authors),
            "language": self.language,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document: schema is {d.get('schema')!r}")
        return cls(
            text=d["text"],
            id=d.get("id"),
            url=d.get("url"),
            title=d.get("title"),
            published=d.get("published"),
            publisher=d.get("publisher"),
            authors=list(d.get("authors") or []),
            language=d.get("language"),
            removed=[Removed.from_dict(r) for r in d.get("removed", [])],
            entities=[Entity.from_dict(e) for e in d.get("entities", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            warnings=list(d.get("warnings") or []),
        )


@dataclass
class Failure:
    """An input item that could not be processed, and why."""

    id: str | None
    error: str
    message: str
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": FAILURE_SCHEMA,
            "id": self.id,
            "source": self.source,
            "error": self.error,
            "message": self.message,
        }
