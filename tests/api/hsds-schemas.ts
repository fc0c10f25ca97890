import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";

/** The HSDS 3.1 schemas of the shared folder (../shared/hsds/schema from the repository root). */
export const schemaDir = path.resolve(process.cwd(), "../shared/hsds/schema");

// The schema files have no $id and refer to each other relatively ("phone.json"), so each is
// registered under a URI in one folder and the references resolve against it.
const base = "https://hsds.example/schema/";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const read = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), "utf8"));
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".json") && !f.startsWith("openapi"))) ajv.addSchema(read(file), `${base}${file}`);
for (const file of [
  "service.json",
  "service_list.json",
  "organization.json",
  "organization_list.json",
  "service_at_location.json",
  "service_at_location_list.json",
])
  ajv.addSchema(read(`compiled/${file}`), `${base}compiled/${file}`);

export function validator(file: string): ValidateFunction {
  const validate = ajv.getSchema(`${base}${file}`);
  if (!validate) throw new Error(`No HSDS schema ${file}`);
  return validate;
}

/** Fails with the schema errors, so a broken mapping says which field is wrong. */
export function expectValid(file: string, value: unknown) {
  const validate = validator(file);
  const valid = validate(value);
  expect(validate.errors ?? [], `${file}: ${JSON.stringify(value).slice(0, 300)}`).toEqual([]);
  expect(valid).toBe(true);
}

/** The HSDS paging envelope (openapi.json components.schemas.Page) with every item valid. */
export function expectValidPage(body: any, itemSchemas: string[]) {
  const page = read("openapi.json").components.schemas.Page;
  const validatePage = ajv.compile({ ...page, required: Object.keys(page.properties) });
  expect(validatePage(body), JSON.stringify(validatePage.errors)).toBe(true);
  expect(Array.isArray(body.contents)).toBe(true);
  expect(body.size).toBe(body.contents.length);
  expect(body.empty).toBe(body.contents.length === 0);
  for (const item of body.contents) for (const schema of itemSchemas) expectValid(schema, item);
}
