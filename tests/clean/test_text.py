"""clean_text: boilerplate lines go, with reason and offsets; story lines stay verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotegraph.clean import clean_text, passthrough

FIXTURE = Path(__file__).parent / "fixtures" / "ceasefire-scraped.txt"

# Invented story paragraphs, long enough to read as the main text.
P1 = (
    "The council approved the new budget on Monday after a three-hour debate that ran "
    "late into the evening, officials said."
)
P2 = (
    "Members voted nine to four in favour of the plan, which raises spending on roads and "
    "schools while freezing the rates paid by households."
)
P3 = (
    "The leader of the opposition group said the vote had been rushed and that residents "
    "had not been given enough time to read the proposals."
)
P4 = (
    "A final decision on the library closures was put off until the spring, when the "
    "council expects a clearer picture of its finances."
)


def _page(*middle: str) -> str:
    """A story of four paragraphs with ``middle`` lines between the second and third."""
    return "\n".join([P1, P2, *middle, P3, P4])


def _removed(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (["Advertisement"], "advertisement"),
        (["Story continues below advertisement"], "advertisement"),
        (["ADVERTISEMENT – Harbour Kitchens"], "advertisement"),
        (["Share", "Facebook", "Twitter", "WhatsApp", "Copy link"], "share bar"),
        (["FacebookTwitterEmail"], "share bar"),  # a share bar scraped without spaces
        (["Share this article:"], "share bar"),
        (
            [
                "This content is provided by Podbox, which may be using cookies and other "
                "technologies. To show you this content, we need your permission to use cookies.",
                "Enable Cookies",
                "Allow Cookies Once",
            ],
            "cookie or consent notice",
        ),
        (
            [
                "We and our partners use cookies to improve your experience on our site and "
                "to show you personalised content."
            ],
            "cookie or consent notice",
        ),
        (["Image: The town hall at dusk. Pic: Reuters"], "image caption or credit"),
        (["Photo: Jane Roe/Getty Images"], "image caption or credit"),
        (["Jane Roe/Getty Images"], "image caption or credit"),  # a bare credit line
        (["The town hall at dusk (Image: Getty)"], "image caption or credit"),
        (["Listen to The Town Hall Podcast on your podcast app"], "newsletter, podcast or app promo"),
        (["Sign up to our newsletter"], "newsletter, podcast or app promo"),
        (["Subscribe to our daily briefing"], "newsletter, podcast or app promo"),
        (["Click here to download the app"], "newsletter, podcast or app promo"),
        (["Enter your email address to get our stories"], "newsletter, podcast or app promo"),
        (["By Jane Roe, local government reporter"], "byline"),
        (["Monday 23 November 2026 18:02, UK"], "dateline or timestamp"),
        (["Updated 5 hours ago"], "dateline or timestamp"),
        (["Home › News › Local politics"], "navigation"),
        (["Home | News | Politics | Sport"], "navigation"),
        (["About / Advertise / Contact / Privacy"], "navigation"),
        (
            [
                "Read more from Town News:",
                "Bus fares to rise in January",
                "Festival returns to the park",
            ],
            "related links",
        ),
        (
            ["Related stories", "Mayor opens new bridge", "Floods close the ring road"],
            "related links",
        ),
        (["READ MORE: Mayor opens new bridge"], "related links"),
        (["Harbour swimmers brave the winter cold"], "related headline"),  # stray headline
        (["Like this story? Share it with a friend!"], "share bar"),
        (["Leave a Reply Cancel reply"], "comment thread furniture"),
        (["12 Comments"], "comment thread furniture"),
        (["Previous article"], "navigation"),
        (["SUBSCRIBE"], "newsletter, podcast or app promo"),
        (["This slideshow requires JavaScript."], "script or embed notice"),
        (["About the author"], "byline"),
    ],
)
def test_clean_text_removes_boilerplate(lines: list[str], reason: str) -> None:
    text = _page(*lines)
    result = clean_text(text)
    removed = {r.text: r.reason for r in result.removed}
    for line in lines:
        assert removed.get(line) == reason, f"{line!r}: {removed.get(line)!r}"
        assert line not in result.text.split("\n")
    for paragraph in (P1, P2, P3, P4):
        assert paragraph in result.text


@pytest.mark.parametrize(
    "line",
    [
        # a short paragraph with no final stop, from the story's own flow
        "Asked whether the council would reconsider, she said: no",
        # a one-line quote paragraph
        '"We will not back down," she said.',
        "“Never.”",
        # the story mentions cookies, but it is not a consent notice
        "The bakery on the high street sold more than 500 cookies at the budget fair, the council said.",
        "Regulators said websites that use cookies must ask permission first.",
        # a one-sentence paragraph
        "The meeting ended at 11pm.",
        "The vote is on March 3.",
        "Voting ends May 3.",
        "It starts at 10:30 on Friday.",
        # a subheading that the next paragraph takes up
        "Library closures",
        # story sentences with words that look like promos or captions
        "Residents can sign up for the consultation until the end of the month, the council said.",
        "Photographs of the flooded road were shared widely on social media on Sunday night.",
        "Share prices in the water company fell sharply after the report.",
        # a survey note: "opt-in" here is not a sign-up form
        "The poll of 600 adults was carried out online using an opt-in panel.",
        # a long paragraph that names a cookie and says "enables us"
        "For receptors in the mouth, this cascade enables us to recognise everything from the "
        "sweetness of a chocolate chip cookie to the smell of smoke, and researchers said the "
        "same receptors turn up in the lungs, the gut and the bladder, where they seem to watch "
        "for bacteria rather than food, a finding that surprised the team when they first saw it.",
    ],
)
def test_clean_text_keeps_story_lines(line: str) -> None:
    text = _page(line)
    result = clean_text(text)
    assert line in result.text.split("\n\n"), _removed(text).get(line)


def test_clean_text_story_split_by_a_long_link_box_stays_whole() -> None:
    box = ["Advertisement", "Related stories"] + [f"Headline number {n} about the town" for n in range(12)]
    text = "\n".join([P1, P2, *box, P3, P4, P1.replace("Monday", "Tuesday"), P2.replace("nine", "ten")])
    result = clean_text(text)
    for paragraph in (P1, P2, P3, P4):
        assert paragraph in result.text
    assert "Headline number 3 about the town" not in result.text


def test_clean_text_keeps_data_lines_with_slashes() -> None:
    rows = ["Path A: Iceland, Bulgaria/Israel", "Path B: Norway, Serbia/Hungary", "Path C: Georgia, Kosovo"]
    result = clean_text(_page(*rows))
    for row in rows:
        assert row in result.text


@pytest.mark.parametrize(
    "subheading",
    [
        "Library closures",
        "What happens next for the libraries",  # "libraries" / "library"
        "Councillors divided over the plan",  # "councillors" / "council"
    ],
)
def test_clean_text_keeps_subheading_the_story_continues(subheading: str) -> None:
    text = "\n".join([P1, P2, subheading, "The library closures will be decided in spring. " + P4])
    assert subheading in clean_text(text).text


def test_clean_text_offsets_point_into_input() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    result = clean_text(text)
    assert result.removed
    for r in result.removed:
        assert r.start is not None and r.end is not None
        assert text[r.start : r.end] == r.text


def test_clean_text_offsets_with_crlf_and_indent() -> None:
    text = "  Advertisement\r\n" + P1 + "\r\n\r\n   Share  \r\n" + P2 + "\r\n" + P3
    result = clean_text(text)
    assert {r.text for r in result.removed} >= {"Advertisement", "Share"}
    for r in result.removed:
        assert text[r.start : r.end] == r.text


def test_clean_text_scraped_news_page() -> None:
    """A scraped UK news page: furniture goes, every story paragraph stays."""
    text = FIXTURE.read_text(encoding="utf-8")
    result = clean_text(text)
    story = [
        "Sir Keir Starmer and European leaders have agreed to keep pushing for a ceasefire",
        "The prime minister told the other leaders that a pause",
        '"We are not going to accept a ceasefire that simply gives Moscow time to regroup,"',
        # a quote that runs over two paragraphs
        '"Any agreement has to be one that Ukraine can live with, and one that lasts.',
        '"It also means the people of Ukraine decide their own future, not anyone else."',
        "The French president said Europe was ready to do more.",
        "Officials in Kyiv welcomed the talks",
        "A spokesperson for the Kremlin said",
        "Talks will resume on Thursday.",  # a one-sentence paragraph
    ]
    for start in story:
        assert start in result.text, start
    furniture = [
        "This content is provided by Spotify",
        "Enable Cookies",
        "Allow Cookies Once",
        "Read more from Sky News:",
        "Grain prices fall as Black Sea shipping resumes",
        "Teachers vote to strike over pay offer",
        "Image: Sir Keir Starmer at Downing Street. Pic: Reuters",
        "Listen to The Daily Climate Show on your podcast app",
        "Sign up to our newsletter",
        "Storm warning as heavy rain heads for Wales",
        "Advertisement",
        "By Hannah Collins",
    ]
    for line in furniture:
        assert line not in result.text, line
    reasons = {r.reason for r in result.removed}
    assert {"cookie or consent notice", "related links", "image caption or credit",
            "newsletter, podcast or app promo", "related headline"} <= reasons
    # paragraphs stay apart
    assert "two hours.\n\nThe prime minister" in result.text


def test_clean_text_keeps_data_list_after_story() -> None:
    dates = [f"June {d} – Arena {d}, Springfield" for d in (3, 9, 14, 20)]
    text = "\n".join([P1, P2, P3, "Tour dates:", *dates, "Share", "Facebook"])
    result = clean_text(text)
    for line in dates:
        assert line in result.text


def test_clean_text_hard_wrapped_paragraphs_stay_whole() -> None:
    text = (
        "Advertisement\n\n"
        "The council approved the new budget on Monday after a\n"
        "three-hour debate that ran late into the evening.\n\n"
        "Members voted nine to four in favour of the plan, which\n"
        "raises spending on roads and schools.\n"
    )
    result = clean_text(text)
    assert "after a\nthree-hour debate" in result.text
    assert "which\nraises spending" in result.text
    assert "Advertisement" not in result.text


@pytest.mark.parametrize("text", ["", "\n\n  \n", "Share\nFacebook"])
def test_clean_text_empty_or_all_furniture(text: str) -> None:
    result = clean_text(text)
    assert result.text.strip() == ""
    for r in result.removed:
        assert text[r.start : r.end] == r.text


def test_passthrough_keeps_text_exactly() -> None:
    text = "Advertisement\r\n  odd spacing  \n"
    assert passthrough(text).text == text


_line = st.one_of(
    st.sampled_from(
        [P1, P2, "Advertisement", "Share", "Read more from Town News:", "Sign up to our newsletter",
         "Image: A bridge. Pic: AP", "Mayor opens new bridge", "“Never.”", "June 3 – Arena, Springfield",
         "", "   ", "Related stories", "By Jane Roe", "1) First item"]
    ),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, max_size=30), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_clean_text_never_raises_and_only_keeps_input_lines(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    result = clean_text(text)
    input_lines = {line.strip() for line in text.splitlines()}
    kept = [line for line in result.text.splitlines() if line]
    for line in kept:
        assert line.strip() in input_lines
    for r in result.removed:
        assert text[r.start : r.end] == r.text


def test_clean_text_teaser_list_with_summaries_goes() -> None:
    teasers = [
        "More Town News",
        "Mayor opens new bridge over the river",
        "Jane Roe",
        "Monday 23 November 2026",
        "The new bridge carries two lanes of traffic and a cycle path, and took three years to build.",
        "Why are bus fares going up?",
        "John Doe",
        "Monday 23 November 2026",
        "Operators say higher fuel and wage costs leave them no choice but to raise prices in January.",
        "Festival returns to the park",
        "Jane Roe",
    ]
    text = "\n".join([P1, P2, P3, P4, *teasers])
    result = clean_text(text)
    for line in teasers:
        assert line not in result.text
    assert result.text.endswith(P4)


def test_clean_text_story_paragraph_after_link_box_stays() -> None:
    text = "\n".join([P1, P2, "Related links", "Town council website", P3, "Report an error", P4])
    result = clean_text(text)
    assert P3 in result.text and P4 in result.text
    assert "Town council website" not in result.text


_WORDS = (
    "the council said that members would vote again after a long debate about roads schools "
    "and housing while residents asked for more time to read plans which officials promised"
).split()
_sentence = st.lists(st.sampled_from(_WORDS), min_size=7, max_size=30).map(
    lambda ws: " ".join([ws[0].capitalize(), *ws[1:]]) + "."
)
_paragraph = st.lists(_sentence, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(st.lists(_paragraph, min_size=1, max_size=12, unique=True))
def test_clean_text_keeps_clean_prose_intact(paragraphs: list[str]) -> None:
    """Text with no furniture at all comes out whole, paragraph for paragraph."""
    text = "\n".join(paragraphs)
    result = clean_text(text)
    assert result.text == "\n\n".join(paragraphs)
    assert result.removed == []


def test_clean_text_keeps_a_repeated_paragraph() -> None:
    text = "\n".join([P1, P2, P3, P2, P4])
    assert clean_text(text).text == "\n\n".join([P1, P2, P3, P2, P4])


def test_clean_text_comment_thread_after_story_goes() -> None:
    comments = [
        "Top Rated Comments",
        "harbourfan",
        "2 days ago at 07:52 am",
        "I think the council has got this completely wrong and the roads will only get worse "
        "while the schools wait for money that was promised to them years ago.",
        "Rating: 36 Votes",
        "river_walker",
        "2 days ago at 07:47 am",
        "Nobody asked the people who actually live on the estate, as usual, and the meeting was "
        "held at a time when anyone with a job could not possibly attend it.",
        "Rating: 25 Votes",
    ]
    text = "\n".join([P1, P2, P3, P4, *comments])
    result = clean_text(text)
    assert result.text == "\n\n".join([P1, P2, P3, P4])


def test_clean_text_comment_count_above_story_keeps_story() -> None:
    text = "\n".join(["Town news", "By Jane Roe", "12 Comments", P1, P2, P3, P4])
    result = clean_text(text)
    assert result.text == "\n\n".join([P1, P2, P3, P4])


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Saturday 15 March 2025 14:32, UK", "2025-03-15"),
        ("Updated: March 15, 2025 at 2:32 pm", "2025-03-15"),
        ("Published 2024-11-05T09:00", "2024-11-05"),
        ("31 February 2025", None),  # not a date
        ("Listen on your podcast app", None),
    ],
)
def test_date_of_dateline(line: str, iso: str | None) -> None:
    from quotegraph.clean._text import date_of

    assert date_of(line) == iso


def test_dateline_and_headline_fill_metadata() -> None:
    text = ("Leaders meet on ceasefire plan in London\n"
            "Saturday 15 March 2025 14:32, UK\n"
            "The prime minister spoke to around 25 leaders on Saturday morning about the plan.\n"
            "He said the talks had gone well and that officials would meet again next week.\n"
            "Ministers are expected to publish the details of the plan on Monday afternoon.\n")
    doc = clean_text(text)
    assert doc.published == "2025-03-15"
    assert doc.title == "Leaders meet on ceasefire plan in London"
    assert "Saturday 15 March" not in doc.text
