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

# Version 2: the quote index is keyed by date and carries the search filters as tokens.
# Its rowid is ``sort_key`` = (days since 1970 of pub_date, 0 if undated) << 32 | quote id, so
# "newest first" streams from the index and a date range is a rowid range; the ``meta``
# column holds c<counted> k<kind initial> s<speaker id> p<publisher key>, so every filter is
# part of the MATCH and counting matches never reads the quotes table.
_META = ("'c' || {t}.counted || ' k' || substr({t}.kind, 1, 1) || ' s' || coalesce({t}.speaker_id, 0)"
         " || ' p' || coalesce({t}.publisher_key, '')")
_V2 = f"""
DROP TRIGGER quotes_ai;
DROP TRIGGER quotes_ad;
DROP TABLE quotes_fts;
ALTER TABLE quotes ADD COLUMN sort_key INTEGER;
ALTER TABLE quotes ADD COLUMN publisher_key TEXT;   -- publisher in lower-case letters and digits only
UPDATE quotes SET
    sort_key = (CASE WHEN pub_date IS NULL THEN 0
                ELSE max(0, CAST(julianday(pub_date) - 2440587.5 AS INTEGER)) END << 32) | id,
    publisher_key = lower(replace(replace(replace(publisher, ' ', ''), '.', ''), '-', ''));
CREATE UNIQUE INDEX quotes_sort_key ON quotes(sort_key);
CREATE INDEX quotes_speaker_counted ON quotes(speaker_id, counted, pub_date);
CREATE VIEW quotes_fts_source AS SELECT sort_key, content, {_META.format(t="quotes")} AS meta FROM quotes;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, meta, content='quotes_fts_source', content_rowid='sort_key',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content, meta) VALUES (new.sort_key, new.content, {_META.format(t="new")});
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, meta)
    VALUES ('delete', old.sort_key, old.content, {_META.format(t="old")});
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
CREATE INDEX roles_speaker ON roles(speaker_id);
-- Who each speaker talks about, kept up to date as articles arrive: the entities named inside
-- their quotes, counted once per quote. ``entity`` is '#<speaker id>' for an entity that is a
-- corpus speaker, else the entity's name.
CREATE TABLE speaker_entities (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    entity TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, entity)
) WITHOUT ROWID;
CREATE INDEX speaker_entities_top ON speaker_entities(speaker_id, n DESC);
INSERT INTO speaker_entities (speaker_id, entity, n)
    SELECT q.speaker_id, coalesce('#' || e.speaker_id, e.name), count(DISTINCT q.id) FROM quotes q
    JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
    JOIN entities e ON e.id = m.entity_id
    WHERE q.speaker_id IS NOT NULL AND q.counted = 1 AND coalesce(e.speaker_id, -1) != q.speaker_id
    GROUP BY 1, 2;
"""

# Version 3: quotes per speaker per week (the week's Monday), kept up to date as articles arrive.
_V3 = """
CREATE TABLE speaker_weeks (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    week TEXT NOT NULL,                       -- ISO date of the week's Monday
    n INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, week)
) WITHOUT ROWID;
INSERT INTO speaker_weeks (speaker_id, week, n)
    SELECT speaker_id, date(pub_date, 'weekday 0', '-6 days'), count(*) FROM quotes
    WHERE speaker_id IS NOT NULL AND counted = 1 AND pub_date IS NOT NULL GROUP BY 1, 2;
"""

#: Step ``n`` (1-based) upgrades a database from version ``n - 1`` to ``n``.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)

SCHEMA_VERSION = len(MIGRATIONS)
