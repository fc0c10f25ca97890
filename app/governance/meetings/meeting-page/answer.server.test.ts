import { describe, expect, it } from "vitest";
import { EditConflict, InvalidInput, PermissionDenied } from "../../../kit/validation/errors";
import { answerMeetingForm, type MeetingForm } from "./answer.server";

const meetingId = "0b9c7a52-3f0e-4c8e-9d1a-2f6f5a0b1c11";
const minutes = (run: () => Promise<unknown>, extra: Partial<MeetingForm> = {}): MeetingForm => ({
  sent: { form: "minutes", input: { version: "1", text: "Oma teksti" } },
  run,
  notice: "minutesSaved",
  anchor: "#minutes-heading",
  ...extra,
});
const refuse = (error: unknown) => () => Promise.reject(error);

describe("answering a meeting page form", () => {
  it("goes back to the meeting with the notice and the anchor once the command has run", async () => {
    const answer = await answerMeetingForm(
      "sv",
      meetingId,
      minutes(() => Promise.resolve()),
    );
    if (!(answer instanceof Response)) throw new Error("expected a redirect");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/sv/work/meetings/${meetingId}?notice=minutesSaved#minutes-heading`);
  });

  it("answers bad input with 400, the errors under the page's field names and the values sent", async () => {
    const error = new InvalidInput([
      { path: "items.0.position", key: "validation.invalid" },
      { path: "version", key: "validation.required" },
    ]);
    const answer = await answerMeetingForm("fi", meetingId, minutes(refuse(error), { fieldOf: (path) => path.replace("items.0.", "items.abc.") }));
    if (answer instanceof Response) throw new Error("expected data");
    expect(answer.init?.status).toBe(400);
    expect(answer.data).toEqual({
      errors: { "items.abc.position": "Arvo ei kelpaa.", version: "Tämä tieto on pakollinen." },
      values: { form: "minutes", input: { version: "1", text: "Oma teksti" } },
    });
  });

  it("answers someone else's earlier save with 409, who saved and when, and what is stored now", async () => {
    const error = new EditConflict("minutes", "Sara Sihteeri", new Date("2030-05-20T10:15:00Z"));
    const answer = await answerMeetingForm("en", meetingId, minutes(refuse(error), { stored: async () => ({ version: 3, current: "Stored text" }) }));
    if (answer instanceof Response) throw new Error("expected data");
    expect(answer.init?.status).toBe(409);
    expect(answer.data.conflict).toEqual({ by: "Sara Sihteeri", at: "2030-05-20T10:15:00.000Z", version: 3, current: "Stored text" });
    expect(answer.data.message).toContain("Sara Sihteeri");
    expect(answer.data.values).toEqual({ form: "minutes", input: { version: "1", text: "Oma teksti" } });
  });

  it("leaves a conflict on a form without a version, and refusals of permission, to fail as errors", async () => {
    const conflict = new EditConflict("minutes", null, null);
    await expect(answerMeetingForm("fi", meetingId, minutes(refuse(conflict)))).rejects.toBe(conflict);
    // 403 is thrown as a response for the error page, not answered at the form.
    const forbidden = await answerMeetingForm("fi", meetingId, minutes(refuse(new PermissionDenied("minutes")))).catch((thrown: unknown) => thrown);
    expect(forbidden).toMatchObject({ init: { status: 403 } });
  });
});
