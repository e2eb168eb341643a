-- Sign-in throttling (README, "Sign-in"): failures are counted per account (on app_user, whose failed_attempts and
-- locked_until already exist) and per client address, with a wait that doubles with every further failure.

-- When the account's last failure was: a count older than the forgetting period starts again from one.
ALTER TABLE app_user ADD COLUMN last_failed_login_at timestamptz;

-- Failures from one client address (an IPv4 address or an IPv6 /64 network), whatever user name was typed.
CREATE TABLE sign_in_address (
    address         varchar(64) PRIMARY KEY,
    failures        integer     NOT NULL CHECK (failures > 0),
    last_failure_at timestamptz NOT NULL,
    blocked_until   timestamptz
);
CREATE INDEX sign_in_address_last_failure_idx ON sign_in_address (last_failure_at);
