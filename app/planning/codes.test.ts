import { describe, expect, it } from "vitest";
import { hasMessage } from "../kit/i18n/catalogue";
import { languages } from "../kit/i18n/languages";
import { actionStatuses, communicationChannels, developmentThemes, dimensions, stages, strategicGoals } from "./codes";

describe("planning code lists", () => {
  it("label every code in every language, and describe every stage of every dimension", () => {
    const keys = [
      ...strategicGoals.map((c) => `planning.strategicGoal.${c}`),
      ...developmentThemes.map((c) => `planning.theme.${c}`),
      ...actionStatuses.map((c) => `planning.status.${c}`),
      ...communicationChannels.map((c) => `planning.channel.${c}`),
      ...dimensions.map((d) => `assess.dimension.${d}`),
      ...stages.map((s) => `assess.stageName.${s}`),
      ...dimensions.flatMap((d) => stages.map((s) => `assess.describe.${d}.${s}`)),
    ];
    for (const lang of languages) for (const key of keys) expect(hasMessage(lang, key), `${lang} ${key}`).toBe(true);
  });
});
