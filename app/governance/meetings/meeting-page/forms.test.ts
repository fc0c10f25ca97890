import { describe, expect, it } from "vitest";
import { actionItemFromForm, actionStatusFromForm, agendaFromForm, attendanceFromForm, decisionFromForm, minutesFromForm, proposalFromForm } from "./forms";

const formOf = (...fields: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
};

const first = "0b9c7a52-3f0e-4c8e-9d1a-2f6f5a0b1c11";
const second = "7d1e2f30-4a5b-4c6d-8e7f-9a0b1c2d3e44";

describe("the meeting page's forms", () => {
  it("read a proposal, leaving empty optional fields out", () => {
    expect(proposalFromForm(formOf(["title", "Uusi asia"], ["description", "  "], ["proposedByGroupId", first]))).toEqual({
      title: "Uusi asia",
      description: undefined,
      proposedByGroupId: first,
    });
    expect(proposalFromForm(formOf())).toEqual({ title: "", description: undefined, proposedByGroupId: undefined });
  });

  it("read the agenda's items in the order listed, each from the fields that carry its id", () => {
    const { input } = agendaFromForm(
      formOf(
        ["version", "3"],
        ["itemIds", second],
        ["itemIds", first],
        [`items.${first}.status`, "accepted"],
        [`items.${first}.position`, "1"],
        [`items.${second}.status`, "rejected"],
        [`items.${second}.position`, "ensimmäinen"],
      ),
    );
    expect(input).toEqual({
      version: "3",
      items: [
        { id: second, status: "rejected", position: "ensimmäinen" },
        { id: first, status: "accepted", position: "1" },
      ],
    });
  });

  it("name the agenda's issues by the page's fields: the item's id instead of its place in the list", () => {
    const { fieldOf } = agendaFromForm(formOf(["itemIds", second], ["itemIds", first]));
    expect(fieldOf("items.0.position")).toBe(`items.${second}.position`);
    expect(fieldOf("items.1.status")).toBe(`items.${first}.status`);
    // Paths that name no listed item stay as they are: past the list, the list itself, an unknown item by id.
    expect(fieldOf("items.2.status")).toBe("items.2.status");
    expect(fieldOf("items")).toBe("items");
    expect(fieldOf(`items.${first}`)).toBe(`items.${first}`);
    expect(fieldOf("version")).toBe("version");
  });

  it("read attendance as the ticked memberships, and the minutes from their text area", () => {
    expect(attendanceFromForm(formOf(["present", first], ["present", ""], ["present", second]))).toEqual({ present: [first, second] });
    expect(attendanceFromForm(formOf())).toEqual({ present: [] });
    expect(minutesFromForm(formOf(["version", "2"], ["minutes", "# Pöytäkirja"]))).toEqual({ version: "2", text: "# Pöytäkirja" });
  });

  it("read a decision and an action item from the fields named by their agenda item", () => {
    expect(
      decisionFromForm(formOf(["agendaItemId", first], ["version", "4"], [`decision.${first}`, "Hyväksyttiin."], [`decision.${second}`, "Toinen"])),
    ).toEqual({
      agendaItemId: first,
      input: { version: "4", decision: "Hyväksyttiin." },
    });
    const p = `action.${first}.`;
    expect(
      actionItemFromForm(
        formOf(
          ["agendaItemId", first],
          [`${p}description`, "Kirjoita muistio"],
          [`${p}owner`, "Anna"],
          [`${p}organizationId`, ""],
          [`${p}dueOn`, "2030-05-01"],
        ),
      ),
    ).toEqual({
      agendaItemId: first,
      input: { description: "Kirjoita muistio", owner: "Anna", organizationId: undefined, dueOn: "2030-05-01" },
    });
    expect(actionStatusFromForm(formOf(["actionItemId", second], [`status.${second}`, "forgotten"]))).toEqual({ actionItemId: second, status: "forgotten" });
  });

  it("name no entry when the form's id is not a uuid", () => {
    for (const id of ["", "1", "../x", `${first}x`]) {
      expect(decisionFromForm(formOf(["agendaItemId", id])), id).toBeNull();
      expect(actionItemFromForm(formOf(["agendaItemId", id])), id).toBeNull();
      expect(actionStatusFromForm(formOf(["actionItemId", id])), id).toBeNull();
    }
  });
});
