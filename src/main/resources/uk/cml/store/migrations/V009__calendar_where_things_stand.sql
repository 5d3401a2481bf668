-- The one calendar and the "Where things stand" page.
-- A tracked letter's delivery date from Royal Mail (Signed For, Special Delivery), and the reply-by date printed in a
-- letter the app wrote, so the log watches exactly the date the letter asks for.

ALTER TABLE letter_sent ADD COLUMN delivered_on TEXT;
ALTER TABLE letter_sent ADD COLUMN printed_reply_by TEXT;
