-- Evidence files attached to a case, and the letters sent and received.
-- The files themselves live in <data folder>/documents under their SHA-256; a row here says which case they belong to.

CREATE TABLE document (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_file (id),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    original_name TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('PDF', 'JPEG', 'PNG')),
    size_bytes    INTEGER NOT NULL,
    page_count    INTEGER NOT NULL,
    added_on      TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL,
    deleted_at    TEXT
);
-- The same file attached twice to a case is one row: adding it again finds (or restores) that row.
CREATE UNIQUE INDEX document_case_file ON document (case_id, sha256);

CREATE TABLE letter_sent (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES case_file (id),
    written_on           TEXT NOT NULL,
    posted_on            TEXT,
    to_address_book_id   INTEGER REFERENCES address_book (id),
    to_name              TEXT NOT NULL DEFAULT '',
    to_address           TEXT NOT NULL DEFAULT '',
    subject              TEXT NOT NULL DEFAULT '',
    kind                 TEXT NOT NULL,
    copy_document_id     INTEGER REFERENCES document (id),
    method               TEXT,
    certificate_date     TEXT,
    certificate_branch   TEXT NOT NULL DEFAULT '',
    certificate_ref      TEXT NOT NULL DEFAULT '',
    certificate_document_id INTEGER REFERENCES document (id),
    tracking_number      TEXT NOT NULL DEFAULT '',
    reply_by             TEXT,
    in_reply_to          INTEGER REFERENCES letter_received (id),
    recorded_at          TEXT NOT NULL,
    deleted_at           TEXT
);
CREATE INDEX letter_sent_case ON letter_sent (case_id);

CREATE TABLE letter_received (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES case_file (id),
    dated_on          TEXT,
    received_on       TEXT NOT NULL,
    from_name         TEXT NOT NULL DEFAULT '',
    summary           TEXT NOT NULL DEFAULT '',
    scan_document_id  INTEGER REFERENCES document (id),
    in_reply_to       INTEGER REFERENCES letter_sent (id),
    recorded_at       TEXT NOT NULL,
    deleted_at        TEXT
);
CREATE INDEX letter_received_case ON letter_received (case_id);
CREATE INDEX letter_received_reply ON letter_received (in_reply_to);
