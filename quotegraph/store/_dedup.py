"""Article identity: canonical URLs, content hashes and MinHash signatures for near-duplicates."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash

__all__ = [
    "canonical_url", "content_hash", "raw_hash", "signature", "bands", "similarity",
    "NUM_PERM", "BANDS", "THRESHOLD",
]

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs above ~0.6 Jaccard almost always share a band
THRESHOLD = 0.7  # estimated Jaccard similarity of word 3-grams at which two articles are one story
_SHINGLE = 3
_MIN_WORDS = 30  # shorter texts are matched by exact hash only
_TRACKING = re.compile(r"^(?:utm_|fbclid$|gclid$|mc_cid$|mc_eid$|cmpid$|ocid$|ref$|at_)")
_WORDS = re.compile(r"\w+")


def canonical_url(url: str | None) -> str | None:
    """The URL without fragment, tracking parameters, ``www.`` or a trailing slash; ``None`` if not http(s)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k.lower())))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, query, ""))


def content_hash(text: str) -> str:
    """SHA-256 of the text with case and whitespace normalised."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def raw_hash(text: str) -> str:
    """SHA-256 of an input exactly as read, to skip inputs already stored before extracting them."""
    return hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()


def signature(text: str) -> np.ndarray | None:
    """MinHash of the text's word 3-grams, or ``None`` for texts too short to compare."""
    words = _WORDS.findall(text.lower())
    if len(words) < _MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + _SHINGLE]).encode("utf-8") for i in range(len(words) - _SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(shingles))
    return np.asarray(mh.hashvalues, dtype="<u8")


def bands(sig: np.ndarray) -> list[str]:
    """Locality-sensitive band keys: articles sharing one are compared in full."""
    rows = NUM_PERM // BANDS
    return [f"{b}:{hashlib.blake2b(sig[b * rows:(b + 1) * rows].tobytes(), digest_size=8).hexdigest()}"
            for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
