-- The one calendar and the "Where things stand" page.
-- A tracked letter's delivery date from Royal Mail (Signed For, Special Delivery), and the reply-by date printed in a
-- letter the app wrote, so the log watches exactly the date the letter asks for.

ALTER TABLE letter_sent ADD COLUMN delivered_on TEXT;
ALTER TABLE letter_sent ADD COLUMN printed_reply_by TEXT;

-- Facts the "Where things stand" page counts with: ordinary rows the parent can see, each with its source and the
-- date it was last checked (cms-facts.md). Step names are facts too, so a renamed step is a data change.
CREATE TABLE cms_fact (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    label        TEXT NOT NULL,
    value        TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    last_checked TEXT,
    recorded_at  TEXT NOT NULL
);
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at) VALUES
('complaint.acknowledge.working_days', 'CMS target to acknowledge a complaint (working days)', '2',
 'One Parent Families Scotland; sharedparenting.scot', '2026-12-01', '2026-12-01T00:00:00'),
('complaint.reply.working_days', 'CMS target to reply to a complaint (working days)', '15',
 'One Parent Families Scotland; sharedparenting.scot', '2026-12-01', '2026-12-01T00:00:00'),
('ice.months', 'Months after the final response to complain to the Independent Case Examiner', '6',
 'GOV.UK: Independent Case Examiner', '2026-12-01', '2026-12-01T00:00:00'),
('phso.months', 'Months, normally, to ask your MP to refer a complaint to the Ombudsman', '12',
 'GOV.UK: Complain about the CMS', '2026-12-01', '2026-12-01T00:00:00'),
('reconsideration.months', 'Calendar months from a decision to ask for a mandatory reconsideration', '1',
 'GOV.UK: Child Maintenance Service decisions', '2026-12-01', '2026-12-01T00:00:00'),
('appeal.months', 'Calendar months from the reconsideration notice to appeal to the tribunal', '1',
 'GOV.UK: Appeal a child maintenance decision', '2026-12-01', '2026-12-01T00:00:00'),
('write_off.reply.days', 'Days to reply to a proposal to write off arrears', '30',
 'Citizens Advice: If you''re owed child maintenance', '2026-12-01', '2026-12-01T00:00:00'),
('subject_access.extension.months', 'Further months the CMS may take to answer a subject access request', '2',
 'ICO: Right of access', '2026-12-01', '2026-12-01T00:00:00'),
('enforcement.nudge.weeks', 'Weeks at one enforcement step before the app suggests asking the CMS to move on', '8',
 'The app''s own suggestion, not a CMS rule', '2026-12-01', '2026-12-01T00:00:00'),
('step.CONTACT_PAYING_PARENT', 'Enforcement step 1', 'Contact the paying parent', 'Citizens Advice; seed 004',
 '2026-12-01', '2026-12-01T00:00:00'),
('step.ARREARS_NOTICE', 'Enforcement step 2', 'Arrears notice', 'Citizens Advice', '2026-12-01',
 '2026-12-01T00:00:00'),
('step.COLLECT_AND_PAY', 'Enforcement step 3', 'Move to Collect and Pay', 'Citizens Advice', '2026-12-01',
 '2026-12-01T00:00:00'),
('step.DEDUCTION_FROM_EARNINGS', 'Enforcement step 4', 'Deduction from Earnings Order', 'Citizens Advice; seed 004',
 '2026-12-01', '2026-12-01T00:00:00'),
('step.BANK_DEDUCTION', 'Enforcement step 5', 'Deduction order from a bank or building society account',
 'Child Support Act 1991 s.32A', '2026-12-01', '2026-12-01T00:00:00'),
('step.LIABILITY_ORDER', 'Enforcement step 6', 'Liability order (magistrates'' court)',
 'GOV.UK liability order guidance', '2026-12-01', '2026-12-01T00:00:00'),
('step.ENFORCEMENT_AGENTS', 'Enforcement step 7', 'Enforcement agents (bailiffs)', 'Citizens Advice',
 '2026-12-01', '2026-12-01T00:00:00'),
('step.CHARGING_ORDER', 'Enforcement step 8', 'Charging order and order for sale', 'Citizens Advice',
 '2026-12-01', '2026-12-01T00:00:00'),
('step.DISQUALIFICATION', 'Enforcement step 9', 'Disqualification from driving or holding a passport',
 'Child Support Act 1991 ss.39A-40B', '2026-12-01', '2026-12-01T00:00:00'),
('step.COMMITTAL', 'Enforcement step 10', 'Committal to prison (up to 6 weeks)', 'Child Support Act 1991 s.40',
 '2026-12-01', '2026-12-01T00:00:00');

-- A CMS decision the parent may challenge, with the date on its letter (entered by the parent).
CREATE TABLE cms_decision (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES case_file (id),
    kind            TEXT NOT NULL CHECK (kind IN ('CALCULATION', 'REFUSAL', 'WRITE_OFF')),
    dated           TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    reconsidered_on TEXT,
    recorded_at     TEXT NOT NULL,
    deleted_at      TEXT
);

-- An enforcement step the CMS has told the parent it has taken, ticked with the date they heard.
CREATE TABLE enforcement_step (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id),
    step        TEXT NOT NULL,
    heard_on    TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    deleted_at  TEXT
);
