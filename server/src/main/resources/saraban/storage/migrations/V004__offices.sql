-- Offices and units (ส่วนราชการ, กลุ่มงาน, อำเภอ) with their codes: the database is their system of
-- record. A fresh install fills the table from the offices file (or the bundled sample); after that
-- they change through the API, each change with an audit event.
CREATE TABLE offices (
    id             TEXT         NOT NULL PRIMARY KEY,
    parent_id      TEXT         NULL REFERENCES offices (id),
    position       INTEGER      NOT NULL,
    name           TEXT         NOT NULL,
    letter_code    TEXT         NOT NULL,
    unit_code      TEXT         NULL,
    address        TEXT         NULL,
    phone          TEXT         NULL,
    -- the series numbered in the parent's register, as Series names joined by commas; '' for none
    shared_series  TEXT         NOT NULL,
    numbering_year TEXT         NOT NULL CHECK (numbering_year IN ('CALENDAR', 'FISCAL')),
    active         BOOLEAN      NOT NULL,
    created_at     ${timestamp} NOT NULL,
    updated_at     ${timestamp} NOT NULL
);

-- One row, counted up by every change to offices: a server compares it with the revision of the
-- offices it holds in memory to see that another server changed them.
CREATE TABLE office_revision (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    revision BIGINT  NOT NULL
);
INSERT INTO office_revision (id, revision) VALUES (1, 0);
