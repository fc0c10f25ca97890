ALTER TABLE "meeting" ADD COLUMN "invited_members" integer;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "invited_copies" integer;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "unreached_members" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "done_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "done_reason" text;--> statement-breakpoint
CREATE INDEX "notification_cause_idx" ON "notification" USING btree ("cause");