-- The letters count with the same facts as the "Where things stand" page (cms-facts.md: time limits live in data the
-- parent can see, never only in code). These three were still numbers in the letter templates.
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at) VALUES
('subject_access.months', 'Calendar months the CMS has to answer a subject access request', '1',
 'ICO: Right of access', '2026-12-02', '2026-12-02T00:00:00'),
('request.reply.days', 'Days a letter gives the CMS to answer an ordinary request', '14',
 'The app''s own suggestion, not a CMS rule', '2026-12-02', '2026-12-02T00:00:00'),
('arrears_breakdown.weeks', 'Weeks a breakdown of the arrears can take', '6',
 'An adviser''s answer (seed 004)', '2026-12-02', '2026-12-02T00:00:00');
