-- Payment plans, payments received and arrears adjustments, per case. Money is whole pence; dates are ISO text.
-- Rows are never deleted: deleted_at moves one to the bin, and corrections keep the earlier version in amendment.

CREATE TABLE payment_plan (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file (id),
    amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
    frequency    TEXT NOT NULL CHECK (frequency IN ('WEEKLY', 'FORTNIGHTLY', 'FOUR_WEEKLY', 'MONTHLY')),
    first_due    TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX payment_plan_case ON payment_plan (case_id);

CREATE TABLE payment (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file (id),
    paid_on      TEXT NOT NULL,
    amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
    method       TEXT NOT NULL,
    reference    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX payment_case_date ON payment (case_id, paid_on);

CREATE TABLE adjustment (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file (id),
    made_on      TEXT NOT NULL,
    kind         TEXT NOT NULL
        CHECK (kind IN ('WRITE_OFF', 'OFFSET', 'PART_PAYMENT_SETTLEMENT', 'CMS_CONFIRMED_FIGURE')),
    amount_pence INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX adjustment_case ON adjustment (case_id);
