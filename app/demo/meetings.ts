import { eq } from "drizzle-orm";
import type { CurrentUser } from "../kit/permissions/roles";
import { addDays, instantInFinland, todayInFinland } from "../kit/dates/calendar";
import { addActionItem } from "../governance/meetings/commands/action-item.server";
import { proposeAgendaItem, saveAgenda, saveDecision } from "../governance/meetings/commands/agenda.server";
import { recordAttendance } from "../governance/meetings/commands/attendance.server";
import { createMeeting, inviteToMeeting } from "../governance/meetings/commands/meeting.server";
import { approveMinutes, circulateMinutes, saveMinutes } from "../governance/meetings/commands/minutes.server";
import { deadlineOf } from "../governance/meetings/inputs";
import { agendaItem, meeting } from "../governance/meetings/schema.server";
import type { Transaction } from "../kit/db/db.server";
import { grant, withoutAccount } from "./accounts.server";
import { placeOf } from "./addresses";
import type { DemoGroups } from "./governance";

interface DemoItem {
  title: string;
  description?: string;
  status: "proposed" | "accepted" | "rejected";
  /** Proposed by the contact person of this organisation (see `proposers`). */
  by: string;
  decision?: string;
  actions?: { description: string; owner: string; due: number; status: "open" | "in_progress" | "done" }[];
}

interface DemoMeeting {
  /** Days from the day the demo data is loaded, so that there is always a past and a future. */
  day: number;
  theme: string;
  place: string;
  online?: string;
  invited: boolean;
  minutes?: { status: "draft" | "circulated" | "approved"; text: string };
  /** Share of the memberships present, from the top of the list. */
  attendance?: number;
  items: DemoItem[];
}

const elinvoimakeskus = placeOf("Lapin elinvoimakeskus", "lapin-elinvoimakeskus", "kunta_698", "Rovaniemi");

const plans: Record<string, DemoMeeting[]> = {
  "lappi-elo": [
    {
      day: -280,
      theme: "Ohjaamo-yhteistyö ja nuorten ohjaus",
      place: elinvoimakeskus,
      online: "https://meet.example/lapin-elo",
      invited: true,
      attendance: 0.8,
      minutes: {
        status: "approved",
        text: "# Pöytäkirja\n\nLäsnä: ks. läsnäolot.\n\n## 1. Ohjaamo-yhteistyö\n\nKäytiin läpi Ohjaamo Rovaniemen kuulumiset ja sovittiin yhteisistä teemapäivistä.\n\n## 2. Ohjaajaverkostokartta\n\nKartan tiedot tarkistetaan keväällä.",
      },
      items: [
        {
          title: "Ohjaamo-yhteistyön kuulumiset",
          status: "accepted",
          by: "Ohjaamo Rovaniemi",
          decision: "Merkittiin tiedoksi. Järjestetään syksyllä yhteinen teemapäivä nuorille.",
          actions: [{ description: "Teemapäivän suunnitelma yhteistyöryhmälle", owner: "Aino Ahola", due: -200, status: "done" }],
        },
        {
          title: "Ohjaajaverkostokartan tarkistus",
          description: "Jokainen jäsenorganisaatio tarkistaa omat tietonsa.",
          status: "accepted",
          by: "Lapin AMK",
          decision: "Yhdyshenkilöt tarkistavat tiedot huhtikuun loppuun mennessä.",
          actions: [{ description: "Muistutus yhdyshenkilöille", owner: "Mikko Mäkelä", due: -230, status: "done" }],
        },
        { title: "Somekanavan perustaminen", status: "rejected", by: "Redu" },
      ],
    },
    {
      day: -190,
      theme: "Ohjaajaverkostokartan ajantasaisuus",
      place: placeOf("Lapin AMK", "lapin-amk", "kunta_698", "Rovaniemi"),
      invited: true,
      attendance: 0.6,
      minutes: { status: "approved", text: "# Pöytäkirja\n\n## 1. Kartan tilanne\n\nKartan tiedoista 80 % on tarkistettu. Loput tarkistetaan kesäkuussa." },
      items: [
        {
          title: "Kartan tarkistuksen tilanne",
          status: "accepted",
          by: "Lapin elinvoimakeskus",
          decision: "Tarkistamattomien organisaatioiden yhdyshenkilöihin otetaan yhteyttä.",
          actions: [{ description: "Yhteydenotot tarkistamattomiin organisaatioihin", owner: "Mikko Mäkelä", due: -150, status: "in_progress" }],
        },
      ],
    },
    {
      day: -75,
      theme: "Toimintasuunnitelma 2027 ja itsearviointi",
      place: elinvoimakeskus,
      online: "https://meet.example/lapin-elo",
      invited: true,
      attendance: 0.7,
      minutes: {
        status: "circulated",
        text: "# Pöytäkirja (luonnos)\n\n## 1. Toimintasuunnitelma\n\nSuunnitelman runko hyväksyttiin jatkovalmisteluun.\n\n## 2. Itsearviointi\n\nAlueellisen yhteistyön itsearviointi tehdään joulukuussa.",
      },
      items: [
        {
          title: "Toimintasuunnitelman 2027 runko",
          status: "accepted",
          by: "Lapin elinvoimakeskus",
          decision: "Runko hyväksyttiin jatkovalmisteluun.",
          actions: [{ description: "Toimintasuunnitelman luonnos", owner: "Aino Ahola", due: 20, status: "open" }],
        },
        { title: "Itsearvioinnin aikataulu", status: "accepted", by: "Lapin AMK", decision: "Itsearviointi tehdään joulukuussa." },
      ],
    },
    {
      day: -12,
      theme: "Monikanavaiset ohjauspalvelut",
      place: "Lappia, Kemi",
      online: "https://meet.example/lapin-elo",
      invited: true,
      attendance: 0.5,
      items: [{ title: "Chat- ja videopalvelujen kokemukset", status: "accepted", by: "Rovaniemen työllisyyspalvelut" }],
    },
    {
      day: 14,
      theme: "Palvelujen laatu ja asiakaspalaute",
      place: elinvoimakeskus,
      online: "https://meet.example/lapin-elo",
      invited: true,
      items: [
        { title: "Asiakaspalautteen keruu yhteisellä lomakkeella", status: "accepted", by: "Lapin elinvoimakeskus" },
        { title: "Kelan ohjauspalvelujen ajankohtaiset", status: "proposed", by: "Kela" },
      ],
    },
    {
      day: 100,
      theme: "Toimialapäivät ja työelämäyhteistyö",
      place: placeOf("Lapin yliopisto", "lapin-yliopisto", "kunta_698", "Rovaniemi"),
      invited: false,
      items: [],
    },
  ],
  "kainuu-elo": [
    {
      day: 21,
      theme: "Liikkuva palvelupiste Ylä-Kainuussa",
      place: "Kainuun liitto, Kauppakatu 1, Kajaani",
      online: "https://meet.example/kainuun-elo",
      invited: true,
      items: [{ title: "Liikkuvan pisteen käyntiaikataulu keväälle", status: "proposed", by: "Kainuun ammattiopisto" }],
    },
  ],
  "kainuu-opinraitti": [
    {
      day: -40,
      theme: "Opinraitti.fi:n pikalinkit elämäntilanteittain",
      place: "Ohjaamo Kainuu, Kajaani",
      invited: true,
      attendance: 1,
      minutes: { status: "draft", text: "# Muistio\n\n- Pikalinkit päivitetään.\n- Maahanmuuttajien sivut englanniksi ja venäjäksi tarkistetaan." },
      items: [
        {
          title: "Pikalinkkien päivitys",
          status: "accepted",
          by: "Ohjaamo Kainuu",
          decision: "Pikalinkit päivitetään ennen kevään yhteishakua.",
          actions: [{ description: "Pikalinkkien tarkistus", owner: "Olli Oinonen", due: 30, status: "in_progress" }],
        },
      ],
    },
    { day: 35, theme: "Koulutustarjonnan esittäminen", place: "Ohjaamo Kainuu, Kajaani", online: "https://meet.example/opinraitti", invited: false, items: [] },
  ],
};

/** Who proposed the demo items: member organisations, and Ohjaamo Rovaniemi for its sub-group. */
const proposers: Record<string, { org: string; forSubGroup?: string }> = {
  "Ohjaamo Rovaniemi": { org: "ohjaamo-rovaniemi", forSubGroup: "lappi-koordinaatio" },
  "Lapin AMK": { org: "lapin-amk" },
  Redu: { org: "redu" },
  "Lapin elinvoimakeskus": { org: "lapin-elinvoimakeskus" },
  "Rovaniemen työllisyyspalvelut": { org: "rovaniemi-tyollisyys" },
  Kela: { org: "kela" },
  "Kainuun ammattiopisto": { org: "kao" },
  "Ohjaamo Kainuu": { org: "ohjaamo-kainuu" },
};

export interface MeetingPeople {
  /** Who runs each group's meetings: the coordinators, and the Opinraitti group's secretary. */
  runners: Record<string, CurrentUser>;
  /** Demo accounts of member organisations, who propose their own items (others have no account). */
  accounts: Record<string, CurrentUser>;
  organizationIds: Map<string, string>;
  contactPractitioners: Map<string, string>;
}

/**
 * Demo meetings of three groups, dated around the day of loading so that the plan always has held
 * meetings (with attendance, decisions, action items and minutes in each state, and one missing its
 * minutes) and coming ones (one still taking agenda proposals). Made through the meeting commands
 * by those who run the meetings, with items proposed by the member organisations before the deadline.
 */
export async function loadDemoMeetings(tx: Transaction, groups: DemoGroups, people: MeetingPeople): Promise<void> {
  const today = todayInFinland();
  const proposer = (label: string): { caller: CurrentUser; subGroupId?: string } => {
    const { org, forSubGroup } = proposers[label];
    if (people.accounts[org]) return { caller: people.accounts[org] };
    const organizationId = people.organizationIds.get(org)!;
    // A sub-group's secretary proposes through their own practitioner card, on the sub-group's behalf.
    if (forSubGroup)
      return {
        caller: withoutAccount(label, grant({ role: "practitioner", practitionerId: people.contactPractitioners.get(org)! })),
        subGroupId: groups.ids.get(forSubGroup),
      };
    return { caller: withoutAccount(label, grant({ role: "contact_person", organizationId })) };
  };

  for (const [groupKey, meetings] of Object.entries(plans)) {
    const groupId = groups.ids.get(groupKey)!;
    const runner = people.runners[groupKey];
    const ids: string[] = [];
    for (const m of meetings) {
      const date = addDays(today, m.day);
      const id = await createMeeting(
        runner,
        groupId,
        { date, startTime: "13:00", endTime: "15:30", place: m.place, onlineUrl: m.online, theme: m.theme, agendaDeadline: addDays(today, m.day - 7) },
        tx,
      );
      ids.push(id);
      // Proposed a few days before the agenda deadline, as members may.
      const proposedAt = new Date(Math.min(Date.now(), deadlineOf(addDays(today, m.day - 10)).getTime()));
      const items: string[] = [];
      for (const item of m.items) {
        const { caller, subGroupId } = proposer(item.by);
        items.push(await proposeAgendaItem(caller, id, { title: item.title, description: item.description, proposedByGroupId: subGroupId }, proposedAt, tx));
      }
      if (items.length) {
        const [{ agendaVersion }] = await tx.select({ agendaVersion: meeting.agendaVersion }).from(meeting).where(eq(meeting.id, id));
        await saveAgenda(runner, id, { version: agendaVersion, items: m.items.map((item, i) => ({ id: items[i], status: item.status, position: i + 1 })) }, tx);
      }
      for (const [i, item] of m.items.entries()) {
        if (item.decision) {
          const [{ version }] = await tx.select({ version: agendaItem.version }).from(agendaItem).where(eq(agendaItem.id, items[i]));
          await saveDecision(runner, items[i], { version, decision: item.decision }, tx);
        }
        for (const a of item.actions ?? [])
          await addActionItem(runner, items[i], { description: a.description, owner: a.owner, dueOn: addDays(today, a.due), status: a.status }, tx);
      }
      if (m.attendance !== undefined) {
        const memberships = groups.memberships.get(groupKey)!;
        await recordAttendance(runner, id, { present: memberships.slice(0, Math.round(memberships.length * m.attendance)) }, tx);
      }
      if (m.invited && m.day > 0) await inviteToMeeting(runner, id, tx);
      // Back-dated: a past meeting's invitation went out three weeks before it; sending it now would
      // mail members an invitation to a meeting that is over.
      else if (m.invited)
        await tx
          .update(meeting)
          .set({ invitedAt: instantInFinland(addDays(today, m.day - 21), "09:00") })
          .where(eq(meeting.id, id));
      if (m.minutes) {
        await saveMinutes(runner, id, { version: 1, text: m.minutes.text }, tx);
        if (m.minutes.status !== "draft") await circulateMinutes(runner, id, instantInFinland(addDays(today, m.day + 3), "10:00"), tx);
      }
    }
    // Approved minutes were approved at the group's next meeting.
    for (const [i, m] of meetings.entries())
      if (m.minutes?.status === "approved") await approveMinutes(runner, ids[i], instantInFinland(addDays(today, meetings[i + 1].day), "15:00"), tx);
  }
}
