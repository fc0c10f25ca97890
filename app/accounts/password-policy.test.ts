import { describe, expect, it } from "vitest";
import { passwordIssue } from "./password-policy.server";

const someone = { name: "Maija Meikäläinen", email: "maija.meikalainen@kainuu.fi" };

describe("the password policy", () => {
  it.each([
    ["aaaaaaaaaaaa", "password.weak.repeat"],
    ["salasana1234", "password.weak.common"],
    // A Finnish word and a year.
    ["tietokone2020", "password.weak.generic"],
    ["qwertyuiop12", "password.weak.common"],
  ])("refuses %s as too easy to guess", (password, key) => {
    expect(passwordIssue(password, someone)).toEqual({ path: "password", key });
  });

  it("refuses a password shorter than 12 characters, however random", () => {
    expect(passwordIssue("x7#Kq!p2Zr", someone)).toEqual({ path: "password", key: "password.tooShort", values: { min: 12 } });
  });

  it("counts the user's own name and address as known words", () => {
    expect(passwordIssue("meikalainenmaija", someone)?.key).toMatch(/^password\.weak\./);
  });

  it("accepts a passphrase of several words without any composition rules", () => {
    expect(passwordIssue("poro juoksee tunturin yli iltaisin", someone)).toBeNull();
    expect(passwordIssue("correct horse battery staple", someone)).toBeNull();
  });

  it("names the field it was asked about", () => {
    expect(passwordIssue("lyhyt", someone, "newPassword")?.path).toBe("newPassword");
  });
});
