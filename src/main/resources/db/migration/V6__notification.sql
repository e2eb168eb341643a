-- In-app notifications (and the e-mails sent for them when a mail server is configured).
CREATE TABLE notification (
    id          bigserial PRIMARY KEY,
    user_id     bigint       NOT NULL REFERENCES app_user (id),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    message_key varchar(200) NOT NULL,
    arguments   varchar(4000),
    link        varchar(500),
    read_at     timestamptz
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;
