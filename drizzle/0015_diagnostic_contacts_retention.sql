CREATE TABLE "assessment_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"activator_id" uuid NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"activator_id" uuid NOT NULL,
	"owner_name" text NOT NULL,
	"activator_name" text NOT NULL,
	"agreed_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assessment_consents" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "assessment_consents" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "assessment_consents" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "activator_id" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessment_contacts" ADD CONSTRAINT "assessment_contacts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_contacts" ADD CONSTRAINT "assessment_contacts_activator_id_activators_id_fk" FOREIGN KEY ("activator_id") REFERENCES "public"."activators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_follow_ups" ADD CONSTRAINT "assessment_follow_ups_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_follow_ups" ADD CONSTRAINT "assessment_follow_ups_activator_id_activators_id_fk" FOREIGN KEY ("activator_id") REFERENCES "public"."activators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_contacts_pair_idx" ON "assessment_contacts" USING btree ("assessment_id","activator_id");--> statement-breakpoint
CREATE INDEX "assessment_contacts_activator_idx" ON "assessment_contacts" USING btree ("activator_id");--> statement-breakpoint
CREATE INDEX "assessment_follow_ups_activator_idx" ON "assessment_follow_ups" USING btree ("activator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_follow_ups_active_idx" ON "assessment_follow_ups" USING btree ("owner_user_id","activator_id") WHERE "assessment_follow_ups"."withdrawn_at" IS NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_activator_id_activators_id_fk" FOREIGN KEY ("activator_id") REFERENCES "public"."activators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_department_idx" ON "assessments" USING btree ("department_code","completed_at") WHERE "assessments"."status" = 'termine';