-- A copy of the receiving branch's V004__incoming.sql, so that the search tests can write received
-- letters before that migration is merged; the tests use it only when the table is missing.
-- Incoming letters (หนังสือรับ): each receipt at each tier. The central registry's receipt has no
-- parent; a unit's receipt of a forwarded letter points at the receipt it was forwarded from.
-- The original is kept untouched; the stamped copy carries every stamp so far.
CREATE TABLE incoming_letters (
    id                ${autoid},
    office_id         TEXT         NOT NULL,
    parent_id         BIGINT       NULL REFERENCES incoming_letters (id),
    register_entry_id BIGINT       NOT NULL REFERENCES register_entries (id),
    original_sha256   TEXT         NOT NULL REFERENCES files (sha256),
    stamped_sha256    TEXT         NOT NULL REFERENCES files (sha256),
    source            TEXT         NOT NULL CHECK (source IN ('PDF', 'IMAGES')),
    page_count        INTEGER      NOT NULL CHECK (page_count > 0),
    reference_number  TEXT         NULL,
    letter_date       TEXT         NULL,
    sender            TEXT         NULL,
    addressee         TEXT         NULL,
    subject           TEXT         NOT NULL,
    urgency           TEXT         NULL,
    extracted_json    TEXT         NULL,
    stamp_json        TEXT         NOT NULL,
    received_at       ${timestamp} NOT NULL,
    received_by       TEXT         NOT NULL
);
CREATE INDEX incoming_letters_office ON incoming_letters (office_id, received_at);
CREATE INDEX incoming_letters_parent ON incoming_letters (parent_id);
