import type { LocalizedText } from "../kit/i18n/localized";
import type { OrganizationType } from "../network-map/code-lists";

/**
 * Real, public organisations of the Lapland and Kainuu guidance networks named in the source
 * documents (seeds 000 and 002), with a few of their well-known partners. Descriptions are ours.
 */
export interface DemoOrganization {
  key: string;
  name: LocalizedText;
  type: OrganizationType;
  regions: ("maakunta_19" | "maakunta_18")[];
  home: string[];
  parent?: string;
  businessId?: string;
  website?: string;
  description: LocalizedText;
}

export const demoOrganizations: DemoOrganization[] = [
  // Lappi
  {
    key: "redu",
    name: { fi: "Rovaniemen koulutuskuntayhtymä", sv: "Samkommunen för utbildning i Rovaniemi", en: "Rovaniemi Municipal Federation of Education" },
    type: "other",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    description: {
      fi: "Lapin ammattiopiston ja Lapin matkailuopiston ylläpitäjä.",
      sv: "Huvudman för yrkesinstitutet i Lappland.",
      en: "Maintains vocational colleges in Lapland.",
    },
  },
  {
    key: "lapin-ammattiopisto",
    name: { fi: "Lapin ammattiopisto", sv: "Lapplands yrkesinstitut", en: "Lapland Vocational College" },
    type: "vocational_college",
    regions: ["maakunta_19"],
    home: ["kunta_698", "kunta_758"],
    parent: "redu",
    description: {
      fi: "Ammatillista koulutusta nuorille ja aikuisille. Toteutti Lapin Opin ovi -projektin aikuisten opinto-ohjauksen ja koulutusneuvonnan kehittämiseksi.",
      sv: "Yrkesutbildning för unga och vuxna.",
      en: "Vocational education for young people and adults; ran the Opin ovi project on adult guidance in Lapland.",
    },
  },
  {
    key: "lapin-matkailuopisto",
    name: { fi: "Lapin matkailuopisto", sv: "Lapplands turisminstitut", en: "Lapland Tourism College" },
    type: "vocational_college",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    parent: "redu",
    description: {
      fi: "Matkailu- ja ravitsemisalan koulutusta. Menestyjäksi Lapissa -projektien päätoteuttaja.",
      en: "Tourism and catering education; led the Menestyjäksi Lapissa projects.",
    },
  },
  {
    key: "lappia",
    name: { fi: "Ammattiopisto Lappia", sv: "Yrkesinstitutet Lappia", en: "Lappia Vocational College" },
    type: "vocational_college",
    regions: ["maakunta_19"],
    home: ["kunta_851", "kunta_240"],
    description: { fi: "Ammatillista koulutusta Länsi-Lapissa.", sv: "Yrkesutbildning i västra Lappland.", en: "Vocational education in Western Lapland." },
  },
  {
    key: "ita-lapin-ammattiopisto",
    name: { fi: "Itä-Lapin ammattiopisto", sv: "Östra Lapplands yrkesinstitut", en: "East Lapland Vocational College" },
    type: "vocational_college",
    regions: ["maakunta_19"],
    home: ["kunta_320"],
    description: { fi: "Ammatillista koulutusta Itä-Lapin kunnissa.", en: "Vocational education in the municipalities of East Lapland." },
  },
  {
    key: "sakk",
    name: { fi: "Saamelaisalueen koulutuskeskus", sv: "Utbildningscentret i samernas hembygdsområde", en: "Sámi Education Institute" },
    type: "vocational_college",
    regions: ["maakunta_19"],
    home: ["kunta_148"],
    description: {
      fi: "Ammatillista koulutusta ja saamen kielen ja kulttuurin opetusta saamelaisalueella.",
      en: "Vocational education and Sámi language and culture in the Sámi homeland.",
    },
  },
  {
    key: "lapin-amk",
    name: { fi: "Lapin ammattikorkeakoulu", sv: "Lapplands yrkeshögskola", en: "Lapland University of Applied Sciences" },
    type: "university_of_applied_sciences",
    regions: ["maakunta_19"],
    home: ["kunta_698", "kunta_240"],
    description: {
      fi: "Jatkaa Kemi-Tornion ammattikorkeakoulun työtä: tutkinto-, avoin ja täydennyskoulutus.",
      en: "Continues the work of Kemi-Tornio UAS: degrees, open studies and continuing education.",
    },
  },
  {
    key: "lapin-yliopisto",
    name: { fi: "Lapin yliopisto", sv: "Lapplands universitet", en: "University of Lapland" },
    type: "university",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    description: {
      fi: "Yliopisto-opinnot ja avoin yliopisto.",
      sv: "Universitetsstudier och öppet universitet.",
      en: "University studies and the open university.",
    },
  },
  {
    key: "lapin-elinvoimakeskus",
    name: { fi: "Lapin elinvoimakeskus", sv: "Livskraftscentralen i Lappland", en: "Lapland Regional State Centre" },
    type: "other",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    description: {
      fi: "Entinen Lapin ELY-keskus. Lapin ELO-ryhmän puheenjohtaja ja sihteeri.",
      sv: "Tidigare NTM-centralen i Lappland.",
      en: "Formerly the Lapland ELY Centre; chairs the Lapland ELO group.",
    },
  },
  {
    key: "rovaniemi-tyollisyys",
    name: { fi: "Rovaniemen kaupungin työllisyyspalvelut", sv: "Rovaniemi stads sysselsättningstjänster", en: "Rovaniemi Employment Services" },
    type: "employment_services",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    description: { fi: "Työnhakijoiden palvelut, ammatinvalinta- ja uraohjaus.", en: "Services for job seekers, career guidance." },
  },
  {
    key: "rovaniemi-kirjasto",
    name: { fi: "Rovaniemen kaupunginkirjasto", sv: "Rovaniemi stadsbibliotek", en: "Rovaniemi City Library" },
    type: "library",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    description: { fi: "Kirjaston opastus, digituki ja opiskelijoiden tilat.", en: "Library guidance, digital support and study spaces." },
  },
  {
    key: "ohjaamo-rovaniemi",
    name: { fi: "Ohjaamo Rovaniemi", sv: "Navigator Rovaniemi", en: "Ohjaamo Rovaniemi" },
    type: "ohjaamo",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    description: { fi: "Alle 30-vuotiaiden matalan kynnyksen ohjauspiste.", en: "One-stop guidance centre for under-30s." },
  },
  {
    key: "lapin-kesayliopisto",
    name: { fi: "Lapin kesäyliopisto", sv: "Lapplands sommaruniversitet", en: "Lapland Summer University" },
    type: "adult_education_centre",
    regions: ["maakunta_19"],
    home: ["kunta_698"],
    description: {
      fi: "Avoimen yliopiston opintoja ja täydennyskoulutusta eri puolilla Lappia.",
      en: "Open university studies and continuing education across Lapland.",
    },
  },
  // Both regions
  {
    key: "kela",
    name: { fi: "Kela", sv: "FPA", en: "Kela – Social Insurance Institution of Finland" },
    type: "kela",
    regions: ["maakunta_19", "maakunta_18"],
    home: ["kunta_698", "kunta_205"],
    businessId: "0246246-0",
    website: "https://www.kela.fi",
    description: {
      fi: "Opintotuki, aikuiskoulutustuki ja kuntoutus.",
      sv: "Studiestöd, vuxenutbildningsstöd och rehabilitering.",
      en: "Student financial aid, adult education allowance and rehabilitation.",
    },
  },
  // Kainuu
  {
    key: "kainuun-maakunta",
    name: { fi: "Kainuun maakunta -kuntayhtymä", sv: "Samkommunen Kajanalands landskap", en: "Joint Municipal Authority of Kainuu Region" },
    type: "other",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    businessId: "1905652-2",
    description: {
      fi: "Kainuun ammattiopiston ylläpitäjä; Aikuiskoulutuksen ohjauspalvelut – Kainuu-verkosto -hankkeen toteuttaja.",
      en: "Maintained Kainuu Vocational College; ran the Kainuu adult guidance network project.",
    },
  },
  {
    key: "kao",
    name: { fi: "Kainuun ammattiopisto", sv: "Kajanalands yrkesinstitut", en: "Kainuu Vocational College" },
    type: "vocational_college",
    regions: ["maakunta_18"],
    // Kajaani and the Kuhmo unit (public address); the mobile guidance point covers Upper Kainuu.
    home: ["kunta_205", "kunta_290"],
    parent: "kainuun-maakunta",
    website: "https://www.kao.fi",
    description: {
      fi: "Ammatillista koulutusta Kainuussa. Kehitti verkostona tuotetun palvelumallin, opinraitti.fi-verkkopalvelun ja liikkuvan ohjauspisteen.",
      en: "Vocational education in Kainuu; developed the network service model, the opinraitti.fi portal and the mobile guidance point.",
    },
  },
  {
    key: "kamk",
    name: { fi: "Kajaanin ammattikorkeakoulu", sv: "Kajana yrkeshögskola", en: "Kajaani University of Applied Sciences" },
    type: "university_of_applied_sciences",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: { fi: "Tutkintokoulutus, avoin AMK ja täydennyskoulutus.", en: "Degree programmes, open UAS studies and continuing education." },
  },
  {
    key: "kajaanin-yliopistokeskus",
    name: { fi: "Kajaanin yliopistokeskus", sv: "Kajana universitetscenter", en: "University Consortium of Kajaani" },
    type: "university",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: { fi: "Yliopistojen koulutusta ja tutkimusta Kainuussa.", en: "University education and research in Kainuu." },
  },
  {
    key: "kainuun-kesayliopisto",
    name: { fi: "Kainuun kesäyliopisto", sv: "Kajanalands sommaruniversitet", en: "Kainuu Summer University" },
    type: "adult_education_centre",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: { fi: "Avoimen yliopiston opintoja ja kursseja aikuisille.", en: "Open university studies and courses for adults." },
  },
  {
    key: "kajaanin-kansalaisopisto",
    name: { fi: "Kajaanin kansalaisopisto", sv: "Kajana medborgarinstitut", en: "Kajaani Adult Education Centre" },
    type: "adult_education_centre",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: { fi: "Vapaan sivistystyön kursseja, kieliä ja digitaitoja.", en: "Liberal adult education: courses, languages and digital skills." },
  },
  {
    key: "kajaanin-lukio",
    name: { fi: "Kajaanin lukion aikuislinja", sv: "Kajana gymnasium, vuxenlinjen", en: "Kajaani Upper Secondary School, adult line" },
    type: "upper_secondary_for_adults",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: {
      fi: "Lukio-opintoja ja ylioppilastutkinto aikuisille, myös etäopiskeluna.",
      en: "Upper secondary studies and the matriculation examination for adults, also at a distance.",
    },
  },
  {
    key: "kainuun-tyollisyysalue",
    name: { fi: "Kainuun työllisyysalue", sv: "Kajanalands sysselsättningsområde", en: "Kainuu Employment Area" },
    type: "employment_services",
    regions: ["maakunta_18"],
    home: ["kunta_205", "kunta_290"],
    description: { fi: "Kainuun kuntien yhteiset työllisyyspalvelut.", en: "The joint employment services of the Kainuu municipalities." },
  },
  {
    key: "kainuun-etu",
    name: { fi: "Kainuun Etu Oy", sv: "Kainuun Etu Oy", en: "Kainuun Etu Ltd" },
    type: "company",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: {
      fi: "Kainuun kehitysyhtiö: yritysneuvonta ja elinkeinojen kehittäminen.",
      en: "Kainuu development company: business advice and regional development.",
    },
  },
  {
    key: "kajaani-kirjasto",
    name: { fi: "Kajaanin kaupunginkirjasto", sv: "Kajana stadsbibliotek", en: "Kajaani City Library" },
    type: "library",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: { fi: "Tiedonhaun opastus, digituki ja opiskelutilat.", en: "Information search guidance, digital support and study spaces." },
  },
  {
    key: "ohjaamo-kainuu",
    name: { fi: "Ohjaamo Kainuu", sv: "Navigator Kajanaland", en: "Ohjaamo Kainuu" },
    type: "ohjaamo",
    regions: ["maakunta_18"],
    home: ["kunta_205"],
    description: { fi: "Alle 30-vuotiaiden ohjaus, neuvonta ja tuki yhdestä paikasta.", en: "Guidance, advice and support for under-30s in one place." },
  },
];
