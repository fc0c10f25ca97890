import type { Transaction } from "../kit/db/db.server";
import { addDays, todayInFinland } from "../kit/dates/calendar";
import type { CurrentUser } from "../kit/permissions/roles";
import { createEvent } from "../events/commands/event.server";
import { registerForEvent } from "../events/commands/register.server";
import { addSession } from "../events/commands/session.server";
import type { EventInput, SessionInput } from "../events/inputs";

/** Invented participants (the names are common Finnish ones, the addresses example.fi). */
const participants = [
  ["Aino Heikkinen", "Kainuun ammattiopisto"],
  ["Mikko Korhonen", "Ohjaamo Kainuu"],
  ["Sanna Pelkonen", "Kajaanin kansalaisopisto"],
  ["Janne Kemppainen", "Kainuun työllisyysalue"],
  ["Liisa Huotari", ""],
  ["Petri Karjalainen", "Kajaanin lukio"],
  ["Hanna Leinonen", "Kainuun kesäyliopisto"],
  ["Tuomas Väisänen", ""],
] as const;

const session = (date: string, startTime: string, endTime: string, fi: string, en: string, speaker = ""): SessionInput => ({
  date,
  startTime,
  endTime,
  title: { fi, en },
  speaker,
});

/**
 * The events of the regions' action plans (seed 002): the network practitioners' training with the
 * Studio and Erkkeri sessions and a network-only Studio meeting in Kainuu, an information session
 * for citizens in Lapland, and an industry day in Kajaani with its exhibitors; dated from the day
 * the demo loads, so that they are always coming. The training fills up and has a waiting list.
 */
export async function loadDemoEvents(tx: Transaction, coordinators: Record<"maakunta_19" | "maakunta_18", CurrentUser>, organizationIds: Map<string, string>) {
  const org = (key: string) => organizationIds.get(key)!;
  const today = todayInFinland();
  const day = (offset: number) => addDays(today, offset);
  const kainuu = coordinators.maakunta_18;
  const lapland = coordinators.maakunta_19;
  const base = { description: {}, visibility: "public" as const };

  const training = await createEvent(
    kainuu,
    {
      ...base,
      kind: "training",
      audience: "practitioners",
      regionCode: "maakunta_18",
      organizerId: org("kao"),
      title: { fi: "Verkostotoimijakoulutus", sv: "Utbildning för nätverksaktörer", en: "Training for network practitioners" },
      description: {
        fi: "Koulutus Kainuun ohjausverkoston toimijoille: yhteinen palvelumalli, asiakkaan ohjaus organisaatiosta toiseen ja verkoston työtavat Studio ja Erkkeri.",
        en: "A training for the practitioners of the Kainuu guidance network: the shared service model, guiding a client between organisations, and the network's working methods Studio and Erkkeri.",
      },
      address: "Kainuun ammattiopisto, Opintie 3, 87100 Kajaani",
      date: day(14),
      startTime: "9",
      endTime: "15.30",
      capacity: "6",
      registrationCloses: day(10),
    } satisfies EventInput,
    tx,
  );
  for (const item of [
    session(
      day(14),
      "9",
      "9.30",
      "Avaus: Kainuun ohjausverkoston palvelumalli",
      "Opening: the Kainuu guidance network's service model",
      "Kainuun ELO-koordinaattori",
    ),
    session(day(14), "9.30", "11.30", "Studio: asiakastapaukset yhdessä pohtien", "Studio: working through client cases together"),
    session(day(14), "12.15", "14.15", "Erkkeri: kohtaamisia yli organisaatiorajojen", "Erkkeri: meeting across organisations"),
    session(day(14), "14.30", "15.30", "Yhteenveto ja palaute", "Summary and feedback"),
  ])
    await addSession(kainuu, training, item, tx);
  // More people than places: the last two are on the waiting list.
  for (const [n, [name, organizationName]] of participants.entries())
    await registerForEvent(
      { eventId: training, name, email: `osallistuja${n + 1}@example.fi`, organizationName, language: "fi", consent: true },
      undefined,
      tx,
    );

  await createEvent(
    kainuu,
    {
      ...base,
      visibility: "network",
      kind: "training",
      audience: "practitioners",
      regionCode: "maakunta_18",
      organizerId: org("ohjaamo-kainuu"),
      title: { fi: "Studio-verkostotapaaminen (etänä)", en: "Studio network meeting (remote)" },
      description: { fi: "Verkoston oma Studio-tapaaminen etänä: kuukauden kysymykset ja hyvät käytännöt." },
      remoteUrl: "https://meet.example.fi/kainuu-studio",
      date: day(21),
      startTime: "13",
      endTime: "14.30",
      capacity: "30",
    },
    tx,
  );

  const infoSession = await createEvent(
    lapland,
    {
      ...base,
      kind: "info_session",
      audience: "citizens",
      regionCode: "maakunta_19",
      organizerId: org("ohjaamo-rovaniemi"),
      title: { fi: "Opiskelemaan aikuisena – infotilaisuus", sv: "Studier som vuxen – informationsmöte", en: "Studying as an adult – information session" },
      description: {
        fi: "Mitä voi opiskella, miten opinnot rahoitetaan ja mistä saa ohjausta. Paikalla Lapin oppilaitosten ja työllisyyspalvelujen ohjaajia.",
        en: "What you can study, how to finance it and where to get guidance, with counsellors from Lapland's schools and employment services.",
      },
      address: "Rovaniemen kaupunginkirjasto, Jorma Eton tie 6, 96100 Rovaniemi",
      remoteUrl: "https://meet.example.fi/lappi-info",
      date: day(9),
      startTime: "17",
      endTime: "18.30",
      capacity: "40",
    },
    tx,
  );
  await addSession(lapland, infoSession, session(day(9), "17", "17.30", "Opintojen rahoitus aikuisena", "Financing studies as an adult", "Kela"), tx);
  await addSession(lapland, infoSession, session(day(9), "17.30", "18.30", "Kysy ohjaajalta", "Ask a counsellor"), tx);
  await registerForEvent({ eventId: infoSession, name: "Marja Niemelä", email: "marja.niemela@example.fi", language: "fi", consent: true }, undefined, tx);

  const industryDay = await createEvent(
    kainuu,
    {
      ...base,
      kind: "industry_day",
      audience: "citizens",
      regionCode: "maakunta_18",
      organizerId: org("kainuun-tyollisyysalue"),
      title: { fi: "Toimialapäivä: sosiaali- ja terveysala", sv: "Branschdag: social- och hälsovård", en: "Industry day: social and health care" },
      description: {
        fi: "Työnantajat, oppilaitokset ja TE-asiantuntijat samassa paikassa: näyttelyosastot, lyhyet puheenvuorot ja suorarekrytointia.",
        en: "Employers, schools and employment experts in one place: exhibition stands, short talks and direct recruiting.",
      },
      address: "Kajaanin kaupunginkirjasto, Kauppakatu 35, 87100 Kajaani",
      date: day(28),
      startTime: "10",
      endTime: "15",
      capacity: "200",
    },
    tx,
  );
  for (const item of [
    session(day(28), "10", "10.20", "Alan työllisyysnäkymät Kainuussa", "Job prospects of the field in Kainuu", "Kainuun työllisyysalue"),
    session(day(28), "10.30", "11", "Lähihoitajaksi aikuisena", "Becoming a practical nurse as an adult", "Kainuun ammattiopisto"),
    session(day(28), "11", "11.30", "Sairaanhoitajakoulutus ja avoimet väylät", "Nursing degrees and open paths", "Kajaanin ammattikorkeakoulu"),
    session(
      day(28),
      "12",
      "15",
      "Näyttelyosastot ja suorarekrytointi",
      "Exhibition stands and direct recruiting",
      "Kainuun hyvinvointialue, KAO, KAMK, Kainuun Etu",
    ),
  ])
    await addSession(kainuu, industryDay, item, tx);
}
