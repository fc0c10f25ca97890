import { addCannedAnswer, createShift } from "../chat/public.server";
import { addDays, instantInFinland, todayInFinland } from "../kit/dates/calendar";
import type { Transaction } from "../kit/db/db.server";
import type { CurrentUser } from "../kit/permissions/roles";

/** Days of round-the-clock duty the demo plans, from the day before load day on. */
const demoDutyDays = 30;

/**
 * The Kainuu and Lapland chat duty rosters (decision 0205): `ohjaaja@elo.example` is on duty in both
 * around the clock, one 24-hour shift a day, so a newcomer can try both sides at once in two
 * browsers; in Kainuu the KAO contact person is on duty too, so a chat can be transferred. Dated
 * from load day, planned by the regions' coordinators through the commands.
 */
export async function loadDemoChatDuty(
  tx: Transaction,
  coordinators: { maakunta_18: CurrentUser; maakunta_19: CurrentUser },
  organizationIds: Map<string, string>,
  people: { ohjaaja: CurrentUser; kaoContact: CurrentUser },
) {
  const ohjaamoKainuu = organizationIds.get("ohjaamo-kainuu")!;
  const kao = organizationIds.get("kao")!;
  const start = addDays(todayInFinland(), -1);
  for (let day = 0; day < demoDutyDays; day++) {
    const date = addDays(start, day);
    const shift = { startsAt: instantInFinland(date, "00:00").toISOString(), endsAt: instantInFinland(addDays(date, 1), "00:00").toISOString(), topics: [] };
    await createShift(
      coordinators.maakunta_18,
      { ...shift, regionCode: "maakunta_18", organizationId: ohjaamoKainuu, userId: people.ohjaaja.id, languages: ["fi", "sv", "en"] },
      tx,
    );
    await createShift(
      coordinators.maakunta_18,
      { ...shift, regionCode: "maakunta_18", organizationId: kao, userId: people.kaoContact.id, languages: ["fi", "en"] },
      tx,
    );
    await createShift(
      coordinators.maakunta_19,
      { ...shift, regionCode: "maakunta_19", organizationId: ohjaamoKainuu, userId: people.ohjaaja.id, languages: ["fi", "sv", "en"] },
      tx,
    );
  }
  for (const [regionCode, coordinator] of [
    ["maakunta_18", coordinators.maakunta_18],
    ["maakunta_19", coordinators.maakunta_19],
  ] as const) {
    await addCannedAnswer(
      coordinator,
      {
        regionCode,
        language: "fi",
        title: "Tervetuloa",
        body: "Hei ja tervetuloa chat-päivystykseen! Kerro, mitä haluaisit kysyä, niin autan mielelläni.",
      },
      tx,
    );
    await addCannedAnswer(
      coordinator,
      {
        regionCode,
        language: "fi",
        title: "Yhteishaku",
        body: "Kevään yhteishaku on auki maaliskuussa osoitteessa opintopolku.fi. Voin auttaa hakutoiveiden miettimisessä.",
      },
      tx,
    );
  }
}
