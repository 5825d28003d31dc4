"""The docs cover the contract: every schema field and every CLI command and option is documented."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import click
import pytest

from quotegraph.article import FAILURE_SCHEMA, SCHEMA, Article, Entity, Failure, Quote, Removed, Span
from quotegraph.cli import main

REPO = Path(__file__).resolve().parent.parent
SCHEMA_DOC = REPO / "docs" / "schema.md"


def _schema_doc() -> str:
    return SCHEMA_DOC.read_text(encoding="utf-8")


def _section(title: str) -> str:
    """The text of the ``## title`` section of docs/schema.md."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", _schema_doc(), flags=re.M | re.S)
    assert match, f"docs/schema.md has no '## {title}' section"
    return match.group(1)


def _full_article() -> Article:
    span = Span(0, 3, "Ana")
    quote = Quote(kind="direct", content=span, cue=span, speaker_mention=span, speaker="e1",
                  speaker_name="Ana", confidence=0.9, content_parts=[span], resolution="name")
    entity = Entity(id="e1", name="Ana", type="PERSON", mentions=[span], aliases=["Ms Ana"])
    return Article(text="Ana", id="a", url="u", title="t", published="2026-11-25", publisher="p",
                   authors=["x"], language="en", removed=[Removed("Sign up", "promo", 0, 7)],
                   entities=[entity], quotes=[quote], warnings=["w"])


def _keys() -> dict[str, list[str]]:
    article = _full_article()
    return {
        "Article": list(article.to_dict()),
        "Quote": list(article.quotes[0].to_dict()),
        "Entity": list(article.entities[0].to_dict()),
        "Span": list(Span(0, 1, "x").to_dict()),
        "Removed": list(article.removed[0].to_dict()),
        "Failure: `quotegraph/failure@1`": list(Failure("a", "InputError", "m", "s").to_dict()),
    }


@pytest.mark.parametrize(("section", "keys"), sorted(_keys().items()))
def test_docs_schema_describes_every_field(section: str, keys: list[str]) -> None:
    table = _section(section)
    missing = [key for key in keys if f"| `{key}` |" not in table]
    assert missing == [], f"docs/schema.md, section {section!r}, lacks rows for {missing}"


def test_docs_schema_names_the_tags() -> None:
    text = _schema_doc()
    assert f"`{SCHEMA}`" in text and f"`{FAILURE_SCHEMA}`" in text


@pytest.mark.parametrize("value", ["direct", "indirect", "mixed"])
def test_docs_schema_describes_quote_kinds(value: str) -> None:
    assert f"- `{value}` —" in _section("Quote")


@pytest.mark.parametrize("value", ["name", "partial", "role", "pronoun", "context", "group", "unnamed", "none"])
def test_docs_schema_describes_resolution_values(value: str) -> None:
    assert f"| `{value}` |" in _section("Quote")


def test_docs_schema_resolution_values_cover_the_speaker_stage() -> None:
    # Every resolution the speaker stage can produce is documented.
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "quotegraph" / "speakers").glob("*.py"))
    produced = set(re.findall(r'Resolved\([^()]*?"(\w+)"', source))
    assert produced, "no Resolved(...) calls found: the check needs updating"
    undocumented = sorted(v for v in produced if f"| `{v}` |" not in _section("Quote"))
    assert undocumented == []


def _example() -> tuple[str, dict[str, Any]]:
    text = _section("Example")
    blocks = re.findall(r"```(\w+)\n(.*?)```", text, flags=re.S)
    (source,) = [b for lang, b in blocks if lang == "text"]
    (output,) = [b for lang, b in blocks if lang == "json"]
    return source, json.loads(output)


def test_docs_schema_example_is_a_valid_document() -> None:
    _, doc = _example()
    assert doc["schema"] == SCHEMA
    assert Article.from_dict(doc).to_dict() == doc
    spans = [s for q in doc["quotes"] for s in [q["content"], *q["content_parts"], q["cue"], q["speaker_mention"]] if s]
    spans += [m for e in doc["entities"] for m in e["mentions"]]
    assert spans
    for s in spans:
        assert doc["text"][s["start"]:s["end"]] == s["text"]


def test_docs_schema_example_fields_are_documented() -> None:
    _, doc = _example()
    keys = _keys()
    assert list(doc) == keys["Article"]
    assert all(list(q) == keys["Quote"] for q in doc["quotes"])
    assert all(list(e) == keys["Entity"] for e in doc["entities"])
    assert all(list(r) == keys["Removed"] for r in doc["removed"])


@pytest.mark.model
def test_docs_schema_example_matches_a_run(nlp, tmp_path: Path) -> None:
    # The example was produced by the CLI: the input still gives a document of the same shape,
    # with the same text and removed blocks (quote finding may be retuned; the shape may not).
    from quotegraph import extract

    source, doc = _example()
    article = extract(source + "\n", id="ruiz", model=nlp).to_dict()
    assert list(article) == list(doc)
    assert article["text"] == doc["text"]
    assert article["removed"] == doc["removed"]
    assert {q["kind"] for q in article["quotes"]} == {q["kind"] for q in doc["quotes"]}


def _commands(group: click.Group, prefix: str = "quotegraph") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = [(prefix, group)]
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found += _commands(command, path)
        else:
            found.append((path, command))
    return found


def _all_docs() -> str:
    paths = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in paths if p.is_file())


def test_docs_cli_every_command_and_option_is_documented() -> None:
    docs = _all_docs()
    missing: list[str] = []
    for path, command in _commands(main):
        if path != "quotegraph" and not re.search(rf"{re.escape(path)}\b", docs):
            missing.append(f"command `{path}`")
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            flags = [f for f in [*param.opts, *param.secondary_opts] if f.startswith("--") and f != "--help"]
            # A --x/--no-x pair counts as documented when either spelling is.
            if flags and not any(re.search(rf"{re.escape(f)}\b", docs) for f in flags):
                missing.append(f"`{path}` option `{'/'.join(flags)}`")
    assert not missing, (
        "README.md and docs/*.md do not mention:\n  " + "\n  ".join(missing)
    )
