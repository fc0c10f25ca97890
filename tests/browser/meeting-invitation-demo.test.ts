import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentUserById } from "../../app/accounts/public.server";
import { demoAccounts, demoPassword } from "../../app/demo/accounts.server";
import { createMeeting } from "../../app/governance/meetings/commands/meeting.server";
import { closeDatabase } from "../../app/kit/db/db.server";
import { addDays, todayInFinland } from "../../app/kit/dates/calendar";
import { prepareDatabase } from "../../app/shell/prepare-database.server";
import { startAppServer } from "../support/app-server";

/**
 * Issue 13, item 1, as the coordinator met it: an invitation to Lapland's coordination group of the
 * demo data went only to the chair's and the secretary's named representatives. Here the same group,
 * in a database of its own with the demo data, over HTTP as the page is used.
 */
const name = `elo_invite_demo_${process.pid}_${Date.now()}`;
let url: string;
let client: pg.Client;
let app: { url: string; stop: () => Promise<void> };
let meetingId: string;
let cookie: string;

const admin = async (statement: string) => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await c.query(statement);
  await c.end();
};
const rows = async <T>(query: string, values: unknown[] = []) => (await client.query(query, values)).rows as T[];

beforeAll(async () => {
  await admin(`create database "${name}"`);
  const parsed = new URL(process.env.DATABASE_URL!);
  parsed.pathname = `/${name}`;
  url = parsed.toString();
  await prepareDatabase(url, { demoData: true });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  // The meeting is planned with the command in this file's database; then the shared one is back.
  const shared = process.env.DATABASE_URL;
  await closeDatabase();
  process.env.DATABASE_URL = url;
  try {
    const [coordinator] = await rows<{ id: string }>(`select id from "user" where email = $1`, [demoAccounts.lapland.email]);
    const [group] = await rows<{ id: string }>(`select id from network_group where name->>'fi' = 'Lapin ELO-koordinaatioryhmä'`);
    const day = addDays(todayInFinland(), 20);
    meetingId = await createMeeting((await currentUserById(coordinator.id))!, group.id, {
      theme: "Kutsun testi",
      date: day,
      startTime: "13:00",
      endTime: "15:00",
      place: "Rovaniemi",
      agendaDeadline: addDays(day, -7),
    });
  } finally {
    await closeDatabase();
    process.env.DATABASE_URL = shared;
  }
  app = await startAppServer(url);
  const signedIn = await fetch(`${app.url}/fi/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ email: demoAccounts.lapland.email, password: demoPassword, next: "/fi/work" }),
    headers: { origin: app.url },
    redirect: "manual",
  });
  expect(signedIn.status).toBe(302);
  cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}, 300_000);

afterAll(async () => {
  await app?.stop();
  await client?.end();
  await admin(`drop database if exists "${name}" with (force)`);
});

const page = async () => {
  const response = await fetch(`${app.url}/fi/work/meetings/${meetingId}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return response.text();
};

describe("the invitation to Lapland's coordination group (demo data)", { timeout: 180_000 }, () => {
  it("shows before sending who of each member organisation gets it, then reaches them all and the coordinator, and says so", async () => {
    const members = await rows<{ organization: string; contact: string }>(
      `select o.name->>'fi' as organization, p.email as contact
         from group_membership m join network_group g on g.id = m.group_id join organization o on o.id = m.organization_id
         join practitioner p on p.organization_id = o.id and p.is_contact_person
        where g.name->>'fi' = 'Lapin ELO-koordinaatioryhmä'`,
    );
    expect(members).toHaveLength(4);

    const before = await page();
    expect(before).toContain("Kutsun vastaanottajat");
    for (const m of members) expect(before).toContain(m.organization.replace(/&/g, "&amp;"));
    expect(before).not.toContain("Ei vastaanottajaa");
    expect(before).toContain(`Kopio: ${demoAccounts.lapland.email}`);

    const sent = await fetch(`${app.url}/fi/work/meetings/${meetingId}`, {
      method: "POST",
      body: new URLSearchParams({ intent: "invite" }),
      headers: { cookie, origin: app.url },
      redirect: "manual",
    });
    expect(sent.status).toBe(303);
    const after = await page();
    expect(after).toContain("Kutsu lähetettiin 4 vastaanottajalle jäsenorganisaatioissa.");
    expect(after).not.toContain("Ilman kutsua jäivät");

    const recipients = (
      await rows<{ recipient: string }>(`select recipient from outbox_message where subject like 'Kokouskutsu: Lapin ELO-koordinaatioryhmä,%'`)
    ).map((r) => r.recipient);
    // Every member organisation's named representative or contact person (the card of the seat
    // without a named person), and the coordinator's copy.
    for (const m of members) expect(recipients, m.organization).toContain(m.contact.toLowerCase());
    expect(recipients).toContain(demoAccounts.lapland.email);
  });
});
