CREATE TABLE "satisfaction_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"service_id" uuid,
	"channel" text,
	"language" text NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "satisfaction_answer_score_check" CHECK ("satisfaction_answer"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "satisfaction_invitation" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"service_id" uuid,
	"channel" text,
	"language" text NOT NULL,
	"uses_left" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "satisfaction_invitation_uses_check" CHECK ("satisfaction_invitation"."uses_left" > 0)
);
--> statement-breakpoint
ALTER TABLE "satisfaction_answer" ADD CONSTRAINT "satisfaction_answer_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_answer" ADD CONSTRAINT "satisfaction_answer_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_invitation" ADD CONSTRAINT "satisfaction_invitation_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_invitation" ADD CONSTRAINT "satisfaction_invitation_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "satisfaction_answer_organization_idx" ON "satisfaction_answer" USING btree ("organization_id","answered_at");--> statement-breakpoint
CREATE INDEX "satisfaction_answer_service_idx" ON "satisfaction_answer" USING btree ("service_id","answered_at");--> statement-breakpoint
CREATE INDEX "satisfaction_invitation_expires_idx" ON "satisfaction_invitation" USING btree ("expires_at");