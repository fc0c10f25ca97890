import { expect } from "vitest";
import { EditConflict } from "../../app/kit/validation/errors";
import { failure } from "./fixtures";

/** One edit path as the version tests see it: the stored version and values, a save, and the field that shows which save won. */
export interface GuardedEdit<V> {
  load: () => Promise<{ version: number; values: V }>;
  save: (values: V & { version?: number }) => Promise<unknown>;
  /** The values with a text field set to `mark`. */
  edit: (values: V, mark: string) => V;
  /** That text field as stored now. */
  stored: () => Promise<string | null | undefined>;
  /** Who the first save is recorded as, for the conflict's "who". */
  savedBy?: string;
}

/**
 * Two saves from the same loaded form: the first is saved and bumps the version, the second is
 * refused with an EditConflict and writes nothing; a save without a version (an import) is saved
 * and bumps the version too, so the first form is stale again.
 */
export async function expectVersionGuard<V>(guarded: GuardedEdit<V>) {
  const opened = await guarded.load();
  await guarded.save({ ...guarded.edit(opened.values, "first save"), version: opened.version });
  expect(await guarded.stored()).toBe("first save");
  const afterFirst = await guarded.load();
  expect(afterFirst.version).toBe(opened.version + 1);

  const error = await failure(guarded.save({ ...guarded.edit(opened.values, "stale save"), version: opened.version }));
  expect(error).toBeInstanceOf(EditConflict);
  if (guarded.savedBy) expect((error as EditConflict).savedBy).toBe(guarded.savedBy);
  expect(await guarded.stored()).toBe("first save");
  expect((await guarded.load()).version).toBe(afterFirst.version);

  await guarded.save({ ...guarded.edit(afterFirst.values, "import"), version: undefined });
  expect(await guarded.stored()).toBe("import");
  expect((await guarded.load()).version).toBe(afterFirst.version + 1);
  expect(await failure(guarded.save({ ...guarded.edit(afterFirst.values, "stale again"), version: afterFirst.version }))).toBeInstanceOf(EditConflict);
}
