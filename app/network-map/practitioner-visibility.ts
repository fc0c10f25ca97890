import { practitionerPrivateFields, type Visibility } from "./code-lists";

type PrivateField = (typeof practitionerPrivateFields)[number];

/**
 * Which of a practitioner's optional fields a viewer may see: fields default to public; fields the
 * practitioner shares with the network only are shown to signed-in network members.
 */
export function visibleFields(visibility: Record<string, Visibility>, viewerIsNetworkMember: boolean): Set<PrivateField> {
  return new Set(practitionerPrivateFields.filter((field) => viewerIsNetworkMember || (visibility[field] ?? "public") === "public"));
}
