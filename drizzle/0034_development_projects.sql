CREATE TABLE "development_project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"funder" text NOT NULL,
	"programme" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"budget_cents" bigint,
	"realised_cents" bigint,
	"region_codes" text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"indicators" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"outputs" text DEFAULT '' NOT NULL,
	"plan_action_ids" uuid[] DEFAULT '{}' NOT NULL,
	"homepage" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "development_project_code_unique" UNIQUE("code"),
	CONSTRAINT "development_project_period" CHECK ("development_project"."ends_on" >= "development_project"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "development_project_partner" (
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "development_project_partner_project_id_organization_id_pk" PRIMARY KEY("project_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "development_project_partner" ADD CONSTRAINT "development_project_partner_project_id_development_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."development_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_project_partner" ADD CONSTRAINT "development_project_partner_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "development_project_regions_idx" ON "development_project" USING gin ("region_codes");--> statement-breakpoint
CREATE INDEX "development_project_partner_org_idx" ON "development_project_partner" USING btree ("organization_id");