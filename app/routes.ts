import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

export default [
  index("foundation/routes/choose-language.tsx"),
  route("api/auth/*", "accounts/routes/auth-api.ts"),
  route(":lang", "foundation/routes/language-layout.tsx", [
    index("network-map/routes/home.tsx"),
    route("sign-in", "accounts/routes/sign-in.tsx"),
    route("sign-out", "accounts/routes/sign-out.ts"),
    route("work/import", "network-map/exchange/routes/import.tsx"),
    route("work/import/templates/:file", "network-map/exchange/routes/import-template.ts"),
    route("work/export", "network-map/exchange/routes/export.tsx"),
    route("work/export/:file", "network-map/exchange/routes/export-file.ts"),
    route("*", "foundation/routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
