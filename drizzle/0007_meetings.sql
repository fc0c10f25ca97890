CREATE TABLE "action_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"organization_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"proposed_by_user_id" text,
	"proposed_by_name" text NOT NULL,
	"proposed_by_group_id" uuid,
	"decision" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_calendar_feed" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_calendar_feed_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"theme" text NOT NULL,
	"agenda_deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"invited_at" timestamp with time zone,
	"agenda_version" integer DEFAULT 1 NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_status" text DEFAULT 'draft' NOT NULL,
	"minutes_version" integer DEFAULT 1 NOT NULL,
	"minutes_approved_at" timestamp with time zone,
	"minutes_approved_at_meeting_id" uuid,
	"minutes_reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_ics_uid_unique" UNIQUE("ics_uid")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_membership_id_pk" PRIMARY KEY("meeting_id","membership_id")
);
--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_proposed_by_group_id_network_group_id_fk" FOREIGN KEY ("proposed_by_group_id") REFERENCES "public"."network_group"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_calendar_feed" ADD CONSTRAINT "group_calendar_feed_group_id_network_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_group_id_network_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_membership_id_group_membership_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."group_membership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_item_agenda_item_idx" ON "action_item" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "agenda_item_meeting_idx" ON "agenda_item" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_group_starts_idx" ON "meeting" USING btree ("group_id","starts_at");