import { validate } from "uuid";

/** Whether a value (from a URL, a form or a file) is a UUID, so that it may name an entry. */
export const isUuid = (value: unknown): value is string => typeof value === "string" && validate(value);
