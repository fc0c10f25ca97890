CREATE TABLE "mobile_point" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"kind" text NOT NULL,
	"region_codes" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobile_point_organization" (
	"point_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "mobile_point_organization_point_id_organization_id_pk" PRIMARY KEY("point_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "mobile_point_visit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"point_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"place_name" text NOT NULL,
	"street_address" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"location_source" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"languages" text[] NOT NULL,
	"organization_ids" uuid[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"change_reason" text DEFAULT '' NOT NULL,
	"changed_at" timestamp with time zone,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "mobile_point_visit_ics_uid_unique" UNIQUE("ics_uid"),
	CONSTRAINT "mobile_point_visit_times" CHECK ("mobile_point_visit"."ends_at" > "mobile_point_visit"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "mobile_point_visit_log" (
	"visit_id" uuid PRIMARY KEY NOT NULL,
	"visitors" integer NOT NULL,
	"topics" text[] NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "mobile_point_visit_log_visitors" CHECK ("mobile_point_visit_log"."visitors" >= 0)
);
--> statement-breakpoint
ALTER TABLE "mobile_point_organization" ADD CONSTRAINT "mobile_point_organization_point_id_mobile_point_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."mobile_point"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_point_organization" ADD CONSTRAINT "mobile_point_organization_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_point_visit" ADD CONSTRAINT "mobile_point_visit_point_id_mobile_point_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."mobile_point"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_point_visit" ADD CONSTRAINT "mobile_point_visit_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_point_visit_log" ADD CONSTRAINT "mobile_point_visit_log_visit_id_mobile_point_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."mobile_point_visit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mobile_point_organization_org_idx" ON "mobile_point_organization" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "mobile_point_visit_point_idx" ON "mobile_point_visit" USING btree ("point_id","starts_at");--> statement-breakpoint
CREATE INDEX "mobile_point_visit_municipality_idx" ON "mobile_point_visit" USING btree ("municipality_code","starts_at");--> statement-breakpoint
CREATE INDEX "mobile_point_visit_starts_idx" ON "mobile_point_visit" USING btree ("starts_at");