-- Each demo year stands where its pledge and its scoring have taken it: An Giang's Cluster 2 and Kiên Giang's
-- Cluster 3 are scoring 2021 (the first with its pledge still open for signing, the second with it completed);
-- the 2020 years have published their results and are closed (khóa sổ), except those whose vote or proposal
-- has begun (An Giang's Cluster 2 has voted on its 2020 awards: 44-votes.sql), which stay at that step.
UPDATE cluster_term tm SET status = cluster_term_reached(tm.id)
FROM cluster c JOIN organizer o ON o.id = c.organizer_id AND o.code IN ('AG', 'KG', 'TW')
WHERE tm.cluster_id = c.id AND tm.status IN ('SET_UP', 'PLEDGE', 'SCORING') AND tm.year = 2021;

UPDATE cluster_term tm SET status = 'CLOSED',
    reopens_to = CASE WHEN tm.status IN ('VOTE', 'PROPOSAL', 'DECIDED') THEN tm.status ELSE 'RESULTS' END
FROM cluster c JOIN organizer o ON o.id = c.organizer_id AND o.code IN ('AG', 'TW')
WHERE tm.cluster_id = c.id AND tm.year = 2020 AND tm.status NOT IN ('CLOSED', 'VOTE', 'PROPOSAL', 'DECIDED');
