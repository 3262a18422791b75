-- ชั้นความลับ of a received letter (ลับ, ลับมาก, ลับที่สุด; NULL for none), so that search finds it
-- only for people cleared for it.
ALTER TABLE incoming_letters ADD COLUMN secrecy TEXT NULL;
