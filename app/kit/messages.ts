import { defineMessages } from "./i18n/define-messages";

/** Messages of shared page parts (pagination, dates, the rate limits' refusal) used by several capabilities. */
export const kitMessages = defineMessages({
  fi: {
    "rateLimit.refused": "Liian monta yritystä. Yritä uudelleen {minutes, plural, one {minuutin} other {# minuutin}} kuluttua.",
    "pagination.label": "Sivut",
    "pagination.previous": "Edellinen sivu",
    "pagination.next": "Seuraava sivu",
    "pagination.status": "Sivu {page} / {pages} ({total, plural, one {# rivi} other {# riviä}})",
  },
  sv: {
    "rateLimit.refused": "För många försök. Försök igen om {minutes, plural, one {en minut} other {# minuter}}.",
    "pagination.label": "Sidor",
    "pagination.previous": "Föregående sida",
    "pagination.next": "Nästa sida",
    "pagination.status": "Sida {page} av {pages} ({total, plural, one {# rad} other {# rader}})",
  },
  en: {
    "rateLimit.refused": "Too many attempts. Try again in {minutes, plural, one {a minute} other {# minutes}}.",
    "pagination.label": "Pages",
    "pagination.previous": "Previous page",
    "pagination.next": "Next page",
    "pagination.status": "Page {page} of {pages} ({total, plural, one {# row} other {# rows}})",
  },
});
