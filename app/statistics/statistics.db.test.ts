import { describe, expect, it } from "vitest";
import { aService, anOrganization } from "../../tests/support/fixtures";
import { db } from "../kit/db/db.server";
import { answerSatisfaction, inviteToRate } from "../feedback/commands/satisfaction.server";
import { organizationsInView } from "./queries.server";
import { statisticsTable } from "./view.server";
import { shownColumns } from "./measures";

const column = (name: (typeof shownColumns)[number]) => shownColumns.indexOf(name);

async function answered(organizationId: string, serviceId: string | null, score: number, at: Date, channel = "phone") {
  const path = await inviteToRate(db(), { kind: "booking", organizationId, serviceId, channel, language: "fi" }, at);
  expect(await answerSatisfaction(path.split("/").pop()!, { score: String(score) }, at)).toBe("answered");
}

describe("the organisations in a user's view", () => {
  it("keeps coordinators to their regions and contact persons to their organisations", async () => {
    const kainuu = await anOrganization({ regionCodes: ["maakunta_18"] });
    const lapland = await anOrganization({ regionCodes: ["maakunta_19"] });
    const coordinator = { all: false as const, regionCodes: ["maakunta_18"], organizationIds: [] };
    const inKainuu = await organizationsInView(coordinator, {});
    expect(inKainuu).toContain(kainuu.id);
    expect(inKainuu).not.toContain(lapland.id);
    expect(await organizationsInView(coordinator, { organization: lapland.id })).toBeNull();
    expect(await organizationsInView(coordinator, { region: "maakunta_19" })).toBeNull();
    expect(await organizationsInView(coordinator, { region: "maakunta_18", organization: kainuu.id })).toEqual([kainuu.id]);

    const contact = { all: false as const, regionCodes: [], organizationIds: [lapland.id] };
    expect(await organizationsInView(contact, {})).toEqual([lapland.id]);
    expect(await organizationsInView(contact, { region: "maakunta_19" })).toEqual([lapland.id]);
    expect(await organizationsInView(contact, { region: "maakunta_18" })).toBeNull();
    expect(await organizationsInView({ all: true }, {})).toBe("all");
    expect(await organizationsInView({ all: true }, { organization: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});

describe("the statistics table", () => {
  it("sums satisfaction per month, organisation, service and channel in Finnish months", async () => {
    const organization = await anOrganization({ regionCodes: ["maakunta_18"] });
    const serviceId = await aService(organization.id);
    await answered(organization.id, serviceId, 5, new Date("2026-02-10T10:00:00Z"));
    await answered(organization.id, serviceId, 2, new Date("2026-02-28T22:30:00Z"), "video"); // 1 March in Helsinki
    await answered(organization.id, null, 4, new Date("2026-03-15T10:00:00Z"), "video");
    const scope = { all: false as const, regionCodes: [], organizationIds: [organization.id] };

    const byMonth = (await statisticsTable(scope, { region: undefined, organization: undefined, from: "2026-01", to: "2026-03" }))!;
    expect(byMonth.rows.map((r) => [r.key, r.values[column("satisfactionAnswers")], r.values[column("satisfactionAverage")]])).toEqual([
      ["2026-01", 0, null],
      ["2026-02", 1, 5],
      ["2026-03", 2, 3],
    ]);
    expect(byMonth.total[column("satisfactionAnswers")]).toBe(3);

    const byChannel = (await statisticsTable(scope, { region: undefined, organization: undefined, from: "2026-01", to: "2026-03", groupBy: "channel" }))!;
    expect(byChannel.rows.map((r) => [r.key, r.values[column("satisfactionAnswers")]])).toEqual([
      ["video", 2],
      ["phone", 1],
    ]);
    const byService = (await statisticsTable(scope, { region: undefined, organization: undefined, from: "2026-01", to: "2026-03", groupBy: "service" }))!;
    expect(byService.rows.map((r) => r.key)).toEqual([serviceId, null]);
    expect(Object.keys(byService.names.services)).toEqual([serviceId]);
  });
});
