import { defineMessages } from "../i18n/define-messages";

/** Messages of the edit conflict (409) shown on the work pages' edit forms; work-only, not in the public pages' chunk. */
export const conflictMessages = defineMessages({
  fi: {
    "conflict.message": "Tallennus ei onnistunut: {by} tallensi muutoksia {at} sen jälkeen, kun avasit lomakkeen.",
    "conflict.someoneElse": "joku muu",
    "conflict.kept":
      "Tekemäsi muutokset ovat yhä lomakkeessa. Vertaa niitä alla tallennettuun versioon, yhdistä muutokset ja tallenna uudelleen, niin sinun versiosi korvaa tallennetun.",
    "conflict.compare": "Tallennettu versio ja sinun versiosi",
    "conflict.field": "Kenttä",
    "conflict.saved": "Tallennettu versio",
    "conflict.yours": "Sinun versiosi",
    "conflict.same": "Tallennettu versio on sama kuin sinun versiosi.",
  },
  sv: {
    "conflict.message": "Det gick inte att spara: {by} sparade ändringar {at} efter att du öppnade formuläret.",
    "conflict.someoneElse": "någon annan",
    "conflict.kept":
      "Dina ändringar finns kvar i formuläret. Jämför dem med den sparade versionen nedan, för samman ändringarna och spara igen, så ersätter din version den sparade.",
    "conflict.compare": "Den sparade versionen och din version",
    "conflict.field": "Fält",
    "conflict.saved": "Sparad version",
    "conflict.yours": "Din version",
    "conflict.same": "Den sparade versionen är densamma som din.",
  },
  en: {
    "conflict.message": "Not saved: {by} saved changes at {at}, after you opened the form.",
    "conflict.someoneElse": "someone else",
    "conflict.kept":
      "Your changes are still in the form. Compare them with the saved version below, merge the changes and save again, and your version replaces the saved one.",
    "conflict.compare": "The saved version and yours",
    "conflict.field": "Field",
    "conflict.saved": "Saved version",
    "conflict.yours": "Your version",
    "conflict.same": "The saved version is the same as yours.",
  },
});
