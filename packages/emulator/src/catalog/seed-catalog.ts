/**
 * The seeded benefits catalog: per catalog a fixed list of benefits with programs, fulfillment types,
 * descriptions and a JSON Schema request schema. The same seed gives the same catalogs everywhere; `AWS`
 * and `Sandbox` get different benefits and IDs.
 *
 * The benefits at the default seed ("1") are drawn with faker at build time (scripts/catalog-generator.ts)
 * into src/generated/seeded-catalogs.ts, so faker is not a run-time dependency. Any other seed draws its
 * catalog from those benefits with the engine's seeded PRNG: fresh IDs, status and amount, every program
 * present and active.
 */

import type { BenefitStatus, FulfillmentType } from "../engine/api-types.js";
import { type Rng, randomIdBody, seededRng } from "../engine/random.js";
import { SEEDED_CATALOGS } from "../generated/seeded-catalogs.js";
import { PROGRAMS, type ProgramSpec } from "./programs.js";

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

/** The seed whose catalogs are generated at build time (the emulator's default seed). */
export const GENERATED_SEED = "1";

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** A catalog for a seed other than GENERATED_SEED: benefits of the generated catalogs, redrawn. */
function drawCatalog(catalog: string, seed: string): Benefit[] {
  const rng = seededRng(`${seed}/${catalog}`);
  const pool = Object.values(SEEDED_CATALOGS).flat();
  const size = CATALOG_SIZES[catalog] ?? 12;
  // Every program appears at least once; the rest are drawn at random.
  const drawn = PROGRAMS.map((program) =>
    pick(
      rng,
      pool.filter((b) => b.programs.includes(program.code)),
    ),
  );
  while (drawn.length < size) drawn.push(pick(rng, pool));
  const ids = new Set<string>();
  const benefits = drawn.slice(0, size).map((source): Benefit => {
    let id: string;
    do id = `ben-${randomIdBody(14, rng)}`;
    while (ids.has(id));
    ids.add(id);
    const program = PROGRAMS.find((p) => source.programs.includes(p.code)) as ProgramSpec;
    const [min, max] = [program.amount[0] / 100, program.amount[1] / 100];
    return {
      ...structuredClone(source),
      id,
      catalog,
      status: rng() < 0.85 ? "ACTIVE" : "INACTIVE",
      amountUsd: (min + Math.floor(rng() * (max - min + 1))) * 100,
    };
  });
  // At least one active benefit per program, so every flow can be exercised in every catalog.
  for (const program of PROGRAMS) {
    const first = benefits.find((b) => b.programs.includes(program.code));
    if (first) first.status = "ACTIVE";
  }
  return benefits;
}

/** One catalog's benefits for `seed`, sorted by ID; request schemas are frozen. */
export function seedCatalog(catalog: string, seed: string | number): Benefit[] {
  const generated = String(seed) === GENERATED_SEED ? SEEDED_CATALOGS[catalog] : undefined;
  const benefits = generated ? generated.map((b) => structuredClone(b)) : drawCatalog(catalog, String(seed));
  for (const benefit of benefits) deepFreeze(benefit.requestSchema);
  return benefits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Request schemas are shared by every GetBenefit answer, so they are made immutable once. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}
