-- Next year's deputies as elected by a cluster-year's vote, beside its elected head (V30): starting the next year
-- from this one proposes them.
ALTER TABLE cluster_term ADD COLUMN elected_next_deputy_ids bigint[] NOT NULL DEFAULT '{}';
