import { defineMessages } from "../i18n/define-messages";

/**
 * Hints and errors of date and time fields. `{field}` is the field's label (the validation names
 * the field it refuses, see `dateField` in validation/date-fields.ts).
 */
export const dateMessages = defineMessages({
  fi: {
    "dates.dateHint": "Muodossa pp.kk.vvvv, esimerkiksi 15.2.2027.",
    "dates.timeHint": "Esimerkiksi 9.00 tai 13.30.",
    "dates.validation.date": "{field}: anna päivämäärä muodossa 15.2.2027.",
    "dates.validation.noSuchDay": "{field}: tätä päivää ei ole kalenterissa. Anna päivämäärä muodossa 15.2.2027.",
    "dates.validation.time": "{field}: anna kellonaika muodossa 9.00 tai 13.30.",
  },
  sv: {
    "dates.dateHint": "I formen dd.mm.åååå, till exempel 15.2.2027.",
    "dates.timeHint": "Till exempel 9.00 eller 13.30.",
    "dates.validation.date": "{field}: ange datumet i formen 15.2.2027.",
    "dates.validation.noSuchDay": "{field}: den dagen finns inte i kalendern. Ange datumet i formen 15.2.2027.",
    "dates.validation.time": "{field}: ange klockslaget i formen 9.00 eller 13.30.",
  },
  en: {
    "dates.dateHint": "As dd.mm.yyyy, for example 15.2.2027.",
    "dates.timeHint": "For example 9.00 or 13.30.",
    "dates.validation.date": "{field}: give the date as day.month.year, for example 15.2.2027.",
    "dates.validation.noSuchDay": "{field}: there is no such day in the calendar. Give the date as day.month.year, for example 15.2.2027.",
    "dates.validation.time": "{field}: give the time as 9.00 or 13.30.",
  },
});
