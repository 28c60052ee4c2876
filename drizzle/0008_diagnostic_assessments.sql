CREATE TABLE "assessment_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"wording_version" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessment_score_counts" (
	"group_key" text NOT NULL,
	"score" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "assessment_score_counts_group_key_score_pk" PRIMARY KEY("group_key","score")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token" text NOT NULL,
	"questionnaire_version" text NOT NULL,
	"status" text NOT NULL,
	"current_step" smallint DEFAULT 1 NOT NULL,
	"reached_step" smallint DEFAULT 1 NOT NULL,
	"size_band" text,
	"sector" text,
	"customer_type" text,
	"postal_code" text,
	"company_age" text,
	"department_code" text,
	"region_code" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"theme_scores" jsonb,
	"overall_score" smallint,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "assessments_token_unique" UNIQUE("token"),
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" IN ('en_cours', 'termine')),
	CONSTRAINT "assessments_overall_score_check" CHECK ("assessments"."overall_score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
ALTER TABLE "assessment_consents" ADD CONSTRAINT "assessment_consents_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_consents_assessment_idx" ON "assessment_consents" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_consents_active_idx" ON "assessment_consents" USING btree ("assessment_id") WHERE "assessment_consents"."withdrawn_at" IS NULL;--> statement-breakpoint
CREATE INDEX "assessments_completed_idx" ON "assessments" USING btree ("completed_at") WHERE "assessments"."status" = 'termine';