CREATE TABLE "commune_imported_centres" (
	"commune_code" text PRIMARY KEY NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_dataset" (
	"id" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "communes" ADD COLUMN "position_source" text DEFAULT 'exact' NOT NULL;--> statement-breakpoint
CREATE INDEX "communes_search_prefix_idx" ON "communes" USING btree ("search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "communes_parent_idx" ON "communes" USING btree ("parent_code");