import { eq } from "drizzle-orm";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { createMeeting } from "../../app/governance/meetings/commands/meeting.server";
import { meeting } from "../../app/governance/meetings/schema.server";
import { aGroupWithOfficers, anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";
import { get, postForm, signIn } from "../support/http";

async function pdfText(response: Response) {
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push((await (await pdf.getPage(n)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" "));
  return pages.join(" ").replace(/\s+/g, " ");
}

describe("the minutes as a print view and a PDF", { timeout: 120_000 }, () => {
  it("are read by the same rule as the minutes: drafts by those who run the meeting, others once circulated", async () => {
    const { groupId, secretaryCard, memberCard } = await aGroupWithOfficers();
    const theme = unique("Pöytäkirjateema ");
    const meetingId = await createMeeting(system, groupId, {
      theme,
      date: "2030-03-12",
      startTime: "13:00",
      endTime: "15:00",
      place: "Rovaniemi, Äkäslompolo-huone",
      agendaDeadline: "2030-03-01",
    });
    const secretary = await signIn(await anAccount({ role: "practitioner", practitionerId: secretaryCard }));
    const member = await signIn(await anAccount({ role: "practitioner", practitionerId: memberCard }));
    const outsider = await signIn(await anAccount({ role: "practitioner", practitionerId: await aPractitioner((await anOrganization()).id) }));
    const base = `/fi/work/meetings/${meetingId}`;
    const minutesText = "## Kokouksen avaus\n\nPuheenjohtaja totesi kokouksen **päätösvaltaiseksi**.\n\n- Työsuunnitelma hyväksyttiin";
    const saved = await postForm(
      base,
      [
        ["intent", "minutes"],
        ["version", "1"],
        ["minutes", minutesText],
      ],
      secretary,
    );
    expect(saved.status).toBe(303);

    const view = await get(`${base}/minutes`, secretary);
    expect(view.status).toBe(200);
    const html = await view.text();
    for (const expected of [theme, "Rovaniemi, Äkäslompolo-huone", "Kokouksen avaus", "<strong>päätösvaltaiseksi</strong>", `${base}/minutes.pdf`])
      expect(html).toContain(expected);
    expect(await (await get(base, secretary)).text()).toContain(`${base}/minutes"`);

    const pdf = await get(`${base}/minutes.pdf`, secretary);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="poytakirja-[0-9a-f]{8}\.pdf"$/);
    const text = await pdfText(pdf);
    for (const expected of [theme, "Rovaniemi, Äkäslompolo-huone", "Kokouksen avaus", "päätösvaltaiseksi", "• Työsuunnitelma hyväksyttiin"])
      expect(text).toContain(expected);

    // The draft is the secretary's working copy: a member finds nothing yet, an outsider may not look.
    for (const path of [`${base}/minutes`, `${base}/minutes.pdf`]) {
      expect((await get(path, member)).status, path).toBe(404);
      expect((await get(path, outsider)).status, path).toBe(403);
      const anonymous = await get(path);
      expect(anonymous.status, path).toBe(303);
      expect(anonymous.headers.get("location")).toMatch(/^\/fi\/sign-in/);
    }
    await db().update(meeting).set({ minutesStatus: "circulated" }).where(eq(meeting.id, meetingId));
    expect((await get(`${base}/minutes`, member)).status).toBe(200);
    expect(await pdfText(await get(`/sv${base.slice(3)}/minutes.pdf`, member))).toContain("Protokoll");
  });
});
