-- Default contacts from the CMS facts sheet (seed 000 and GOV.UK). They are ordinary rows: the parent can edit them,
-- and each says when it was last checked. Roles tell the letters which address to suggest.

INSERT INTO address_book (kind, name, details, postcode, notes, role, last_checked, source, recorded_at) VALUES
('POSTAL', 'Child Maintenance Service', 'PO Box 249' || char(10) || 'Mitcheldean', 'GL17 1AJ',
 'For telling the CMS about missed Direct Pay payments, and most other letters.', 'CMS_GENERAL', '2026-11-22',
 'Citizens Advice: If you''re owed child maintenance', '2026-11-22T00:00:00');
INSERT INTO address_book (kind, name, details, postcode, notes, role, last_checked, source, recorded_at) VALUES
('POSTAL', 'Child Maintenance Service 21', 'Mail Handling Site A' || char(10) || 'Wolverhampton', 'WV98 2BU',
 'For when you are not happy with how the CMS is collecting arrears, and for complaints.', 'CMS_COLLECTION',
 '2026-11-22', 'Citizens Advice: If you''re owed child maintenance', '2026-11-22T00:00:00');
INSERT INTO address_book (kind, name, details, postcode, notes, role, last_checked, source, recorded_at) VALUES
('POSTAL', 'Independent Case Examiner', 'PO Box 209' || char(10) || 'Bootle', 'L20 7WA',
 'Only after the CMS has sent its final response to a complaint, and within 6 months of it.', 'ICE', '2026-11-22',
 'GOV.UK: Independent Case Examiner', '2026-11-22T00:00:00');
INSERT INTO address_book (kind, name, details, notes, role, last_checked, source, recorded_at) VALUES
('PHONE', 'CMS helpline', '0800 171 2345', 'Monday to Friday, 8am to 6pm. Free from mobiles and landlines.',
 'CMS_PHONE', '2026-11-22', 'Citizens Advice: If you''re owed child maintenance', '2026-11-22T00:00:00');
INSERT INTO address_book (kind, name, details, notes, role, last_checked, source, recorded_at) VALUES
('PHONE', 'CMS Welsh language line', '0800 232 1979', 'Monday to Friday, 8am to 6pm.', 'CMS_PHONE_WELSH',
 '2026-11-22', 'Citizens Advice: If you''re owed child maintenance', '2026-11-22T00:00:00');
INSERT INTO address_book (kind, name, details, notes, role, last_checked, source, recorded_at) VALUES
('PHONE', 'CMS by Relay UK', '18001 then 0800 171 2345', 'If you cannot hear or speak on the phone. No extra charge.',
 'CMS_PHONE_RELAY', '2026-11-22', 'Citizens Advice: If you''re owed child maintenance', '2026-11-22T00:00:00');
INSERT INTO address_book (kind, name, details, notes, role, last_checked, source, recorded_at) VALUES
('PHONE', 'CMS text relay', '0345 266 8795', 'Text relay line.', 'CMS_PHONE_TEXT', '2026-11-22',
 'Citizens Advice: If you''re owed child maintenance', '2026-11-22T00:00:00');
