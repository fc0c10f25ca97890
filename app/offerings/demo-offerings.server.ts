import type { CurrentUser } from "../kit/permissions/roles";
import type { Transaction } from "../kit/db/db.server";
import { addDays, addMonths, startOfMonth, todayInFinland } from "../kit/dates/calendar";
import { fieldPrefix, type DurationUnit, type EducationType, type FundingForm, type TeachingMethod } from "./code-lists";
import { createOffering } from "./commands/offering.server";
import type { OfferingInput } from "./inputs";

type Application = "open" | "upcoming" | "closed" | "continuous";

interface DemoOffering {
  org: string;
  name: [fi: string, sv: string, en: string];
  description: string;
  type: EducationType;
  field: string;
  method: TeachingMethod;
  municipality: string;
  languages?: OfferingInput["teachingLanguages"];
  price?: number;
  duration?: [number, DurationUnit];
  funding?: FundingForm[];
  groups?: OfferingInput["targetGroups"];
  application: Application;
  /** Months from the load day to the start (ignored for a continuous application: personal start). */
  startsIn?: number;
}

/**
 * Invented but plausible offerings of the real demo organisations of Lapland and Kainuu (see
 * organizations.ts). The list is fixed; dates are placed relative to the day of loading, so that
 * the demo always has applications open now, coming and closed.
 */
const demoOfferings: DemoOffering[] = [
  // Lapin ammattiopisto
  { org: "lapin-ammattiopisto", name: ["Sosiaali- ja terveysalan perustutkinto, lähihoitaja", "Grundexamen inom social- och hälsovårdsbranschen, närvårdare", "Vocational qualification in social and health care, practical nurse"], description: "Lähihoitajan koulutus aikuisille monimuoto-opetuksena. Osan opinnoista voi suorittaa oppisopimuksella.", type: "vocational_qualification", field: "09", method: "blended", municipality: "kunta_698", duration: [2, "years"], funding: ["student_financial_aid", "apprenticeship", "self_motivated_study"], groups: ["career_changers", "unemployed"], application: "open", startsIn: 3 },
  { org: "lapin-ammattiopisto", name: ["Talotekniikan perustutkinto", "Grundexamen i husteknik", "Vocational qualification in building services"], description: "Putkiasentajan ja ilmanvaihtoasentajan osaamisala. Käytännön harjoittelua työmailla.", type: "vocational_qualification", field: "07", method: "contact", municipality: "kunta_698", duration: [18, "months"], funding: ["student_financial_aid", "apprenticeship"], groups: ["without_education", "young_people"], application: "continuous" },
  { org: "lapin-ammattiopisto", name: ["Johtamisen ja yritysjohtamisen erikoisammattitutkinto", "Specialyrkesexamen i ledarskap och företagsledning", "Specialist vocational qualification in management"], description: "Esihenkilöille ja yrittäjille, jotka haluavat kehittää johtamistaitojaan työn ohessa.", type: "specialist_vocational_qualification", field: "04", method: "blended", municipality: "kunta_698", price: 0, duration: [18, "months"], funding: ["apprenticeship", "employer_funded", "adult_education_allowance"], groups: ["entrepreneurs", "further_training_seekers"], application: "open", startsIn: 2 },
  { org: "lapin-ammattiopisto", name: ["Kuljetusalan ammattitutkinto, yhdistelmäajoneuvon kuljettaja", "Yrkesexamen inom transportbranschen", "Further vocational qualification in transport"], description: "Työvoimakoulutuksena toteutettava koulutus työttömille työnhakijoille. Sisältää CE-ajokortin.", type: "labour_market_training", field: "10", method: "contact", municipality: "kunta_758", duration: [10, "months"], funding: ["labour_market_training"], groups: ["unemployed", "job_seekers"], application: "upcoming", startsIn: 4 },
  // Lapin matkailuopisto
  { org: "lapin-matkailuopisto", name: ["Matkailualan perustutkinto, matkailupalvelujen tuottaja", "Grundexamen inom turismbranschen", "Vocational qualification in tourism"], description: "Ohjelmapalveluja, safareita ja asiakaspalvelua Lapin matkailukeskuksissa.", type: "vocational_qualification", field: "10", method: "contact", municipality: "kunta_698", languages: ["fi", "en"], duration: [2, "years"], funding: ["student_financial_aid", "apprenticeship"], groups: ["young_people", "career_changers"], application: "closed", startsIn: 1 },
  { org: "lapin-matkailuopisto", name: ["Luonto-opas, tutkinnon osat", "Naturguide, examensdelar", "Nature guide, qualification units"], description: "Erätaidot, turvallisuus ja opastus arktisessa luonnossa lyhytkoulutuksena.", type: "vocational_training", field: "10", method: "contact", municipality: "kunta_698", languages: ["fi", "en"], price: 0, duration: [12, "weeks"], funding: ["self_motivated_study"], groups: ["further_training_seekers", "career_changers"], application: "open", startsIn: 2 },
  // Lappia
  { org: "lappia", name: ["Kone- ja tuotantotekniikan perustutkinto", "Grundexamen i maskin- och produktionsteknik", "Vocational qualification in mechanical engineering and production technology"], description: "Koneistusta ja hitsausta Tornion ja Kemin teollisuuden tarpeisiin.", type: "vocational_qualification", field: "07", method: "contact", municipality: "kunta_851", languages: ["fi", "sv"], duration: [2, "years"], funding: ["student_financial_aid", "apprenticeship"], groups: ["young_people", "without_education"], application: "open", startsIn: 3 },
  { org: "lappia", name: ["Hitsaajan osaamista aikuisille", "Svetsning för vuxna", "Welding for adults"], description: "Hitsauksen tutkinnon osat aikuisille, joilla on aiempaa kokemusta metallialalta.", type: "further_vocational_qualification", field: "07", method: "contact", municipality: "kunta_240", duration: [6, "months"], funding: ["self_motivated_study", "adult_education_allowance"], groups: ["career_changers", "unemployed"], application: "continuous" },
  { org: "lappia", name: ["Liiketoiminnan perustutkinto", "Grundexamen i affärsverksamhet", "Vocational qualification in business"], description: "Asiakaspalvelu, myynti ja taloushallinto. Etäopiskelu onnistuu suurelta osin.", type: "vocational_qualification", field: "04", method: "distance", municipality: "kunta_240", duration: [18, "months"], funding: ["student_financial_aid", "self_motivated_study"], groups: ["career_changers", "returning_to_work_or_studies"], application: "continuous" },
  // Itä-Lapin ammattiopisto
  { org: "ita-lapin-ammattiopisto", name: ["Metsäalan perustutkinto, metsäkoneenkuljettaja", "Grundexamen i skogsbruk, skogsmaskinförare", "Vocational qualification in forestry, forest machine operator"], description: "Harvesterin ja kuormatraktorin kuljettajan koulutus simulaattoreilla ja metsätyömailla.", type: "vocational_qualification", field: "08", method: "contact", municipality: "kunta_320", duration: [18, "months"], funding: ["student_financial_aid", "apprenticeship"], groups: ["young_people", "career_changers"], application: "open", startsIn: 3 },
  { org: "ita-lapin-ammattiopisto", name: ["Valmentava koulutus (TUVA)", "Handledande utbildning (Hux)", "Preparatory education for a qualification"], description: "Tutkintokoulutukseen valmentava koulutus: opiskelutaidot, alan valinta ja suomen kieli.", type: "preparatory_training", field: "00", method: "contact", municipality: "kunta_320", duration: [1, "years"], funding: ["student_financial_aid"], groups: ["young_people", "immigrants", "drop_outs"], application: "continuous" },
  // Saamelaisalueen koulutuskeskus
  { org: "sakk", name: ["Saamenkielinen poronhoidon perustutkinto", "Grundexamen i renskötsel på samiska", "Vocational qualification in reindeer husbandry (in Sami)"], description: "Poronhoitoa ja luontaiselinkeinoja pohjoissaamen kielellä Inarissa.", type: "vocational_qualification", field: "08", method: "contact", municipality: "kunta_148", languages: ["se", "fi"], duration: [2, "years"], funding: ["student_financial_aid", "apprenticeship"], groups: ["young_people", "entrepreneurs"], application: "upcoming", startsIn: 5 },
  { org: "sakk", name: ["Saamen kielen ja kulttuurin opinnot", "Studier i samiska språket och kulturen", "Sami language and culture studies"], description: "Inarinsaamen, koltansaamen ja pohjoissaamen kielikursseja etäopetuksena.", type: "liberal_adult_education", field: "02", method: "distance", municipality: "kunta_148", languages: ["se", "fi"], price: 60, duration: [40, "hours"], funding: [], groups: ["further_training_seekers", "returning_to_work_or_studies"], application: "open", startsIn: 1 },
  { org: "sakk", name: ["Duodji – saamelaisen käsityön ammattitutkinto", "Duodji – yrkesexamen i samiskt hantverk", "Duodji – further qualification in Sami handicraft"], description: "Saamelaisen käsityön perinteet ja tuotteistaminen yrittäjyyteen.", type: "further_vocational_qualification", field: "02", method: "blended", municipality: "kunta_148", languages: ["se", "fi"], duration: [1, "years"], funding: ["apprenticeship", "adult_education_allowance"], groups: ["entrepreneurs"], application: "closed", startsIn: 2 },
  // Lapin AMK
  { org: "lapin-amk", name: ["Sairaanhoitaja (AMK), monimuotototeutus", "Sjukskötare (YH), flerformsstudier", "Bachelor of Health Care, Nursing, blended"], description: "Sairaanhoitajakoulutus aikuisille työn ohessa. Lähipäiviä Rovaniemellä noin kerran kuukaudessa.", type: "uas_degree", field: "09", method: "blended", municipality: "kunta_698", duration: [210, "credits"], funding: ["student_financial_aid", "adult_education_allowance"], groups: ["career_changers", "applying_to_further_studies"], application: "upcoming", startsIn: 7 },
  { org: "lapin-amk", name: ["Insinööri (AMK), sähkö- ja automaatiotekniikka", "Ingenjör (YH), el- och automationsteknik", "Bachelor of Engineering, Electrical and Automation Engineering"], description: "Sähkö- ja automaatiotekniikan insinöörikoulutus Kemissä.", type: "uas_degree", field: "07", method: "contact", municipality: "kunta_240", duration: [240, "credits"], funding: ["student_financial_aid"], groups: ["applying_to_further_studies", "young_people"], application: "closed", startsIn: 8 },
  { org: "lapin-amk", name: ["Avoin AMK: arktinen matkailu", "Öppen YH: arktisk turism", "Open UAS: Arctic tourism"], description: "Avoimen AMK:n opintojakso matkailun kehittämisestä arktisissa olosuhteissa. Englanninkielinen verkkototeutus.", type: "open_uas_studies", field: "10", method: "distance", municipality: "kunta_698", languages: ["en"], price: 75, duration: [15, "credits"], funding: ["self_motivated_study"], groups: ["further_training_seekers", "career_changers"], application: "open", startsIn: 1 },
  { org: "lapin-amk", name: ["Tradenomi (YAMK), liiketoiminnan kehittäminen", "Tradenom (högre YH), affärsutveckling", "Master of Business Administration, Business Development"], description: "Ylempi AMK-tutkinto työelämässä oleville, verkko-opintoina.", type: "uas_masters_degree", field: "04", method: "distance", municipality: "kunta_698", duration: [90, "credits"], funding: ["adult_education_allowance", "employer_funded"], groups: ["further_training_seekers"], application: "upcoming", startsIn: 6 },
  // Lapin yliopisto
  { org: "lapin-yliopisto", name: ["Avoin yliopisto: kasvatustieteen perusopinnot", "Öppna universitetet: grundstudier i pedagogik", "Open university: basic studies in education"], description: "Kasvatustieteen perusopinnot 25 op verkossa. Sopii opinto-ohjaajiksi aikoville.", type: "open_university_studies", field: "01", method: "distance", municipality: "kunta_698", price: 375, duration: [25, "credits"], funding: ["self_motivated_study"], groups: ["further_training_seekers", "applying_to_further_studies"], application: "open", startsIn: 1 },
  { org: "lapin-yliopisto", name: ["Avoin yliopisto: oikeustieteen opintoja", "Öppna universitetet: juridiska studier", "Open university: studies in law"], description: "Oikeustieteen johdantokursseja etäopetuksena.", type: "open_university_studies", field: "04", method: "distance", municipality: "kunta_698", price: 150, duration: [10, "credits"], funding: [], groups: ["applying_to_further_studies"], application: "continuous" },
  { org: "lapin-yliopisto", name: ["Taiteen maisteri, taiteiden tutkimus", "Konstmagister", "Master of Arts in art research"], description: "Taiteiden tiedekunnan maisteriohjelma.", type: "university_degree", field: "02", method: "contact", municipality: "kunta_698", languages: ["fi", "en"], duration: [2, "years"], funding: ["student_financial_aid"], groups: ["applying_to_further_studies"], application: "closed", startsIn: 9 },
  // Lapin kesäyliopisto
  { org: "lapin-kesayliopisto", name: ["Ohjauksen täydennyskoulutus: uraohjauksen menetelmät", "Fortbildning i handledning: karriärvägledningens metoder", "Continuing education in guidance: career guidance methods"], description: "Ohjaustyötä tekeville: ratkaisukeskeinen uraohjaus, digitaaliset välineet ja verkosto-ohjaus.", type: "continuing_education", field: "01", method: "blended", municipality: "kunta_698", price: 450, duration: [5, "days"], funding: ["employer_funded"], groups: ["further_training_seekers"], application: "open", startsIn: 2 },
  { org: "lapin-kesayliopisto", name: ["Suomea maahanmuuttajille, taso A2", "Finska för invandrare, nivå A2", "Finnish for immigrants, level A2"], description: "Arjen suomea ja työelämän kieltä iltakurssina.", type: "liberal_adult_education", field: "00", method: "contact", municipality: "kunta_698", languages: ["fi", "en"], price: 90, duration: [60, "hours"], funding: [], groups: ["immigrants"], application: "open", startsIn: 1 },
  // Kainuun ammattiopisto
  { org: "kao", name: ["Sosiaali- ja terveysalan perustutkinto aikuisille", "Grundexamen inom social- och hälsovårdsbranschen för vuxna", "Vocational qualification in social and health care for adults"], description: "Lähihoitajaksi aikuisena Kajaanissa. Aiempi osaaminen tunnistetaan ja opiskelu etenee henkilökohtaisen suunnitelman mukaan.", type: "vocational_qualification", field: "09", method: "blended", municipality: "kunta_205", duration: [18, "months"], funding: ["student_financial_aid", "apprenticeship", "self_motivated_study", "adult_education_allowance"], groups: ["career_changers", "unemployed", "immigrants"], application: "open", startsIn: 2 },
  { org: "kao", name: ["Rakennusalan perustutkinto", "Grundexamen i byggnadsbranschen", "Vocational qualification in construction"], description: "Talonrakennusta ja korjausrakentamista Kainuun työmailla.", type: "vocational_qualification", field: "07", method: "contact", municipality: "kunta_205", duration: [2, "years"], funding: ["student_financial_aid", "apprenticeship"], groups: ["young_people", "without_education"], application: "continuous" },
  { org: "kao", name: ["Kaivosalan ammattitutkinto", "Yrkesexamen inom gruvbranschen", "Further vocational qualification in mining"], description: "Kaivosalan työtehtäviin Sotkamossa yhteistyössä alueen kaivosyhtiöiden kanssa.", type: "labour_market_training", field: "07", method: "contact", municipality: "kunta_765", duration: [8, "months"], funding: ["labour_market_training"], groups: ["unemployed", "job_seekers", "career_changers"], application: "open", startsIn: 2 },
  { org: "kao", name: ["Luonto- ja ympäristöalan perustutkinto", "Grundexamen i natur och miljö", "Vocational qualification in nature and environment"], description: "Luonto-ohjaajan osaamisala Suomussalmella, erätaidot ja luontomatkailu.", type: "vocational_qualification", field: "08", method: "contact", municipality: "kunta_777", duration: [2, "years"], funding: ["student_financial_aid"], groups: ["young_people", "career_changers"], application: "upcoming", startsIn: 5 },
  { org: "kao", name: ["Kotoutumiskoulutus: suomi ja työelämä", "Integrationsutbildning: finska och arbetslivet", "Integration training: Finnish and working life"], description: "Suomen kieltä, yhteiskuntatietoutta ja työelämään tutustumista maahanmuuttajille.", type: "integration_training", field: "00", method: "contact", municipality: "kunta_205", languages: ["fi", "en", "ru", "ar"], duration: [10, "months"], funding: ["labour_market_training"], groups: ["immigrants", "job_seekers"], application: "continuous" },
  { org: "kao", name: ["Tieto- ja viestintätekniikan perustutkinto", "Grundexamen i informations- och kommunikationsteknik", "Vocational qualification in information and communications technology"], description: "Ohjelmistotuotanto ja tietoverkot. Paljon verkko-opiskelua.", type: "vocational_qualification", field: "06", method: "blended", municipality: "kunta_205", duration: [2, "years"], funding: ["student_financial_aid", "self_motivated_study"], groups: ["young_people", "career_changers"], application: "closed", startsIn: 1 },
  { org: "kao", name: ["Ravintola- ja catering-alan perustutkinto", "Grundexamen i restaurang- och cateringbranschen", "Vocational qualification in restaurant and catering services"], description: "Kokin ja tarjoilijan tehtäviin Kajaanissa; työpaikalla oppiminen Vuokatin matkailukeskuksen ravintoloissa.", type: "vocational_qualification", field: "10", method: "contact", municipality: "kunta_205", duration: [2, "years"], funding: ["student_financial_aid", "apprenticeship"], groups: ["young_people", "career_changers", "immigrants"], application: "open", startsIn: 3 },
  // Kajaanin ammattikorkeakoulu
  { org: "kamk", name: ["Tradenomi (AMK), esports business", "Tradenom (YH), esports business", "Bachelor of Business Administration, Esports Business"], description: "Englanninkielinen tutkinto-ohjelma e-urheilun liiketoiminnasta.", type: "uas_degree", field: "04", method: "contact", municipality: "kunta_205", languages: ["en"], duration: [210, "credits"], funding: ["student_financial_aid"], groups: ["applying_to_further_studies", "young_people"], application: "upcoming", startsIn: 8 },
  { org: "kamk", name: ["Sairaanhoitaja (AMK), aikuiskoulutus", "Sjukskötare (YH), vuxenutbildning", "Bachelor of Health Care, Nursing, for adults"], description: "Monimuotoinen sairaanhoitajakoulutus työn ohessa opiskeleville.", type: "uas_degree", field: "09", method: "blended", municipality: "kunta_205", duration: [210, "credits"], funding: ["student_financial_aid", "adult_education_allowance"], groups: ["career_changers", "further_training_seekers"], application: "open", startsIn: 4 },
  { org: "kamk", name: ["Avoin AMK: peliohjelmoinnin perusteet", "Öppen YH: grunderna i spelprogrammering", "Open UAS: basics of game programming"], description: "Pelialan opintoja verkossa; väylä tutkinto-opiskelijaksi.", type: "open_uas_studies", field: "06", method: "distance", municipality: "kunta_205", languages: ["fi", "en"], price: 50, duration: [10, "credits"], funding: ["self_motivated_study"], groups: ["career_changers", "applying_to_further_studies"], application: "continuous" },
  { org: "kamk", name: ["Insinööri (AMK), kaivosala", "Ingenjör (YH), gruvteknik", "Bachelor of Engineering, Mining"], description: "Kaivostekniikan ja mineraalitalouden insinöörikoulutus.", type: "uas_degree", field: "07", method: "contact", municipality: "kunta_205", duration: [240, "credits"], funding: ["student_financial_aid"], groups: ["applying_to_further_studies"], application: "closed", startsIn: 8 },
  // Kajaanin yliopistokeskus
  { org: "kajaanin-yliopistokeskus", name: ["Avoin yliopisto: luokanopettajan opintoja", "Öppna universitetet: klasslärarstudier", "Open university: studies for class teachers"], description: "Kasvatustieteen ja monialaisten opintojen opintokokonaisuus Kajaanissa ja verkossa.", type: "open_university_studies", field: "01", method: "blended", municipality: "kunta_205", price: 300, duration: [25, "credits"], funding: ["self_motivated_study"], groups: ["applying_to_further_studies", "career_changers"], application: "open", startsIn: 2 },
  // Kainuun kesäyliopisto
  { org: "kainuun-kesayliopisto", name: ["Yrittäjän taloushallinto", "Företagarens ekonomiförvaltning", "Financial management for entrepreneurs"], description: "Kirjanpidon, verotuksen ja hinnoittelun perusteet aloittavalle yrittäjälle.", type: "continuing_education", field: "04", method: "distance", municipality: "kunta_205", price: 120, duration: [4, "weeks"], funding: ["employer_funded"], groups: ["entrepreneurs"], application: "open", startsIn: 1 },
  // Kajaanin kansalaisopisto
  { org: "kajaanin-kansalaisopisto", name: ["Digitaidot arkeen", "Digitala färdigheter för vardagen", "Digital skills for everyday life"], description: "Älypuhelin, verkkopankki ja sähköinen asiointi tutuiksi pienryhmässä.", type: "liberal_adult_education", field: "06", method: "contact", municipality: "kunta_205", price: 35, duration: [20, "hours"], funding: [], groups: ["returning_to_work_or_studies", "immigrants"], application: "open", startsIn: 1 },
  { org: "kajaanin-kansalaisopisto", name: ["Kuvataiteen iltakurssi", "Kvällskurs i bildkonst", "Evening course in visual arts"], description: "Piirustusta ja maalausta aloittelijoille ja harrastajille.", type: "liberal_adult_education", field: "02", method: "contact", municipality: "kunta_290", price: 70, duration: [30, "hours"], funding: [], groups: ["further_training_seekers"], application: "upcoming", startsIn: 2 },
  // Kajaanin lukio
  { org: "kajaanin-lukio", name: ["Aikuislinja: ylioppilastutkinto aikuisille", "Vuxengymnasium: studentexamen för vuxna", "General upper secondary for adults: matriculation examination"], description: "Lukion oppimäärä ja ylioppilastutkinto aikuisille iltaisin ja verkossa.", type: "upper_secondary_for_adults", field: "00", method: "blended", municipality: "kunta_205", duration: [3, "years"], funding: ["student_financial_aid"], groups: ["returning_to_work_or_studies", "drop_outs", "immigrants"], application: "continuous" },
  // Kainuun työllisyysalue
  { org: "kainuun-tyollisyysalue", name: ["Työvoimakoulutus: varastonhoitaja", "Arbetskraftsutbildning: lagerarbetare", "Labour market training: warehouse worker"], description: "Logistiikan tehtäviin valmentava työvoimakoulutus, sisältää trukkikortin.", type: "labour_market_training", field: "10", method: "contact", municipality: "kunta_290", duration: [4, "months"], funding: ["labour_market_training"], groups: ["unemployed", "job_seekers"], application: "open", startsIn: 1 },
];

/**
 * Loads the demo offerings in the demo data's transaction; organisations by their demo key, each
 * offering created by whoever keeps its organisation's entries (`keeperOf`).
 */
export async function loadDemoOfferings(tx: Transaction, keeperOf: (organizationKey: string) => CurrentUser, organizationIds: Map<string, string>, today = todayInFinland()): Promise<number> {
  const day = (offsetDays: number) => addDays(today, offsetDays);
  // Courses start on the first of the month after the given day, so never before applications close.
  const startAfter = (date: string) => addMonths(startOfMonth(date), 1);
  const periods: Record<Application, [number, number] | null> = { open: [-20, 30], upcoming: [20, 60], closed: [-90, -10], continuous: null };
  for (const o of demoOfferings) {
    const organizationId = organizationIds.get(o.org);
    if (!organizationId) throw new Error(`Demo offering of an unknown organisation: ${o.org}`);
    const period = periods[o.application];
    const personal = o.application === "continuous";
    await createOffering(
      keeperOf(o.org),
      {
        organizationId,
        name: { fi: o.name[0], sv: o.name[1], en: o.name[2] },
        description: { fi: o.description },
        educationType: o.type,
        fieldCode: `${fieldPrefix}${o.field}`,
        teachingLanguages: o.languages ?? ["fi"],
        teachingMethod: o.method,
        municipalityCode: o.municipality,
        personalStart: personal,
        startDate: personal ? undefined : startAfter(day(Math.max(Math.round((o.startsIn ?? 1) * 30.4), (period?.[1] ?? 0) + 1))),
        durationValue: o.duration?.[0],
        durationUnit: o.duration?.[1],
        price: o.price ?? 0,
        costDescription: {},
        applicationStart: period ? day(period[0]) : undefined,
        applicationEnd: period ? day(period[1]) : undefined,
        fundingForms: o.funding ?? [],
        targetGroups: o.groups ?? [],
        website: undefined,
      },
      tx,
    );
  }
  return demoOfferings.length;
}

export const demoOfferingCount = demoOfferings.length;
