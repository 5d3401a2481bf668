-- The working days after posting on which a letter counts as delivered were figures in the app's code (PostingMethod)
-- and again in the words of "How the dates are counted"; they become rows of the facts table, the one copy, which the
-- parent can see and correct on Settings like every other time limit. The figures are those the app counted with:
-- 1st class the 2nd working day and 2nd class the 4th (cms-facts.md: Interpretation Act 1978 s.7 with the 1985
-- Practice Direction); Signed For travels as 1st class, and Special Delivery is guaranteed by the next working day
-- (the app's own suggestion, used only until the delivery date the tracking shows is recorded).
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at)
SELECT 'post.first_class.working_days',
       'Working days after posting on which a letter sent 1st class counts as delivered', '2',
       'Interpretation Act 1978 s.7 with the 1985 Practice Direction', '2026-12-06', '2026-12-06T00:00:00'
 WHERE NOT EXISTS (SELECT 1 FROM cms_fact WHERE key = 'post.first_class.working_days');
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at)
SELECT 'post.second_class.working_days',
       'Working days after posting on which a letter sent 2nd class counts as delivered', '4',
       'Interpretation Act 1978 s.7 with the 1985 Practice Direction', '2026-12-06', '2026-12-06T00:00:00'
 WHERE NOT EXISTS (SELECT 1 FROM cms_fact WHERE key = 'post.second_class.working_days');
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at)
SELECT 'post.signed_for.working_days',
       'Working days after posting on which a letter sent Signed For counts as delivered, until its tracking shows the day',
       '2', 'The app''s own suggestion: Signed For travels as 1st class', '2026-12-06', '2026-12-06T00:00:00'
 WHERE NOT EXISTS (SELECT 1 FROM cms_fact WHERE key = 'post.signed_for.working_days');
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at)
SELECT 'post.special_delivery.working_days',
       'Working days after posting on which a letter sent Special Delivery counts as delivered, until its tracking shows the day',
       '1', 'The app''s own suggestion: Royal Mail guarantees Special Delivery by the next working day', '2026-12-06',
       '2026-12-06T00:00:00'
 WHERE NOT EXISTS (SELECT 1 FROM cms_fact WHERE key = 'post.special_delivery.working_days');
