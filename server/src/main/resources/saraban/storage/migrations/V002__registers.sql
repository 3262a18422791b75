-- Number series and registers (ทะเบียนหนังสือส่ง/รับ, หนังสือเวียน, คำสั่ง, ประกาศ).
-- One counter row per office, series and Buddhist-Era year: allocation takes its row lock, so numbers
-- are handed out one after another, across server nodes too.
CREATE TABLE series_counters (
    office_id   TEXT    NOT NULL,
    series      TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (office_id, series, year)
);

-- Every number ever handed out stays here: used, reserved or cancelled, never deleted or reused.
CREATE TABLE register_entries (
    id               ${autoid},
    office_id        TEXT         NOT NULL,
    series           TEXT         NOT NULL,
    year             INTEGER      NOT NULL,
    number           INTEGER      NOT NULL CHECK (number > 0),
    status           TEXT         NOT NULL CHECK (status IN ('USED', 'RESERVED', 'CANCELLED')),
    requested_by     TEXT         NOT NULL,
    reference_number TEXT         NULL,
    letter_date      TEXT         NOT NULL,
    sender           TEXT         NULL,
    recipient        TEXT         NULL,
    subject          TEXT         NULL,
    action           TEXT         NULL,
    remark           TEXT         NULL,
    created_at       ${timestamp} NOT NULL,
    created_by       TEXT         NOT NULL,
    cancelled_at     ${timestamp} NULL,
    cancelled_by     TEXT         NULL,
    cancel_reason    TEXT         NULL,
    UNIQUE (office_id, series, year, number)
);

-- Who did what, when, with the row before and after: written in the same transaction as the change.
CREATE TABLE audit_events (
    id          ${autoid},
    at          ${timestamp} NOT NULL,
    actor       TEXT         NOT NULL,
    action      TEXT         NOT NULL,
    entity      TEXT         NOT NULL,
    before_json TEXT         NULL,
    after_json  TEXT         NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity);
