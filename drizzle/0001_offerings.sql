CREATE TABLE "offering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"education_type" text NOT NULL,
	"field_code" text NOT NULL,
	"teaching_languages" text[] DEFAULT '{}' NOT NULL,
	"teaching_method" text NOT NULL,
	"municipality_code" text NOT NULL,
	"start_date" date,
	"personal_start" boolean DEFAULT false NOT NULL,
	"duration_value" integer,
	"duration_unit" text,
	"price" numeric(10, 2) DEFAULT 0 NOT NULL,
	"cost_description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"application_start" date,
	"application_end" date,
	"funding_forms" text[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offering_search" (
	"offering_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"facets" text[] DEFAULT '{}' NOT NULL,
	"text_words" "tsvector" NOT NULL,
	"text_sv" "tsvector" NOT NULL,
	"sort_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offering" ADD CONSTRAINT "offering_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offering" ADD CONSTRAINT "offering_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offering_search" ADD CONSTRAINT "offering_search_offering_id_offering_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offering_organization_idx" ON "offering" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "offering_start_idx" ON "offering" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "offering_search_facets_idx" ON "offering_search" USING gin ("facets");--> statement-breakpoint
CREATE INDEX "offering_search_words_idx" ON "offering_search" USING gin ("text_words");--> statement-breakpoint
CREATE INDEX "offering_search_sv_idx" ON "offering_search" USING gin ("text_sv");--> statement-breakpoint
CREATE INDEX "offering_search_org_idx" ON "offering_search" USING btree ("organization_id");