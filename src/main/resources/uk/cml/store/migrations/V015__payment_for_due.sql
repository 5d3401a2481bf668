-- A payment can say which due it was for: the date of that due, as the parent chose it ("the bank reference says
-- July maintenance"). Nullable: no date means the app matches the payment to dues by its own date. A change to it
-- is a correction like any other, so the earlier value is kept in amendment.

ALTER TABLE payment ADD COLUMN for_due TEXT;
