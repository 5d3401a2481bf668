-- The months after a decision within which the CMS may still accept a late request for a mandatory reconsideration,
-- with reasons. It was a figure in code only (CmsFacts.lateReconsiderationMonths); time limits live in data the
-- parent can see, with their source (cms-facts.md), so it is a row like the others.
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at) VALUES
('reconsideration.late.months', 'Months from a decision within which a late request for a reconsideration may be accepted', '13',
 'GOV.UK: Child Maintenance Service decisions', '2026-12-04', '2026-12-04T00:00:00');
