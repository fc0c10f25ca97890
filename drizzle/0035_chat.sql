CREATE TABLE "chat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"language" text NOT NULL,
	"topic" text NOT NULL,
	"service_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"first_name" text,
	"resume_token_hash" text,
	"assigned_user_id" text,
	"assigned_user_name" text,
	"organization_id" uuid,
	"transferred_from_user_id" text,
	"end_topic" text,
	"last_sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"satisfaction_path" text,
	"transcript_deleted_at" timestamp with time zone,
	CONSTRAINT "chat_resume_token_hash_unique" UNIQUE("resume_token_hash")
);
--> statement-breakpoint
CREATE TABLE "chat_canned_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chat_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"sender_kind" text NOT NULL,
	"sender_name" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_message_sequence_unique" UNIQUE("chat_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "chat_region_setting" (
	"region_code" text PRIMARY KEY NOT NULL,
	"auto_assign" boolean DEFAULT true NOT NULL,
	"max_parallel" integer DEFAULT 3 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_shift" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"user_name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"languages" text[] NOT NULL,
	"topics" text[] NOT NULL,
	"swap_requested_at" timestamp with time zone,
	"swap_note" text,
	"created_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chat" ADD CONSTRAINT "chat_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_message" ADD CONSTRAINT "chat_message_chat_id_chat_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_shift" ADD CONSTRAINT "chat_shift_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_region_status_idx" ON "chat" USING btree ("region_code","status","created_at");--> statement-breakpoint
CREATE INDEX "chat_assigned_idx" ON "chat" USING btree ("assigned_user_id","status");--> statement-breakpoint
CREATE INDEX "chat_ended_idx" ON "chat" USING btree ("ended_at");--> statement-breakpoint
CREATE INDEX "chat_canned_answer_region_idx" ON "chat_canned_answer" USING btree ("region_code","language");--> statement-breakpoint
CREATE INDEX "chat_shift_region_time_idx" ON "chat_shift" USING btree ("region_code","ends_at");--> statement-breakpoint
CREATE INDEX "chat_shift_user_idx" ON "chat_shift" USING btree ("user_id","ends_at");