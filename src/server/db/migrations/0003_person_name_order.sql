-- People lists are read in Vietnamese alphabetical order; this index lets a page of a large list (or of
-- a common name) be read in order instead of sorting every match.
CREATE INDEX IF NOT EXISTS person_full_name_vi_idx ON person (full_name COLLATE "vi-x-icu", id);
