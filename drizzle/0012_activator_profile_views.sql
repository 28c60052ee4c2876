CREATE TABLE "activator_profile_views" (
	"activator_id" uuid NOT NULL,
	"month" text NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "activator_profile_views_activator_id_month_pk" PRIMARY KEY("activator_id","month")
);
--> statement-breakpoint
ALTER TABLE "activator_profile_views" ADD CONSTRAINT "activator_profile_views_activator_id_activators_id_fk" FOREIGN KEY ("activator_id") REFERENCES "public"."activators"("id") ON DELETE cascade ON UPDATE no action;
