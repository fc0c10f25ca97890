import type { RouteConfigEntry } from "@react-router/dev/routes";
import fs from "node:fs";
import path from "node:path";
import routes from "../../app/routes";

export interface PublicPageRoute {
  /** The route's pattern under the language, as in app/routes.ts: "organisations/:id", "" for the front page. */
  pattern: string;
  file: string;
}

const source = (file: string) => fs.readFileSync(path.join("app", file), "utf8");
/** A page route renders a component; a resource route (a vCard, a CSV, a form's action) does not. */
const isPage = (file: string) => /export default\b/.test(source(file));
/** The work pages' layout and whatever else asks for the client app (decision 0187). */
const hydrates = (file: string) => /export const handle = \{[^}]*hydrate: true/.test(source(file));

/**
 * Every public page route, read from the route config: the pages under `/:lang` outside any layout
 * that asks for the client app. A route added there is covered by the tests that use this list
 * without anyone remembering to add it.
 */
export function publicPageRoutes(): PublicPageRoute[] {
  const found: PublicPageRoute[] = [];
  const walk = (entries: RouteConfigEntry[], prefix: string, underLanguage: boolean) => {
    for (const entry of entries) {
      if (hydrates(entry.file)) continue;
      const own = entry.index ? "" : (entry.path ?? "");
      const pattern = [prefix, own].filter(Boolean).join("/");
      const language = underLanguage || entry.path === ":lang";
      if (entry.children) walk(entry.children, entry.path === ":lang" ? "" : pattern, language);
      else if (language && isPage(entry.file)) found.push({ pattern, file: entry.file });
    }
  };
  walk(routes, "", false);
  return found;
}
