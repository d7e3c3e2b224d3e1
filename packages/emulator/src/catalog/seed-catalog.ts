/**
 * The seeded benefits catalog: per catalog a fixed list of benefits
 * with programs, fulfillment types, descriptions and a JSON Schema request schema. The same seed
 * gives the same catalogs everywhere; `AWS` and `Sandbox` get different benefits and IDs.
 */

import { base, en, Faker } from "@faker-js/faker";
import type { BenefitStatus, FulfillmentType } from "../engine/api-types.js";
import { OPTIONAL_FIELDS, PROGRAMS, type ProgramSpec } from "./programs.js";

export interface Benefit {
  id: string;
  catalog: string;
  name: string;
  description: string;
  programs: string[];
  fulfillmentTypes: FulfillmentType[];
  status: BenefitStatus;
  /** JSON Schema (draft 2020-12) for BenefitApplicationDetails. */
  requestSchema: Record<string, unknown>;
  /** Top-level detail fields copied into list summaries (the benefit owner's pick). */
  summaryFields: string[];
  /** JSONPath-like paths `AmendBenefitApplication` may change (`$.A` or `$.A.B`). */
  amendablePaths: string[];
  /** Funding granted on approval, in USD. */
  amountUsd: number;
}

/** How many benefits each catalog gets. */
export const CATALOG_SIZES: Readonly<Record<string, number>> = { AWS: 24, Sandbox: 12 };

function seedNumber(seed: string | number, catalog: string): number {
  let h = 2166136261;
  for (const ch of `${seed}/${catalog}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function buildSchema(faker: Faker, program: ProgramSpec, title: string) {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(program.fields)) {
    properties[name] = field.schema;
    if (field.required) required.push(name);
  }
  const extras = faker.helpers.arrayElements(Object.keys(OPTIONAL_FIELDS), { min: 1, max: 3 });
  for (const name of extras) {
    properties[name] = OPTIONAL_FIELDS[name];
    if (faker.datatype.boolean(0.3)) required.push(name);
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `${title} request`,
    type: "object",
    properties,
    required,
    additionalProperties: false,
  };
}

/** Generates one catalog's benefits, sorted by ID. */
export function seedCatalog(catalog: string, seed: string | number): Benefit[] {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seedNumber(seed, catalog));
  const size = CATALOG_SIZES[catalog] ?? 12;
  const ids = new Set<string>();
  const benefits: Benefit[] = [];
  for (let i = 0; i < size; i++) {
    // Every program appears at least once; the rest are drawn at random.
    const program = i < PROGRAMS.length ? (PROGRAMS[i] as ProgramSpec) : faker.helpers.arrayElement(PROGRAMS);
    let id: string;
    do id = `ben-${faker.string.alphanumeric({ length: 14, casing: "lower" })}`;
    while (ids.has(id));
    ids.add(id);
    const qualifier = faker.helpers.arrayElement([
      "",
      " Plus",
      " Select",
      " Advanced",
      ` ${faker.date.past({ refDate: "2026-01-01" }).getFullYear()}`,
    ]);
    const name = `${faker.helpers.arrayElement(program.names)}${qualifier}`.slice(0, 100);
    const requestSchema = buildSchema(faker, program, name);
    const topLevel = Object.keys(requestSchema.properties).filter((key) => {
      const type = (requestSchema.properties[key] as { type?: string }).type;
      return type === "string" || type === "number" || type === "integer" || type === "boolean";
    });
    const summaryFields = topLevel.slice(0, 2);
    const genericAmendable = topLevel.filter((k) => !program.amendable.includes(`$.${k}`)).slice(0, 1);
    benefits.push({
      id,
      catalog,
      name,
      description:
        `${program.title} (${program.code}): ${faker.company.catchPhrase()}. Helps partners ${faker.company.buzzPhrase()} for joint customers.`.slice(
          0,
          1000,
        ),
      programs: [program.code],
      fulfillmentTypes: [...faker.helpers.arrayElement(program.fulfillment)],
      status: faker.datatype.boolean(0.85) ? "ACTIVE" : "INACTIVE",
      requestSchema,
      summaryFields,
      amendablePaths: [...program.amendable, ...genericAmendable.map((k) => `$.${k}`)],
      amountUsd: faker.number.int({ min: program.amount[0] / 100, max: program.amount[1] / 100 }) * 100,
    });
  }
  // At least one active benefit per program, so every flow can be exercised in every catalog.
  for (const program of PROGRAMS) {
    const ofProgram = benefits.filter((b) => b.programs.includes(program.code));
    const first = ofProgram[0];
    if (first && !ofProgram.some((b) => b.status === "ACTIVE")) first.status = "ACTIVE";
  }
  for (const benefit of benefits) deepFreeze(benefit.requestSchema);
  return benefits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Request schemas are shared by every GetBenefit answer, so they are made immutable once. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}
