CREATE TABLE "search_synonym_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"language" text NOT NULL,
	"words" text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offering" ADD COLUMN "application_url" text;--> statement-breakpoint
CREATE INDEX "search_synonym_group_words_idx" ON "search_synonym_group" USING gin ("words");--> statement-breakpoint
CREATE INDEX "search_synonym_group_language_idx" ON "search_synonym_group" USING btree ("language");