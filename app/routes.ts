import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

export default [
  index("foundation/routes/choose-language.tsx"),
  route("api/auth/*", "accounts/routes/auth-api.ts"),
  route("api/openapi.json", "hsds/routes/openapi.ts"),
  route("api/hsds", "hsds/routes/api-info.ts"),
  route("api/hsds/services", "hsds/routes/services.ts"),
  route("api/hsds/services/:id", "hsds/routes/service.ts"),
  route("api/hsds/organizations", "hsds/routes/organizations.ts"),
  route("api/hsds/organizations/:id", "hsds/routes/organization.ts"),
  route("api/hsds/service_at_locations", "hsds/routes/service-at-locations.ts"),
  route("api/hsds/service_at_locations/:id", "hsds/routes/service-at-location.ts"),
  route("api/hsds/taxonomies", "hsds/routes/taxonomies.ts"),
  route("api/hsds/taxonomies/:id", "hsds/routes/taxonomy.ts"),
  route("api/hsds/taxonomy_terms", "hsds/routes/taxonomy-terms.ts"),
  route("api/hsds/taxonomy_terms/:id", "hsds/routes/taxonomy-term.ts"),
  route("api/hsds/*", "hsds/routes/not-found.ts"),
  route(":lang", "foundation/routes/language-layout.tsx", [
    index("network-map/routes/home.tsx"),
    route("sign-in", "accounts/routes/sign-in.tsx"),
    route("sign-out", "accounts/routes/sign-out.ts"),
    route("*", "foundation/routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
