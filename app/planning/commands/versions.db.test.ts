import { describe, expect, it } from "vitest";
import { failure, unique, userWith } from "../../../tests/support/fixtures";
import { expectVersionGuard } from "../../../tests/support/version-guard";
import { EditConflict } from "../../kit/validation/errors";
import type { CommunicationInput } from "../inputs";
import { communicationItems } from "../queries.server";
import { addCommunicationItem, markReviewed, updateCommunicationItem } from "./communication.server";

const region = "maakunta_19";
const year = 2099;

async function loadItem(id: string) {
  const item = (await communicationItems(region, year)).find((i) => i.id === id)!;
  const values: CommunicationInput = { ...item, channel: item.channel as CommunicationInput["channel"] };
  return { version: item.version, values };
}

describe("a communication plan row's edit names the version it was loaded with", () => {
  it("refuses a second save from the same loaded form and keeps the first", async () => {
    const coordinator = { ...userWith({ role: "coordinator", regionCode: region }), name: "Kaisa Koordinaattori" };
    const input = { targetGroup: "Ohjaustoimijat", months: [3], channel: "email" as const, responsible: "Aino", content: unique("Uutiskirje ") };
    const id = await addCommunicationItem(coordinator, { regionCode: region, year }, input);
    await expectVersionGuard({
      load: () => loadItem(id),
      save: (values) => updateCommunicationItem(coordinator, id, values),
      edit: (values, mark) => ({ ...values, content: mark }),
      stored: async () => (await loadItem(id)).values.content,
      savedBy: "Kaisa Koordinaattori",
    });
    // Marking the row reviewed changes it too: a form opened before is stale.
    const opened = await loadItem(id);
    await markReviewed(coordinator, id, { reviewedOn: "2099-03-10" });
    expect(await failure(updateCommunicationItem(coordinator, id, { ...opened.values, content: "Myöhässä" }))).toBeInstanceOf(EditConflict);
  });
});
