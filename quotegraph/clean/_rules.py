"""Line rules for web boilerplate: each says why a single line is page furniture.

The rules look at shape (length, closing mark, capitals, separators) and at
generic web phrases listed in ``data/boilerplate.txt``; none is tied to a site.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ._lines import Line

__all__ = [
    "line_reason",
    "list_heading",
    "is_credit",
    "phrases",
    "CONSENT",
    "ADVERT",
    "SHARE",
    "CAPTION",
    "PROMO",
    "BYLINE",
    "TIMESTAMP",
    "NAVIGATION",
    "FOOTER",
    "RELATED",
    "COMMENTS",
    "SCRIPT",
]

CONSENT = "cookie or consent notice"
ADVERT = "advertisement"
SHARE = "share bar"
CAPTION = "image caption or credit"
PROMO = "newsletter, podcast or app promo"
BYLINE = "byline"
TIMESTAMP = "dateline or timestamp"
NAVIGATION = "navigation"
FOOTER = "legal or site footer"
RELATED = "related links"
COMMENTS = "comment thread furniture"
SCRIPT = "script or embed notice"


@lru_cache(maxsize=1)
def phrases() -> dict[str, frozenset[str]]:
    """The phrase lists of ``data/boilerplate.txt`` by section, lower-cased."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    source = resources.files("quotegraph.clean") / "data" / "boilerplate.txt"
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.add(line.lower())
    return {name: frozenset(items) for name, items in sections.items()}


def _key(flat: str) -> str:
    """Lower-case, punctuation and digits squeezed out: ``"Share this:"`` → ``"share this"``."""
    return " ".join(re.sub(r"[^\w'’+]+|\d+|_", " ", flat.lower()).split())


_PERSON = re.compile(r"\b(we|we'll|we’ll|we're|our|us|you|your|you're|you’re)\b", re.I)
_CONSENT_WORDS = re.compile(
    r"\b(consent|preferences|settings|browser|browsing|experience|website|site|privacy|"
    r"permission|policy|accept|enable|allow|opt-out|opt out|partners|technologies|"
    r"personali[sz]\w*)\b",
    re.I,
)
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_EMBED_NOTICE = re.compile(
    r"^(this content is (provided|hosted|imported) by|this (embed|content) (is|may be) "
    r"(unavailable|blocked)|to (show|view|see) (you )?this content,? we need)",
    re.I,
)
_CAPTION_HEAD = re.compile(
    r"^(image|images|photo|photos|picture|pic|video|graphic|illustration|above|below|"
    r"photograph|photo illustration|image credit|image caption|image copyright|image source|"
    r"media caption|caption|credit|credits|file photo|pictured|top image|main image|"
    r"header image|featured image|photo credit|photo courtesy|source)\s*(:|\||-\s)",
    re.I,
)
_CAPTION_INLINE = re.compile(
    r"(\((image|photo|picture|pic|credit|photograph|video|source)\s*:[^)]*\)\s*$|"
    r"\bpic:\s*\S|\bphotograph:\s*\S|^image (copyright|caption)\b|"
    r"^(photo|image|picture)s? (by|courtesy of|via)\s+[A-Z]|\(photo by [^)]*\)\s*$)",
    re.I,
)
# An agency in capitals, a slash and the photographer: "REUTERS/Jane Roe" (case matters).
_AGENCY_SLASH = re.compile(r"(^|\s)[A-Z]{2,}/[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}\s*$")
_ADVERT_LABEL = re.compile(r"^(advertisement|advertising|advert|sponsored|paid content)\s*[-–—:|]", re.I)
_COPYRIGHT = re.compile(r"^\s*(©|\(c\)|copyright\b)", re.I)
_PROMO = re.compile(
    r"(^listen (to|on|now|live|back|again)\b.*\b(podcast|app|spotify|apple|radio|live|here|"
    r"sounds|wherever)\b|\bpodcast app\b|^(click|tap) here\b|"
    r"^download (the|our) .*\bapp\b|^(get|try) (the|our) .*\b(app|newsletter)\b|"
    r"^follow (us|@|the\b.* on (twitter|facebook|instagram|x))|^follow\b.{0,40}\bon$)",
    re.I,
)
# Sign-up form words; only furniture when the line talks to the reader.
_FORM = re.compile(r"\b(your inbox|e-?mail address|opt-in|signing up|unsubscribe)\b", re.I)
_SIGN_UP = re.compile(r"^(sign up|signup|sign-up|subscribe|register)\b", re.I)
_SIGN_UP_OBJECT = re.compile(
    r"\b(newsletters?|inbox|our|us|alerts|briefing|digest|daily|weekly|stay|updates|(?<!-)free|"
    r"today|now)\b",
    re.I,
)
_NEWSLETTER = re.compile(r"\bnewsletters?\b", re.I)
_FOOTER = re.compile(
    r"\b(all rights reserved|privacy policy|terms of (use|service)|cookie policy|"
    r"terms (and|&) conditions|contact us|about us)\b",
    re.I,
)
_BYLINE = re.compile(r"^(by|words by|written by|reported by|story by|text by|posted by)\b", re.I)
_ROLE = re.compile(
    r"\b(staff writer|staff reporter|correspondent|reporter|editor|contributor|columnist)\b",
    re.I,
)
_HANDLE = re.compile(r"^(@\w+|[\w.+-]+@[\w-]+\.[\w.]+)$")
_MONTH = (
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?"
)
_DATE_TOKEN = re.compile(
    rf"\b(({_MONTH})\.?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|"
    r"sat(urday)?|sun(day)?|\d{1,2}(:\d\d)+|\d+(st|nd|rd|th)?|[ap]\.?m\.?|[ecmpa][sd]t|bst|cet|"
    r"cest|eet|ist|jst|aest|aedt|msk|hkt|sgt|utc|gmt|"
    r"et|pt|ago|today|yesterday|min(ute)?s?|hours?|h|days?|weeks?|read|updated|published|"
    r"posted|last|first|on|at|modified|edited|created|time)\b",
    re.I,
)
_HARD_DATE = re.compile(
    rf"\b(({_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+({_MONTH})\b|\d{{1,2}}:\d\d|\d{{4}}-\d\d-\d\d|"
    r"\d{1,2}/\d{1,2}/\d{2,4}|\d+\s+(min(ute)?s?|hours?|days?)\s+(ago|read)|"
    r"(updated|published|posted)\b)",
    re.I,
)
_COMMENT_META = re.compile(
    r"^(\d+\s+)?(comments?|replies|reply|votes?|likes?|points?|rating|report|leave a (reply|comment)|"
    r"post a comment|add a comment|join the (conversation|discussion)|show comments|"
    r"view comments|load more comments|cancel reply)\b[\s:\d]*(votes?|comments?|replies|likes?)?\s*$",
    re.I,
)
_COMMENT_LINE = re.compile(
    r"^\[?\s*(leave a (reply|comment)|post a comment|add a comment|read (all )?comments|"
    r"view (all )?comments|show comments|notify me (of|via|when)|you must be logged in to "
    r"(post|leave) a comment|your email address will not be published|save my name,? email)",
    re.I,
)
_SHARE_START = re.compile(r"^share\b", re.I)
_SHARE_LINE = re.compile(r"\b(share (it|this)|sharing is caring)\b", re.I)
_PAGER = re.compile(
    r"^(previous|next|prev|older|newer)\s+(post|article|story|page|entry|posts|articles|stories)$"
    r"|^(subscribe|sign in|log in|login|register|sign up)( now| today| here)?$",
    re.I,
)
_SCRIPT_NOTICE = re.compile(
    r"\b(requires? javascript|enable javascript|javascript (is )?(disabled|required)|"
    r"your browser does not support)\b",
    re.I,
)
_AUTHOR_BOX = re.compile(r"^(about|über|sobre|à propos de|a proposito di)\s+(the author|me|[A-Z]\w+)", re.I)
# Crumb separators; a slash only with spaces round it ("News / Politics"), not "A/B".
_SEPARATORS = re.compile(r"\s*(?:\||›|»|>|·|•|\\)\s*|\s+/\s+")


@lru_cache(maxsize=8)
def _squeezed(vocab: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted({p.replace(" ", "") for p in vocab if p.strip()}))


def _words_all_in(key: str, vocab: frozenset[str]) -> bool:
    """``key`` (squeezed text) is made only of phrases from ``vocab``, spaces optional."""
    squeezed = key.replace(" ", "")
    if not squeezed or len(squeezed) > 80:
        return False
    pieces = _squeezed(vocab)
    reach = [True] + [False] * len(squeezed)
    for i in range(len(squeezed)):
        if not reach[i]:
            continue
        for p in pieces:
            if squeezed.startswith(p, i):
                reach[i + len(p)] = True
    return reach[-1]


def is_credit(line: Line) -> bool:
    """A bare photo credit: ``Jane Doe/Getty Images``, ``John Roe, AP``, ``(Jane Doe / Reuters)``."""
    if line.n_words == 0 or line.n_words > 10 or line.ends_sentence and line.n_words > 6:
        return False
    flat = line.flat.strip("()[] ")
    agencies = phrases()["photo_credit"]
    low = flat.lower().rstrip(". ")
    for sep in ("/", ",", " via ", "|", "-", "–"):
        if sep in low:
            head, tail = (part.strip() for part in low.rsplit(sep, 1))
            if sep == "," and (low.count(",") > 1 or len(head.split()) > 4):
                continue  # "PPL Center, Allentown, PA" is a place, not a credit
            if tail in agencies or tail.removesuffix(" file") in agencies:
                return True
    if "/" in flat and not line.sentence_like and ":" not in flat and not re.search(r"\d", flat):
        parts = [p.strip() for p in flat.split("/")]
        return all(p[:1].isupper() and len(p.split()) <= 4 for p in parts if p)
    return False


def list_heading(line: Line) -> tuple[bool, bool]:
    """Whether the line opens a link list, and whether it carries the link itself.

    ``"Related stories"`` → (True, False); ``"READ MORE: Ten things …"`` → (True, True).
    """
    if line.n_words > 14 or line.ends_sentence and line.n_words > 4:
        return False, False
    flat = line.flat.strip("[]() ")
    head, colon, rest = flat.partition(":")
    key = _key(head)
    if not key:
        return False, False
    vocab = phrases()["list_heading"]
    first = key.split()
    for n in range(min(len(first), 5), 0, -1):
        prefix = " ".join(first[:n])
        if prefix in vocab:
            whole = n == len(first)
            if colon and rest.strip():
                return whole or len(first) - n <= 4, whole
            # "Read more from Sky News" / "More from Business": a heading either way
            if whole or (n >= 2 and len(first) - n <= 4) or prefix in {"more from", "more in"}:
                return True, False
            return False, False
    if first[0] == "more" and 2 <= len(first) <= 5 and line.title_like and line.lower_share == 0:
        return True, False
    return False, False


def _timestamp(line: Line) -> bool:
    if line.n_words > 14 or line.sentence_like and line.n_words > 8:
        return False
    if "(@" in line.flat:
        return False  # an embedded post's signature: "— Jane Roe (@janeroe) May 1, 2026"
    if line.sentence_like and line.ends_sentence:
        return False  # "The vote is on March 3." is a sentence
    if not _HARD_DATE.search(line.flat):
        return False
    rest = _DATE_TOKEN.sub(" ", line.flat)
    rest_words = re.findall(r"[^\W\d_]+", rest)
    if line.ends_sentence and any(w[0].islower() for w in rest_words):
        return False  # "Voting ends May 3." has a verb; "Updated 5 hours ago." does not
    return len(rest_words) <= 4


def _navigation(line: Line) -> bool:
    if line.sentence_like or line.ends_sentence or "://" in line.flat or line.flat.startswith("www."):
        return False
    parts = [p for p in _SEPARATORS.split(line.flat) if p.strip()]
    if len(parts) < 3 and not (len(parts) == 2 and "|" in line.flat and line.n_words <= 6):
        return False
    return all(len(p.split()) <= 5 for p in parts)


def line_reason(line: Line) -> str | None:
    """Why this line is boilerplate on its own, or ``None`` when it may be story text."""
    flat = line.flat
    key = _key(flat)
    n = line.n_words
    vocab = phrases()
    # Consent and embed notices: cookie talk addressed to the reader.
    if _EMBED_NOTICE.search(flat):
        return CONSENT
    if _COOKIE.search(flat):
        if n <= 6 and not line.ends_sentence:
            return CONSENT
        consent_words = len(_CONSENT_WORDS.findall(flat))
        # A long paragraph that mentions a cookie once is story text, not a notice.
        if _PERSON.search(flat) and consent_words >= (1 if n <= 60 else 3) and not _quoted(flat):
            return CONSENT
    if n == 0:
        # Nothing but symbols or digits: counters, bullets, stray marks.
        return SHARE
    if _navigation(line):
        return NAVIGATION
    if key in vocab["advert"] or n <= 8 and _ADVERT_LABEL.match(flat):
        return ADVERT
    if n <= 6 and _COMMENT_META.match(flat) or n <= 20 and _COMMENT_LINE.match(flat):
        return COMMENTS
    if n <= 12 and not line.ends_sentence and _words_all_in(key, vocab["share"]):
        return SHARE
    if re.fullmatch(r"\d+\s*(shares?|comments?|views?)?", flat.strip().lower()):
        return SHARE
    if _CAPTION_HEAD.search(flat) and n <= 60:
        return CAPTION
    if (_CAPTION_INLINE.search(flat) or _AGENCY_SLASH.search(flat)) and n <= 60 and not _quoted(flat):
        return CAPTION
    if is_credit(line):
        return CAPTION
    if _COPYRIGHT.search(flat) and n <= 40:
        return CAPTION if n <= 12 and "/" not in flat and not _FOOTER.search(flat) else FOOTER
    if n <= 30 and not _quoted(flat):
        if _PROMO.search(flat) or _FORM.search(flat) and _PERSON.search(flat):
            return PROMO
        if _SIGN_UP.search(flat) and _SIGN_UP_OBJECT.search(flat) and n <= 20:
            return PROMO
        if _NEWSLETTER.search(flat) and (n <= 12 or not line.sentence_like):
            return PROMO
    if n <= 25 and _FOOTER.search(flat) and not line.sentence_like:
        return FOOTER
    if n <= 8 and _BYLINE.search(flat) and not line.ends_sentence:
        return BYLINE
    if n <= 8 and _ROLE.search(flat) and not line.sentence_like and not line.ends_sentence:
        return BYLINE
    if _HANDLE.match(flat.strip()):
        return BYLINE
    if n <= 10 and (
        _SHARE_LINE.search(flat) or _SHARE_START.match(flat) and not line.sentence_like
    ):
        return SHARE
    if n <= 4 and _PAGER.match(flat.strip(" .!»›<>")):
        return NAVIGATION if flat.lower().startswith(("prev", "next", "older", "newer")) else PROMO
    if n <= 15 and _SCRIPT_NOTICE.search(flat):
        return SCRIPT
    if n <= 5 and _AUTHOR_BOX.match(flat) and not line.ends_sentence:
        return BYLINE
    if _timestamp(line):
        return TIMESTAMP
    return None


def _quoted(flat: str) -> bool:
    """Holds reported speech (a quote mark), so it is story text, not furniture."""
    return any(q in flat for q in "“”\"«»")
