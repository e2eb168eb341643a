-- The vote and ballot pages read a vote's questions and candidates by the vote: without these indexes each page
-- scanned both tables whole, which grow with every cluster-year kept.
CREATE INDEX vote_question_vote ON vote_question (vote_id);
CREATE INDEX vote_candidate_vote ON vote_candidate (vote_id);
