CREATE TABLE "agreement_acceptance" (
	"version_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_by_user_id" text,
	"accepted_by_name" text NOT NULL,
	"on_behalf" boolean DEFAULT false NOT NULL,
	CONSTRAINT "agreement_acceptance_version_id_organization_id_pk" PRIMARY KEY("version_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"expires_on" date,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text NOT NULL,
	CONSTRAINT "agreement_version_region_version" UNIQUE("region_code","version")
);
--> statement-breakpoint
CREATE TABLE "group_membership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"practitioner_id" uuid,
	"position" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"type" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"parent_id" uuid,
	"municipality_codes" text[] DEFAULT '{}' NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_acceptance" ADD CONSTRAINT "agreement_acceptance_version_id_agreement_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."agreement_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_acceptance" ADD CONSTRAINT "agreement_acceptance_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_membership" ADD CONSTRAINT "group_membership_group_id_network_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_membership" ADD CONSTRAINT "group_membership_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_membership" ADD CONSTRAINT "group_membership_practitioner_id_practitioner_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioner"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group" ADD CONSTRAINT "network_group_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group" ADD CONSTRAINT "network_group_parent_id_network_group_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."network_group"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_acceptance_org_idx" ON "agreement_acceptance" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "group_membership_group_idx" ON "group_membership" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "group_membership_organization_idx" ON "group_membership" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "group_membership_practitioner_idx" ON "group_membership" USING btree ("practitioner_id");--> statement-breakpoint
CREATE INDEX "network_group_region_idx" ON "network_group" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "network_group_parent_idx" ON "network_group" USING btree ("parent_id");