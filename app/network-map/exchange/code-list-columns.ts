import { translator, type MessageKey } from "../../kit/i18n/catalogue";
import { channels, competenceAreas, costTypes, organizationTypes, serviceLanguages, serviceStatuses, targetGroups, topics } from "../code-lists";

/**
 * The network map's code lists as the public code-list pages show them (`/{lang}/code-lists/{list}`),
 * by the prefix of their labels in the message catalogue, and the CSV columns that hold their codes.
 */
export const publicCodeLists = {
  organizationType: organizationTypes,
  targetGroup: targetGroups,
  topic: topics,
  language: serviceLanguages,
  channel: channels,
  competence: competenceAreas,
  cost: costTypes,
  status: serviceStatuses,
} as const satisfies Record<string, readonly string[]>;

export type PublicCodeList = keyof typeof publicCodeLists;
export const isPublicCodeList = (value: unknown): value is PublicCodeList => typeof value === "string" && Object.hasOwn(publicCodeLists, value);

/** The code list of each CSV column that holds codes. */
export const codeListOfColumn: Record<string, PublicCodeList> = {
  type: "organizationType",
  target_groups: "targetGroup",
  topics: "topic",
  languages: "language",
  channels: "channel",
  competence_areas: "competence",
  cost: "cost",
  status: "status",
};

export const codeLabelKey = (list: PublicCodeList, code: string) => `${list}.${code}` as MessageKey;

/** The valid codes of a list with their Finnish, Swedish and English labels, for an import report in any language. */
export function codesWithLabels(list: PublicCodeList): string {
  const fi = translator("fi");
  const sv = translator("sv");
  const en = translator("en");
  return publicCodeLists[list].map((code) => `${code} (${[fi, sv, en].map((t) => t(codeLabelKey(list, code))).join(" / ")})`).join(", ");
}
