import { defineMessages } from "../../kit/i18n/define-messages";

export const offeringExchangeMessages = defineMessages({
  fi: {
    "offeringExchange.sheet": "Koulutukset",
    "offeringExchange.importTitle": "Tuo koulutuksia CSV-tiedostosta",
    "offeringExchange.importIntro":
      "Voit lisätä ja päivittää organisaatiosi koulutustarjontaa taulukkona. Jos yksikin rivi on virheellinen, mitään ei tuoda, ja saat luettelon korjattavista riveistä.",
    "offeringExchange.rule.columns":
      "Ensimmäisellä rivillä ovat sarakkeiden nimet kuten mallipohjassa. Kieliversiot ovat omissa sarakkeissaan, esimerkiksi name_fi, name_sv ja name_en.",
    "offeringExchange.rule.codes":
      "Koodit ovat kansallisten koodistojen mukaisia: koulutusala muodossa kansallinenkoulutusluokitus2016koulutusalataso1_04, kunta muodossa kunta_698. Luettelosarakkeissa koodit erotetaan pystyviivalla, esimerkiksi fi|sv.",
    "offeringExchange.rule.dates":
      "Päivämäärät muodossa 15.2.2027 tai 2027-02-15. Jos koulutus alkaa joustavasti, merkitse personal_start-sarakkeeseen true ja jätä alkamispäivä tyhjäksi. Hinta euroina; 0 on maksuton.",
    "offeringExchange.rule.permissions":
      "Yhdyshenkilö tuo koulutuksia vain omalle organisaatiolleen, koordinaattori maakuntansa verkoston organisaatioille. Organisaatio annetaan tunnisteena tai Y-tunnuksena.",
    "offeringExchange.rule.id": "Rivi, jonka id-sarakkeessa on tunniste, päivittää sen koulutuksen (esimerkiksi viedyn tiedoston rivit). Tyhjä id lisää uuden.",
    "offeringExchange.template": "Koulutusten CSV-mallipohja",
    "offeringExchange.exportTitle": "Vie koulutukset",
    "offeringExchange.exportIntro":
      "Lataa niiden organisaatioiden koulutukset, joiden tietoja ylläpidät: CSV-tiedostona (voidaan tuoda takaisin) tai Excel-tiedostona.",
    "offeringExchange.exportNone": "Et ylläpidä minkään organisaation koulutuksia.",
    "offeringExchange.csv": "Koulutukset (CSV)",
    "offeringExchange.xlsx": "Koulutukset (Excel)",
    "offeringExchange.badFile": "Tuntematon tiedosto. Vietävät tiedostot ovat offerings.csv ja offerings.xlsx.",
    "offeringExchange.importLink": "Tuo koulutuksia CSV-tiedostosta",
    "offeringExchange.exportLink": "Vie koulutukset CSV- tai Excel-tiedostoon",
  },
  sv: {
    "offeringExchange.sheet": "Utbildningar",
    "offeringExchange.importTitle": "Importera utbildningar från en CSV-fil",
    "offeringExchange.importIntro":
      "Du kan lägga till och uppdatera organisationens utbildningsutbud som en tabell. Om en enda rad är felaktig importeras ingenting, och du får en lista över raderna som ska rättas.",
    "offeringExchange.rule.columns":
      "Den första raden innehåller kolumnernas namn som i mallen. Språkversionerna har egna kolumner, till exempel name_fi, name_sv och name_en.",
    "offeringExchange.rule.codes":
      "Koderna följer de nationella kodlistorna: utbildningsområde i formen kansallinenkoulutusluokitus2016koulutusalataso1_04, kommun i formen kunta_698. I listkolumner skiljs koderna åt med ett lodrätt streck, till exempel fi|sv.",
    "offeringExchange.rule.dates":
      "Datum i formen 15.2.2027 eller 2027-02-15. Om utbildningen börjar flexibelt, skriv true i kolumnen personal_start och lämna startdatumet tomt. Pris i euro; 0 är avgiftsfritt.",
    "offeringExchange.rule.permissions":
      "En kontaktperson importerar utbildningar bara för sin egen organisation, en koordinator för organisationerna i landskapets nätverk. Organisationen anges med sin identifierare eller sitt FO-nummer.",
    "offeringExchange.rule.id":
      "En rad med en identifierare i kolumnen id uppdaterar den utbildningen (till exempel raderna i en exporterad fil). Ett tomt id lägger till en ny.",
    "offeringExchange.template": "CSV-mall för utbildningar",
    "offeringExchange.exportTitle": "Exportera utbildningar",
    "offeringExchange.exportIntro":
      "Ladda ner utbildningarna för de organisationer vars uppgifter du upprätthåller: som CSV-fil (kan importeras tillbaka) eller som Excel-fil.",
    "offeringExchange.exportNone": "Du upprätthåller inga organisationers utbildningar.",
    "offeringExchange.csv": "Utbildningar (CSV)",
    "offeringExchange.xlsx": "Utbildningar (Excel)",
    "offeringExchange.badFile": "Okänd fil. Filerna som kan exporteras är offerings.csv och offerings.xlsx.",
    "offeringExchange.importLink": "Importera utbildningar från en CSV-fil",
    "offeringExchange.exportLink": "Exportera utbildningarna till en CSV- eller Excel-fil",
  },
  en: {
    "offeringExchange.sheet": "Education",
    "offeringExchange.importTitle": "Import education offerings from a CSV file",
    "offeringExchange.importIntro":
      "You can add and update your organisation's education offerings as a table. If even one row is invalid, nothing is imported and you get a list of the rows to correct.",
    "offeringExchange.rule.columns":
      "The first row holds the column names as in the template. Each language version has its own column, for example name_fi, name_sv and name_en.",
    "offeringExchange.rule.codes":
      "Codes follow the national code lists: field of education as kansallinenkoulutusluokitus2016koulutusalataso1_04, municipality as kunta_698. In list columns codes are separated by a vertical bar, for example fi|sv.",
    "offeringExchange.rule.dates":
      "Dates as 15.2.2027 or 2027-02-15. If the studies start when the student is ready, write true in the personal_start column and leave the start date empty. Price in euros; 0 is free of charge.",
    "offeringExchange.rule.permissions":
      "A contact person imports offerings for their own organisation only, a coordinator for the organisations of their region's network. The organisation is given by its identifier or its business ID.",
    "offeringExchange.rule.id":
      "A row with an identifier in the id column updates that offering (for example the rows of an exported file). An empty id adds a new one.",
    "offeringExchange.template": "CSV template for education offerings",
    "offeringExchange.exportTitle": "Export education offerings",
    "offeringExchange.exportIntro": "Download the offerings of the organisations you keep: as a CSV file (which can be imported back) or as an Excel file.",
    "offeringExchange.exportNone": "You do not keep the offerings of any organisation.",
    "offeringExchange.csv": "Education offerings (CSV)",
    "offeringExchange.xlsx": "Education offerings (Excel)",
    "offeringExchange.badFile": "Unknown file. The files that can be exported are offerings.csv and offerings.xlsx.",
    "offeringExchange.importLink": "Import education offerings from a CSV file",
    "offeringExchange.exportLink": "Export the education offerings to a CSV or Excel file",
  },
});
