-- Awards, part 1: award types as data, registration, and the frozen result of a cluster-year's vote.

-- An award type (danh hiệu thi đua or hình thức khen thưởng) of one organiser, with its rules as data.
CREATE TABLE award_type (
    id                 bigserial PRIMARY KEY,
    organizer_id       bigint       NOT NULL REFERENCES organizer (id),
    code               varchar(30)  NOT NULL,
    name               varchar(255) NOT NULL,
    category           varchar(20)  NOT NULL CHECK (category IN ('TITLE', 'COMMENDATION')),
    level              varchar(20)  NOT NULL CHECK (level IN ('ORGANIZER', 'PROVINCE', 'GOVERNMENT', 'STATE')),
    recipient          varchar(20)  NOT NULL CHECK (recipient IN ('COLLECTIVE', 'INDIVIDUAL')),
    -- The vote: the share of the base (member units, or valid ballots) a candidate needs; strict = "more than".
    vote_base          varchar(20)  NOT NULL CHECK (vote_base IN ('MEMBERS', 'VALID_BALLOTS')),
    vote_share_percent numeric(5, 2) NOT NULL CHECK (vote_share_percent > 0 AND vote_share_percent <= 100),
    vote_share_strict  boolean      NOT NULL,
    -- The share of member units whose ballots must be returned for the vote to count (0: no quorum).
    quorum_percent     numeric(5, 2) NOT NULL DEFAULT 0 CHECK (quorum_percent >= 0 AND quorum_percent <= 100),
    -- At most this many candidates chosen on one ballot; NULL: agree or disagree with each candidate.
    choices            integer CHECK (choices BETWEEN 1 AND 100),
    -- Quotas: per cluster-year; a share of the cluster's members; for onward proposals, a share of the organiser's
    -- cluster leaders.
    max_per_cluster_year integer CHECK (max_per_cluster_year BETWEEN 1 AND 1000),
    max_member_percent   numeric(5, 2) CHECK (max_member_percent > 0 AND max_member_percent <= 100),
    max_leader_percent   numeric(5, 2) CHECK (max_leader_percent > 0 AND max_leader_percent <= 100),
    legal_source       varchar(500),
    sort_order         integer      NOT NULL DEFAULT 0,
    active             boolean      NOT NULL DEFAULT true,
    version            bigint       NOT NULL DEFAULT 0,
    UNIQUE (organizer_id, code)
);

-- What a candidate must meet before it can be proposed for the type.
CREATE TABLE award_prerequisite (
    id            bigserial PRIMARY KEY,
    award_type_id bigint      NOT NULL REFERENCES award_type (id) ON DELETE CASCADE,
    kind          varchar(30) NOT NULL
        CHECK (kind IN ('REGISTERED', 'RANKED_FIRST', 'OTHER_AWARD_THIS_YEAR', 'CONSECUTIVE_YEARS')),
    other_type_id bigint REFERENCES award_type (id),
    years         integer CHECK (years BETWEEN 1 AND 10),
    sort_order    integer     NOT NULL DEFAULT 0,
    CHECK ((kind IN ('OTHER_AWARD_THIS_YEAR', 'CONSECUTIVE_YEARS')) = (other_type_id IS NOT NULL)),
    CHECK ((kind = 'CONSECUTIVE_YEARS') = (years IS NOT NULL))
);

-- The documents a proposal's dossier must hold for the type: once per proposal, or once per proposed item.
CREATE TABLE award_required_document (
    id            bigserial PRIMARY KEY,
    award_type_id bigint       NOT NULL REFERENCES award_type (id) ON DELETE CASCADE,
    kind          varchar(30)  NOT NULL CHECK (kind IN ('SUBMISSION', 'MINUTES', 'ACHIEVEMENT_REPORT', 'OTHER')),
    name          varchar(255) NOT NULL,
    per_item      boolean      NOT NULL,
    sort_order    integer      NOT NULL DEFAULT 0
);

-- Until when an organiser's member units may register for a year (đăng ký thi đua).
CREATE TABLE award_registration_window (
    organizer_id bigint  NOT NULL REFERENCES organizer (id),
    year         integer NOT NULL,
    closes_on    date    NOT NULL,
    version      bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (organizer_id, year)
);

-- A member unit's registration for an award type in its cluster-year; withdrawn ones are kept.
CREATE TABLE award_registration (
    id            bigserial PRIMARY KEY,
    term_id       bigint       NOT NULL REFERENCES cluster_term (id),
    unit_id       bigint       NOT NULL REFERENCES unit (id),
    award_type_id bigint       NOT NULL REFERENCES award_type (id),
    registered_at timestamptz  NOT NULL,
    registered_by varchar(100) NOT NULL,
    withdrawn_at  timestamptz,
    withdrawn_by  varchar(100),
    version       bigint       NOT NULL DEFAULT 0,
    UNIQUE (term_id, unit_id, award_type_id)
);
CREATE INDEX award_registration_unit ON award_registration (unit_id);

-- A cluster-year's vote (bình xét, suy tôn): online by secret ballot, or its paper result recorded by the head.
CREATE TABLE vote (
    id               bigserial PRIMARY KEY,
    term_id          bigint      NOT NULL UNIQUE REFERENCES cluster_term (id),
    status           varchar(20) NOT NULL CHECK (status IN ('PREPARED', 'OPEN', 'CLOSED')),
    method           varchar(10) NOT NULL CHECK (method IN ('ONLINE', 'PAPER')),
    opens_at         timestamptz,
    closes_at        timestamptz,
    closed_at        timestamptz,
    members_entitled integer CHECK (members_entitled >= 0),
    ballots_issued   integer CHECK (ballots_issued >= 0),
    ballots_returned integer CHECK (ballots_returned >= 0),
    ballots_valid    integer CHECK (ballots_valid >= 0),
    -- Next year's head elected by the same vote, when the vote elected one.
    next_head_unit_id bigint REFERENCES unit (id),
    version          bigint      NOT NULL DEFAULT 0
);

-- The frozen tally: per award type and candidate, once the vote is closed.
CREATE TABLE vote_result (
    id            bigserial PRIMARY KEY,
    vote_id       bigint        NOT NULL REFERENCES vote (id),
    award_type_id bigint        NOT NULL REFERENCES award_type (id),
    unit_id       bigint        NOT NULL REFERENCES unit (id),
    votes_for     integer       NOT NULL CHECK (votes_for >= 0),
    votes_against integer       NOT NULL CHECK (votes_against >= 0),
    share_percent numeric(6, 2) NOT NULL CHECK (share_percent >= 0 AND share_percent <= 100),
    elected       boolean       NOT NULL,
    UNIQUE (vote_id, award_type_id, unit_id)
);

-- Next year's deputies elected by the vote.
CREATE TABLE vote_next_deputy (
    vote_id bigint NOT NULL REFERENCES vote (id),
    unit_id bigint NOT NULL REFERENCES unit (id),
    PRIMARY KEY (vote_id, unit_id)
);
