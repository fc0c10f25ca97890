/**
 * Word lists for the generated national data set. The words are the vocabulary of Finnish guidance
 * services in several inflected forms, so that the search meets compounds, inflection and Swedish
 * text as it would on real data.
 */

/** Organisation name stems by organisation type (parallel to the type codes). */
export const organizationKinds: { type: string; fi: string; sv: string }[] = [
  { type: "vocational_college", fi: "Ammattiopisto", sv: "Yrkesinstitut" },
  { type: "vocational_college", fi: "Koulutuskuntayhtymä", sv: "Samkommun för utbildning" },
  { type: "university_of_applied_sciences", fi: "Ammattikorkeakoulu", sv: "Yrkeshögskola" },
  { type: "university", fi: "Yliopiston avoin yliopisto", sv: "Öppna universitetet" },
  { type: "adult_education_centre", fi: "Kansalaisopisto", sv: "Medborgarinstitut" },
  { type: "adult_education_centre", fi: "Työväenopisto", sv: "Arbetarinstitut" },
  { type: "upper_secondary_for_adults", fi: "Aikuislukio", sv: "Vuxengymnasium" },
  { type: "employment_services", fi: "Työllisyyspalvelut", sv: "Sysselsättningstjänster" },
  { type: "employment_services", fi: "Työvoimapalvelut", sv: "Arbetskraftstjänster" },
  { type: "kela", fi: "Kelan palvelupiste", sv: "FPA:s serviceställe" },
  { type: "library", fi: "Kaupunginkirjasto", sv: "Stadsbibliotek" },
  { type: "municipality", fi: "Kaupungin nuorisopalvelut", sv: "Stadens ungdomstjänster" },
  { type: "ohjaamo", fi: "Ohjaamo", sv: "Navigatorn" },
  { type: "third_sector", fi: "Setlementti", sv: "Settlement" },
  { type: "third_sector", fi: "Työttömien yhdistys", sv: "Arbetslösas förening" },
  { type: "company", fi: "Valmennuspalvelut Oy", sv: "Coachningstjänster Ab" },
  { type: "other", fi: "Kesäyliopisto", sv: "Sommaruniversitet" },
];

export const organizationDescriptions = [
  "Tarjoamme koulutusneuvontaa ja urasuunnittelua kaikenikäisille.",
  "Ohjausta ja neuvontaa koulutukseen hakeutumisessa.",
  "Aikuiskoulutusta, ammatillista koulutusta ja oppisopimuskoulutusta.",
  "Olemme mukana alueen elinikäisen ohjauksen verkostossa.",
  "Palvelemme työnhakijoita, opiskelijoita ja työnantajia.",
  "Maksutonta ohjausta opintojen rahoituksesta ja opintotuesta.",
  "Tuemme nuoria koulutus- ja työpolun löytämisessä.",
  "Järjestämme kotoutumiskoulutusta ja suomen kielen opetusta.",
  "Avoimen yliopiston opintoja ja jatkuvan oppimisen palveluita.",
  "Kirjaston tietopalvelu ja digituki auttavat tiedonhaussa.",
];

export const serviceNames: { fi: string; sv: string }[] = [
  { fi: "Aikuiskoulutus", sv: "Vuxenutbildning" },
  { fi: "Koulutusneuvonta", sv: "Utbildningsrådgivning" },
  { fi: "Urasuunnittelu", sv: "Karriärplanering" },
  { fi: "Opintojen rahoitus", sv: "Studiefinansiering" },
  { fi: "Opinto-ohjaus", sv: "Studiehandledning" },
  { fi: "Uraohjaus", sv: "Karriärvägledning" },
  { fi: "Työnhakuvalmennus", sv: "Jobbsökarträning" },
  { fi: "Osaamiskartoitus", sv: "Kompetenskartläggning" },
  { fi: "Aiemmin hankitun osaamisen tunnustaminen", sv: "Erkännande av tidigare förvärvat kunnande" },
  { fi: "Koulutukseen hakeutumisen ohjaus", sv: "Vägledning för ansökan till utbildning" },
  { fi: "Oppisopimusneuvonta", sv: "Läroavtalsrådgivning" },
  { fi: "Yrittäjyysneuvonta", sv: "Företagsrådgivning" },
  { fi: "Maahanmuuttajien neuvonta", sv: "Rådgivning för invandrare" },
  { fi: "Kotoutumiskoulutuksen ohjaus", sv: "Vägledning till integrationsutbildning" },
  { fi: "Nuorten ohjaus ja neuvonta", sv: "Handledning för unga" },
  { fi: "Etsivä nuorisotyö", sv: "Uppsökande ungdomsarbete" },
  { fi: "Työkokeilu", sv: "Arbetsprövning" },
  { fi: "Jatkuvan oppimisen palvelut", sv: "Tjänster för kontinuerligt lärande" },
  { fi: "Elämänhallinnan tuki", sv: "Stöd i livskompetens" },
  { fi: "Digituki", sv: "Digistöd" },
  { fi: "Ammatinvalintapsykologin palvelut", sv: "Yrkesvalspsykologens tjänster" },
  { fi: "Opintoneuvonta verkossa", sv: "Studierådgivning på nätet" },
  { fi: "Opintotukineuvonta", sv: "Studiestödsrådgivning" },
  { fi: "Työllisyyspalveluiden ohjaus", sv: "Vägledning inom sysselsättningstjänster" },
  { fi: "Rekrytointipalvelut työnantajille", sv: "Rekryteringstjänster för arbetsgivare" },
  { fi: "Ryhmäohjaus", sv: "Gruppvägledning" },
  { fi: "Mobiili ohjauspiste", sv: "Mobil vägledningspunkt" },
];

export const serviceDescriptions = [
  "Neuvomme aikuiskoulutukseen hakeutumisessa ja koulutusvaihtoehtojen vertailussa.",
  "Autamme urasuunnittelussa, työnhaussa ja ansioluettelon tekemisessä.",
  "Tietoa opintojen rahoituksesta, opintotuesta ja aikuiskoulutustuesta.",
  "Henkilökohtaista ohjausta koulutusvalintoihin puhelimitse, chatissa ja paikan päällä.",
  "Ryhmäohjausta maahanmuuttajille suomeksi, englanniksi ja venäjäksi.",
  "Tuemme nuoria opintojen loppuunsaattamisessa ja jatko-opintoihin hakemisessa.",
  "Osaamisen tunnistamista ja tunnustamista sekä osaamiskartoituksia.",
  "Palvelu on maksuton ja luottamuksellinen.",
  "Ohjaamme oppisopimuskoulutukseen ja työpaikalla tapahtuvaan oppimiseen.",
  "Yrittäjäksi aikovien neuvontaa ja koulutusta.",
  "Koulutusneuvonta on tarkoitettu kaikille alueen asukkaille.",
  "Tutustu koulutustarjontaan ja varaa aika ohjaajalle.",
  "Vi ger råd om utbildning och karriär på svenska.",
  "Studievägledning för vuxna som vill byta yrke.",
  "Guidance in English for international students and job seekers.",
];

export const givenNames = [
  "Aino", "Anna", "Elina", "Emilia", "Helmi", "Johanna", "Katja", "Laura", "Maria", "Minna",
  "Noora", "Päivi", "Riikka", "Sari", "Satu", "Tiina", "Tuula", "Venla", "Hanna", "Kaisa",
  "Antti", "Eero", "Heikki", "Janne", "Juha", "Jukka", "Kari", "Markku", "Matti", "Mikko",
  "Olli", "Pekka", "Petri", "Sami", "Timo", "Tuomas", "Ville", "Väinö", "Jari", "Lauri",
];

export const familyNames = [
  "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
  "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
  "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
  "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Kauppinen", "Pesonen",
  "Väisänen", "Kärkkäinen", "Pulkkinen", "Oksanen", "Manninen", "Lindholm", "Forsman", "Öhman",
];

export const titles: { fi: string; sv: string }[] = [
  { fi: "opinto-ohjaaja", sv: "studiehandledare" },
  { fi: "uraohjaaja", sv: "karriärvägledare" },
  { fi: "koulutusneuvoja", sv: "utbildningsrådgivare" },
  { fi: "työllisyyskoordinaattori", sv: "sysselsättningskoordinator" },
  { fi: "erityisasiantuntija", sv: "specialsakkunnig" },
  { fi: "palveluohjaaja", sv: "servicehandledare" },
  { fi: "etsivä nuorisotyöntekijä", sv: "uppsökande ungdomsarbetare" },
  { fi: "kirjastonhoitaja", sv: "bibliotekarie" },
  { fi: "ammatinvalintapsykologi", sv: "yrkesvalspsykolog" },
  { fi: "koulutussuunnittelija", sv: "utbildningsplanerare" },
  { fi: "oppisopimusneuvoja", sv: "läroavtalsrådgivare" },
  { fi: "yritysneuvoja", sv: "företagsrådgivare" },
];

export const streets = [
  "Kauppakatu", "Koulukatu", "Asemakatu", "Kirkkokatu", "Rantatie", "Puistokatu", "Torikatu",
  "Opistontie", "Kirjastonkatu", "Teollisuustie", "Keskuskatu", "Sairaalantie",
];

export const servicePointNames = ["Toimipiste", "Palvelupiste", "Ohjauspiste", "Kampus", "Asiointipiste", "Kirjasto"];

/** Approximate centres of the regions, so that coordinates fall where the service point is. */
export const regionCentres: Record<string, [number, number]> = {
  maakunta_01: [60.25, 24.9],
  maakunta_02: [60.6, 22.4],
  maakunta_04: [61.5, 21.9],
  maakunta_05: [60.9, 24.3],
  maakunta_06: [61.6, 23.8],
  maakunta_07: [61.1, 25.7],
  maakunta_08: [60.7, 26.8],
  maakunta_09: [61.1, 28.2],
  maakunta_10: [61.7, 27.3],
  maakunta_11: [62.9, 27.6],
  maakunta_12: [62.6, 29.8],
  maakunta_13: [62.3, 25.7],
  maakunta_14: [62.8, 22.8],
  maakunta_15: [63.1, 21.6],
  maakunta_16: [63.8, 23.1],
  maakunta_17: [65.0, 25.5],
  maakunta_18: [64.2, 27.7],
  maakunta_19: [67.5, 26.0],
  maakunta_21: [60.1, 19.9],
};
