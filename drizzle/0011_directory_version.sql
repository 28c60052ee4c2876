-- A counter bumped by every statement that changes activators or structures: the directory keeps its
-- search results while the counter is unchanged, so a cached answer is never stale, in any process.
CREATE TABLE "directory_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "directory_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_directory_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "directory_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "activators_directory_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activators"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_directory_version"();
--> statement-breakpoint
CREATE TRIGGER "structures_directory_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "structures"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_directory_version"();
