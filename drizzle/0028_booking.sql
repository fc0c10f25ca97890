-- Booking (decision 0196). btree_gist lets one exclusion constraint compare a practitioner (=) and a time range (&&).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE TABLE "booking_assignment" (
	"bookable_service_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"last_assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "booking_assignment_bookable_service_id_practitioner_id_pk" PRIMARY KEY("bookable_service_id","practitioner_id")
);
--> statement-breakpoint
CREATE TABLE "booking_availability_exception" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bookable_service_id" uuid NOT NULL,
	"day" date NOT NULL,
	"starts_at" text,
	"ends_at" text
);
--> statement-breakpoint
CREATE TABLE "booking_availability_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bookable_service_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	CONSTRAINT "availability_rule_weekday" CHECK ("booking_availability_rule"."weekday" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "booking_blocked_time" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blocked_time_order" CHECK ("booking_blocked_time"."starts_at" < "booking_blocked_time"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "bookable_practitioner" (
	"bookable_service_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	CONSTRAINT "bookable_practitioner_bookable_service_id_practitioner_id_pk" PRIMARY KEY("bookable_service_id","practitioner_id")
);
--> statement-breakpoint
CREATE TABLE "bookable_service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"kind" text DEFAULT 'individual' NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"duration_minutes" integer NOT NULL,
	"buffer_minutes" integer DEFAULT 0 NOT NULL,
	"minimum_notice_hours" integer DEFAULT 24 NOT NULL,
	"horizon_days" integer DEFAULT 28 NOT NULL,
	"daily_cap" integer,
	"channels" text[] DEFAULT '{}' NOT NULL,
	"service_point_id" uuid,
	"phone" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookable_service_duration" CHECK ("bookable_service"."duration_minutes" between 5 and 480),
	CONSTRAINT "bookable_service_capacity" CHECK ("bookable_service"."capacity" between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "booking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bookable_service_id" uuid NOT NULL,
	"practitioner_id" uuid,
	"group_session_id" uuid,
	"seat_no" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"busy_until" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"note" text,
	"consent_at" timestamp with time zone,
	"contact_erased_at" timestamp with time zone,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"manage_token_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_order" CHECK ("booking"."starts_at" < "booking"."ends_at" and "booking"."ends_at" <= "booking"."busy_until")
);
--> statement-breakpoint
CREATE TABLE "booking_feed" (
	"practitioner_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "booking_group_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bookable_service_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"busy_until" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_meeting_link" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"template" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "booking_assignment" ADD CONSTRAINT "booking_assignment_bookable_service_id_bookable_service_id_fk" FOREIGN KEY ("bookable_service_id") REFERENCES "public"."bookable_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_assignment" ADD CONSTRAINT "booking_assignment_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_availability_exception" ADD CONSTRAINT "booking_availability_exception_bookable_service_id_bookable_service_id_fk" FOREIGN KEY ("bookable_service_id") REFERENCES "public"."bookable_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_availability_rule" ADD CONSTRAINT "booking_availability_rule_bookable_service_id_bookable_service_id_fk" FOREIGN KEY ("bookable_service_id") REFERENCES "public"."bookable_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_blocked_time" ADD CONSTRAINT "booking_blocked_time_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookable_practitioner" ADD CONSTRAINT "bookable_practitioner_bookable_service_id_bookable_service_id_fk" FOREIGN KEY ("bookable_service_id") REFERENCES "public"."bookable_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookable_practitioner" ADD CONSTRAINT "bookable_practitioner_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookable_service" ADD CONSTRAINT "bookable_service_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookable_service" ADD CONSTRAINT "bookable_service_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookable_service" ADD CONSTRAINT "bookable_service_service_point_id_service_point_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_point"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_bookable_service_id_bookable_service_id_fk" FOREIGN KEY ("bookable_service_id") REFERENCES "public"."bookable_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_group_session_id_booking_group_session_id_fk" FOREIGN KEY ("group_session_id") REFERENCES "public"."booking_group_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_feed" ADD CONSTRAINT "booking_feed_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_group_session" ADD CONSTRAINT "booking_group_session_bookable_service_id_bookable_service_id_fk" FOREIGN KEY ("bookable_service_id") REFERENCES "public"."bookable_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_group_session" ADD CONSTRAINT "booking_group_session_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_meeting_link" ADD CONSTRAINT "booking_meeting_link_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "availability_exception_service_idx" ON "booking_availability_exception" USING btree ("bookable_service_id","day");--> statement-breakpoint
CREATE INDEX "availability_rule_service_idx" ON "booking_availability_rule" USING btree ("bookable_service_id");--> statement-breakpoint
CREATE INDEX "blocked_time_practitioner_idx" ON "booking_blocked_time" USING btree ("practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookable_practitioner_practitioner_idx" ON "bookable_practitioner" USING btree ("practitioner_id");--> statement-breakpoint
CREATE INDEX "bookable_service_service_idx" ON "bookable_service" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "bookable_service_organization_idx" ON "bookable_service" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "booking_service_time_idx" ON "booking" USING btree ("bookable_service_id","starts_at");--> statement-breakpoint
CREATE INDEX "booking_practitioner_time_idx" ON "booking" USING btree ("practitioner_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_manage_token_idx" ON "booking" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_seat_idx" ON "booking" USING btree ("group_session_id","seat_no") WHERE "booking"."status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "group_session_time_idx" ON "booking_group_session" USING btree ("bookable_service_id","starts_at");--> statement-breakpoint
-- One practitioner never holds two bookings at once: the time with the buffer after it, of every booking not cancelled.
ALTER TABLE "booking" ADD CONSTRAINT "booking_practitioner_no_overlap" EXCLUDE USING gist ("practitioner_id" WITH =, tstzrange("starts_at", "busy_until") WITH &&) WHERE ("status" <> 'cancelled' AND "practitioner_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "booking_group_session" ADD CONSTRAINT "group_session_practitioner_no_overlap" EXCLUDE USING gist ("practitioner_id" WITH =, tstzrange("starts_at", "busy_until") WITH &&);
