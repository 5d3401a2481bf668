-- cms-facts.md lists a third party debt order among the CMS's enforcement steps, after a charging order and order for
-- sale and before disqualification; the steps had no row for it. It becomes step 9, and the two after it move on by
-- one where their labels still hold the numbers first given them.
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at) VALUES
('step.THIRD_PARTY_DEBT_ORDER', 'Enforcement step 9',
 'Third party debt order (money held for the paying parent, such as in a bank account, taken by court order)',
 'GOV.UK liability order guidance', '2026-12-05', '2026-12-05T00:00:00');
UPDATE cms_fact SET label = 'Enforcement step 11' WHERE key = 'step.COMMITTAL' AND label = 'Enforcement step 10';
UPDATE cms_fact SET label = 'Enforcement step 10' WHERE key = 'step.DISQUALIFICATION' AND label = 'Enforcement step 9';
