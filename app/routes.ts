import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

export default [
  index("foundation/routes/choose-language.tsx"),
  route("api/auth/*", "accounts/routes/auth-api.ts"),
  route(":lang", "foundation/routes/language-layout.tsx", [
    index("network-map/routes/home.tsx"),
    route("sign-in", "accounts/routes/sign-in.tsx"),
    route("sign-out", "accounts/routes/sign-out.ts"),
    route("invitations/:token", "accounts/routes/accept-invitation.tsx"),
    route("work/invitations", "accounts/routes/invitations.tsx"),
    route("work/outbox", "mail/routes/outbox.tsx"),
    route("work/audit", "audit/routes/audit.tsx"),
    route("*", "foundation/routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
