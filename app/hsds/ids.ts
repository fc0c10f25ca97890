import { v5 as uuidv5, validate as isUuid } from "uuid";

/**
 * Namespace of Elo's derived HSDS identifiers. Never change it: the ids of taxonomies, terms and
 * of the HSDS sub-objects (phones, schedules, attributes…) that have no row of their own are
 * derived from it, and consumers store them.
 */
export const hsdsNamespace = "1d8c52a5-0d0e-4d4b-9a3e-6f3f5c1f7e21";

/** A stable UUID for a thing named by its path, e.g. derivedId("service", id, "phone", channelId). */
export function derivedId(...parts: string[]): string {
  return uuidv5(parts.join("/"), hsdsNamespace);
}

export { isUuid };
