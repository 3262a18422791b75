-- Forms districts fill in and send back (templates/forms/<id>/). Every version of a form that was
-- ever published is kept, so a submission renders with the definition and template it was made with.
-- The version is the first 12 hex digits of the SHA-256 of the definition and the template.
CREATE TABLE form_versions (
    form_id    TEXT         NOT NULL,
    version    TEXT         NOT NULL,
    definition TEXT         NOT NULL,
    template   TEXT         NOT NULL,
    created_at ${timestamp} NOT NULL,
    PRIMARY KEY (form_id, version)
);

-- A circular that asks for a form to be sent back by a deadline (a date in Bangkok, ISO).
CREATE TABLE form_requests (
    id               ${autoid},
    letter_id        BIGINT       NOT NULL REFERENCES letters (id),
    reference_number TEXT         NULL,
    subject          TEXT         NOT NULL,
    form_id          TEXT         NOT NULL,
    deadline         TEXT         NOT NULL,
    created_at       ${timestamp} NOT NULL,
    created_by       TEXT         NOT NULL
);
CREATE INDEX form_requests_letter ON form_requests (letter_id);

-- What an office fills in: a draft (kept and re-opened) until it is submitted; each submission of
-- the same office on the same topic (a request, or the form alone) is a new revision, the old ones
-- kept. The rendered PDF of a submission is stored when it is submitted.
CREATE TABLE submissions (
    id            ${autoid},
    form_id       TEXT         NOT NULL,
    version       TEXT         NOT NULL,
    office_id     TEXT         NOT NULL,
    request_id    BIGINT       NULL REFERENCES form_requests (id),
    topic         TEXT         NOT NULL,
    status        TEXT         NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    revision      INTEGER      NULL,
    data          TEXT         NOT NULL,
    late          INTEGER      NOT NULL DEFAULT 0,
    source        TEXT         NOT NULL CHECK (source IN ('JSON', 'PDF')),
    upload_sha256 TEXT         NULL REFERENCES files (sha256),
    pdf_sha256    TEXT         NULL REFERENCES files (sha256),
    created_at    ${timestamp} NOT NULL,
    created_by    TEXT         NOT NULL,
    updated_at    ${timestamp} NOT NULL,
    updated_by    TEXT         NOT NULL,
    submitted_at  ${timestamp} NULL,
    FOREIGN KEY (form_id, version) REFERENCES form_versions (form_id, version),
    CHECK (status = 'DRAFT' OR (revision IS NOT NULL AND pdf_sha256 IS NOT NULL))
);
CREATE UNIQUE INDEX submissions_revision ON submissions (office_id, topic, revision);
CREATE INDEX submissions_topic ON submissions (topic, status);
