import { LRUCache } from "lru-cache";
import { v5 as uuidv5, validate as isUuid } from "uuid";

/**
 * Namespace of Elo's derived HSDS identifiers. Never change it: the ids of taxonomies, terms and
 * of the HSDS sub-objects (phones, schedules, attributes…) that have no row of their own are
 * derived from it, and consumers store them.
 */
export const hsdsNamespace = "1d8c52a5-0d0e-4d4b-9a3e-6f3f5c1f7e21";

// A page of services derives some 30 ids per service, each a SHA-1 hash; the same entries are
// read again and again, so recent ids are kept (decision 0194).
const derivedIds = new LRUCache<string, string>({ max: 200_000 });

/** A stable UUID for a thing named by its path, e.g. derivedId("service", id, "phone", channelId). */
export function derivedId(...parts: string[]): string {
  const path = parts.join("/");
  let id = derivedIds.get(path);
  if (id === undefined) derivedIds.set(path, (id = uuidv5(path, hsdsNamespace)));
  return id;
}

export { isUuid };
