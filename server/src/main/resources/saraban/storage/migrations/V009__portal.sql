-- The public portal. A letter is published (or withdrawn, whose page then answers 410 Gone) by
-- these columns; a letter with a ชั้นความลับ is never published, which the service enforces.
ALTER TABLE letters ADD COLUMN published_at ${timestamp} NULL;
ALTER TABLE letters ADD COLUMN published_by TEXT NULL;
ALTER TABLE letters ADD COLUMN withdrawn_at ${timestamp} NULL;
ALTER TABLE letters ADD COLUMN withdrawn_by TEXT NULL;
ALTER TABLE letters ADD COLUMN withdrawn_reason TEXT NULL;
CREATE INDEX letters_published ON letters (published_at);

-- Enclosure files of a letter (สิ่งที่ส่งมาด้วย), numbered 1, 2, … in the order attached; a number
-- is never given to another file. The media type is the one sniffed from the bytes.
CREATE TABLE letter_attachments (
    letter_id  BIGINT       NOT NULL REFERENCES letters (id),
    position   INTEGER      NOT NULL CHECK (position > 0),
    file_name  TEXT         NOT NULL,
    title      TEXT         NULL,
    media_type TEXT         NOT NULL,
    size       BIGINT       NOT NULL CHECK (size >= 0),
    sha256     TEXT         NOT NULL REFERENCES files (sha256),
    created_at ${timestamp} NOT NULL,
    created_by TEXT         NOT NULL,
    PRIMARY KEY (letter_id, position)
);
CREATE INDEX letter_attachments_sha256 ON letter_attachments (sha256);

-- The portal's library of standalone downloads (แบบฟอร์ม, คู่มือ, อื่น ๆ). Each upload of a
-- document is a new version; old versions stay downloadable. A withdrawn document answers 410.
CREATE TABLE library_documents (
    id               ${autoid},
    office_id        TEXT         NOT NULL,
    title            TEXT         NOT NULL,
    category         TEXT         NOT NULL CHECK (category IN ('FORM', 'MANUAL', 'OTHER')),
    year             INTEGER      NOT NULL CHECK (year > 2400),
    description      TEXT         NULL,
    created_at       ${timestamp} NOT NULL,
    created_by       TEXT         NOT NULL,
    withdrawn_at     ${timestamp} NULL,
    withdrawn_by     TEXT         NULL
);
CREATE INDEX library_documents_office ON library_documents (office_id, year);

CREATE TABLE library_versions (
    document_id BIGINT       NOT NULL REFERENCES library_documents (id),
    version     INTEGER      NOT NULL CHECK (version > 0),
    file_name   TEXT         NOT NULL,
    media_type  TEXT         NOT NULL,
    size        BIGINT       NOT NULL CHECK (size >= 0),
    sha256      TEXT         NOT NULL REFERENCES files (sha256),
    note        TEXT         NULL,
    created_at  ${timestamp} NOT NULL,
    created_by  TEXT         NOT NULL,
    PRIMARY KEY (document_id, version)
);
CREATE INDEX library_versions_sha256 ON library_versions (sha256);
