-- The minutes of the cluster's meeting (biên bản họp cụm) that closed the vote: the meeting's details entered by the
-- head, who was present, and the signed scan of the printed minutes.

CREATE TABLE vote_minutes (
    id              bigserial PRIMARY KEY,
    term_id         bigint       NOT NULL UNIQUE REFERENCES cluster_term (id),
    -- DRAFT: the details are entered; SIGNED: the signed scan is uploaded.
    status          varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    meeting_date    date         NOT NULL,
    meeting_time    time         NOT NULL,
    place           varchar(255) NOT NULL,
    chair_name      varchar(100) NOT NULL,
    chair_title     varchar(150) NOT NULL,
    secretary_name  varchar(100) NOT NULL,
    secretary_title varchar(150) NOT NULL,
    -- The counting team's names, one per line.
    counting_team   varchar(1000),
    other_content   varchar(4000),
    updated_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);

-- Each member of the cluster-year, present or absent (with the reason given, if any).
CREATE TABLE vote_minutes_attendance (
    minutes_id     bigint       NOT NULL REFERENCES vote_minutes (id) ON DELETE CASCADE,
    unit_id        bigint       NOT NULL REFERENCES unit (id),
    present        boolean      NOT NULL,
    absence_reason varchar(255),
    PRIMARY KEY (minutes_id, unit_id),
    CHECK (NOT present OR absence_reason IS NULL)
);
CREATE INDEX vote_minutes_attendance_unit ON vote_minutes_attendance (unit_id);

-- The signed and scanned minutes (PDF, JPEG or PNG), one per minutes; replacing it replaces the row.
CREATE TABLE vote_minutes_scan (
    id           bigserial PRIMARY KEY,
    minutes_id   bigint       NOT NULL UNIQUE REFERENCES vote_minutes (id),
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    content      bytea        NOT NULL,
    uploaded_by  varchar(100) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);

CREATE TABLE vote_minutes_history (
    id          bigserial PRIMARY KEY,
    minutes_id  bigint       NOT NULL REFERENCES vote_minutes (id),
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    actor       varchar(100) NOT NULL,
    occurred_at timestamptz  NOT NULL,
    reason      varchar(500)
);
CREATE INDEX vote_minutes_history_minutes ON vote_minutes_history (minutes_id);

-- Nothing of a closed year changes: every change to the minutes, their attendance or their scan also changes the
-- minutes' row (its version), which the guard refuses.
CREATE TRIGGER vote_minutes_closed_year BEFORE INSERT OR UPDATE OR DELETE ON vote_minutes
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('term', 'term_id');
