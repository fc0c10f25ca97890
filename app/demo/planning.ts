import type { Database } from "../kit/db/db.server";
import { actionPlan, assessmentAnswer, assessmentRound, communicationItem, planAction, planGoal } from "../planning/schema.server";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

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
  strategicGoals: string[];
  themes: string[];
  actions: DemoAction[];
}

const plans: { region: "maakunta_19" | "maakunta_18"; year: number; summary: string; goals: DemoGoal[] }[] = [
  {
    region: "maakunta_19",
    year: 2026,
    summary: "Lapin ELO-ryhmän toimintasuunnitelma 2026. Painopisteinä ohjauspalvelujen saavutettavuus pitkien etäisyyksien maakunnassa, ohjaajaverkostokartan ajantasaisuus ja ohjaajien osaaminen.",
    goals: [
      {
        title: "Ohjauspalvelut ovat saatavilla koko Lapissa",
        description: "Etä- ja liikkuvat palvelut täydentävät toimipisteitä, jotta ohjausta saa myös harvaan asutuilla alueilla.",
        strategicGoals: ["availability", "coordination"],
        themes: ["multichannel"],
        actions: [
          { title: "Yhteinen chat-päivystys aikuisten opintoihin", owners: ["lapin-amk", "redu"], deadline: "2026-05-31", indicator: "Keskusteluja vähintään 300 vuodessa", status: "in_progress", percent: 60, note: "Päivystys käynnissä kahtena päivänä viikossa." },
          { title: "Ohjauksen etäpisteet kirjastoihin", owners: ["rovaniemi-kirjasto"], deadline: "2026-10-31", indicator: "Etäpisteitä 5 kunnassa", status: "not_started" },
          { title: "Ohjaajaverkostokartan vuosipäivitys", owners: ["lapin-elinvoimakeskus"], deadline: "2026-03-31", indicator: "Yli vuoden vanhoja tietoja alle 10 %", status: "done", note: "Päivitetty maaliskuussa." },
        ],
      },
      {
        title: "Ohjaajien osaaminen vahvistuu",
        description: "Verkostokoulutukset ja vertaisoppiminen organisaatioiden välillä.",
        strategicGoals: ["competence", "quality"],
        themes: ["guidance_competence", "quality_systems"],
        actions: [
          { title: "Kaksi verkostokoulutusta: ohjaus maahanmuuttajille ja urasuunnittelun työkalut", owners: ["lapin-yliopisto", "lappia"], deadline: "2026-11-30", indicator: "Osallistujia 80, palaute vähintään 4/5", status: "in_progress", percent: 50 },
          { title: "Ohjaamon asiakaspalautteen yhteinen kysely", owners: ["ohjaamo-rovaniemi"], deadline: "2026-09-30", indicator: "Vastauksia 200", status: "cancelled", note: "Siirretty vuodelle 2027 kansallisen kyselyn vuoksi." },
        ],
      },
      {
        title: "Työelämäyhteistyö näkyy ohjauksessa",
        description: "Toimialapäivät kokoavat yritykset, oppilaitokset ja TE-asiantuntijat.",
        strategicGoals: ["career_skills"],
        themes: ["working_life", "ohjaamo"],
        actions: [{ title: "Toimialapäivät Rovaniemellä", owners: ["rovaniemi-tyollisyys", "redu"], deadline: "2026-04-30", indicator: "Näytteilleasettajia 30, kävijöitä 500", status: "done" }],
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
          { title: "Opinraitti.fi-sivujen päivitys ja saavutettavuustarkastus", owners: ["kainuun-tyollisyysalue", "kamk"], deadline: "2026-06-30", indicator: "Saavutettavuuspuutteet korjattu", status: "in_progress", percent: 30 },
          { title: "Liikkuvan palvelupisteen käynnit Ylä-Kainuussa", owners: ["kao"], deadline: "2026-12-31", indicator: "Käyntejä 24, asiakkaita 150", status: "in_progress", percent: 45 },
        ],
      },
    ],
  },
];

const communication: { region: "maakunta_19" | "maakunta_18"; year: number; targetGroup: string; months: number[]; timing?: string; channel: string; responsible: string; content: string; aim: string; reviewedOn?: string; reviewNote?: string }[] = [
  { region: "maakunta_19", year: 2026, targetGroup: "Verkoston ohjaustoimijat", months: [1, 4, 8, 11], channel: "email", responsible: "Aino Kallio", content: "Lapin ELO-uutiskirje", aim: "Verkosto tietää ajankohtaiset koulutukset ja muutokset", reviewedOn: "2026-02-12", reviewNote: "Yhteistyöryhmän kokous 1/2026" },
  { region: "maakunta_19", year: 2026, targetGroup: "Aikuiset, jotka harkitsevat alanvaihtoa", months: [2, 3], timing: "ennen kevään yhteishakua", channel: "social_media", responsible: "Mikko Rautio", content: "Kampanja: ohjausta aikuisten opintoihin", aim: "Ohjauspalvelujen tunnettuus kasvaa" },
  { region: "maakunta_19", year: 2026, targetGroup: "Yritykset, oppilaitokset ja TE-asiantuntijat", months: [3, 4], channel: "events", responsible: "Leena Niemelä", content: "Toimialapäivien markkinointi", aim: "Näytteilleasettajia ja kävijöitä tavoitteen mukaisesti", reviewedOn: "2026-02-12", reviewNote: "Yhteistyöryhmän kokous 1/2026" },
  { region: "maakunta_19", year: 2026, targetGroup: "Jäsenorganisaatiot", months: [6, 12], channel: "intranet", responsible: "Aino Kallio", content: "Toimintasuunnitelman seurantaraportti", aim: "Jäsenet näkevät toimenpiteiden etenemisen" },
  { region: "maakunta_19", year: 2026, targetGroup: "Kansalaiset", months: [9], channel: "media", responsible: "Mikko Rautio", content: "Lehdistötiedote: ohjauksen etäpisteet kirjastoissa", aim: "Uusi palvelu tulee tunnetuksi" },
  { region: "maakunta_18", year: 2026, targetGroup: "Kainuulaiset opiskelua harkitsevat", months: [1, 8], channel: "web", responsible: "Sari Heikkinen", content: "Opinraitti.fi: syksyn koulutukset ja rahoitus", aim: "Käyntimäärä kasvaa 20 %" },
  { region: "maakunta_18", year: 2026, targetGroup: "Ylä-Kainuun asukkaat", months: [2, 5, 9, 11], channel: "publications", responsible: "Juha Karjalainen", content: "Liikkuvan palvelupisteen aikataulut paikallislehdissä", aim: "Käynneille tulee asiakkaita", reviewedOn: "2026-03-05", reviewNote: "Ohjausryhmän kokous" },
];

/** Answers of invented respondents: five stages each (general situation … effectiveness). */
const rounds: { region: "maakunta_19" | "maakunta_18"; year: number; status: "open" | "closed"; answers: { name: string; stages: number[]; comment?: [string, string] }[] }[] = [
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

/** Action plans, communication plans and self-assessment rounds of Lapland and Kainuu, written straight into the tables. */
export async function loadDemoPlanning(tx: Transaction, organizationIds: Map<string, string>): Promise<void> {
  for (const plan of plans) {
    const [row] = await tx.insert(actionPlan).values({ regionCode: plan.region, year: plan.year, summary: plan.summary }).returning({ id: actionPlan.id });
    for (const [i, goal] of plan.goals.entries()) {
      const [g] = await tx
        .insert(planGoal)
        .values({ planId: row.id, title: goal.title, description: goal.description, strategicGoals: goal.strategicGoals, themes: goal.themes, createdAt: new Date(Date.UTC(2026, 0, 10, 9, i)) })
        .returning({ id: planGoal.id });
      for (const [j, a] of goal.actions.entries())
        await tx.insert(planAction).values({
          goalId: g.id,
          title: a.title,
          ownerOrganizationIds: a.owners.map((key) => organizationIds.get(key)!),
          deadline: a.deadline,
          indicator: a.indicator,
          status: a.status,
          percent: a.status === "in_progress" ? (a.percent ?? null) : null,
          statusNote: a.note ?? "",
          createdAt: new Date(Date.UTC(2026, 0, 10, 10, j)),
        });
    }
  }
  await tx.insert(communicationItem).values(
    communication.map(({ region, ...c }) => ({ ...c, regionCode: region, timing: c.timing ?? "", reviewedOn: c.reviewedOn ?? null, reviewedBy: c.reviewedOn ? "Aino Kallio" : null, reviewNote: c.reviewNote ?? "" })),
  );
  for (const round of rounds) {
    const [r] = await tx
      .insert(assessmentRound)
      .values({ regionCode: round.region, year: round.year, status: round.status, closedAt: round.status === "closed" ? new Date(Date.UTC(round.year, 10, 30)) : null })
      .returning({ id: assessmentRound.id });
    await tx.insert(assessmentAnswer).values(
      round.answers.map((a, i) => ({
        roundId: r.id,
        userId: `demo-respondent-${round.region}-${i}`,
        respondentName: a.name,
        stages: Object.fromEntries(dimensionOrder.map((d, k) => [d, a.stages[k]])),
        comments: a.comment ? { [a.comment[0]]: a.comment[1] } : {},
      })),
    );
  }
}
