-- Search documents built before decision 0189 lack the facet of entries that serve the whole
-- country (no area or place of their own, reached remotely); new ones get it as they are built.
UPDATE "search_document" SET "facets" = "facets" || ARRAY['reach:nationwide']
WHERE cardinality("municipality_codes") = 0
  AND "channels" && ARRAY['phone', 'chat', 'video', 'email', 'web']
  AND NOT ('reach:nationwide' = ANY("facets"));
