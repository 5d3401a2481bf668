-- Sources on the "How the dates are counted" table are read by the parent: they named the app's own source texts by
-- their file numbers ("seed 004"), which means nothing to a parent. Only rows still holding those exact words change.
UPDATE cms_fact SET source = 'Citizens Advice; an adviser''s answer to a parent'
 WHERE source = 'Citizens Advice; seed 004';
UPDATE cms_fact SET source = 'An adviser''s answer to a parent'
 WHERE source = 'An adviser''s answer (seed 004)';
