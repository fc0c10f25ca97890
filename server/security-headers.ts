import type { RequestHandler } from "express";
import helmet from "helmet";
import { randomBytes } from "node:crypto";
import { config } from "../app/kit/config.server.ts";

/** Features no page of Elo uses; turned off so that injected or embedded content cannot ask for them. */
const permissionsPolicy = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  // The search page's "use my location" island asks for the position (decision 0187); only Elo's own pages may.
  .concat("geolocation=(self)")
  .join(", ");

/**
 * The security headers of every answer, pages, assets and the API alike (decision 0179): a
 * Content-Security-Policy whose scripts must come from the site or carry this response's nonce
 * (`res.locals.cspNonce`, passed to React Router as `context.cspNonce`), no framing, no sniffing,
 * a strict referrer policy, a Permissions-Policy, and HSTS when the public address is https.
 * Styles may be inline: styled-components (the Suomi.fi components) and React's style attributes write them.
 */
export function securityHeaders(): RequestHandler[] {
  const https = config.publicUrl.startsWith("https:");
  return [
    (_req, res, next) => {
      res.locals.cspNonce = randomBytes(16).toString("base64");
      next();
    },
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as unknown as { locals: { cspNonce: string } }).locals.cspNonce}'`],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
      xFrameOptions: { action: "deny" },
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      // The HSDS API is read by other sites' scripts (CORS); cross-origin isolation is not needed.
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: "same-site" },
    }),
    (_req, res, next) => {
      res.setHeader("Permissions-Policy", permissionsPolicy);
      next();
    },
  ];
}
