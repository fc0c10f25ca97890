import type { Language } from "../kit/i18n/languages";

/** The booking page of a bookable service. */
export const bookingPath = (lang: Language, bookableId: string) => `/${lang}/book/${bookableId}`;

/** The confirmation form's address for one time. */
export function confirmPath(lang: Language, bookableId: string, start: string, choice: { practitionerId?: string; channel: string }) {
  const query = new URLSearchParams({ start, channel: choice.channel });
  if (choice.practitionerId) query.set("practitioner", choice.practitionerId);
  return `${bookingPath(lang, bookableId)}/confirm?${query}`;
}
