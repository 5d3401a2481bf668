-- A letter the parent sent can say which logged call it confirms: the app's letter confirming a call is logged with a
-- link to the call it was made from, so a change to another call, or a CMS letter logged while another call's promise
-- is not kept, leaves it as it was (its words come from its own call, and its complaint step only when that call's
-- promise is not kept). Letters logged before this, letters logged by hand, and a call letter made with no call chosen
-- have no link (NULL): such a letter is read as about one of the calls logged before it was made. A change of the link
-- is a correction like any other: the earlier version of the row is kept in amendment.
ALTER TABLE letter_sent ADD COLUMN confirms_call INTEGER REFERENCES call_log (id);
