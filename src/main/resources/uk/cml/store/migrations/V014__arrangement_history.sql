-- How each case's maintenance is arranged, as a dated history: each arrangement (PRIVATE, DIRECT_PAY,
-- COLLECT_AND_PAY) is in force from its date (no date: from the start) until the next, so a move to or from
-- Collect and Pay never reworks the dues before it. A move is a new row; a correction to a row keeps the earlier
-- version in amendment, and a row taken back is marked deleted_at, never removed.
-- Each case's arrangement so far is carried over unchanged, from the start, so every figure stays as it was.
-- case_file.arrangement is kept (the record journal, earlier versions and the letters name it) and now mirrors the
-- latest arrangement, the one in force today; the dates are read from here.

CREATE TABLE arrangement_period (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id),
    starts_on   TEXT,
    arrangement TEXT NOT NULL CHECK (arrangement IN ('PRIVATE', 'DIRECT_PAY', 'COLLECT_AND_PAY')),
    recorded_at TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX arrangement_period_one_a_day ON arrangement_period (case_id, ifnull(starts_on, ''))
    WHERE deleted_at IS NULL;

INSERT INTO arrangement_period (case_id, starts_on, arrangement, recorded_at)
    SELECT id, NULL, arrangement, recorded_at FROM case_file ORDER BY id;
