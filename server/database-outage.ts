import { data, type ServerBuild } from "react-router";
import { isDatabaseUnavailable, retryAfterSeconds } from "../app/kit/db/unavailable.ts";
import { languageOfAddress } from "../app/kit/http/bad-address.ts";
import { translator } from "../app/kit/i18n/catalogue.ts";

type Handler = (args: { request: Request }) => unknown;

/** A loader or action that turns "the database cannot be reached" into a translated 503 with Retry-After. */
function guard<H extends Handler | undefined>(handler: H): H {
  if (!handler) return handler;
  const guarded = async (args: { request: Request }) => {
    try {
      return await handler(args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const t = translator(languageOfAddress(new URL(args.request.url).pathname));
      throw data(t("error.unavailable"), { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } });
    }
  };
  return guarded as H;
}

/**
 * The build with every route's loader and action guarded, so that while the database is down each
 * page answers 503 in its language (the error boundary shows it) instead of a 500. The pool
 * reconnects by itself, so pages work again as soon as the database is back.
 */
export function withOutageAnswers(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => [
      id,
      route && {
        ...route,
        module: { ...route.module, loader: guard(route.module.loader as Handler | undefined), action: guard(route.module.action as Handler | undefined) },
      },
    ]),
  ) as ServerBuild["routes"];
  return { ...build, routes };
}
