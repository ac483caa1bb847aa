/** The project's copy of the capture contract, compiled once with ajv (JSON Schema 2020-12). */
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const schemaPath = fileURLToPath(new URL("../../src/wire/capture.schema.json", import.meta.url));
export const captureSchema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(captureSchema);

/** Fails the test with ajv's error list when a record does not follow the contract. */
export function expectSchemaValid(record: unknown): void {
  const valid = validate(JSON.parse(JSON.stringify(record)));
  expect(valid ? [] : validate.errors).toEqual([]);
}
