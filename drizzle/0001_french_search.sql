-- French full-text search that ignores accents: "Saint-Étienne", "saint etienne" and "st etienne"
-- reach the same lexemes. The unaccent extension is created by the app before migrations run.
CREATE TEXT SEARCH CONFIGURATION public.french_unaccent ( COPY = pg_catalog.french );
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
--> statement-breakpoint
-- unaccent() is only STABLE; indexes need an IMMUTABLE wrapper naming its dictionary.
CREATE OR REPLACE FUNCTION public.immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
