import { eq } from "drizzle-orm";
import { instantInFinland, laterBy, startOfDayInFinland } from "../kit/dates/calendar";
import type { CurrentUser } from "../kit/permissions/roles";
import type { Transaction } from "../kit/db/db.server";
import { closeRound, openRound, saveAnswer } from "../planning/commands/assessment.server";
import { addCommunicationItem, markReviewed } from "../planning/commands/communication.server";
import { addAction, addGoal, savePlan } from "../planning/commands/plan.server";
import { assessmentRound, planAction, planGoal } from "../planning/schema.server";
import type { CommunicationChannel, DevelopmentTheme, StrategicGoal } from "../planning/codes";
import { grant, withoutAccount } from "./accounts.server";

interface DemoAction {
  title: string;
  owners: string[];
  deadline: string;
  indicator: string;
  status: "not_started" | "in_progress" | "done" | "cancelled";
  percent?: number;
  note?: string;
}
interface DemoGoal {
  title: string;
  description: string;
  strategicGoals: StrategicGoal[];
  themes: DevelopmentTheme[];
  actions: DemoAction[];
}

const plans: { region: "maakunta_19" | "maakunta_18"; year: number; summary: string; goals: DemoGoal[] }[] = [
  {
    region: "maakunta_19",
    year: 2026,
    summary:
      "Lapin ELO-ryhmän toimintasuunnitelma 2026. Painopisteinä ohjauspalvelujen saavutettavuus pitkien etäisyyksien maakunnassa, ohjaajaverkostokartan ajantasaisuus ja ohjaajien osaaminen.",
    goals: [
      {
        title: "Ohjauspalvelut ovat saatavilla koko Lapissa",
        description: "Etä- ja liikkuvat palvelut täydentävät toimipisteitä, jotta ohjausta saa myös harvaan asutuilla alueilla.",
        strategicGoals: ["availability", "coordination"],
        themes: ["multichannel"],
        actions: [
          {
            title: "Yhteinen chat-päivystys aikuisten opintoihin",
            owners: ["lapin-amk", "redu"],
            deadline: "2026-05-31",
            indicator: "Keskusteluja vähintään 300 vuodessa",
            status: "in_progress",
            percent: 60,
            note: "Päivystys käynnissä kahtena päivänä viikossa.",
          },
          {
            title: "Ohjauksen etäpisteet kirjastoihin",
            owners: ["rovaniemi-kirjasto"],
            deadline: "2026-10-31",
            indicator: "Etäpisteitä 5 kunnassa",
            status: "not_started",
          },
          {
            title: "Ohjaajaverkostokartan vuosipäivitys",
            owners: ["lapin-elinvoimakeskus"],
            deadline: "2026-03-31",
            indicator: "Yli vuoden vanhoja tietoja alle 10 %",
            status: "done",
            note: "Päivitetty maaliskuussa.",
          },
        ],
      },
      {
        title: "Ohjaajien osaaminen vahvistuu",
        description: "Verkostokoulutukset ja vertaisoppiminen organisaatioiden välillä.",
        strategicGoals: ["competence", "quality"],
        themes: ["guidance_competence", "quality_systems"],
        actions: [
          {
            title: "Kaksi verkostokoulutusta: ohjaus maahanmuuttajille ja urasuunnittelun työkalut",
            owners: ["lapin-yliopisto", "lappia"],
            deadline: "2026-11-30",
            indicator: "Osallistujia 80, palaute vähintään 4/5",
            status: "in_progress",
            percent: 50,
          },
          {
            title: "Ohjaamon asiakaspalautteen yhteinen kysely",
            owners: ["ohjaamo-rovaniemi"],
            deadline: "2026-09-30",
            indicator: "Vastauksia 200",
            status: "cancelled",
            note: "Siirretty vuodelle 2027 kansallisen kyselyn vuoksi.",
          },
        ],
      },
      {
        title: "Työelämäyhteistyö näkyy ohjauksessa",
        description: "Toimialapäivät kokoavat yritykset, oppilaitokset ja TE-asiantuntijat.",
        strategicGoals: ["career_skills"],
        themes: ["working_life", "ohjaamo"],
        actions: [
          {
            title: "Toimialapäivät Rovaniemellä",
            owners: ["rovaniemi-tyollisyys", "redu"],
            deadline: "2026-04-30",
            indicator: "Näytteilleasettajia 30, kävijöitä 500",
            status: "done",
          },
        ],
      },
    ],
  },
  {
    region: "maakunta_18",
    year: 2026,
    summary: "Kainuun ohjausverkoston toimintasuunnitelma 2026: palvelumallin vakiinnuttaminen, opinraitti.fi ja liikkuva palvelupiste.",
    goals: [
      {
        title: "Palvelumalli ja opinraitti.fi palvelevat kaikkia kainuulaisia",
        description: "Pikalinkit elämäntilanteittain ja maahanmuuttajien sivut englanniksi ja venäjäksi.",
        strategicGoals: ["availability", "coordination"],
        themes: ["multichannel"],
        actions: [
          {
            title: "Opinraitti.fi-sivujen päivitys ja saavutettavuustarkastus",
            owners: ["kainuun-tyollisyysalue", "kamk"],
            deadline: "2026-06-30",
            indicator: "Saavutettavuuspuutteet korjattu",
            status: "in_progress",
            percent: 30,
          },
          {
            title: "Liikkuvan palvelupisteen käynnit Ylä-Kainuussa",
            owners: ["kao"],
            deadline: "2026-12-31",
            indicator: "Käyntejä 24, asiakkaita 150",
            status: "in_progress",
            percent: 45,
          },
        ],
      },
    ],
  },
];

const communication: {
  region: "maakunta_19" | "maakunta_18";
  year: number;
  targetGroup: string;
  months: number[];
  timing?: string;
  channel: CommunicationChannel;
  responsible: string;
  content: string;
  aim: string;
  reviewedOn?: string;
  reviewNote?: string;
}[] = [
  {
    region: "maakunta_19",
    year: 2026,
    targetGroup: "Verkoston ohjaustoimijat",
    months: [1, 4, 8, 11],
    channel: "email",
    responsible: "Aino Kallio",
    content: "Lapin ELO-uutiskirje",
    aim: "Verkosto tietää ajankohtaiset koulutukset ja muutokset",
    reviewedOn: "2026-02-12",
    reviewNote: "Yhteistyöryhmän kokous 1/2026",
  },
  {
    region: "maakunta_19",
    year: 2026,
    targetGroup: "Aikuiset, jotka harkitsevat alanvaihtoa",
    months: [2, 3],
    timing: "ennen kevään yhteishakua",
    channel: "social_media",
    responsible: "Mikko Rautio",
    content: "Kampanja: ohjausta aikuisten opintoihin",
    aim: "Ohjauspalvelujen tunnettuus kasvaa",
  },
  {
    region: "maakunta_19",
    year: 2026,
    targetGroup: "Yritykset, oppilaitokset ja TE-asiantuntijat",
    months: [3, 4],
    channel: "events",
    responsible: "Leena Niemelä",
    content: "Toimialapäivien markkinointi",
    aim: "Näytteilleasettajia ja kävijöitä tavoitteen mukaisesti",
    reviewedOn: "2026-02-12",
    reviewNote: "Yhteistyöryhmän kokous 1/2026",
  },
  {
    region: "maakunta_19",
    year: 2026,
    targetGroup: "Jäsenorganisaatiot",
    months: [6, 12],
    channel: "intranet",
    responsible: "Aino Kallio",
    content: "Toimintasuunnitelman seurantaraportti",
    aim: "Jäsenet näkevät toimenpiteiden etenemisen",
  },
  {
    region: "maakunta_19",
    year: 2026,
    targetGroup: "Kansalaiset",
    months: [9],
    channel: "media",
    responsible: "Mikko Rautio",
    content: "Lehdistötiedote: ohjauksen etäpisteet kirjastoissa",
    aim: "Uusi palvelu tulee tunnetuksi",
  },
  {
    region: "maakunta_18",
    year: 2026,
    targetGroup: "Kainuulaiset opiskelua harkitsevat",
    months: [1, 8],
    channel: "web",
    responsible: "Sari Heikkinen",
    content: "Opinraitti.fi: syksyn koulutukset ja rahoitus",
    aim: "Käyntimäärä kasvaa 20 %",
  },
  {
    region: "maakunta_18",
    year: 2026,
    targetGroup: "Ylä-Kainuun asukkaat",
    months: [2, 5, 9, 11],
    channel: "publications",
    responsible: "Juha Karjalainen",
    content: "Liikkuvan palvelupisteen aikataulut paikallislehdissä",
    aim: "Käynneille tulee asiakkaita",
    reviewedOn: "2026-03-05",
    reviewNote: "Ohjausryhmän kokous",
  },
];

/** Invented respondents: contact persons of member organisations, without demo accounts. */
const respondents: Record<string, string> = {
  "Aino Kallio": "lapin-elinvoimakeskus",
  "Mikko Rautio": "lapin-amk",
  "Leena Niemelä": "rovaniemi-tyollisyys",
  "Pekka Salmi": "redu",
  "Sanna Väisänen": "ohjaamo-rovaniemi",
  "Sari Heikkinen": "kainuun-tyollisyysalue",
  "Juha Karjalainen": "kainuun-maakunta",
};

/** Answers of invented respondents: five stages each (general situation … effectiveness). */
const rounds: {
  region: "maakunta_19" | "maakunta_18";
  year: number;
  status: "open" | "closed";
  answers: { name: string; stages: number[]; comment?: [string, string] }[];
}[] = [
  {
    region: "maakunta_19",
    year: 2025,
    status: "closed",
    answers: [
      { name: "Aino Kallio", stages: [2, 1, 2, 2, 1], comment: ["general_situation", "Toimijat tuntevat toisensa Rovaniemellä, mutta eivät muualla Lapissa."] },
      { name: "Mikko Rautio", stages: [2, 2, 1, 2, 1] },
      { name: "Leena Niemelä", stages: [1, 1, 2, 2, 2] },
      { name: "Pekka Salmi", stages: [2, 2, 2, 3, 1], comment: ["forums", "Koordinaatioryhmä kokoontuu säännöllisesti."] },
    ],
  },
  {
    region: "maakunta_19",
    year: 2026,
    status: "open",
    answers: [
      { name: "Aino Kallio", stages: [3, 2, 2, 3, 2] },
      { name: "Mikko Rautio", stages: [2, 2, 2, 3, 2], comment: ["effectiveness", "Chat-päivystys on tuonut näkyviä tuloksia."] },
      { name: "Sanna Väisänen", stages: [2, 2, 3, 2, 2] },
    ],
  },
  {
    region: "maakunta_18",
    year: 2026,
    status: "open",
    answers: [
      { name: "Sari Heikkinen", stages: [3, 3, 2, 3, 2], comment: ["operating_models", "Palvelumalli on laadittu yhdessä."] },
      { name: "Juha Karjalainen", stages: [2, 3, 2, 3, 2] },
    ],
  },
];

const dimensionOrder = ["general_situation", "guidance_concept", "operating_models", "forums", "effectiveness"];

/**
 * Action plans, communication plans and self-assessment rounds of Lapland and Kainuu, made through
 * the planning commands by each region's coordinator and answered by member organisations' contact
 * persons.
 */
export async function loadDemoPlanning(
  tx: Transaction,
  coordinators: Record<"maakunta_19" | "maakunta_18", CurrentUser>,
  organizationIds: Map<string, string>,
): Promise<void> {
  for (const plan of plans) {
    const coordinator = coordinators[plan.region];
    const planId = await savePlan(coordinator, { regionCode: plan.region, year: plan.year, summary: plan.summary }, tx);
    for (const [i, goal] of plan.goals.entries()) {
      const { actions, ...values } = goal;
      const goalId = await addGoal(coordinator, planId, values, tx);
      // Back-dated: the plan was written on 10 January; in one transaction every row would get the
      // same time, and the plan lists goals and actions in the order they were written.
      await tx
        .update(planGoal)
        .set({ createdAt: laterBy(instantInFinland(`${plan.year}-01-10`, "11:00"), { minutes: i }) })
        .where(eq(planGoal.id, goalId));
      for (const [j, a] of actions.entries()) {
        const actionId = await addAction(
          coordinator,
          goalId,
          {
            title: a.title,
            ownerOrganizationIds: a.owners.map((key) => organizationIds.get(key)!),
            deadline: a.deadline,
            indicator: a.indicator,
            status: a.status,
            percent: a.percent,
            statusNote: a.note,
          },
          tx,
        );
        await tx
          .update(planAction)
          .set({ createdAt: laterBy(instantInFinland(`${plan.year}-01-10`, "12:00"), { minutes: j }) })
          .where(eq(planAction.id, actionId));
      }
    }
  }
  for (const { region, year, reviewedOn, reviewNote, ...item } of communication) {
    const id = await addCommunicationItem(coordinators[region], { regionCode: region, year }, item, tx);
    if (reviewedOn) await markReviewed(coordinators[region], id, { reviewedOn, reviewNote }, tx);
  }
  for (const round of rounds) {
    const roundId = await openRound(coordinators[round.region], { regionCode: round.region, year: round.year }, tx);
    for (const a of round.answers) {
      const respondent = withoutAccount(
        a.name,
        grant({ role: "contact_person", organizationId: organizationIds.get(respondents[a.name])! }),
        `demo-respondent-${respondents[a.name]}`,
      );
      const stages = Object.fromEntries(dimensionOrder.map((d, k) => [d, a.stages[k]])) as Parameters<typeof saveAnswer>[2]["stages"];
      await saveAnswer(respondent, roundId, { stages, comments: a.comment ? { [a.comment[0]]: a.comment[1] } : {} }, tx);
    }
    if (round.status === "closed") {
      await closeRound(coordinators[round.region], roundId, tx);
      // Back-dated: the round closed at the end of its year's November, not on the day of loading.
      await tx
        .update(assessmentRound)
        .set({ closedAt: startOfDayInFinland(`${round.year}-11-30`) })
        .where(eq(assessmentRound.id, roundId));
    }
  }
}
