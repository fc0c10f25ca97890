CREATE TABLE "contact_queue_setting" (
	"region_code" text PRIMARY KEY NOT NULL,
	"shared_queue" boolean DEFAULT false NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid,
	"organization_id" uuid NOT NULL,
	"region_code" text,
	"topic" text NOT NULL,
	"language" text NOT NULL,
	"channel" text NOT NULL,
	"page_language" text NOT NULL,
	"preferred_times" text,
	"name" text,
	"phone" text,
	"email" text,
	"note" text,
	"token_hash" text,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_by_name" text,
	"claimed_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer_channel" text,
	"closed_at" timestamp with time zone,
	"personal_data_deleted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contact_request_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_organization_id" uuid NOT NULL,
	"to_organization_id" uuid NOT NULL,
	"service_id" uuid,
	"referred_by" text NOT NULL,
	"referred_by_name" text NOT NULL,
	"shared_fields" text[] NOT NULL,
	"purpose" text,
	"consent_until" date NOT NULL,
	"consent_recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_name" text,
	"client_phone" text,
	"client_email" text,
	"client_language" text,
	"background" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"decline_reason" text,
	"outcome" text,
	"handled_by_name" text,
	"responded_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"personal_data_deleted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_organization_id_organization_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_to_organization_id_organization_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_request_organization_idx" ON "contact_request" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "contact_request_region_idx" ON "contact_request" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "contact_request_closed_idx" ON "contact_request" USING btree ("closed_at");--> statement-breakpoint
CREATE INDEX "referral_from_idx" ON "referral" USING btree ("from_organization_id","status");--> statement-breakpoint
CREATE INDEX "referral_to_idx" ON "referral" USING btree ("to_organization_id","status");