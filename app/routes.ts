import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

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
    route("invitations/:token", "accounts/routes/accept-invitation.tsx"),
    route("work/invitations", "accounts/routes/invitations.tsx"),
    route("work/outbox", "mail/routes/outbox.tsx"),
    route("work/audit", "audit/routes/audit.tsx"),
    route("*", "foundation/routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
