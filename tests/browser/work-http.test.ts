import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { organization, practitioner, service, servicePoint } from "../../app/network-map/schema.server";
import { loadOrganization, loadPractitioner, loadService, loadServicePoint } from "../../app/network-map/work/queries.server";
import { anAccount, anOrganization, aPractitioner, aService, aServicePoint, unique } from "../support/fixtures";
import { formFields, get, postForm, signIn } from "../support/http";

const serviceRow = async (id: string) => (await db().select().from(service).where(eq(service.id, id)))[0];
const practitionerRow = async (id: string) => (await db().select().from(practitioner).where(eq(practitioner.id, id)))[0];
const organizationsNamed = async (name: string) =>
  db()
    .select()
    .from(organization)
    .where(sql`${organization.name}->>'fi' = ${name}`);

describe("workspace: signing in", { timeout: 60_000 }, () => {
  it("sends an anonymous visitor to the sign-in page and writes nothing", async () => {
    const response = await get("/fi/work");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/fi/sign-in?next=%2Ffi%2Fwork");

    const org = await anOrganization();
    const serviceId = await aService(org.id);
    const values = (await loadService(serviceId))!.values;
    const post = await postForm(`/fi/work/services/${serviceId}`, formFields({ ...values, name: { fi: "Anonyymisti muutettu" } }));
    expect(post.status).toBe(303);
    expect(post.headers.get("location")).toMatch(/^\/fi\/sign-in\?next=/);
    expect((await serviceRow(serviceId)).name.fi).not.toBe("Anonyymisti muutettu");
  });
});

describe("workspace: contact person", { timeout: 60_000 }, () => {
  it("edits their own organisation's service and is refused another organisation's (403, nothing written)", async () => {
    const own = await anOrganization();
    const other = await anOrganization();
    const ownService = await aService(own.id);
    const otherService = await aService(other.id);
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: own.id }));

    const dashboard = await (await get("/fi/work", cookie)).text();
    expect(dashboard).toContain(own.name);
    expect(dashboard).not.toContain(other.name);

    const newName = unique("Uusi nimi ");
    const ownValues = (await loadService(ownService))!.values;
    const saved = await postForm(`/fi/work/services/${ownService}`, formFields({ ...ownValues, name: { fi: newName } }), cookie);
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/fi/work/services/${ownService}?notice=saved`);
    expect((await serviceRow(ownService)).name.fi).toBe(newName);
    const after = await (await get(saved.headers.get("location")!, cookie)).text();
    expect(after).toContain("Muutokset tallennettu.");

    expect((await get(`/fi/work/services/${otherService}`, cookie)).status).toBe(403);
    const before = await serviceRow(otherService);
    const otherValues = (await loadService(otherService))!.values;
    const refused = await postForm(`/fi/work/services/${otherService}`, formFields({ ...otherValues, name: { fi: "Ei saa muuttaa" } }), cookie);
    expect(refused.status).toBe(403);
    expect(await serviceRow(otherService)).toEqual(before);
  });

  it("cannot delete their own organisation (only coordinators can)", async () => {
    const own = await anOrganization();
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: own.id }));
    expect((await get(`/fi/work/delete/organization/${own.id}`, cookie)).status).toBe(403);
    expect((await postForm(`/fi/work/delete/organization/${own.id}`, [], cookie)).status).toBe(403);
    expect(await organizationsNamed(own.name)).toHaveLength(1);
  });
});

describe("workspace: practitioner", { timeout: 60_000 }, () => {
  it("edits their own card, not another's, and cannot make themself a contact person", async () => {
    const org = await anOrganization();
    const mine = await aPractitioner(org.id);
    const theirs = await aPractitioner(org.id);
    const cookie = await signIn(await anAccount({ role: "practitioner", practitionerId: mine }));

    const myCard = await get("/fi/work/my-card", cookie);
    expect(myCard.status).toBe(302);
    expect(myCard.headers.get("location")).toBe(`/fi/work/practitioners/${mine}`);

    const values = (await loadPractitioner(mine))!.values;
    const saved = await postForm(
      `/fi/work/practitioners/${mine}`,
      formFields({ ...values, phone: "040 765 4321", visibility: { email: "network", phone: "network", title: "public", servicePoints: "public" } }),
      cookie,
    );
    expect(saved.status).toBe(303);
    const row = await practitionerRow(mine);
    expect(row.phone).toBe("040 765 4321");
    expect(row.visibility).toMatchObject({ email: "network", phone: "network" });

    const forged = await postForm(`/fi/work/practitioners/${mine}`, formFields({ ...values, isContactPerson: true }), cookie);
    expect(forged.status).toBe(403);
    expect((await practitionerRow(mine)).isContactPerson).toBe(false);

    const before = await practitionerRow(theirs);
    expect((await get(`/fi/work/practitioners/${theirs}`, cookie)).status).toBe(403);
    const theirValues = (await loadPractitioner(theirs))!.values;
    const refused = await postForm(`/fi/work/practitioners/${theirs}`, formFields({ ...theirValues, phone: "040 000 0000" }), cookie);
    expect(refused.status).toBe(403);
    expect(await practitionerRow(theirs)).toEqual(before);
  });
});

describe("workspace: coordinator", { timeout: 60_000 }, () => {
  const newOrganization = (name: string, regionCode: string) => formFields({ name: { fi: name }, description: {}, type: "library", regionCodes: [regionCode] });

  it("creates an organisation in their own region but not in another region", async () => {
    const cookie = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const ownName = unique("Kirjasto ");
    const created = await postForm("/fi/work/organizations/new?region=maakunta_19", newOrganization(ownName, "maakunta_19"), cookie);
    expect(created.status).toBe(303);
    const [row] = await organizationsNamed(ownName);
    expect(created.headers.get("location")).toBe(`/fi/work/organizations/${row.id}?notice=created`);
    expect((await loadOrganization(row.id))!.scope.regionCodes).toEqual(["maakunta_19"]);

    const otherName = unique("Kirjasto ");
    const refused = await postForm("/fi/work/organizations/new", newOrganization(otherName, "maakunta_01"), cookie);
    expect(refused.status).toBe(403);
    expect(await organizationsNamed(otherName)).toHaveLength(0);
  });

  it("sees the stale entries of their region; a contact person does not", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_19"] });
    await db()
      .update(organization)
      .set({ lastVerifiedAt: sql`now() - interval '400 days'` })
      .where(eq(organization.id, org.id));
    const coordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const page = await get("/fi/work/stale", coordinator);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(org.name);
    const elsewhere = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_18" }));
    expect(await (await get("/fi/work/stale", elsewhere)).text()).not.toContain(org.name);
    const contact = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    expect((await get("/fi/work/stale", contact)).status).toBe(403);
  });

  it("marks an entry still correct", async () => {
    const org = await anOrganization();
    await db()
      .update(organization)
      .set({ lastVerifiedAt: sql`now() - interval '400 days'` })
      .where(eq(organization.id, org.id));
    const cookie = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const response = await postForm(`/fi/work/verify/organization/${org.id}`, [], cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/fi/work/organizations/${org.id}?notice=verified`);
    const [row] = await db().select().from(organization).where(eq(organization.id, org.id));
    expect(Date.now() - row.lastVerifiedAt.getTime()).toBeLessThan(60_000);
  });
});

describe("workspace: bad input", { timeout: 60_000 }, () => {
  it("answers a wrong Y-tunnus with 400 and the message next to the field, writing nothing", async () => {
    const org = await anOrganization();
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const before = (await loadOrganization(org.id))!;
    const response = await postForm(
      `/fi/work/organizations/${org.id}`,
      formFields({ ...before.values, businessId: "1234567-8", name: { fi: "Muutettu" } }),
      cookie,
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/aria-describedby="[^"]*f-businessId-error/);
    expect(html).toContain('<p id="f-businessId-error" class="field__error">Y-tunnus ei kelpaa: tarkista muoto 1234567-8 ja tarkistusnumero.</p>');
    expect(html).toContain('role="alert"');
    expect(html).toContain('value="1234567-8"');
    expect((await loadOrganization(org.id))!.values).toEqual(before.values);
  });

  it("answers an unknown postal code with 400 in the user's language, writing nothing", async () => {
    const org = await anOrganization();
    const pointId = await aServicePoint(org.id);
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const before = await db().select().from(servicePoint).where(eq(servicePoint.id, pointId));
    const values = (await loadServicePoint(pointId))!.values;
    const response = await postForm(`/sv/work/service-points/${pointId}`, formFields({ ...values, postalCode: "09999" }), cookie);
    expect(response.headers.get("location")).toBeNull();
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<p id="f-postalCode-error" class="field__error">Postnumret 09999 finns inte.</p>');
    expect(await db().select().from(servicePoint).where(eq(servicePoint.id, pointId))).toEqual(before);
  });

  it("answers a 10 kB name with 400 and creates nothing", async () => {
    const org = await anOrganization();
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const huge = "x".repeat(10_000);
    const response = await postForm(
      `/fi/work/services/new?organization=${org.id}`,
      formFields({ organizationId: org.id, name: { fi: huge }, languages: ["fi"], cost: "free", status: "active" }),
      cookie,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<p id="f-name-fi-error" class="field__error">Teksti on liian pitkä (enintään 200 merkkiä).</p>');
    expect(await db().select().from(service).where(eq(service.organizationId, org.id))).toHaveLength(0);
  });
});
