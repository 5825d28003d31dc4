"""The ``quotegraph`` spaCy component in a user's own pipeline."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import quotegraph.component  # noqa: F401  (registers the factory)
from quotegraph import Entity, Quote, extract
from quotegraph.component import QuotegraphComponent, set_context
from quotegraph.nlp import resolve_model_name

pytestmark = pytest.mark.model

STORY = (
    "Dock workers in Portsmouth walked out on Tuesday in a row over pay.\n\n"
    "“We have waited two years for a fair offer,” said Maria Lopez, the union’s branch secretary.\n\n"
    "The port authority said it would meet union leaders next week.\n"
)
OTHER = "“We will win,” the minister said. Officials said the vote would go ahead, according to Reuters.\n"


@pytest.fixture(scope="module")
def user_nlp() -> Language:
    """A pipeline the way a spaCy user builds it: spacy.load, then add_pipe("quotegraph")."""
    nlp = spacy.load(resolve_model_name())
    nlp.add_pipe("quotegraph")
    return nlp


def test_component_factory_is_an_entry_point() -> None:
    (ep,) = [ep for ep in entry_points(group="spacy_factories") if ep.name == "quotegraph"]
    assert ep.value == "quotegraph.component:make_quotegraph"
    assert ep.load() is quotegraph.component.make_quotegraph


def test_component_found_through_the_entry_point_without_import() -> None:
    # A fresh interpreter that never imports quotegraph: spaCy finds the factory by its entry point.
    code = (
        "import sys, spacy; nlp = spacy.blank('en'); nlp.add_pipe('quotegraph'); "
        "print(nlp.pipe_names, type(nlp.get_pipe('quotegraph')).__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "['quotegraph'] QuotegraphComponent"


def test_component_sets_quotes_and_entities(user_nlp: Language) -> None:
    assert user_nlp.pipe_names[-1] == "quotegraph"
    doc = user_nlp(STORY)
    assert all(isinstance(q, Quote) for q in doc._.quotes)
    assert all(isinstance(e, Entity) for e in doc._.entities)
    direct = [q for q in doc._.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker_name == "Maria Lopez"
    for q in doc._.quotes:
        assert doc.text[q.content.start:q.content.end] == q.content.text


def test_component_matches_quotegraph_extract(user_nlp: Language, nlp: Language) -> None:
    # The CLI and extract() run the same component: same quotes for the same text (--no-clean).
    doc = user_nlp(STORY)
    article = extract(STORY, clean=False, model=nlp)
    assert [q.to_dict() for q in doc._.quotes] == [q.to_dict() for q in article.quotes]
    assert [e.to_dict() for e in doc._.entities] == [e.to_dict() for e in article.entities]


def test_paragraph_breaks_start_sentences(nlp: Language) -> None:
    # The default pipeline starts a sentence at each blank line, and after a line that ended one.
    assert nlp.pipe_names.index("quotegraph_paragraphs") < nlp.pipe_names.index("parser")
    text = ("The latest on the vote (all times local):\n\n6:01 p.m.\n\nTed Cruz is protesting the rules.\n"
            "The senator said he would\nfight on.")
    starts = [s.text.split()[0] for s in nlp(text).sents]
    assert starts == ["The", "6:01", "Ted", "The"]  # no start at "fight": that line break is a wrap


def test_a_line_without_final_punctuation_ends_a_sentence_in_one_paragraph_per_line_text(nlp: Language) -> None:
    # A headline read into the story's first sentence left "arguing" with no subject to inherit.
    text = ("Mayor Says Closing The Ferry Route Was A Test Of Nerve\n"
            "Dana Whitfield defended herself on Friday for closing the ferry route, arguing that keeping it "
            "open once the pier failed would have put lives at risk.\n")
    starts = [s.text.split()[0] for s in nlp(text).sents]
    assert starts == ["Mayor", "Dana"]
    arguing = [q for q in extract(text, clean=False, model=nlp).quotes if q.cue.text == "arguing"]
    assert [q.speaker_name for q in arguing] == ["Dana Whitfield"]


def test_hard_wrapped_lines_are_left_to_the_parser(nlp: Language) -> None:
    text = ("The council met on Friday to decide the future of the ferry route and\n"
            "Dana Whitfield told members that the pier had failed its inspection and\n"
            "could not be used again this winter.\n")
    assert len(list(nlp(text).sents)) == 1


def test_a_quote_mark_straight_after_a_colon_is_a_token_of_its_own(nlp: Language) -> None:
    # 'said:"We' was one token: the speaker phrase ran into the quotation
    assert [t.text for t in nlp.make_doc('The mayor said:"We will rebuild."')][:6] == \
        ["The", "mayor", "said", ":", '"', "We"]
    assert [t.text for t in nlp.make_doc("at 3:30 p.m.")] == ["at", "3:30", "p.m."]  # times stay whole
    (quote,) = extract('The mayor said:"We will rebuild the pier by spring."', clean=False, model=nlp).quotes
    assert (quote.speaker_mention.text if quote.speaker_mention else None, quote.cue.text) == ("The mayor", "said")


def test_title_abbreviations_stay_one_token(nlp: Language) -> None:
    # "Capt." split into "Capt" "." let the parser end the sentence inside the speaker's name.
    text = "“We are ready,” said Army Capt. Christian Pardo, and Air Force 1st Lt. Tyler Livingston agreed."
    assert {"Capt.", "Lt."} <= {t.text for t in nlp.make_doc(text)}
    article = extract(text, clean=False, model=nlp)
    assert [q.speaker_name for q in article.quotes][:1] == ["Christian Pardo"]


def test_paragraph_component_in_a_users_pipeline() -> None:
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('quotegraph_paragraphs'); "
        "print([t.is_sent_start for t in nlp('One.\\n\\nTwo')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[True, None, None, True]"  # "One", ".", the blank line, "Two"


def test_component_in_the_default_pipeline(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "quotegraph"
    assert isinstance(nlp.get_pipe("quotegraph"), QuotegraphComponent)


def test_component_analyze_pipes_lists_assigns_and_requires(user_nlp: Language) -> None:
    summary = user_nlp.analyze_pipes()["summary"]["quotegraph"]
    assert summary["assigns"] == ["doc._.quotes", "doc._.entities"]
    assert {"token.dep", "token.lemma", "doc.sents"} <= set(summary["requires"])
    assert user_nlp.analyze_pipes()["problems"]["quotegraph"] == []


def test_component_missing_requirements_are_reported() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("quotegraph")
    problems = blank.analyze_pipes()["problems"]["quotegraph"]
    assert "token.dep" in problems and "doc.sents" in problems


@pytest.mark.parametrize("text", ["", " ", "\n\n"], ids=["empty", "space", "newlines"])
def test_component_empty_doc(user_nlp: Language, text: str) -> None:
    doc = user_nlp(text)
    assert doc._.quotes == [] and doc._.entities == []


def test_component_pipe_over_several_docs(user_nlp: Language) -> None:
    texts = [STORY, "", OTHER, STORY]
    piped = list(user_nlp.pipe(texts, batch_size=2))
    one_by_one = [user_nlp(t) for t in texts]
    assert [len(d._.quotes) for d in piped] == [len(d._.quotes) for d in one_by_one]
    assert [[q.to_dict() for q in d._.quotes] for d in piped] == [
        [q.to_dict() for q in d._.quotes] for d in one_by_one
    ]
    assert piped[0]._.quotes and piped[2]._.quotes and piped[1]._.quotes == []


def test_component_context_is_optional_and_used(user_nlp: Language) -> None:
    doc = set_context(user_nlp.make_doc(OTHER), published="2026-11-24", publisher="Example News", country="GB")
    doc = user_nlp(doc)
    assert doc._.quotegraph_context["country"] == "GB"
    assert doc._.quotes


def test_component_cues_path_swaps_the_lexicon(tmp_path: Path) -> None:
    cues = tmp_path / "cues.txt"
    cues.write_text("[verbs]\nmutter\n[object_verbs]\n[nouns]\n", encoding="utf-8")
    nlp = spacy.blank("en")
    component = nlp.add_pipe("quotegraph", config={"cues_path": str(cues)})
    assert isinstance(component, QuotegraphComponent)
    assert "mutter" in component.cues.verbs and "say" not in component.cues.verbs


def test_component_extension_clash_fails_loudly() -> None:
    # Another package took Doc._.quotes first: quotegraph refuses to share it (fresh interpreter,
    # so this process's extensions stay as they are).
    code = (
        "from spacy.tokens import Doc; Doc.set_extension('quotes', getter=lambda doc: 'theirs'); "
        "from quotegraph.component import ensure_registered; ensure_registered()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 1
    assert "QuotegraphError: Doc._.quotes is already registered by another package" in out.stderr


def test_component_registration_is_idempotent() -> None:
    from quotegraph.component import ensure_registered

    from spacy.tokens import Doc

    ensure_registered()
    ensure_registered()  # a second call finds its own registrations and accepts them
    for name in ("quotes", "entities", "quotegraph_context"):
        assert Doc.get_extension(name) == (None, None, None, None)
