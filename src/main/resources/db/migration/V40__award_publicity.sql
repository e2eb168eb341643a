-- Whether an organiser's public list of awards (công khai) also shows the proposals under consideration: a setting
-- its administrator changes; absent means off. Every change is kept.
CREATE TABLE award_publicity (
    organizer_id  bigint       PRIMARY KEY REFERENCES organizer (id),
    show_pending  boolean      NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(100) NOT NULL
);

CREATE TABLE award_publicity_change (
    id           bigserial    PRIMARY KEY,
    organizer_id bigint       NOT NULL REFERENCES organizer (id),
    show_pending boolean      NOT NULL,
    actor        varchar(100) NOT NULL,
    occurred_at  timestamptz  NOT NULL
);
CREATE INDEX award_publicity_change_organizer ON award_publicity_change (organizer_id);

