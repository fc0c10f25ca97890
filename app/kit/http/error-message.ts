import { isRouteErrorResponse } from "react-router";
import type { Translate } from "../i18n/catalogue";

/** What to tell the visitor about an error thrown by a loader or action, in their language. */
export function errorMessage(error: unknown, t: Translate): string {
  if (!isRouteErrorResponse(error)) return t("error.unexpected");
  if (error.status === 404) return t("error.notFound");
  if (error.status === 403) return t("error.forbidden");
  if (error.status === 503) return t("error.unavailable");
  if (error.status < 500) return typeof error.data === "string" && error.data ? error.data : t("error.badRequest");
  return t("error.unexpected");
}
