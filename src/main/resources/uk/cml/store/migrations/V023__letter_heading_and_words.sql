-- A letter the app makes keeps the heading printed in it and its words, as the app drafted them and as the parent
-- printed them (after their own edits), with its log entry. The heading is what the letter is called wherever it is
-- listed (the Letters page, the evidence pack, the Bin, the timeline): the parent finds it by the words on it, not by
-- the template's name. The words let "write it again" start from the parent's own words rather than the template's.
-- Letters logged before this, and letters logged by hand, keep neither (''): they are listed by their subject, as
-- before, and writing one again starts from the template. The saved PDF is untouched either way.
ALTER TABLE letter_sent ADD COLUMN heading TEXT NOT NULL DEFAULT '';
ALTER TABLE letter_sent ADD COLUMN made_words TEXT NOT NULL DEFAULT '';
