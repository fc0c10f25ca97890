ALTER TABLE "search_lexicon" ADD COLUMN "terms" text[];--> statement-breakpoint
CREATE INDEX "search_lexicon_terms_idx" ON "search_lexicon" USING gin ("terms");