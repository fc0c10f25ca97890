import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("foundation/routes/choose-language.tsx"),
  route("api/auth/*", "accounts/routes/auth-api.ts"),
  route(":lang", "foundation/routes/language-layout.tsx", [
    index("network-map/routes/home.tsx"),
    route("search", "network-map/routes/search.tsx"),
    route("organisations/:id", "network-map/routes/organization.tsx"),
    route("organisations/:id/vcard", "network-map/routes/organization-vcard.ts"),
    route("services/:id", "network-map/routes/service.tsx"),
    route("service-points/:id", "network-map/routes/service-point.tsx"),
    route("practitioners/:id", "network-map/routes/practitioner.tsx"),
    route("practitioners/:id/vcard", "network-map/routes/practitioner-vcard.ts"),
    route("map", "network-map/routes/map.tsx"),
    route("coverage", "network-map/routes/coverage.tsx"),
    route("coverage.csv", "network-map/routes/coverage-csv.ts"),
    route("sign-in", "accounts/routes/sign-in.tsx"),
    route("sign-out", "accounts/routes/sign-out.ts"),
    route("work/import", "network-map/exchange/routes/import.tsx"),
    route("work/import/templates/:file", "network-map/exchange/routes/import-template.ts"),
    route("work/export", "network-map/exchange/routes/export.tsx"),
    route("work/export/:file", "network-map/exchange/routes/export-file.ts"),
    route("*", "foundation/routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
