import { channels, serviceLanguages, targetGroups } from "./code-lists";

/** The columns of the coverage matrix. */
export const coverageDimensions = [
  { key: "targetGroups", prefix: "group", labelPrefix: "targetGroup", codes: targetGroups },
  { key: "channels", prefix: "channel", labelPrefix: "channel", codes: channels },
  { key: "languages", prefix: "language", labelPrefix: "language", codes: serviceLanguages },
] as const;
