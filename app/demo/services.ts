import type { Channel, OrganizationType, ServiceLanguage, TargetGroup, Topic } from "../network-map/code-lists";
import type { LocalizedText } from "../kit/i18n/localized";

/** Kinds of guidance service each type of organisation typically offers (seeds 002 and 003). */
export interface ServiceTemplate {
  name: LocalizedText;
  description: LocalizedText;
  targetGroups: TargetGroup[];
  topics: Topic[];
  channels: Channel[];
  languages: ServiceLanguage[];
  /** The whole region rather than the home municipalities. */
  regionWide?: boolean;
  cost?: "free" | "paid" | "partly_paid";
}

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

export const serviceTemplates: Partial<Record<OrganizationType, ServiceTemplate[]>> = {
  vocational_college: [
    {
      name: t("Aikuisopiskelijan hakeutumisen ohjaus", "Vägledning för vuxna sökande", "Guidance for adults applying to vocational education"),
      description: t(
        "Henkilökohtaista ohjausta aikuiskoulutukseen hakeutumisessa: tutkinnot, osaamisen tunnistaminen ja opintojen rahoitus.",
        "Personlig vägledning för vuxna som söker till yrkesutbildning: examina, erkännande av kunnande och finansiering.",
        "Personal guidance for adults applying to vocational education: qualifications, recognition of prior learning and financing.",
      ),
      targetGroups: ["without_education", "career_changers", "unemployed", "further_training_seekers"],
      topics: ["choosing_education", "applying_to_education", "recognition_of_prior_learning", "financing_studies"],
      channels: ["in_person", "phone", "email", "video"],
      languages: ["fi", "en"],
    },
    {
      name: t("Oppisopimusneuvonta", "Läroavtalsrådgivning", "Apprenticeship advice"),
      description: t(
        "Neuvontaa oppisopimuskoulutuksesta opiskelijoille ja työnantajille.",
        "Rådgivning om läroavtalsutbildning för studerande och arbetsgivare.",
        "Advice on apprenticeship training for students and employers.",
      ),
      targetGroups: ["employers", "job_seekers", "career_changers"],
      topics: ["apprenticeship", "employment"],
      channels: ["phone", "email", "in_person"],
      languages: ["fi"],
      regionWide: true,
    },
    {
      name: t("Osaamisen tunnistaminen ja HOKS", "Erkännande av kunnande och PUK", "Recognition of prior learning and the personal development plan"),
      description: t(
        "Aiemmin hankitun osaamisen tunnistaminen ja henkilökohtaisen osaamisen kehittämissuunnitelman (HOKS) laatiminen yhdessä opiskelijan kanssa.",
        "Erkännande av tidigare förvärvat kunnande och en personlig utvecklingsplan (PUK) tillsammans med den studerande.",
        "Recognising prior learning and drawing up the personal competence development plan (HOKS) together with the student.",
      ),
      targetGroups: ["in_education", "career_changers", "returning_to_work_or_studies"],
      topics: ["recognition_of_prior_learning", "choosing_education"],
      channels: ["in_person", "video"],
      languages: ["fi", "sv", "en"],
    },
  ],
  university_of_applied_sciences: [
    {
      name: t(
        "Avoimen AMK:n ja täydennyskoulutuksen neuvonta",
        "Rådgivning om öppen YH och fortbildning",
        "Advice on open UAS studies and continuing education",
      ),
      description: t(
        "Opintoneuvontaa avoimen ammattikorkeakoulun opinnoista, erikoistumiskoulutuksista ja väylistä tutkinto-opiskelijaksi.",
        "Studierådgivning om öppna yrkeshögskolestudier, specialiseringsutbildningar och vägar till examensstudier.",
        "Advice on open UAS studies, specialisation programmes and pathways to degree studies.",
      ),
      targetGroups: ["applying_to_further_studies", "further_training_seekers", "career_changers"],
      topics: ["choosing_education", "continuous_learning", "applying_to_education"],
      channels: ["email", "chat", "video", "web"],
      languages: ["fi", "en"],
      regionWide: true,
      cost: "partly_paid",
    },
    {
      name: t("Urapalvelut", "Karriärtjänster", "Career services"),
      description: t("Uraohjausta opiskelijoille ja alumneille.", "Karriärvägledning för studerande och alumner.", "Career guidance for students and alumni."),
      targetGroups: ["in_education", "job_seekers"],
      topics: ["career_planning", "employment"],
      channels: ["in_person", "video", "group"],
      languages: ["fi", "en"],
    },
  ],
  university: [
    {
      name: t("Avoimen yliopiston opintoneuvonta", "Studierådgivning vid öppna universitetet", "Open university study advice"),
      description: t(
        "Neuvontaa avoimen yliopiston opinnoista ja väylistä tutkinto-opintoihin.",
        "Rådgivning om studier vid öppna universitetet och vägar till examensstudier.",
        "Advice on open university studies and pathways to degree studies.",
      ),
      targetGroups: ["applying_to_further_studies", "further_training_seekers"],
      topics: ["choosing_education", "continuous_learning"],
      channels: ["email", "phone", "web"],
      languages: ["fi", "sv", "en"],
      regionWide: true,
      cost: "paid",
    },
  ],
  adult_education_centre: [
    {
      name: t("Kurssi- ja opintoneuvonta aikuisille", "Kurs- och studierådgivning för vuxna", "Course and study advice for adults"),
      description: t(
        "Apua kurssien valintaan, kielitaidon kehittämiseen ja jatkuvaan oppimiseen.",
        "Hjälp att välja kurser, utveckla språkkunskaper och lära sig hela livet.",
        "Help with choosing courses, developing language skills and continuous learning.",
      ),
      targetGroups: ["further_training_seekers", "immigrants", "returning_to_work_or_studies"],
      topics: ["continuous_learning", "language_and_integration"],
      channels: ["in_person", "phone", "web"],
      languages: ["fi", "en", "ru"],
      cost: "partly_paid",
    },
  ],
  upper_secondary_for_adults: [
    {
      name: t("Aikuislukion opinto-ohjaus", "Studiehandledning vid vuxengymnasiet", "Study counselling at the upper secondary school for adults"),
      description: t(
        "Opinto-ohjausta lukio-opintoihin, ylioppilastutkintoon ja jatko-opintoihin.",
        "Studiehandledning för gymnasiestudier, studentexamen och fortsatta studier.",
        "Counselling on upper secondary studies, the matriculation examination and further studies.",
      ),
      targetGroups: ["drop_outs", "applying_to_further_studies", "immigrants"],
      topics: ["choosing_education", "applying_to_education"],
      channels: ["in_person", "video", "email"],
      languages: ["fi", "en"],
    },
  ],
  employment_services: [
    {
      name: t("Ammatinvalinta- ja uraohjaus", "Yrkesval- och karriärvägledning", "Vocational and career guidance"),
      description: t(
        "Psykologin tai uraohjaajan tukea ammatinvalintaan, urasuunnitteluun ja alanvaihtoon.",
        "Stöd av psykolog eller karriärvägledare vid yrkesval, karriärplanering och byte av bransch.",
        "Support from a psychologist or career counsellor for choosing an occupation, career planning and changing fields.",
      ),
      targetGroups: ["job_seekers", "unemployed", "career_changers", "young_people", "rehabilitees"],
      topics: ["career_planning", "choosing_education", "employment"],
      channels: ["in_person", "phone", "video"],
      languages: ["fi", "sv", "en"],
      regionWide: true,
    },
    {
      name: t("Koulutusneuvonta työnhakijoille", "Utbildningsrådgivning för arbetssökande", "Education advice for job seekers"),
      description: t(
        "Tietoa työvoimakoulutuksesta, omaehtoisesta opiskelusta työttömyysetuudella ja koulutuksen rahoituksesta.",
        "Information om arbetskraftsutbildning, frivilliga studier med arbetslöshetsförmån och finansiering.",
        "Information on labour market training, self-motivated study with unemployment benefit and financing.",
      ),
      targetGroups: ["job_seekers", "unemployed", "immigrants"],
      topics: ["financing_studies", "choosing_education", "employment"],
      channels: ["phone", "chat", "in_person", "group"],
      languages: ["fi", "en", "ru", "ar"],
      regionWide: true,
    },
  ],
  kela: [
    {
      name: t(
        "Opintotuen ja aikuiskoulutustuen neuvonta",
        "Rådgivning om studiestöd och vuxenutbildningsstöd",
        "Advice on student financial aid and adult education allowance",
      ),
      description: t(
        "Neuvontaa opintotuesta, aikuiskoulutustuesta ja muista opiskelun aikaisista etuuksista.",
        "Rådgivning om studiestöd, vuxenutbildningsstöd och andra förmåner under studietiden.",
        "Advice on student financial aid, the adult education allowance and other benefits during studies.",
      ),
      targetGroups: ["in_education", "further_training_seekers", "career_changers", "rehabilitees"],
      topics: ["financing_studies"],
      channels: ["phone", "chat", "in_person", "web"],
      languages: ["fi", "sv", "en"],
      regionWide: true,
    },
  ],
  library: [
    {
      name: t("Digituki ja tiedonhaun opastus", "Digitalt stöd och handledning i informationssökning", "Digital support and information search guidance"),
      description: t(
        "Apua sähköisten palvelujen käyttöön, koulutushakuun ja tiedonhakuun.",
        "Hjälp med e-tjänster, utbildningsansökan och informationssökning.",
        "Help with e-services, applying to education and searching for information.",
      ),
      targetGroups: ["immigrants", "returning_to_work_or_studies", "job_seekers"],
      topics: ["applying_to_education", "continuous_learning"],
      channels: ["in_person", "group"],
      languages: ["fi", "en"],
    },
  ],
  ohjaamo: [
    {
      name: t("Ohjaamon matalan kynnyksen ohjaus", "Lågtröskelvägledning vid Navigatorn", "Low-threshold guidance at Ohjaamo"),
      description: t(
        "Ilman ajanvarausta: opiskelu, työ, talous ja arki. Ohjaamossa toimivat yhdessä kunta, työllisyyspalvelut, Kela ja oppilaitokset.",
        "Utan tidsbeställning: studier, arbete, ekonomi och vardag.",
        "No appointment needed: studies, work, money and everyday life, with the municipality, employment services, Kela and schools together.",
      ),
      targetGroups: ["young_people", "drop_outs", "unemployed", "immigrants"],
      topics: ["choosing_education", "employment", "wellbeing_and_life_management", "career_planning"],
      channels: ["in_person", "chat", "phone", "outreach"],
      languages: ["fi", "en"],
    },
  ],
  company: [
    {
      name: t(
        "Yritysneuvonta aloittaville ja toimiville yrityksille",
        "Företagsrådgivning för nya och verksamma företag",
        "Business advice for starting and existing companies",
      ),
      description: t(
        "Maksutonta neuvontaa yrityksen perustamiseen, kehittämiseen ja henkilöstön osaamisen kehittämiseen.",
        "Avgiftsfri rådgivning om att grunda och utveckla företag och personalens kompetens.",
        "Free advice on starting and developing a company and developing staff skills.",
      ),
      targetGroups: ["entrepreneurs", "employers"],
      topics: ["entrepreneurship", "continuous_learning"],
      channels: ["in_person", "phone", "email"],
      languages: ["fi", "en"],
      regionWide: true,
    },
  ],
  other: [
    {
      name: t("Alueellisen ohjausverkoston koordinointi", "Samordning av det regionala vägledningsnätverket", "Coordination of the regional guidance network"),
      description: t(
        "ELO-ryhmän koordinointi, ohjaajaverkostokartan ylläpito ja ohjaajien verkostokoulutukset.",
        "Samordning av ELO-gruppen, nätverkskartan och nätverksutbildningar för vägledare.",
        "Coordinating the ELO group, keeping the network map current and network trainings for practitioners.",
      ),
      targetGroups: ["third_sector", "employers"],
      topics: ["continuous_learning"],
      channels: ["email", "group"],
      languages: ["fi"],
      regionWide: true,
    },
  ],
};

/** The mobile guidance point of the Kainuu service model (seed 002). */
export const mobileServicePoint: ServiceTemplate = {
  name: t("Liikkuva ohjauspiste", "Mobil vägledningspunkt", "Mobile guidance point"),
  description: t(
    "Koulutus- ja uraneuvonta jalkautuu kuntiin ja kyliin, joissa sitä ei ole kiinteästi tarjolla. Aikataulu kunnittain verkkosivuilla.",
    "Utbildnings- och karriärrådgivning besöker kommuner och byar som saknar fast service.",
    "Education and career advice visits municipalities and villages without a fixed office. Timetable per municipality online.",
  ),
  targetGroups: ["without_education", "career_changers", "further_training_seekers", "immigrants", "entrepreneurs"],
  topics: ["choosing_education", "financing_studies", "career_planning"],
  channels: ["mobile_service_point", "outreach", "phone"],
  languages: ["fi", "en", "ru"],
  regionWide: true,
};

/** Immigrants' guidance in English and Russian, as on the Kainuu portal (seed 002). */
export const immigrantGuidance: ServiceTemplate = {
  name: t("Maahanmuuttajien koulutusneuvonta", "Utbildningsrådgivning för invandrare", "Education advice for immigrants"),
  description: t(
    "Neuvontaa suomen kielen opinnoista, tutkintojen tunnustamisesta ja koulutusvaihtoehdoista englanniksi ja venäjäksi.",
    "Rådgivning om finskstudier, erkännande av examina och utbildningsalternativ på engelska och ryska.",
    "Advice on Finnish language studies, recognition of qualifications and education options in English and Russian.",
  ),
  targetGroups: ["immigrants"],
  topics: ["language_and_integration", "recognition_of_prior_learning", "choosing_education"],
  channels: ["in_person", "phone", "video"],
  languages: ["fi", "en", "ru"],
  regionWide: true,
};
