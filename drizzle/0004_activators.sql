CREATE TABLE "activator_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" uuid,
	"problems" jsonb,
	"message" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text,
	"user_id" uuid,
	"structure_id" uuid,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"photo_file" text,
	"own_address" boolean DEFAULT false NOT NULL,
	"address_line" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"commune_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"position_exact" boolean DEFAULT false NOT NULL,
	"department_code" text,
	"region_code" text,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"territory_departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"presentation" text DEFAULT '' NOT NULL,
	"client_references" text DEFAULT '' NOT NULL,
	"video_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_url" text,
	"website" text,
	"social_url" text,
	"charter_version" text,
	"charter_accepted_at" timestamp with time zone,
	"signatory_name" text,
	"signatory_role" text,
	"engagement_letter_file" text,
	"draft" jsonb,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('public.french_unaccent', coalesce(first_name,'') || ' ' || coalesce(last_name,'') || ' ' || coalesce(presentation,'') || ' ' || coalesce(client_references,''))) STORED,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "activators_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siret" text NOT NULL,
	"name" text NOT NULL,
	"address_line" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"commune_code" text,
	"website" text,
	"social_url" text,
	"registry_closed" boolean,
	"registry_name" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "structures_siret_unique" UNIQUE("siret")
);
--> statement-breakpoint
ALTER TABLE "activator_events" ADD CONSTRAINT "activator_events_activator_id_activators_id_fk" FOREIGN KEY ("activator_id") REFERENCES "public"."activators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activators" ADD CONSTRAINT "activators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activators" ADD CONSTRAINT "activators_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activator_events_activator_idx" ON "activator_events" USING btree ("activator_id","created_at");--> statement-breakpoint
CREATE INDEX "activators_status_idx" ON "activators" USING btree ("status");--> statement-breakpoint
CREATE INDEX "activators_user_idx" ON "activators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "activators_position_idx" ON "activators" USING btree ("latitude","longitude") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "activators_themes_idx" ON "activators" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "activators_search_idx" ON "activators" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "activators_region_idx" ON "activators" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "structures_name_trgm_idx" ON "structures" USING gin (immutable_unaccent(lower("name")) gin_trgm_ops);