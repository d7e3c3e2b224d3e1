/**
 * What every step of the assembler reads and writes: the defined shapes (`entries`), metadata and
 * diagnostics, the options, and the streaming assembler's flags; how a problem is reported (or,
 * while streaming, makes it give up).
 */
import type { NodeValue, ShapeId } from "../ast.js";
import type { ParsedFile, ShapeDef } from "../definitions.js";
import type { Diagnostic, Severity } from "../diagnostic.js";
import type { Model } from "../model.js";
import { type SourceLocation, visibleLocation } from "../source-location.js";
import { BuildShape, type Entry } from "./assembled-shape.js";

export interface AssembleOptions {
  /** Report unknown traits as WARNING instead of ERROR (Smithy's ALLOW_UNKNOWN_TRAITS). */
  allowUnknownTraits?: boolean;
}

export interface AssembleResult {
  model: Model;
  diagnostics: Diagnostic[];
}

/** Thrown by the streaming assembler to give the whole job to the reference `assemble`. */
export const FALLBACK = Symbol("fall back to the reference assembler");
/** Thrown while trying to build a shape at once, when it needs a shape not defined yet. */
export const DEFER = Symbol("defer this shape to the end");

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/** The assembler's state (see `Assembler` and `StreamingAssembler`, which build on it). */
export abstract class AssemblerState {
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Every defined shape by absolute ID (the first definition when duplicated), in definition order.
   * Once built, it is the Model's `shapes` map: each entry is replaced by its shape in place.
   */
  readonly entries = new Map<ShapeId, Entry>();
  readonly metadata = new Map<string, { value: NodeValue; location: SourceLocation }>();
  /** Streaming only: report nothing, give up instead (see the file comment). */
  protected streaming = false;
  /** Streaming only, while building a shape at once: a shape not defined yet defers it. */
  protected deferUnknown = false;
  /**
   * Streaming only: `ns#Name` IDs that were not defined when a relative `Name` was resolved to the
   * prelude's `smithy.api#Name`; defining one of them later would have changed that resolution.
   */
  protected assumedPrelude: Set<ShapeId> | undefined;
  /**
   * Streaming only: `ns#Name` IDs, `Name` being a prelude shape's name, that the caller expects to
   * be defined further on (a model may define its own `Timestamp`): a relative `Name` resolves to
   * them at once, and streaming gives up if one is not defined in the end.
   */
  protected expectedLocal: ReadonlySet<ShapeId> | undefined;
  /** Streaming only: shapes built at once whose own definition has `@trait`. */
  protected readonly traitShapes = new Set<ShapeId>();

  constructor(
    protected files: ParsedFile[],
    readonly options: AssembleOptions,
  ) {}

  report(
    severity: Severity,
    message: string,
    location: SourceLocation | undefined,
    shapeId?: ShapeId,
    id = "Model",
  ): void {
    if (this.streaming) throw FALLBACK;
    const d: Diagnostic = { severity, id, message };
    if (location) d.location = visibleLocation(location);
    if (shapeId) d.shapeId = shapeId;
    this.diagnostics.push(d);
  }

  /** The definition of a shape not built yet. */
  defOf(id: ShapeId): ShapeDef | undefined {
    const entry = this.entries.get(id);
    return entry instanceof BuildShape ? entry.def : undefined;
  }

  /** Whether the shape (or the shape of the member) `id` names is defined. */
  known(id: ShapeId): boolean {
    const at = id.indexOf("$");
    return this.entries.has(at < 0 ? id : id.slice(0, at));
  }
}
