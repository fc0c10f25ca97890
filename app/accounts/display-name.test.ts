import { describe, expect, it } from "vitest";
import { displayName } from "./inputs";

const issueOf = (name: string) => {
  const result = displayName.safeParse(name);
  return result.success ? null : result.error.issues[0].message;
};

describe("display names", () => {
  it.each(["Åsa Öberg", "Jääskeläinen-Väänänen", "D'Artagnan", "Anna-Liisa O'Neill", "J. R. R. Tolkien", "Ñuñez", "Ιωάννης", "Ольга"])("accepts %s", (name) => {
    expect(issueOf(name)).toBeNull();
  });

  it("trims and collapses spaces", () => {
    expect(displayName.parse("  Maija   Meikäläinen  ")).toBe("Maija Meikäläinen");
  });

  it.each([
    ["Kainuun koordinaattori (ylläpito)", "name.characters"],
    ["Admin [system]", "name.characters"],
    ["Maija\u0000Meikäläinen", "name.characters"],
    ["Rivi\nvaihto", "name.characters"],
    ["Agent 007", "name.characters"],
    ["<script>", "name.characters"],
    ["...", "name.characters"],
  ])("refuses %j", (name, key) => {
    expect(issueOf(name)).toContain(key);
  });

  it("refuses names shorter than 2 or longer than 100 characters, and blank ones", () => {
    expect(issueOf("A")).toContain("name.tooShort");
    expect(issueOf("a".repeat(101))).toContain("validation.tooLong");
    expect(issueOf("a".repeat(2_000_000))).toContain("validation.tooLong");
    expect(issueOf("   ")).toBe("validation.required");
  });
});
