import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../shell/prepare-database.server";
import { demoOfferingCount } from "../offerings/demo-offerings.server";

// The demo data goes into a database of its own, so that other tests' data does not mix with it.
let url: string;
let client: pg.Client;
const name = `elo_demo_${process.pid}_${Date.now()}`;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const parsed = new URL(process.env.DATABASE_URL!);
  parsed.pathname = `/${name}`;
  url = parsed.toString();
  await prepareDatabase(url, { demoData: true });
  client = new pg.Client({ connectionString: url });
  await client.connect();
}, 120_000);

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

const count = async (query: string) => Number((await client.query(query)).rows[0].count);

describe("demo data", () => {
  it("has the Lapland and Kainuu networks with all their municipalities", async () => {
    expect(await count("select count(*) from network_membership where region_code = 'maakunta_19'")).toBeGreaterThanOrEqual(10);
    expect(await count("select count(*) from network_membership where region_code = 'maakunta_18'")).toBeGreaterThanOrEqual(10);
    // Region-wide services cover every municipality of both regions.
    expect(await count(`select count(distinct m) from service, unnest(area_municipalities) m`)).toBe(
      await count("select count(*) from municipality where region_code in ('maakunta_18', 'maakunta_19')"),
    );
  });

  it("has at least 40 services and 80 invented practitioners, in three languages", async () => {
    expect(await count("select count(*) from service")).toBeGreaterThanOrEqual(40);
    expect(await count("select count(*) from practitioner")).toBeGreaterThanOrEqual(80);
    expect(await count("select count(*) from service where name->>'sv' is null or name->>'en' is null")).toBe(0);
  });

  it("is searchable and has demo accounts for every role", async () => {
    expect(await count("select count(*) from search_document")).toBeGreaterThan(150);
    const roles = (await client.query("select distinct role from role_assignment order by role")).rows.map((r) => r.role);
    expect(roles).toEqual(["admin", "contact_person", "coordinator", "practitioner"]);
  });

  it("has education offerings of both regions, searchable, some taking applications now", async () => {
    expect(demoOfferingCount).toBeGreaterThanOrEqual(40);
    expect(await count("select count(*) from offering")).toBe(demoOfferingCount);
    expect(await count("select count(*) from offering_search")).toBe(demoOfferingCount);
    expect(await count("select count(distinct m.region_code) from offering o join municipality m on m.code = o.municipality_code")).toBe(2);
    expect(await count("select count(*) from offering where application_start <= current_date and current_date <= application_end")).toBeGreaterThan(5);
    expect(await count("select count(*) from offering where not personal_start and start_date <= application_end")).toBe(0);
  });

  it("has both regions' groups with members from their own networks, and an agreement with acceptances", async () => {
    expect(
      await count(
        "select count(*) from network_group where name->>'fi' = 'Lapin ELO – Jatkuvan oppimisen ja ohjauksen yhteistyöryhmä' and type = 'cooperation'",
      ),
    ).toBe(1);
    expect(await count("select count(*) from network_group where name->>'fi' = 'Opinraitti-työryhmä' and region_code = 'maakunta_18'")).toBe(1);
    expect(await count("select count(*) from network_group where type = 'area' and cardinality(municipality_codes) = 0")).toBe(0);
    expect(
      await count(`select count(*) from group_membership gm join network_group g on g.id = gm.group_id
        where not exists (select 1 from network_membership n where n.organization_id = gm.organization_id and n.region_code = g.region_code)`),
    ).toBe(0);
    // The demo practitioner account is the Opinraitti group's secretary, so it can edit its members.
    expect(
      await count(`select count(*) from group_membership gm join network_group g on g.id = gm.group_id
        join role_assignment r on r.practitioner_id = gm.practitioner_id
        where g.name->>'fi' = 'Opinraitti-työryhmä' and gm.position = 'secretary' and r.role = 'practitioner'`),
    ).toBe(1);
    expect(await count("select count(*) from agreement_version")).toBe(2);
    expect(await count("select count(*) from agreement_acceptance")).toBeGreaterThan(0);
  });

  it("has group documents with versions and an unread notification for the Kainuu contact person", async () => {
    expect(await count("select count(*) from group_document d join network_group g on g.id = d.group_id where g.name->>'fi' = 'Opinraitti-työryhmä'")).toBe(2);
    expect(await count("select count(*) from document_version where version = 2")).toBe(1);
    expect(await count("select count(*) from document_version v join document_content c on c.version_id = v.id where length(c.bytes) = v.size")).toBe(4);
    expect(
      await count(`select count(*) from notification n join "user" u on u.id = n.user_id where u.email = 'yhdyshenkilo.kao@elo.example' and n.read_at is null`),
    ).toBe(1);
  });

  it("has contact requests in Kainuu and Lapland, one overdue and one answered, and referrals from Ohjaamo Kainuu to KAO", async () => {
    expect(await count("select count(*) from contact_request")).toBe(5);
    expect(await count("select count(*) from contact_request where status = 'answered'")).toBe(1);
    expect(await count("select count(*) from contact_request where answered_at is null and due_at < now()")).toBeGreaterThanOrEqual(1);
    expect(await count("select count(distinct organization_id) from contact_request")).toBe(2);
    expect(await count("select count(*) from referral where status = 'sent'")).toBe(1);
    expect(await count("select count(*) from referral where status = 'completed' and outcome = 'time_booked'")).toBe(1);
  });

  it("has published studying and financing pages in three languages, one left in Finnish only, and the accessibility statement", async () => {
    const published = (section: string, language: string) =>
      count(`select count(*) from content_publication p join content_page c on c.id = p.page_id where c.section = '${section}' and p.language = '${language}'`);
    expect(await published("studying", "fi")).toBeGreaterThanOrEqual(3);
    expect(await published("financing", "fi")).toBeGreaterThanOrEqual(3);
    expect(await published("financing", "sv")).toBe(await published("financing", "fi"));
    expect(await published("studying", "en")).toBe((await published("studying", "fi")) - 1);
    expect(await count("select count(*) from content_publication p join content_page c on c.id = p.page_id where c.slug = 'accessibility'")).toBe(3);
  });

  it("has action plans, communication plans and self-assessment rounds whose owners are in their region's network", async () => {
    expect(await count("select count(distinct region_code) from action_plan")).toBe(2);
    expect(await count("select count(*) from plan_action")).toBeGreaterThanOrEqual(8);
    expect(
      await count(`select count(*) from plan_action a join plan_goal g on g.id = a.goal_id join action_plan p on p.id = g.plan_id, unnest(a.owner_organization_ids) o
        where not exists (select 1 from network_membership n where n.organization_id = o and n.region_code = p.region_code)`),
    ).toBe(0);
    expect(await count("select count(*) from communication_item where reviewed_on is not null")).toBeGreaterThan(0);
    expect(await count("select count(*) from assessment_round where region_code = 'maakunta_19'")).toBe(2);
    expect(await count("select count(*) from assessment_answer")).toBeGreaterThan(5);
  });

  it("is made through the commands: every entry has its creation in the audit trail, by a demo account", async () => {
    const entities: [table: string, entityType: string][] = [
      ["organization", "organization"],
      ["service_point", "service_point"],
      ["service", "service"],
      ["practitioner", "practitioner"],
      ["offering", "offering"],
      ["network_group", "network_group"],
      ["group_membership", "group_membership"],
      ["agreement_version", "agreement_version"],
      ["meeting", "meeting"],
      ["action_item", "action_item"],
      ["action_plan", "action_plan"],
      ["plan_goal", "plan_goal"],
      ["plan_action", "plan_action"],
      ["communication_item", "communication_item"],
      ["assessment_round", "assessment_round"],
      ["group_document", "group_document"],
      ["document_version", "document_version"],
      ["mobile_point", "mobile_point"],
      ["mobile_point_visit", "mobile_point_visit"],
      ["bookable_service", "bookable_service"],
      ["event", "event"],
      ["event_session", "event_session"],
    ];
    for (const [table, entityType] of entities) {
      expect(await count(`select count(*) from ${table}`), table).toBeGreaterThan(0);
      const unaudited = await count(`select count(*) from ${table} t where not exists (select 1 from audit_event a
        where a.entity_type = '${entityType}' and a.entity_id = t.id::text and a.action = 'create' and a.actor_user_id in (select id from "user"))`);
      expect(unaudited, table).toBe(0);
    }
    // Agenda items and self-assessment answers come from members without demo accounts as well.
    expect(
      await count(
        `select count(*) from agenda_item t where not exists (select 1 from audit_event a where a.entity_type = 'agenda_item' and a.entity_id = t.id::text and a.action = 'create')`,
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*) from assessment_answer t where not exists (select 1 from audit_event a where a.entity_type = 'assessment_answer' and a.entity_id = t.id::text and a.action = 'create')`,
      ),
    ).toBe(0);
    // The coordinator of each region made its groups; the Opinraitti group's secretary runs its meetings.
    expect(
      await count(`select count(*) from network_group g join audit_event a on a.entity_type = 'network_group' and a.entity_id = g.id::text and a.action = 'create'
        join role_assignment r on r.user_id = a.actor_user_id where not (r.role = 'coordinator' and r.region_code = g.region_code)`),
    ).toBe(0);
    expect(
      await count(`select count(*) from meeting m join network_group g on g.id = m.group_id join audit_event a on a.entity_type = 'meeting' and a.entity_id = m.id::text and a.action = 'create'
        join "user" u on u.id = a.actor_user_id where g.name->>'fi' = 'Opinraitti-työryhmä' and u.email = 'ohjaaja@elo.example'`),
    ).toBe(2);
  });

  it("invites members to the coming meetings by e-mail with a calendar file, and back-dates past invitations", async () => {
    expect(
      await count("select count(*) from outbox_message where body like '%Liikkuva palvelupiste Ylä-Kainuussa%' and attachments::text like '%text/calendar%'"),
    ).toBeGreaterThan(0);
    expect(await count("select count(*) from meeting where invited_at is not null and starts_at < now() and invited_at > starts_at - interval '20 days'")).toBe(
      0,
    );
  });

  it("gives service points real street addresses, not one shared address per town", async () => {
    expect(await count("select count(distinct street_address) from service_point")).toBeGreaterThanOrEqual(20);
    expect(
      await count("select count(*) from service_point where street_address = 'Opintie 3' and postal_code = '87100' and municipality_code = 'kunta_205'"),
    ).toBe(1);
  });

  it("has coming events in Lapland and Kainuu: trainings with Studio and Erkkeri sessions, an information session and an industry day, a waiting list", async () => {
    expect(await count("select count(*) from event where kind = 'training' and region_code = 'maakunta_18' and starts_at > now()")).toBeGreaterThanOrEqual(2);
    expect(await count("select count(*) from event where kind = 'info_session' and region_code = 'maakunta_19' and starts_at > now()")).toBe(1);
    expect(await count("select count(*) from event where kind = 'industry_day' and starts_at > now()")).toBe(1);
    expect(await count("select count(*) from event_session where title->>'fi' like 'Studio%' or title->>'fi' like 'Erkkeri%'")).toBe(2);
    expect(await count("select count(*) from event where visibility = 'network'")).toBe(1);
    expect(await count("select count(*) from event_registration where status = 'waiting'")).toBe(2);
  });

  it("has a mobile point in Lapland and in Kainuu with visits in the next four weeks, one moved and one cancelled, and logs of past visits", async () => {
    for (const region of ["maakunta_19", "maakunta_18"]) {
      const coming = `select count(*) from mobile_point_visit v join municipality m on m.code = v.municipality_code
        where m.region_code = '${region}' and v.starts_at > now() and v.starts_at < now() + interval '28 days' and v.status = 'scheduled'`;
      expect(await count(coming), region).toBeGreaterThanOrEqual(6);
    }
    expect(await count("select count(*) from mobile_point_visit where status = 'cancelled' and change_reason <> '' and ics_sequence = 1")).toBe(1);
    expect(await count("select count(*) from mobile_point_visit where status = 'scheduled' and change_reason <> '' and ics_sequence = 1")).toBe(1);
    expect(
      await count("select count(*) from mobile_point_visit_log l join mobile_point_visit v on v.id = l.visit_id where v.starts_at < now()"),
    ).toBeGreaterThan(0);
    // Each place's postcode lies in the visit's municipality.
    expect(
      await count("select count(*) from mobile_point_visit v join postal_code p on p.code = v.postal_code where p.municipality_code <> v.municipality_code"),
    ).toBe(0);
    expect(await count("select count(*) from mobile_point_visit v where not exists (select 1 from postal_code p where p.code = v.postal_code)")).toBe(0);
  });

  it("has at least 10 bookable services in Lapland and Kainuu, open every week of the next four", async () => {
    expect(
      await count(`select count(*) from bookable_service b where b.status = 'active' and b.horizon_days >= 28
        and exists (select 1 from booking_availability_rule r where r.bookable_service_id = b.id)
        and exists (select 1 from bookable_practitioner p where p.bookable_service_id = b.id)
        and exists (select 1 from network_membership m where m.organization_id = b.organization_id and m.region_code in ('maakunta_18', 'maakunta_19'))`),
    ).toBeGreaterThanOrEqual(10);
    expect(await count("select count(*) from bookable_service where kind = 'group'")).toBeGreaterThan(0);
    expect(await count("select count(*) from bookable_service where scope = 'organization'")).toBeGreaterThan(0);
  });

  it("loads only once", async () => {
    const before = await count("select count(*) from organization");
    await prepareDatabase(url, { demoData: true });
    expect(await count("select count(*) from organization")).toBe(before);
  });

  it("has feedback for the inbox, one accessibility message overdue, and votes per page", async () => {
    expect(await count("select count(*) from feedback where answered_at is null")).toBeGreaterThanOrEqual(3);
    expect(await count("select count(*) from feedback where kind = 'accessibility' and answered_at is null and received_at < now() - interval '14 days'")).toBe(
      1,
    );
    expect(await count("select count(distinct page_path) from page_vote")).toBeGreaterThanOrEqual(3);
  });
});
