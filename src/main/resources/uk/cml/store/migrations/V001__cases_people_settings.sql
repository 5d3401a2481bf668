-- The parent, their cases, the children, the address book, settings, and the history of every correction.
-- Dates are ISO text (2026-11-22); moments are ISO local date-times; money is whole pence.

CREATE TABLE my_details (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    full_name     TEXT NOT NULL,
    address_lines TEXT NOT NULL,
    postcode      TEXT NOT NULL,
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    ni_number     TEXT,
    recorded_at   TEXT NOT NULL
);

CREATE TABLE case_file (
    id                          INTEGER PRIMARY KEY,
    other_parent_name           TEXT NOT NULL,
    other_parent_address_lines  TEXT NOT NULL DEFAULT '',
    other_parent_postcode       TEXT NOT NULL DEFAULT '',
    other_parent_work           TEXT NOT NULL
        CHECK (other_parent_work IN ('EMPLOYED', 'SELF_EMPLOYED', 'ON_BENEFITS', 'NOT_KNOWN')),
    arrangement                 TEXT NOT NULL CHECK (arrangement IN ('PRIVATE', 'DIRECT_PAY', 'COLLECT_AND_PAY')),
    cms_reference               TEXT
        CHECK (cms_reference IS NULL OR (length(cms_reference) = 12 AND cms_reference NOT GLOB '*[^0-9]*')),
    collection_fee_percent      TEXT NOT NULL DEFAULT '4',
    recorded_at                 TEXT NOT NULL,
    deleted_at                  TEXT
);

CREATE TABLE child (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_file (id),
    first_name    TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    position      INTEGER NOT NULL,
    recorded_at   TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX child_case ON child (case_id);

CREATE TABLE address_book (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('POSTAL', 'PHONE')),
    name         TEXT NOT NULL,
    details      TEXT NOT NULL,
    postcode     TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    role         TEXT,
    last_checked TEXT,
    source       TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    deleted_at   TEXT
);

-- Before any row a parent entered is changed, its earlier version is kept here: nothing is overwritten.
CREATE TABLE amendment (
    id              INTEGER PRIMARY KEY,
    record_table    TEXT NOT NULL,
    record_id       INTEGER NOT NULL,
    earlier_version TEXT NOT NULL,
    amended_at      TEXT NOT NULL
);
CREATE INDEX amendment_record ON amendment (record_table, record_id);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
