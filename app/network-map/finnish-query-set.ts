/**
 * Issue 10's Finnish query set (used by finnish-query-set.db.test.ts): guidance services as the demo
 * data and real networks describe them, and queries with the services a person would expect. A
 * query expects every service whose text has the query word in any inflected form, or as a part of a
 * compound ("palvelu" expects "työllisyyspalvelut").
 */
// Kajaani and Sotkamo are in Kainuu, Rovaniemi and Kemi in Lapland, Vaasa in Ostrobothnia.
const [kajaani, sotkamo, rovaniemi, kemi, vaasa] = ["kunta_205", "kunta_765", "kunta_698", "kunta_240", "kunta_905"];

type Text = { fi: string; sv?: string };
/**
 * `area`: the municipalities a service serves (for the queries that name a place); `remote`: the
 * service is reached by chat or phone and has no area, so it serves the whole country.
 */
export const documents: Record<string, { name: Text; description: Text; area?: string[]; remote?: "chat" | "phone" }> = {
  studyGuidance: {
    name: { fi: "Opinto-ohjaus aikuisille" },
    description: { fi: "Henkilökohtaista ohjausta opintojen suunnitteluun." },
    area: [kajaani],
  },
  serviceGuidance: {
    name: { fi: "Palveluohjaus työttömille" },
    description: { fi: "Palveluohjaaja auttaa työttömiä löytämään oikeat palvelut." },
    area: [kemi],
  },
  careerGuidance: {
    name: { fi: "Uraohjaus ammatinvaihtajille" },
    description: { fi: "Tuemme ammatinvaihtajia uuden alan valinnassa." },
    area: [rovaniemi],
  },
  adultEducation: {
    name: { fi: "Aikuiskoulutuksen hakuneuvonta" },
    description: { fi: "Neuvontaa aikuiskoulutukseen hakeutuville." },
  },
  apprenticeship: {
    name: { fi: "Oppisopimuskoulutus" },
    description: { fi: "Opiskele työpaikalla oppisopimuksella." },
  },
  employmentServices: {
    name: { fi: "Kaupungin työllisyyspalvelut" },
    description: { fi: "Työnhakijoiden palvelut ja työnhaun tuki." },
  },
  employmentOffice: {
    name: { fi: "TE-toimiston työnvälitys" },
    description: { fi: "TE-toimisto auttaa työpaikan löytämisessä." },
  },
  studyGrant: {
    name: { fi: "Kelan opintotukineuvonta" },
    description: { fi: "Neuvontaa opintotuesta ja asumistuesta opiskelijoille." },
  },
  digitalSupport: {
    name: { fi: "Kirjaston digituki" },
    description: { fi: "Digitukea verkkoasiointiin ja tietokoneen käyttöön." },
  },
  youth: {
    name: { fi: "Ohjaamo nuorille" },
    description: { fi: "Alle 30-vuotiaiden nuorten matalan kynnyksen palvelupiste." },
  },
  integration: {
    name: { fi: "Kotoutumiskoulutus maahanmuuttajille" },
    description: { fi: "Suomen kielen opetusta ja yhteiskuntatietoutta." },
  },
  itTraining: {
    name: { fi: "IT-alan täydennyskoulutus" },
    description: { fi: "Ohjelmointia ja tietoturvaa alanvaihtajille." },
  },
  entrepreneurship: {
    name: { fi: "Yrittäjyysneuvonta" },
    description: { fi: "Neuvontaa yrityksen perustamiseen ja starttirahaan." },
  },
  recognition: {
    name: { fi: "Osaamisen tunnistaminen" },
    description: { fi: "Selvitämme työssä hankitun osaamisesi." },
  },
  rehabilitation: {
    name: { fi: "Ammatillinen kuntoutus" },
    description: { fi: "Kuntoutujille suunnattu työkyvyn arviointi ja tuki." },
  },
  summerUniversity: {
    name: { fi: "Kesäyliopiston avoimet opinnot" },
    description: { fi: "Avoimen yliopiston kursseja kesällä." },
  },
  mentalHealth: {
    name: { fi: "Mielenterveyspalvelut opiskelijoille" },
    description: { fi: "Keskusteluapua ja terveydenhoitajan vastaanotto." },
  },
  phoneAdvice: {
    name: { fi: "Puhelinneuvonta" },
    description: { fi: "Soita ja kysy koulutusvaihtoehdoista." },
    remote: "phone",
  },
  chat: {
    name: { fi: "Chat-palvelu" },
    description: { fi: "Verkko-ohjausta chatissa arkisin." },
    remote: "chat",
  },
  applicantServices: {
    name: { fi: "Ammattikorkeakoulun hakijapalvelut" },
    description: { fi: "Hakijapalvelut auttavat yhteishaussa." },
  },
  adultUpperSecondary: {
    name: { fi: "Aikuislukion opinto-ohjaus" },
    description: { fi: "Lukio-opinnot aikuisille, myös etäopiskeluna." },
    area: [sotkamo],
  },
  studyFinancing: {
    name: { fi: "Opintojen rahoitus" },
    description: { fi: "Tietoa aikuiskoulutustuesta, opintolainasta ja työttömyysetuudesta opintojen aikana." },
  },
  workTrial: {
    name: { fi: "Työkokeilu" },
    description: { fi: "Kokeile uutta ammattia työpaikalla." },
  },
  wageSubsidy: {
    name: { fi: "Palkkatuki työnantajille" },
    description: { fi: "Tietoa palkkatuesta ja rekrytoinnin tuesta." },
  },
  swedishGuidance: {
    name: { fi: "Opinto-ohjaus ruotsiksi", sv: "Studiehandledning på svenska" },
    description: { fi: "Ohjausta ruotsin kielellä.", sv: "Vi hjälper dig att välja utbildning och söka till studier." },
    area: [vaasa],
  },
  jobCoaching: {
    name: { fi: "Työnhakuvalmennus", sv: "Jobbsökarträning" },
    description: { fi: "Valmennusta työnhakuun ja hakemusten kirjoittamiseen.", sv: "Träning i jobbsökning och ansökningar." },
  },
  educationAdvice: {
    name: { fi: "Koulutusneuvonta" },
    description: { fi: "Maksutonta neuvontaa koulutusvalintoihin." },
  },
  workshop: {
    name: { fi: "Nuorten työpaja" },
    description: { fi: "Työpajatoimintaa ja valmennusta nuorille." },
  },
  adultEducationCentre: {
    name: { fi: "Kansalaisopiston kurssit" },
    description: { fi: "Kieliä, taidetta ja liikuntaa kaikenikäisille." },
  },
  debtAdvice: {
    name: { fi: "Talous- ja velkaneuvonta" },
    description: { fi: "Apua velkojen järjestelyyn ja talouden suunnitteluun." },
  },
};

type Key = keyof typeof documents;
export interface Query {
  q: string;
  kind: "inflection" | "gradation" | "compound" | "typo" | "everyday" | "swedish" | "base form" | "place";
  expect: Key[];
  /** Found only once the synonym list (issue 10, item 3) maps the everyday word. */
  needsSynonyms?: boolean;
}

const guidance: Key[] = ["studyGuidance", "serviceGuidance", "careerGuidance", "chat", "adultUpperSecondary", "swedishGuidance"];
const advice: Key[] = ["adultEducation", "studyGrant", "entrepreneurship", "phoneAdvice", "educationAdvice", "debtAdvice"];
const education: Key[] = ["adultEducation", "apprenticeship", "integration", "itTraining", "phoneAdvice", "studyFinancing", "educationAdvice"];
const services: Key[] = ["serviceGuidance", "employmentServices", "youth", "mentalHealth", "chat", "applicantServices"];
const studies: Key[] = ["studyGuidance", "studyGrant", "summerUniversity", "adultUpperSecondary", "studyFinancing", "swedishGuidance"];

export const queries: Query[] = [
  // Inflected forms of the words in the texts.
  { q: "ohjauksessa", kind: "inflection", expect: guidance },
  { q: "ohjaukseen", kind: "inflection", expect: guidance },
  { q: "ohjausta", kind: "inflection", expect: guidance },
  { q: "ohjauksen", kind: "inflection", expect: guidance },
  { q: "ammatinvaihtajille", kind: "inflection", expect: ["careerGuidance"] },
  { q: "ammatinvaihtaja", kind: "inflection", expect: ["careerGuidance"] },
  { q: "työttömille", kind: "inflection", expect: ["serviceGuidance"] },
  { q: "työtön", kind: "inflection", expect: ["serviceGuidance"] },
  { q: "aikuiskoulutukseen", kind: "inflection", expect: ["adultEducation", "studyFinancing"] },
  { q: "aikuiskoulutusta", kind: "inflection", expect: ["adultEducation", "studyFinancing"] },
  { q: "neuvontaa", kind: "inflection", expect: advice },
  { q: "neuvonnassa", kind: "inflection", expect: advice },
  { q: "koulutukseen", kind: "inflection", expect: education },
  { q: "koulutuksista", kind: "inflection", expect: education },
  { q: "palveluista", kind: "inflection", expect: services },
  { q: "palvelut", kind: "inflection", expect: services },
  { q: "opiskelijalle", kind: "inflection", expect: ["studyGrant", "mentalHealth"] },
  { q: "nuorelle", kind: "inflection", expect: ["youth", "workshop"] },
  { q: "nuoria", kind: "inflection", expect: ["youth", "workshop"] },
  { q: "yliopistossa", kind: "inflection", expect: ["summerUniversity"] },
  { q: "kursseille", kind: "inflection", expect: ["summerUniversity", "adultEducationCentre"] },
  { q: "valmennukseen", kind: "inflection", expect: ["jobCoaching", "workshop"] },
  { q: "työnhakijoille", kind: "inflection", expect: ["employmentServices"] },
  { q: "maahanmuuttaja", kind: "inflection", expect: ["integration"] },
  { q: "kuntoutujalle", kind: "inflection", expect: ["rehabilitation"] },
  { q: "opintoihin", kind: "inflection", expect: studies },
  { q: "työpaikoilla", kind: "inflection", expect: ["apprenticeship", "employmentOffice", "workTrial"] },
  { q: "työnantajalle", kind: "inflection", expect: ["wageSubsidy"] },
  { q: "kirjastossa", kind: "inflection", expect: ["digitalSupport"] },
  { q: "yrityksille", kind: "inflection", expect: ["entrepreneurship"] },
  // Consonant gradation and stem changes.
  { q: "opintotuki", kind: "gradation", expect: ["studyGrant"] },
  { q: "opintotukea", kind: "gradation", expect: ["studyGrant"] },
  { q: "palkkatukea", kind: "gradation", expect: ["wageSubsidy"] },
  { q: "digituen", kind: "gradation", expect: ["digitalSupport"] },
  { q: "tuki", kind: "gradation", expect: ["employmentServices", "rehabilitation", "wageSubsidy", "studyGrant", "digitalSupport", "studyFinancing"] },
  { q: "kieli", kind: "gradation", expect: ["integration", "swedishGuidance", "adultEducationCentre"] },
  { q: "kielen", kind: "gradation", expect: ["integration", "swedishGuidance", "adultEducationCentre"] },
  { q: "työpaikka", kind: "gradation", expect: ["apprenticeship", "employmentOffice", "workTrial"] },
  { q: "oppisopimus", kind: "gradation", expect: ["apprenticeship"] },
  { q: "kaupunki", kind: "gradation", expect: ["employmentServices"] },
  { q: "rekrytointi", kind: "gradation", expect: ["wageSubsidy"] },
  { q: "velat", kind: "gradation", expect: ["debtAdvice"] },
  { q: "talous", kind: "gradation", expect: ["debtAdvice"] },
  { q: "kynnys", kind: "gradation", expect: ["youth"] },
  { q: "haku", kind: "gradation", expect: ["adultEducation", "employmentServices", "applicantServices", "jobCoaching"] },
  { q: "opintolaina", kind: "gradation", expect: ["studyFinancing"] },
  // Compounds and their parts.
  { q: "palvelu", kind: "compound", expect: services },
  { q: "palveluohjaus", kind: "compound", expect: ["serviceGuidance"] },
  { q: "koulutus", kind: "compound", expect: education },
  { q: "neuvonta", kind: "compound", expect: advice },
  { q: "aikuiskoulutus", kind: "compound", expect: ["adultEducation", "studyFinancing"] },
  { q: "uraohjaus", kind: "compound", expect: ["careerGuidance"] },
  { q: "opinto-ohjaus", kind: "compound", expect: ["studyGuidance", "adultUpperSecondary", "swedishGuidance"] },
  { q: "mielenterveys", kind: "compound", expect: ["mentalHealth"] },
  { q: "terveys", kind: "compound", expect: ["mentalHealth"] },
  { q: "hakijapalvelut", kind: "compound", expect: ["applicantServices"] },
  { q: "työpaja", kind: "compound", expect: ["workshop"] },
  { q: "tietoturva", kind: "compound", expect: ["itTraining"] },
  { q: "lukio", kind: "compound", expect: ["adultUpperSecondary"] },
  { q: "kesäyliopisto", kind: "compound", expect: ["summerUniversity"] },
  { q: "valmennus", kind: "compound", expect: ["jobCoaching", "workshop"] },
  { q: "velkaneuvonta", kind: "compound", expect: ["debtAdvice"] },
  { q: "starttiraha", kind: "compound", expect: ["entrepreneurship"] },
  { q: "yhteishaku", kind: "compound", expect: ["applicantServices"] },
  { q: "työnvälitys", kind: "compound", expect: ["employmentOffice"] },
  { q: "ammattikorkeakoulu", kind: "compound", expect: ["applicantServices"] },
  { q: "korkeakoulu", kind: "compound", expect: ["applicantServices"] },
  { q: "koulutusvaihtoehdot", kind: "compound", expect: ["phoneAdvice"] },
  // Typos: a letter missing, doubled, or two letters swapped.
  { q: "neuovnta", kind: "typo", expect: advice },
  { q: "palveluohajus", kind: "typo", expect: ["serviceGuidance"] },
  { q: "oppisopimsu", kind: "typo", expect: ["apprenticeship"] },
  { q: "kotoutumiskoultus", kind: "typo", expect: ["integration"] },
  { q: "kesäylipisto", kind: "typo", expect: ["summerUniversity"] },
  { q: "yrittäjyysneuvnota", kind: "typo", expect: ["entrepreneurship"] },
  { q: "työkokeliu", kind: "typo", expect: ["workTrial"] },
  { q: "hakijapalvleut", kind: "typo", expect: ["applicantServices"] },
  // Everyday words and names of services.
  { q: "te-toimisto", kind: "everyday", expect: ["employmentOffice"] },
  { q: "TE-toimistoon", kind: "everyday", expect: ["employmentOffice"] },
  { q: "it-ala", kind: "everyday", expect: ["itTraining"] },
  { q: "IT-alalle", kind: "everyday", expect: ["itTraining"] },
  { q: "kela", kind: "everyday", expect: ["studyGrant"] },
  { q: "ohjaamo", kind: "everyday", expect: ["youth"] },
  { q: "chat", kind: "everyday", expect: ["chat"] },
  { q: "digituki", kind: "everyday", expect: ["digitalSupport"] },
  { q: "työkkäri", kind: "everyday", expect: ["employmentOffice", "employmentServices"], needsSynonyms: true },
  { q: "amk", kind: "everyday", expect: ["applicantServices"], needsSynonyms: true },
  { q: "opo", kind: "everyday", expect: ["studyGuidance", "adultUpperSecondary", "swedishGuidance"], needsSynonyms: true },
  { q: "kansalaisopisto", kind: "everyday", expect: ["adultEducationCentre"] },
  { q: "kansalaisopistoon", kind: "everyday", expect: ["adultEducationCentre"] },
  // Swedish.
  { q: "studiehandledning", kind: "swedish", expect: ["swedishGuidance"] },
  { q: "utbildning", kind: "swedish", expect: ["swedishGuidance"] },
  { q: "studier", kind: "swedish", expect: ["swedishGuidance"] },
  { q: "jobbsökning", kind: "swedish", expect: ["jobCoaching"] },
  { q: "ansökan", kind: "swedish", expect: ["jobCoaching"] },
  // Base forms and several words.
  { q: "ohjaus", kind: "base form", expect: guidance },
  { q: "työttömät palvelut", kind: "base form", expect: ["serviceGuidance"] },
  { q: "ohjaus aikuisille", kind: "base form", expect: ["studyGuidance", "adultUpperSecondary"] },
  { q: "neuvonta opintotuki", kind: "base form", expect: ["studyGrant"] },
  { q: "nuorten työpaja", kind: "base form", expect: ["workshop"] },
  // A municipality named in the words (decision 0195): the services of its region and the remote ones that serve everyone.
  { q: "ohjaus kajaanissa", kind: "place", expect: ["studyGuidance", "adultUpperSecondary", "chat"] },
  { q: "ohjausta Kajaaniin", kind: "place", expect: ["studyGuidance", "adultUpperSecondary", "chat"] },
  { q: "ohjaus Kajana", kind: "place", expect: ["studyGuidance", "adultUpperSecondary", "chat"] },
  { q: "uraohjaus Rovaniemi", kind: "place", expect: ["careerGuidance"] },
  { q: "ohjausta rovaniemellä", kind: "place", expect: ["careerGuidance", "serviceGuidance", "chat"] },
  { q: "palveluohjaus kemissä", kind: "place", expect: ["serviceGuidance"] },
  { q: "studiehandledning i Vasa", kind: "place", expect: ["swedishGuidance"] },
  { q: "opinto-ohjaus vaasassa", kind: "place", expect: ["swedishGuidance"] },
  { q: "neuvontaa sotkamossa", kind: "place", expect: ["phoneAdvice"] },
  { q: "Kajaani", kind: "place", expect: ["studyGuidance", "adultUpperSecondary", "chat", "phoneAdvice"] },
];
