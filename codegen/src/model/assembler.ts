/**
 * The model assembler: merges parsed IDL and JSON files, resolves
 * relative shape IDs, applies `apply` statements, merges traits, flattens mixins, resolves
 * elided targets and builds the `Model`. Problems become diagnostics; it never throws.
 *
 * It runs in one of two ways, with the same result:
 * - `assemble(files)` takes every parsed file at once: all definitions are registered, then traits
 *   resolved, `apply` merged and shapes built. This is the reference, and it reports every problem.
 * - `StreamingAssembler` is fed one definition at a time while the parser reads (sources.ts), and
 *   builds each plain shape at once, so the parser's definitions die young instead of living until
 *   the whole model is read (which made garbage collection the larger part of assembling a big
 *   model). It defers shapes it cannot build yet (mixins, `for`, elided targets, traits defined
 *   further on) to the end. It gives up, and the caller runs `assemble`, as soon as anything would
 *   be reported, or an assumption it made about a name turns out wrong: the reference then gives
 *   the exact diagnostics in their usual order.
 *
 * Both are one class chain in `assembler/`, a file per step: `state.ts` (what every step reads and
 * how problems are reported), `resolve.ts`, `traits.ts`, `build-shape.ts`, `assemble.ts` (the
 * reference) and `streaming.ts`. This file is their entry.
 */
export { assemble } from "./assembler/assemble.js";
export type { AssembleOptions, AssembleResult } from "./assembler/state.js";
export { StreamingAssembler } from "./assembler/streaming.js";
