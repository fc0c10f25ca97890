import type { Transaction } from "../kit/db/db.server";
import { addDays, dayOfWeek, todayInFinland } from "../kit/dates/calendar";
import type { CurrentUser } from "../kit/permissions/roles";
import { createMobilePoint } from "../mobile-point/commands/point.server";
import { recordVisitLog } from "../mobile-point/commands/visit-log.server";
import { cancelVisit, createVisit, updateVisit } from "../mobile-point/commands/visit.server";
import type { VisitInput } from "../mobile-point/inputs";

/**
 * A public place the demo points visit. The places and their addresses are real; `basis` says how
 * sure: "knowledge" (the place's well-known address) or "uncertain" (from memory, to be checked).
 * Places without coordinates are put on the map by their postcode, as a user's would be.
 */
interface DemoPlace {
  municipalityCode: string;
  placeName: string;
  streetAddress: string;
  postalCode: string;
  latitude?: string;
  longitude?: string;
  basis: "knowledge" | "uncertain";
}

const lapland: DemoPlace[] = [
  {
    municipalityCode: "kunta_698",
    placeName: "Rovaniemen kaupunginkirjasto",
    streetAddress: "Jorma Eton tie 6",
    postalCode: "96100",
    latitude: "66.5004",
    longitude: "25.7312",
    basis: "knowledge",
  },
  { municipalityCode: "kunta_240", placeName: "Kemin kaupunginkirjasto", streetAddress: "Marina Takalon katu 3", postalCode: "94100", basis: "knowledge" },
  { municipalityCode: "kunta_851", placeName: "Tornion kaupunginkirjasto", streetAddress: "Torikatu 2", postalCode: "95400", basis: "uncertain" },
  { municipalityCode: "kunta_148", placeName: "Saamelaiskulttuurikeskus Sajos", streetAddress: "Sajostie 4", postalCode: "99870", basis: "uncertain" },
  { municipalityCode: "kunta_320", placeName: "Kemijärven kaupunginkirjasto", streetAddress: "Hallituskatu 5", postalCode: "98100", basis: "uncertain" },
  { municipalityCode: "kunta_758", placeName: "Sodankylän kunnankirjasto", streetAddress: "Jäämerentie 1", postalCode: "99600", basis: "uncertain" },
];

const kainuu: DemoPlace[] = [
  {
    municipalityCode: "kunta_205",
    placeName: "Kajaanin kaupunginkirjasto",
    streetAddress: "Kauppakatu 35",
    postalCode: "87100",
    latitude: "64.2238",
    longitude: "27.7302",
    basis: "knowledge",
  },
  { municipalityCode: "kunta_290", placeName: "Kuhmon kaupunginkirjasto", streetAddress: "Koulukatu 1", postalCode: "88900", basis: "uncertain" },
  { municipalityCode: "kunta_765", placeName: "Sotkamon kunnankirjasto", streetAddress: "Kainuuntie 35", postalCode: "88600", basis: "uncertain" },
  { municipalityCode: "kunta_777", placeName: "Suomussalmen kunnankirjasto", streetAddress: "Kirkkotie 2", postalCode: "89600", basis: "uncertain" },
  { municipalityCode: "kunta_578", placeName: "Paltamon kunnankirjasto", streetAddress: "Kajaanintie 1", postalCode: "88300", basis: "uncertain" },
];

/** Weekdays from the day the demo is loaded: a week back (for the visit logs) and four weeks ahead. */
function visitDays(today: string, count: number, firstOffset: number, step: number): string[] {
  const days: string[] = [];
  for (let offset = firstOffset; days.length < count; offset += step) {
    const day = addDays(today, offset);
    const weekday = dayOfWeek(day);
    days.push(weekday === 6 ? addDays(day, 2) : weekday === 7 ? addDays(day, 1) : day);
  }
  return days;
}

async function planVisits(
  tx: Transaction,
  caller: CurrentUser,
  pointId: string,
  places: DemoPlace[],
  staff: string[],
  languages: VisitInput["languages"],
  phase: number,
) {
  const today = todayInFinland();
  const days = visitDays(today, 12, -7 + phase, 3);
  const ids: string[] = [];
  for (const [i, date] of days.entries()) {
    const { basis: _basis, ...place } = places[i % places.length];
    const input: VisitInput = {
      ...place,
      date,
      startTime: i % 2 === 0 ? "10:00" : "12:00",
      endTime: i % 2 === 0 ? "14:00" : "16:00",
      languages,
      organizationIds: staff.filter((_, s) => s === 0 || (i + s) % 2 === 0),
      note: i % 3 === 0 ? "Tule juttelemaan opiskelusta, työnhausta ja osaamisen kehittämisestä. Ei ajanvarausta." : undefined,
    };
    ids.push(await createVisit(caller, pointId, input, tx));
  }
  return { ids, days };
}

/**
 * The mobile guidance points of Lapland and Kainuu (seed 002's "liikkuva piste"), with visits from
 * a week back to four weeks ahead of the day the demo is loaded; the past ones have their visit
 * logs, and one coming visit is moved and one cancelled, so the timetable shows both.
 */
export async function loadDemoMobilePoints(
  tx: Transaction,
  coordinators: Record<"maakunta_19" | "maakunta_18", CurrentUser>,
  organizationIds: Map<string, string>,
) {
  const org = (key: string) => organizationIds.get(key)!;
  const laplandStaff = [org("ohjaamo-rovaniemi"), org("lapin-elinvoimakeskus"), org("redu")];
  const laplandPoint = await createMobilePoint(
    coordinators.maakunta_19,
    {
      name: { fi: "Lapin ohjaus pop up", sv: "Vägledning pop up i Lappland", en: "Lapland guidance pop-up" },
      description: { fi: "Opiskelun ja työn ohjausta kirjastoissa ja kulttuurikeskuksissa eri puolilla Lappia." },
      kind: "popup",
      regionCodes: ["maakunta_19"],
      organizationIds: laplandStaff,
    },
    tx,
  );
  const kainuuStaff = [org("kao"), org("kainuun-tyollisyysalue"), org("ohjaamo-kainuu")];
  const kainuuPoint = await createMobilePoint(
    coordinators.maakunta_18,
    {
      name: { fi: "Kainuun ohjausauto", sv: "Vägledningsbilen i Kajanaland", en: "Kainuu guidance van" },
      description: { fi: "Aikuisten opintojen ohjausta ja koulutusneuvontaa sinne, missä sitä ei ole kiinteästi tarjolla." },
      kind: "vehicle",
      regionCodes: ["maakunta_18"],
      organizationIds: kainuuStaff,
    },
    tx,
  );
  const laplandVisits = await planVisits(tx, coordinators.maakunta_19, laplandPoint, lapland, laplandStaff, ["fi", "se", "en"], 0);
  const kainuuVisits = await planVisits(tx, coordinators.maakunta_18, kainuuPoint, kainuu, kainuuStaff, ["fi", "en"], 1);

  const today = todayInFinland();
  for (const [visits, caller] of [
    [laplandVisits, coordinators.maakunta_19],
    [kainuuVisits, coordinators.maakunta_18],
  ] as const) {
    for (const [i, id] of visits.ids.entries())
      if (visits.days[i] < today)
        await recordVisitLog(
          caller,
          id,
          { visitors: String(6 + ((i * 7) % 11)), topics: i % 2 ? ["choosing_education", "employment"] : ["career_planning"] },
          tx,
        );
  }
  const comingKainuu = kainuuVisits.ids.filter((_, i) => kainuuVisits.days[i] > today);
  await cancelVisit(coordinators.maakunta_18, comingKainuu[1], { reason: "Auto on huollossa. Seuraava käynti tavalliseen tapaan." }, tx);
  const comingLapland = laplandVisits.ids.filter((_, i) => laplandVisits.days[i] > today);
  const moved = laplandVisits.days[laplandVisits.ids.indexOf(comingLapland[2])];
  const place = lapland[laplandVisits.ids.indexOf(comingLapland[2]) % lapland.length];
  const { basis: _basis, ...where } = place;
  await updateVisit(
    coordinators.maakunta_19,
    comingLapland[2],
    {
      ...where,
      date: moved,
      startTime: "13:00",
      endTime: "17:00",
      languages: ["fi", "se", "en"],
      organizationIds: laplandStaff,
      changeReason: "Kirjaston aukioloaika muuttui; piste on paikalla iltapäivällä.",
    },
    tx,
  );
}
