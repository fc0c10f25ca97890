import { defineMessages } from "./i18n/define-messages";

/** Messages of shared page parts (pagination, dates) used by several capabilities. */
export const kitMessages = defineMessages({
  fi: {
    "pagination.label": "Sivut",
    "pagination.previous": "Edellinen sivu",
    "pagination.next": "Seuraava sivu",
    "pagination.status": "Sivu {page} / {pages} ({total, plural, one {# rivi} other {# riviä}})",
  },
  sv: {
    "pagination.label": "Sidor",
    "pagination.previous": "Föregående sida",
    "pagination.next": "Nästa sida",
    "pagination.status": "Sida {page} av {pages} ({total, plural, one {# rad} other {# rader}})",
  },
  en: {
    "pagination.label": "Pages",
    "pagination.previous": "Previous page",
    "pagination.next": "Next page",
    "pagination.status": "Page {page} of {pages} ({total, plural, one {# row} other {# rows}})",
  },
});
