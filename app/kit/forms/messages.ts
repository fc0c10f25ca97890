import { defineMessages } from "../i18n/define-messages";

/** Messages of the kit's form parts: the error summary, the saved notices and the language of a field. */
export const formMessages = defineMessages({
  fi: {
    "work.saved": "Muutokset tallennettu.",
    "work.created": "Tieto lisätty.",
    "work.deleted": "Tieto poistettu.",
    "work.verified": "Tiedot merkitty tarkistetuiksi.",
    "work.fieldLanguage.fi": "suomeksi",
    "work.fieldLanguage.sv": "ruotsiksi",
    "work.fieldLanguage.en": "englanniksi",
    "work.errorSummary": "Lomakkeessa on virheitä:",
  },
  sv: {
    "work.saved": "Ändringarna har sparats.",
    "work.created": "Uppgiften har lagts till.",
    "work.deleted": "Uppgiften har tagits bort.",
    "work.verified": "Uppgifterna har markerats som kontrollerade.",
    "work.fieldLanguage.fi": "på finska",
    "work.fieldLanguage.sv": "på svenska",
    "work.fieldLanguage.en": "på engelska",
    "work.errorSummary": "Formuläret innehåller fel:",
  },
  en: {
    "work.saved": "Your changes have been saved.",
    "work.created": "The entry has been added.",
    "work.deleted": "The entry has been deleted.",
    "work.verified": "The entry has been marked as checked.",
    "work.fieldLanguage.fi": "in Finnish",
    "work.fieldLanguage.sv": "in Swedish",
    "work.fieldLanguage.en": "in English",
    "work.errorSummary": "The form has errors:",
  },
});
