import { contentLanguages, type LocalizedText } from "../i18n/localized";

/**
 * Reading a form's fields for a command's input. Field names are the input paths ("name.fi",
 * "channels.0.contact"), so that a validation issue's path names the field it belongs to. Nothing is
 * validated here: the commands do that, and the form shows their issues.
 */
export type Fields = Pick<FormData, "get" | "getAll" | "keys">;

export const text = (form: Fields, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Empty strings are left out, so that optional fields stay optional. */
export const optional = (form: Fields, name: string): string | undefined => text(form, name).trim() || undefined;

export const list = (form: Fields, name: string): string[] => form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

export const localized = (form: Fields, name: string): LocalizedText =>
  Object.fromEntries(contentLanguages.map((lang) => [lang, text(form, `${name}.${lang}`)]));

/**
 * An edit form's hidden `version`, as typed: a blank or tampered one is refused (400). A post without
 * the field (a script, not our forms) saves unchecked, like an import: the guard is against lost
 * updates, not a permission, which the command checks anyway (decision 182).
 */
export const versionOf = (form: Fields): string | undefined => (form.get("version") === null ? undefined : text(form, "version"));

export const withVersion = <I extends object>(form: Fields, input: I): I & { version?: string } => ({ ...input, version: versionOf(form) });
