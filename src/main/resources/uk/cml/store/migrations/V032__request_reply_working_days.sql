-- An ordinary request's reply-by date counted 14 calendar days from the letter's own date, while a complaint's counted
-- from when the CMS gets the letter: a letter dated on a Saturday gave the CMS 9 working days once it arrived, one
-- dated the Thursday before Easter 6. Requests now count working days from deemed delivery, as complaints do, so every
-- request gives the CMS the same working time. The app's 14 days become 10 working days (two weeks without holidays);
-- a figure the parent changed is turned into working days the same way (5 for every 7 days, at least 1), and one
-- that is not a number, which the app read as the 14 days, becomes 10.
UPDATE cms_fact SET
    key = 'request.reply.working_days',
    label = 'Working days a letter gives the CMS to answer an ordinary request, from when it counts as delivered',
    value = CASE
        WHEN trim(value) = '' OR trim(value) GLOB '*[^0-9]*' OR trim(value) = '14' THEN '10'
        ELSE CAST(MAX(1, CAST(ROUND(CAST(trim(value) AS INTEGER) * 5.0 / 7) AS INTEGER)) AS TEXT)
    END
 WHERE key = 'request.reply.days'
   AND NOT EXISTS (SELECT 1 FROM cms_fact WHERE key = 'request.reply.working_days');
INSERT INTO cms_fact (key, label, value, source, last_checked, recorded_at)
SELECT 'request.reply.working_days',
       'Working days a letter gives the CMS to answer an ordinary request, from when it counts as delivered', '10',
       'The app''s own suggestion, not a CMS rule', '2026-12-05', '2026-12-05T00:00:00'
 WHERE NOT EXISTS (SELECT 1 FROM cms_fact WHERE key = 'request.reply.working_days');
