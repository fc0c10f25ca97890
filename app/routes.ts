import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

export default [
  index("foundation/routes/choose-language.tsx"),
  route("api/auth/*", "accounts/routes/auth-api.ts"),
  route(":lang", "foundation/routes/language-layout.tsx", [
    index("network-map/routes/home.tsx"),
    route("sign-in", "accounts/routes/sign-in.tsx"),
    route("sign-out", "accounts/routes/sign-out.ts"),
    route("work", "network-map/routes/work/dashboard.tsx"),
    route("work/stale", "network-map/routes/work/stale.tsx"),
    route("work/my-card", "network-map/routes/work/my-card.ts"),
    route("work/organizations/:id", "network-map/routes/work/organization.tsx"),
    route("work/service-points/:id", "network-map/routes/work/service-point.tsx"),
    route("work/services/:id", "network-map/routes/work/service.tsx"),
    route("work/practitioners/:id", "network-map/routes/work/practitioner.tsx"),
    route("work/verify/:kind/:id", "network-map/routes/work/verify.ts"),
    route("work/delete/:kind/:id", "network-map/routes/work/delete.tsx"),
    route("*", "foundation/routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
