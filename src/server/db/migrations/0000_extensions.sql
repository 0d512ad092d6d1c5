-- Extensions for diacritic-insensitive search (unaccent) and trigram indexes (pg_trgm); both are
-- trusted extensions from PostgreSQL 13, so a database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Immutable folding used by generated search columns: NFC, strip diacritics (đ → d), lower case.
CREATE OR REPLACE FUNCTION tdkt_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(input, NFC))) $$;
