import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../kit/db/db.server";
import { todayInFinland } from "../governance/inputs";
import { deadlineOf, finnishTime } from "../governance/meetings/inputs";
import { actionItem, agendaItem, meeting, meetingAttendance } from "../governance/meetings/schema.server";
import { groupMembership, networkGroup } from "../governance/schema.server";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface DemoItem {
  title: string;
  description?: string;
  status: "proposed" | "accepted" | "rejected";
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

const plans: Record<string, DemoMeeting[]> = {
  "Lapin ELO – Jatkuvan oppimisen ja ohjauksen yhteistyöryhmä": [
    {
      day: -280,
      theme: "Ohjaamo-yhteistyö ja nuorten ohjaus",
      place: "Lapin elinvoimakeskus, Hallituskatu 5, Rovaniemi",
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
      place: "Lapin AMK, Jokiväylä 11, Rovaniemi",
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
      place: "Lapin elinvoimakeskus, Hallituskatu 5, Rovaniemi",
      online: "https://meet.example/lapin-elo",
      invited: true,
      attendance: 0.7,
      minutes: { status: "circulated", text: "# Pöytäkirja (luonnos)\n\n## 1. Toimintasuunnitelma\n\nSuunnitelman runko hyväksyttiin jatkovalmisteluun.\n\n## 2. Itsearviointi\n\nAlueellisen yhteistyön itsearviointi tehdään joulukuussa." },
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
      place: "Lapin elinvoimakeskus, Hallituskatu 5, Rovaniemi",
      online: "https://meet.example/lapin-elo",
      invited: true,
      items: [
        { title: "Asiakaspalautteen keruu yhteisellä lomakkeella", status: "accepted", by: "Lapin elinvoimakeskus" },
        { title: "Kelan ohjauspalvelujen ajankohtaiset", status: "proposed", by: "Kela" },
      ],
    },
    { day: 100, theme: "Toimialapäivät ja työelämäyhteistyö", place: "Lapin yliopisto, Rovaniemi", invited: false, items: [] },
  ],
  "Kainuun ELO-yhteistyöryhmä": [
    {
      day: 21,
      theme: "Liikkuva palvelupiste Ylä-Kainuussa",
      place: "Kainuun liitto, Kauppakatu 1, Kajaani",
      online: "https://meet.example/kainuun-elo",
      invited: true,
      items: [{ title: "Liikkuvan pisteen käyntiaikataulu keväälle", status: "proposed", by: "Kainuun ammattiopisto" }],
    },
  ],
  "Opinraitti-työryhmä": [
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

function dayFrom(today: string, days: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Demo meetings of three groups, dated around the day of loading so that the plan always has held
 * meetings (with attendance, decisions, action items and minutes in each state, and one missing its
 * minutes) and coming ones (one still taking agenda proposals). Written straight into the tables.
 */
export async function loadDemoMeetings(tx: Transaction): Promise<void> {
  const today = todayInFinland();
  for (const [groupName, meetings] of Object.entries(plans)) {
    const [group] = await tx.select({ id: networkGroup.id }).from(networkGroup).where(sql`${networkGroup.name}->>'fi' = ${groupName}`);
    if (!group) continue;
    const memberships = await tx.select().from(groupMembership).where(eq(groupMembership.groupId, group.id)).orderBy(groupMembership.createdAt, groupMembership.id);
    const ids: string[] = [];
    for (const m of meetings) {
      const date = dayFrom(today, m.day);
      const startsAt = finnishTime(date, "13:00");
      const [row] = await tx
        .insert(meeting)
        .values({
          groupId: group.id,
          startsAt,
          endsAt: finnishTime(date, "15:30"),
          place: m.place,
          onlineUrl: m.online ?? null,
          theme: m.theme,
          agendaDeadline: deadlineOf(dayFrom(today, m.day - 7)),
          icsUid: `${randomUUID()}@elo`,
          invitedAt: m.invited ? finnishTime(dayFrom(today, m.day - 21), "09:00") : null,
          minutes: m.minutes?.text ?? "",
          minutesStatus: m.minutes?.status ?? "draft",
        })
        .returning({ id: meeting.id });
      ids.push(row.id);
      let position = 0;
      for (const item of m.items) {
        const [created] = await tx
          .insert(agendaItem)
          .values({ meetingId: row.id, title: item.title, description: item.description ?? "", status: item.status, position: item.status === "accepted" ? ++position : 0, proposedByName: item.by, decision: item.decision ?? "" })
          .returning({ id: agendaItem.id });
        for (const a of item.actions ?? []) await tx.insert(actionItem).values({ agendaItemId: created.id, description: a.description, owner: a.owner, dueOn: dayFrom(today, a.due), status: a.status });
      }
      if (m.attendance !== undefined && memberships.length) {
        const present = Math.round(memberships.length * m.attendance);
        await tx.insert(meetingAttendance).values(memberships.map((ms, i) => ({ meetingId: row.id, membershipId: ms.id, organizationId: ms.organizationId, present: i < present })));
      }
    }
    // Approved minutes were approved at the group's next meeting.
    for (let i = 0; i < meetings.length - 1; i++)
      if (meetings[i].minutes?.status === "approved")
        await tx.update(meeting).set({ minutesApprovedAtMeetingId: ids[i + 1], minutesApprovedAt: finnishTime(dayFrom(today, meetings[i + 1].day), "15:00") }).where(eq(meeting.id, ids[i]));
  }
}
