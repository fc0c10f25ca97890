import { defineMessages } from "./i18n/define-messages";

/** Messages of shared page parts (pagination, dates, the rate limits' refusal) used by several capabilities. */
export const kitMessages = defineMessages({
  fi: {
    "searchHelp.filters": "Rajaa hakua ({count, plural, =0 {ei valintoja} one {# valittu} other {# valittu}})",
    "searchHelp.didYouMean": "Tarkoititko:",
    "searchHelp.corrected": "Haulla ”{q}” ei löytynyt mitään. Näytetään tulokset haulla ”{suggestion}”.",
    "searchHelp.waysOn": "Kokeile näitä",
    "searchHelp.results": "{count, plural, one {# tulos} other {# tulosta}}",
    "searchHelp.resultsOver": "yli {count, plural, one {# tulos} other {# tulosta}}",
    "rateLimit.refused": "Liian monta yritystä. Yritä uudelleen {minutes, plural, one {minuutin} other {# minuutin}} kuluttua.",
    "pagination.label": "Sivut",
    "pagination.previous": "Edellinen sivu",
    "pagination.next": "Seuraava sivu",
    "pagination.status": "Sivu {page} / {pages} ({total, plural, one {# rivi} other {# riviä}})",
  },
  sv: {
    "searchHelp.filters": "Avgränsa sökningen ({count, plural, =0 {inga val} one {# vald} other {# valda}})",
    "searchHelp.didYouMean": "Menade du:",
    "searchHelp.corrected": "Sökningen ”{q}” gav inga träffar. Resultaten nedan är för ”{suggestion}”.",
    "searchHelp.waysOn": "Pröva dessa",
    "searchHelp.results": "{count, plural, one {# resultat} other {# resultat}}",
    "searchHelp.resultsOver": "över {count, plural, one {# resultat} other {# resultat}}",
    "rateLimit.refused": "För många försök. Försök igen om {minutes, plural, one {en minut} other {# minuter}}.",
    "pagination.label": "Sidor",
    "pagination.previous": "Föregående sida",
    "pagination.next": "Nästa sida",
    "pagination.status": "Sida {page} av {pages} ({total, plural, one {# rad} other {# rader}})",
  },
  en: {
    "searchHelp.filters": "Narrow the search ({count, plural, =0 {none chosen} one {# chosen} other {# chosen}})",
    "searchHelp.didYouMean": "Did you mean:",
    "searchHelp.corrected": "Nothing was found for “{q}”. Showing results for “{suggestion}”.",
    "searchHelp.waysOn": "Try these",
    "searchHelp.results": "{count, plural, one {# result} other {# results}}",
    "searchHelp.resultsOver": "over {count, plural, one {# result} other {# results}}",
    "rateLimit.refused": "Too many attempts. Try again in {minutes, plural, one {a minute} other {# minutes}}.",
    "pagination.label": "Pages",
    "pagination.previous": "Previous page",
    "pagination.next": "Next page",
    "pagination.status": "Page {page} of {pages} ({total, plural, one {# row} other {# rows}})",
  },
});
