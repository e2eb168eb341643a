-- When the automatic "self-scoring closes soon" reminder was sent for a round: it is sent once, and a restart or a
-- second server does not send it again. Moving the self-scoring deadline later clears it, so the units hear of the
-- new date in time.
ALTER TABLE scoring_round ADD COLUMN closing_reminder_sent_at timestamptz;
