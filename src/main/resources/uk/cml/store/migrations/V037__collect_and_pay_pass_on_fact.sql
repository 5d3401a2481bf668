-- Under Collect and Pay the paying parent pays the CMS on the due date (the plan's dates are those of the CMS
-- calculation letter), and the CMS passes the money on, which takes a few days. Every such payment read as "Arrived
-- late (2 days)" in the app, its letters and its pack, which the CMS's own records contradict (reviewer rv9). The
-- working days after a due's on-time day its money may take to reach the parent and still be on time become a row of
-- the facts table, shown and corrected on Settings like every time limit. 5 is the app's own suggestion, not a CMS
-- figure; 0 counts as before, for a parent whose dates are the days the money reaches them.
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at)
SELECT 'collect_and_pay.pass_on.working_days',
       'Working days the CMS may take to pass on a Collect and Pay payment before it counts as late', '5',
       'The app''s own suggestion: set it to 0 if the dates you entered are the dates your CMS payment plan says the money will reach you',
       '2026-12-06', '2026-12-06T00:00:00'
 WHERE NOT EXISTS (SELECT 1 FROM cms_fact WHERE key = 'collect_and_pay.pass_on.working_days');
