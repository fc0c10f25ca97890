import { describe, expect, it } from "vitest";
import { aContentPage, failure, system } from "../../../tests/support/fixtures";
import { expectVersionGuard } from "../../../tests/support/version-guard";
import { EditConflict } from "../../kit/validation/errors";
import { pageForEditor } from "../queries.server";
import { restoreVersion } from "./restore-version.server";
import { saveVersion } from "./save-version.server";

const latestOf = async (pageId: string, language: "fi" | "sv") => {
  const [latest] = (await pageForEditor(pageId, language))!.versions;
  return latest
    ? { version: latest.version, values: { title: latest.title, summary: latest.summary, body: latest.body } }
    : { version: 0, values: { title: "", summary: "", body: "" } };
};

describe("a content page's save names the language's latest version it started from", () => {
  it("refuses a second save from the same loaded editor and keeps the first", async () => {
    const { id } = await aContentPage();
    await expectVersionGuard({
      load: () => latestOf(id, "fi"),
      save: (values) => saveVersion(system, id, "fi", values),
      edit: (values, mark) => ({ ...values, title: mark }),
      stored: async () => (await latestOf(id, "fi")).values.title,
    });
  });

  it("counts a language without versions as 0, other languages and restores apart", async () => {
    const { id } = await aContentPage();
    const text = { title: "Otsikko", summary: "", body: "Teksti." };
    // A Finnish save does not make a Swedish editor stale.
    await saveVersion(system, id, "fi", { ...text, version: (await latestOf(id, "fi")).version });
    await saveVersion(system, id, "sv", { ...text, title: "Rubrik", version: 0 });
    expect(await failure(saveVersion(system, id, "sv", { ...text, title: "Andra", version: 0 }))).toBeInstanceOf(EditConflict);
    // Restoring an older version adds a version: an editor opened before it is stale.
    const opened = await latestOf(id, "fi");
    const [first] = (await pageForEditor(id, "fi"))!.versions.slice(-1);
    await restoreVersion(system, id, "fi", first.id);
    expect(await failure(saveVersion(system, id, "fi", { ...text, title: "Myöhässä", version: opened.version }))).toBeInstanceOf(EditConflict);
  });
});
