-- ผู้ลงนาม: the people who sign an office's letters, with the position lines printed under their name
-- in the signature block (acting-for wording as further lines). Never deleted: a signer who leaves
-- is made inactive, so that letters already issued still name a known signer.
CREATE TABLE signers (
    id         ${autoid},
    office_id  TEXT         NOT NULL,
    name       TEXT         NOT NULL,
    positions  TEXT         NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_at ${timestamp} NOT NULL,
    created_by TEXT         NOT NULL
);
CREATE INDEX signers_office ON signers (office_id, active);
