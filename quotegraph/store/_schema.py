"""The corpus schema, version by version: each entry upgrades the database by one version.

``PRAGMA user_version`` holds the version a database is at; :mod:`._migrations`
applies the missing steps in one transaction. Never edit a released step: add one.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'running',   -- running | done | interrupted
    pid INTEGER,
    command TEXT,
    sources TEXT,                             -- JSON list of the sources given
    articles INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE run_items (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    source TEXT,
    item_id TEXT,
    status TEXT NOT NULL,                     -- added | duplicate | skipped | failed
    article_id INTEGER REFERENCES articles(id),
    error TEXT,
    message TEXT,
    at TEXT NOT NULL
);
CREATE INDEX run_items_run ON run_items(run_id, status);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,                 -- canonical URL when known, else sha256:<content hash>
    url TEXT,
    canonical_url TEXT,
    content_hash TEXT NOT NULL,
    raw_hash TEXT,                            -- hash of the input bytes, to skip known inputs early
    source TEXT,
    source_id TEXT,
    title TEXT,
    published TEXT,
    pub_date TEXT,                            -- YYYY-MM-DD part of published
    publisher TEXT,
    country TEXT,
    language TEXT,
    text TEXT NOT NULL,
    document TEXT NOT NULL,                   -- the quotegraph/article@1 JSON document
    duplicate_of INTEGER REFERENCES articles(id),
    quote_count INTEGER NOT NULL DEFAULT 0,
    run_id INTEGER REFERENCES runs(id),
    added TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_raw_hash ON articles(raw_hash);
CREATE INDEX articles_canonical_url ON articles(canonical_url);
CREATE INDEX articles_pub_date ON articles(pub_date);

CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL                   -- MinHash values, little-endian uint64
);
CREATE TABLE article_bands (
    band TEXT NOT NULL,                       -- <band number>:<hash of the band's values>
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    key TEXT,                                 -- normalised "first last" (persons) or full name
    first TEXT,                               -- normalised first name; NULL for a bare surname
    last TEXT,                                -- normalised surname
    quote_count INTEGER NOT NULL DEFAULT 0,   -- quotes in non-duplicate articles
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX speakers_key ON speakers(type, key);
CREATE INDEX speakers_last ON speakers(last);
CREATE INDEX speakers_count ON speakers(quote_count DESC, id);

CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (speaker_id, norm)
) WITHOUT ROWID;
CREATE INDEX speaker_aliases_norm ON speaker_aliases(norm);

CREATE TABLE roles (
    role TEXT NOT NULL,                       -- normalised role noun: "prime minister"
    country TEXT NOT NULL DEFAULT '',         -- ISO code of the articles it was seen in; '' unknown
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (role, country, speaker_id)
) WITHOUT ROWID;

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,                   -- the entity id inside the article document
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    UNIQUE (article_id, local_id)
);
CREATE INDEX entities_speaker ON entities(speaker_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, start);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,                -- index in the article's quote list
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    cue TEXT,
    speaker_mention TEXT,
    speaker_name TEXT,
    speaker_id INTEGER REFERENCES speakers(id),
    resolution TEXT,
    confidence REAL,
    pub_date TEXT,                            -- copied from the article for fast filters
    publisher TEXT,
    counted INTEGER NOT NULL DEFAULT 1        -- 0 for quotes of a syndicated duplicate
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id, pub_date);
CREATE INDEX quotes_date ON quotes(pub_date, id);
CREATE INDEX quotes_publisher ON quotes(publisher, pub_date);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
"""

#: Step ``n`` (1-based) upgrades a database from version ``n - 1`` to ``n``.
MIGRATIONS: tuple[str, ...] = (_V1,)

SCHEMA_VERSION = len(MIGRATIONS)
