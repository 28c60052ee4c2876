CREATE TABLE "activator_activation_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"activator_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "activators" ADD COLUMN "photo_original_name" text;--> statement-breakpoint
ALTER TABLE "activators" ADD COLUMN "website_check" jsonb;--> statement-breakpoint
ALTER TABLE "activator_activation_tokens" ADD CONSTRAINT "activator_activation_tokens_activator_id_activators_id_fk" FOREIGN KEY ("activator_id") REFERENCES "public"."activators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activator_activation_tokens_activator_idx" ON "activator_activation_tokens" USING btree ("activator_id");