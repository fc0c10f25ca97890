import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aService, anOrganization } from "../../tests/support/fixtures";
import { db } from "../kit/db/db.server";
import { InvalidInput } from "../kit/validation/errors";
import { answerSatisfaction, deleteExpiredInvitations, inviteToRate } from "./commands/satisfaction.server";
import { openQuestion, satisfactionByService, satisfactionComments, satisfactionPerMonth } from "./satisfaction-queries.server";
import { satisfactionAnswer, satisfactionInvitation } from "./schema.server";

const tokenOf = (path: string) => path.split("/").pop()!;
const period = { from: "2026-01", to: "2027-12" };
const answersOf = (organizationId: string) => db().select().from(satisfactionAnswer).where(eq(satisfactionAnswer.organizationId, organizationId));

describe("the satisfaction question after a service", () => {
  it("asks once through a one-use link, keeps no trace of the person, and counts the answer under the service", async () => {
    const { id: organizationId } = await anOrganization();
    const serviceId = await aService(organizationId, { name: { fi: "Uraohjaus", sv: "Karriärvägledning" } });
    const path = await inviteToRate(db(), { kind: "booking", organizationId, serviceId, channel: "phone", language: "sv" });
    expect(path).toMatch(/^\/sv\/satisfaction\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(path);
    expect(await openQuestion(token)).toMatchObject({ kind: "booking", serviceName: { fi: "Uraohjaus", sv: "Karriärvägledning" } });
    const [stored] = await db().select().from(satisfactionInvitation).where(eq(satisfactionInvitation.organizationId, organizationId));
    expect(stored.tokenHash).not.toContain(token);

    expect(await answerSatisfaction(token, { score: "4", comment: "Selkeä neuvonta" })).toBe("answered");
    expect(await answerSatisfaction(token, { score: "1" })).toBe("gone");
    expect(await openQuestion(token)).toBeNull();
    expect(await answersOf(organizationId)).toEqual([
      expect.objectContaining({ kind: "booking", serviceId, channel: "phone", language: "sv", score: 4, comment: "Selkeä neuvonta" }),
    ]);
  });

  it("records one answer when two arrive at once through a one-use link", async () => {
    const { id: organizationId } = await anOrganization();
    const token = tokenOf(await inviteToRate(db(), { kind: "contact_request", organizationId, language: "fi" }));
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((score) => answerSatisfaction(token, { score: String(score) })));
    expect(outcomes.filter((o) => o === "answered")).toHaveLength(1);
    expect(await answersOf(organizationId)).toHaveLength(1);
  });

  it("takes as many answers as a visit's shared code allows", async () => {
    const { id: organizationId } = await anOrganization();
    const token = tokenOf(await inviteToRate(db(), { kind: "mobile_visit", organizationId, language: "fi", uses: 3 }));
    const outcomes = [];
    for (const score of ["5", "4", "5", "3"]) outcomes.push(await answerSatisfaction(token, { score }));
    expect(outcomes).toEqual(["answered", "answered", "answered", "gone"]);
    expect(await answersOf(organizationId)).toHaveLength(3);
  });

  it("refuses a bad score and writes nothing, and keeps the question open", async () => {
    const { id: organizationId } = await anOrganization();
    const token = tokenOf(await inviteToRate(db(), { kind: "referral", organizationId, language: "en" }));
    await expect(answerSatisfaction(token, { score: "6" })).rejects.toBeInstanceOf(InvalidInput);
    await expect(answerSatisfaction(token, { score: "3", comment: "x".repeat(501) })).rejects.toBeInstanceOf(InvalidInput);
    expect(await answersOf(organizationId)).toHaveLength(0);
    expect(await openQuestion(token)).not.toBeNull();
  });

  it("closes a question after its days, and the daily job deletes it", async () => {
    const { id: organizationId } = await anOrganization();
    const sent = new Date("2026-11-01T10:00:00Z");
    const token = tokenOf(await inviteToRate(db(), { kind: "booking", organizationId, language: "fi", days: 30 }, sent));
    const after = new Date("2026-12-01T10:00:01Z");
    expect(await openQuestion(token, after)).toBeNull();
    expect(await answerSatisfaction(token, { score: "5" }, after)).toBe("gone");
    expect(await deleteExpiredInvitations(after)).toBeGreaterThanOrEqual(1);
    expect(await db().select().from(satisfactionInvitation).where(eq(satisfactionInvitation.organizationId, organizationId))).toHaveLength(0);
  });
});

describe("satisfaction results", () => {
  it("sums answers per service for those entitled, in Finnish months", async () => {
    const lapland = await anOrganization({ regionCodes: ["maakunta_19"] });
    const kainuu = await anOrganization({ regionCodes: ["maakunta_18"] });
    const serviceId = await aService(lapland.id);
    // 22:30 UTC on 31 March is 1 April in Helsinki (summer time): counted in April.
    const lateMarch = new Date("2026-03-31T22:30:00Z");
    for (const [score, organizationId, service] of [
      [5, lapland.id, serviceId],
      [3, lapland.id, serviceId],
      [4, lapland.id, null],
      [2, kainuu.id, null],
    ] as const) {
      const token = tokenOf(await inviteToRate(db(), { kind: "booking", organizationId, serviceId: service, channel: "video", language: "fi" }, lateMarch));
      expect(await answerSatisfaction(token, { score: String(score), comment: score === 3 ? "Ihan ok" : "" }, lateMarch)).toBe("answered");
    }
    const lapp = await satisfactionByService({ all: false, regionCodes: ["maakunta_19"], organizationIds: [] }, period);
    const mine = lapp.filter((r) => r.organizationId === lapland.id);
    expect(mine).toEqual([
      expect.objectContaining({ serviceId, answers: 2, average: 4, distribution: [0, 0, 1, 0, 1] }),
      expect.objectContaining({ serviceId: null, answers: 1, average: 4, distribution: [0, 0, 0, 1, 0] }),
    ]);
    expect(lapp.some((r) => r.organizationId === kainuu.id)).toBe(false);

    const ownOnly = await satisfactionByService({ all: false, regionCodes: [], organizationIds: [kainuu.id] }, period);
    expect(ownOnly).toEqual([expect.objectContaining({ organizationId: kainuu.id, answers: 1, average: 2 })]);

    const comments = await satisfactionComments({ all: false, regionCodes: [], organizationIds: [lapland.id] }, period);
    expect(comments).toEqual([expect.objectContaining({ comment: "Ihan ok", score: 3, kind: "booking" })]);

    const months = await satisfactionPerMonth({ all: false, regionCodes: [], organizationIds: [lapland.id] }, { from: "2026-04", to: "2026-04" });
    expect(months.map((m) => [m.month, m.serviceId, m.channel, m.answers, m.scoreSum])).toEqual(
      expect.arrayContaining([
        ["2026-04", serviceId, "video", 2, 8],
        ["2026-04", null, "video", 1, 4],
      ]),
    );
    expect(await satisfactionPerMonth({ all: false, regionCodes: [], organizationIds: [lapland.id] }, { from: "2026-03", to: "2026-03" })).toEqual([]);
  });
});
