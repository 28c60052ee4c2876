CREATE TABLE "contact_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"author_name" text NOT NULL,
	"author_user_id" uuid,
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"activator_id" uuid NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"company" text NOT NULL,
	"siret" text,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"need" text NOT NULL,
	"theme" text NOT NULL,
	"consent_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"assessment_id" uuid,
	"content_hash" text,
	"redirected_from_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"last_exchange_at" timestamp with time zone NOT NULL,
	"first_answered_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"flagged_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "contact_events" ADD CONSTRAINT "contact_events_request_id_contact_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."contact_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_activator_id_activators_id_fk" FOREIGN KEY ("activator_id") REFERENCES "public"."activators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_events_request_idx" ON "contact_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_requests_activator_idx" ON "contact_requests" USING btree ("activator_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_requests_email_idx" ON "contact_requests" USING btree ("email");--> statement-breakpoint
CREATE INDEX "contact_requests_hash_idx" ON "contact_requests" USING btree ("content_hash","created_at");--> statement-breakpoint
CREATE INDEX "contact_requests_open_idx" ON "contact_requests" USING btree ("status","created_at");