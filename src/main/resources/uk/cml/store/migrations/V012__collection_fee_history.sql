-- The Collect and Pay fee as a dated history for each case: each rate is in force from its date (no date: from the
-- start) until the next one. A new rate is a new row, so money that came through the CMS before it is still worked
-- back at the rate of its day; a correction to a rate keeps the earlier version in amendment, like any other.
-- Each case's rate so far is carried over unchanged, from the start, so every figure stays as it was.
-- case_file.collection_fee_percent is kept (the record journal and earlier versions name it) and now mirrors the
-- latest rate; the rates themselves are read from here.

CREATE TABLE collection_fee (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id),
    starts_on   TEXT,
    percent     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX collection_fee_one_rate_a_day ON collection_fee (case_id, ifnull(starts_on, ''))
    WHERE deleted_at IS NULL;

INSERT INTO collection_fee (case_id, starts_on, percent, recorded_at)
    SELECT id, NULL, collection_fee_percent, recorded_at FROM case_file ORDER BY id;
