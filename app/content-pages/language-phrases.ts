import type { PageLanguage } from "~/kit/i18n/page-languages";

/**
 * The few phrases a page needs in a content language that the interface is not translated into, each
 * written in that language: the link to the page in it ("Информация на русском языке"), and the
 * service search preset to it. The interface languages have theirs here too, so that a link list
 * names every language in its own words (decision 0212).
 */
export interface LanguagePhrases {
  /** The language's own name for itself. */
  name: string;
  /** A link to information in this language, written in it. */
  information: string;
  /** The label of the service search limited to services in this language. */
  searchLabel: string;
  searchButton: string;
}

export const languagePhrases: Record<PageLanguage, LanguagePhrases> = {
  fi: { name: "suomi", information: "Tietoa suomeksi", searchLabel: "Hae ohjauspalveluja, joita saa suomeksi", searchButton: "Hae" },
  sv: { name: "svenska", information: "Information på svenska", searchLabel: "Sök vägledningstjänster på svenska", searchButton: "Sök" },
  en: { name: "English", information: "Information in English", searchLabel: "Find guidance services in English", searchButton: "Search" },
  ru: { name: "русский", information: "Информация на русском языке", searchLabel: "Найти консультационные услуги на русском языке", searchButton: "Искать" },
  uk: {
    name: "українська",
    information: "Інформація українською мовою",
    searchLabel: "Знайти консультаційні послуги українською мовою",
    searchButton: "Шукати",
  },
  ar: { name: "العربية", information: "معلومات باللغة العربية", searchLabel: "ابحث عن خدمات الإرشاد باللغة العربية", searchButton: "بحث" },
  so: { name: "Soomaali", information: "Macluumaad af-Soomaali ah", searchLabel: "Raadi adeegyada hagitaanka ee af-Soomaali", searchButton: "Raadi" },
};
