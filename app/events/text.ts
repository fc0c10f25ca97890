import type { MessageKey, Translate } from "../kit/i18n/catalogue";

/** The words for an event's kind and audience. */
export const kindKeys = {
  training: "events.kind.training",
  info_session: "events.kind.info_session",
  industry_day: "events.kind.industry_day",
} as const satisfies Record<string, MessageKey>;
export const kindKey = (kind: string): MessageKey => kindKeys[kind as keyof typeof kindKeys] ?? kindKeys.training;

export const audienceKeys = {
  practitioners: "events.audience.practitioners",
  citizens: "events.audience.citizens",
  companies: "events.audience.companies",
} as const satisfies Record<string, MessageKey>;
export const audienceKey = (audience: string): MessageKey => audienceKeys[audience as keyof typeof audienceKeys] ?? audienceKeys.citizens;

/** "3 places left" or "Full: you can join the waiting list". */
export const seatsText = (t: Translate, seatsLeft: number) => (seatsLeft > 0 ? t("events.seatsLeft", { count: seatsLeft }) : t("events.full"));
