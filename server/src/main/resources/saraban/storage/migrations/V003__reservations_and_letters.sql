-- Reservations (จองเลข): a block of consecutive numbers of a series set aside for an office until
-- it expires. Its numbers are register rows with status RESERVED from the start; each is later used
-- or, once the reservation expires, cancelled with the reason. None ever returns to the pool.
CREATE TABLE reservations (
    id           ${autoid},
    office_id    TEXT         NOT NULL,
    series       TEXT         NOT NULL,
    year         INTEGER      NOT NULL,
    first_number INTEGER      NOT NULL CHECK (first_number > 0),
    count        INTEGER      NOT NULL CHECK (count > 0),
    reserved_for TEXT         NOT NULL,
    purpose      TEXT         NULL,
    expires_at   ${timestamp} NOT NULL,
    created_at   ${timestamp} NOT NULL,
    created_by   TEXT         NOT NULL
);
CREATE INDEX reservations_expiry ON reservations (expires_at);

ALTER TABLE register_entries ADD COLUMN reservation_id BIGINT NULL REFERENCES reservations (id);
ALTER TABLE register_entries ADD COLUMN used_at ${timestamp} NULL;
ALTER TABLE register_entries ADD COLUMN used_by TEXT NULL;
CREATE INDEX register_entries_reservation ON register_entries (reservation_id);

-- Letters written in Saraban: a draft until issued, then numbered, dated, rendered and frozen.
-- The issued PDF is in files; its send-register row is register_entry_id.
CREATE TABLE letters (
    id                ${autoid},
    office_id         TEXT         NOT NULL,
    kind              TEXT         NOT NULL,
    status            TEXT         NOT NULL CHECK (status IN ('DRAFT', 'ISSUED')),
    subject           TEXT         NOT NULL,
    draft_json        TEXT         NOT NULL,
    register_entry_id BIGINT       NULL REFERENCES register_entries (id),
    reference_number  TEXT         NULL,
    letter_date       TEXT         NULL,
    pdf_sha256        TEXT         NULL REFERENCES files (sha256),
    created_at        ${timestamp} NOT NULL,
    created_by        TEXT         NOT NULL,
    updated_at        ${timestamp} NOT NULL,
    updated_by        TEXT         NOT NULL,
    issued_at         ${timestamp} NULL,
    issued_by         TEXT         NULL,
    CHECK (status = 'DRAFT' OR (register_entry_id IS NOT NULL AND pdf_sha256 IS NOT NULL))
);
CREATE INDEX letters_office ON letters (office_id, status);
