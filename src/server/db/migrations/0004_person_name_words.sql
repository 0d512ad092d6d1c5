-- A search of one or two letters ("Lò", "An", "Vũ") means a whole word of the name: trigrams cannot
-- serve it, so the words of the folded name get their own GIN index.
CREATE INDEX IF NOT EXISTS person_name_words_idx ON person USING gin (string_to_array(full_name_search, ' '));
