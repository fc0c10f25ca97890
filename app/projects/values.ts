import type { Indicators } from "./codes";
import type { ProjectInput } from "./inputs";

/** Cents as a Finn types euros back into the form: "245764" or "1234,50". */
export const centsForForm = (cents: number | null): string | undefined =>
  cents === null ? undefined : cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace(".", ",");

export interface StoredProject {
  code: string;
  name: ProjectInput["name"];
  summary: ProjectInput["summary"];
  funder: string;
  programme: string;
  startsOn: string;
  endsOn: string;
  budgetCents: number | null;
  realisedCents: number | null;
  regionCodes: string[];
  targetGroups: string[];
  indicators: Indicators;
  outputs: string;
  planActionIds: string[];
  homepage: string | null;
}

/** A stored card as the edit form's values. */
export const projectFormValues = (project: StoredProject, organizationIds: string[]): ProjectInput => ({
  code: project.code,
  name: project.name,
  summary: project.summary,
  funder: project.funder,
  programme: project.programme || undefined,
  startsOn: project.startsOn,
  endsOn: project.endsOn,
  budget: centsForForm(project.budgetCents),
  realised: centsForForm(project.realisedCents),
  regionCodes: project.regionCodes,
  organizationIds,
  targetGroups: project.targetGroups as ProjectInput["targetGroups"],
  indicators: project.indicators,
  outputs: project.outputs || undefined,
  planActionIds: project.planActionIds,
  homepage: project.homepage ?? undefined,
});

/** The outputs, one per line, without blank lines. */
export const outputLines = (outputs: string): string[] =>
  outputs
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
