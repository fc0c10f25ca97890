import { planActionChoices } from "../planning/public.server";
import type { Transaction } from "../kit/db/db.server";
import type { CurrentUser } from "../kit/permissions/roles";
import { createProject } from "../projects/commands/project.server";

/**
 * Two project cards with figures, from the seeds: Kainuu's ESR project S10889 (seed 002, its figures
 * as the card gives them) and Lapland's Menestyjäksi Lapissa II (seed 000; its code and figures are
 * invented for the demo, the seed gives none). Each serves an action of its region's demo plan.
 */
export async function loadDemoProjects(
  tx: Transaction,
  coordinators: Record<"maakunta_19" | "maakunta_18", CurrentUser>,
  organizationIds: Map<string, string>,
) {
  const org = (key: string) => organizationIds.get(key)!;
  const actions = await planActionChoices(["maakunta_18", "maakunta_19"], 2000, tx);
  const actionNamed = (start: string) => actions.filter((a) => a.title.startsWith(start)).map((a) => a.id);
  await createProject(
    coordinators.maakunta_18,
    {
      code: "S10889",
      name: { fi: "Aikuiskoulutuksen ohjauspalvelut – Kainuu-verkosto" },
      summary: {
        fi: "Luodaan aikuiskoulutuksen tiedotus-, ohjaus- ja neuvontaprosessiin palvelumalli Kainuussa yhteistyöverkostona, joka ylittää alueelliset ja hallinnolliset rajat.",
      },
      funder: "Euroopan sosiaalirahasto (ESR)",
      programme: "Itä-Suomen suuralueosio, toimintalinja 3",
      startsOn: "1.5.2009",
      endsOn: "31.10.2011",
      budget: "293 318",
      realised: "281 233",
      regionCodes: ["maakunta_18"],
      organizationIds: [org("kao"), org("kamk"), org("kajaanin-yliopistokeskus"), org("kainuun-kesayliopisto"), org("kainuun-tyollisyysalue")],
      targetGroups: ["job_seekers", "career_changers", "employers"],
      indicators: {
        participants: { plannedTotal: "0", plannedWomen: "0", realisedTotal: "86", realisedWomen: "71" },
        new_jobs: { plannedTotal: "0", plannedWomen: "0", realisedTotal: "0", realisedWomen: "0" },
        new_companies: { plannedTotal: "0", plannedWomen: "0", realisedTotal: "0", realisedWomen: "0" },
        degrees: { plannedTotal: "0", plannedWomen: "0", realisedTotal: "0", realisedWomen: "0" },
      },
      outputs:
        "Opinraitti.fi-verkkopalvelu: opiskelu, rahoitus ja koulutustarjonta\nAikuisten ohjauksen palvelumalli Kainuuseen\nVerkostotoimijoiden työseminaarit",
      planActionIds: actionNamed("Opinraitti.fi"),
      homepage: "https://www.opinraitti.fi",
    },
    tx,
  );
  await createProject(
    coordinators.maakunta_19,
    {
      code: "S20817",
      name: { fi: "Menestyjäksi Lapissa II" },
      summary: {
        fi: "Syvennetään koulutusorganisaatioiden verkostomaista tieto-, neuvonta- ja ohjaustoimintaa ja viedään se asiakaslähtöiseen työelämäyhteistyöhön.",
      },
      funder: "Euroopan sosiaalirahasto (ESR)",
      programme: "Manner-Suomen ESR-ohjelma",
      startsOn: "1.2.2014",
      endsOn: "30.4.2015",
      budget: "184 500",
      realised: "176 912,40",
      regionCodes: ["maakunta_19"],
      organizationIds: [org("lapin-matkailuopisto"), org("lappia"), org("lapin-elinvoimakeskus")],
      targetGroups: ["employers", "job_seekers", "in_education"],
      indicators: {
        participants: { plannedTotal: "120", plannedWomen: "80", realisedTotal: "134", realisedWomen: "92" },
        participants_under_25: { plannedTotal: "20", realisedTotal: "18", realisedWomen: "11" },
        participants_25_54: { plannedTotal: "90", realisedTotal: "104", realisedWomen: "72" },
        participants_55_plus: { plannedTotal: "10", realisedTotal: "12", realisedWomen: "9" },
      },
      outputs: "Maakunnallisen TNO-verkoston toimintamalli\nVerkostotoimijoiden koulutukset\nSähköisten ohjausvälineiden käyttöopas",
      planActionIds: actionNamed("Toimialapäivät"),
    },
    tx,
  );
}
