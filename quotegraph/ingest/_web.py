"""Fetch web pages politely: a clear user agent, timeouts, retries with backoff, robots.txt, a size cap."""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from types import TracebackType
from urllib.parse import urlsplit, urlunsplit

import httpx

from ..errors import FetchError, InputError, InputTooLargeError
from ._loader import RawDocument, load

__all__ = ["Fetcher", "Fetched", "USER_AGENT", "MAX_FETCH_BYTES", "is_url", "looks_like_feed"]

logger = logging.getLogger(__name__)

def _version() -> str:
    try:
        return version("quotegraph")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0"


#: Sent with every request so site owners can tell who is reading and why.
USER_AGENT = f"quotegraph/{_version()} (news quotation research; reads robots.txt)"
_ROBOTS_AGENT = "quotegraph"
#: Pages larger than this are refused (bytes on the wire after decompression).
MAX_FETCH_BYTES = 10_000_000
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 30.0


def is_url(source: str) -> bool:
    """True for an ``http://`` or ``https://`` address."""
    return source.lower().startswith(("http://", "https://"))


def looks_like_feed(content_type: str | None, body: bytes) -> bool:
    """True for RSS or Atom: by content type, else by the first kilobyte of the body."""
    ctype = (content_type or "").lower()
    if any(t in ctype for t in ("rss", "atom")):
        return True
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith(b"<") or b"<html" in head or b"<!doctype html" in head:
        return False
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


@dataclass
class Fetched:
    """A fetched response: the final URL after redirects, its content type and body."""

    url: str
    status: int
    content_type: str | None
    content: bytes


class Fetcher:
    """An HTTP client for articles and feeds.

    Retries connection errors, timeouts and 429/5xx answers ``retries`` times,
    waiting ``backoff`` seconds, then twice as long each time (or what a short
    ``Retry-After`` asks). robots.txt is read once per site: a missing one
    (4xx) allows everything, an unreachable one (5xx, network error) allows
    nothing, as RFC 9309 says. Bodies over ``max_bytes`` are refused.
    """

    def __init__(self, *, timeout: float = 20.0, retries: int = 3, backoff: float = 0.5,
                 max_bytes: int = MAX_FETCH_BYTES, user_agent: str = USER_AGENT,
                 respect_robots: bool = True, transport: httpx.BaseTransport | None = None) -> None:
        if timeout <= 0 or retries < 0 or backoff < 0 or max_bytes <= 0:
            raise ValueError("timeout and max_bytes must be positive, retries and backoff not negative")
        self.retries, self.backoff, self.max_bytes = retries, backoff, max_bytes
        self.respect_robots = respect_robots
        self._robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}
        self._client = httpx.Client(timeout=timeout, follow_redirects=True, transport=transport,
                                    headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- robots.txt -------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets quotegraph fetch ``url``."""
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(site)
        if rules is None:
            rules = self._load_robots(site)
            self._robots[site] = rules
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(_ROBOTS_AGENT, url)

    def _load_robots(self, site: str) -> urllib.robotparser.RobotFileParser | bool:
        robots_url = urlunsplit((*urlsplit(site)[:2], "/robots.txt", "", ""))
        try:
            fetched = self._get(robots_url, check_robots=False, retries=1)
        except FetchError as err:
            status = getattr(err, "status", None)
            if status is not None and 400 <= status < 500:
                return True  # no robots.txt: everything is allowed
            logger.warning("robots.txt of %s is unreachable (%s); not fetching from that site", site, err)
            return False
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(fetched.content.decode("utf-8", errors="replace").splitlines())
        return parser

    # -- fetching ---------------------------------------------------------

    def get(self, url: str) -> Fetched:
        """Fetch ``url``; raises :class:`~quotegraph.errors.FetchError` (or ``InputTooLargeError``)."""
        return self._get(url, check_robots=True, retries=self.retries)

    def _get(self, url: str, *, check_robots: bool, retries: int) -> Fetched:
        if not is_url(url):
            raise FetchError(f"{url}: not an http(s) URL")
        if check_robots and not self.allowed(url):
            raise FetchError(f"{url}: robots.txt does not allow quotegraph to fetch this page")
        attempt = 0
        while True:
            wait = self.backoff * (2 ** attempt)
            try:
                return self._once(url)
            except _Retryable as err:
                if attempt >= retries:
                    raise FetchError(f"{url}: {err.reason} (gave up after {attempt + 1} attempts)",
                                     ) from err.__cause__
                if err.retry_after is not None:
                    wait = min(err.retry_after, _MAX_RETRY_AFTER)
                logger.info("%s: %s; retrying in %.1f s", url, err.reason, wait)
            attempt += 1
            time.sleep(wait)

    def _once(self, url: str) -> Fetched:
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code in _RETRY_STATUS:
                    raise _Retryable(f"HTTP {response.status_code}", _retry_after(response))
                if response.status_code >= 400:
                    err = FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
                    err.status = response.status_code  # type: ignore[attr-defined]
                    raise err
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputTooLargeError(f"{url}: {int(declared):,} bytes is over the {self.max_bytes:,}-byte cap")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise InputTooLargeError(f"{url}: more than {self.max_bytes:,} bytes; over the cap")
                return Fetched(str(response.url), response.status_code,
                               response.headers.get("content-type"), bytes(body))
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as err:
            raise _Retryable(f"{type(err).__name__}: {err}") from err
        except httpx.HTTPError as err:
            raise FetchError(f"{url}: {type(err).__name__}: {err}") from err

    def document(self, url: str, *, metadata: dict[str, object] | None = None) -> RawDocument:
        """Fetch ``url`` and decode it into a :class:`RawDocument` whose ``url`` is the final address."""
        fetched = self.get(url)
        try:
            doc = load(fetched.content, name=url, max_bytes=self.max_bytes)
        except InputError:
            raise
        doc.url = fetched.url
        doc.id = fetched.url
        doc.metadata = dict(metadata or {})
        return doc


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
