/**
 * Evaluates parsed selectors against a `ShapeIndex`. Each step is compiled to a push-style
 * function: it receives one shape and forwards zero or more shapes to the next step; a receiver
 * returning `false` stops the traversal early (used by `:test`, `:not` and `matches`).
 */
import type { ShapeId } from "../../ast.js";
import type { Relationship, RelationshipType, ShapeIndex, ShapeLike } from "../shape-index.js";
import { isMember, memberRelationship, selectorLabel, typeOf } from "../shape-index.js";
import {
  type AttributeValue,
  compareValues,
  getPath,
  literal,
  projection,
  shapeValue,
} from "./attribute-value.js";
import type { ScopedValue, Selector, SelectorStep } from "./selector-ast.js";
import { parseSelector } from "./selector-parser.js";

type Receiver = (shape: ShapeLike) => boolean;
type Step = (ctx: Context, shape: ShapeLike, next: Receiver) => boolean;

interface Context {
  index: ShapeIndex;
  vars: Map<string, ShapeLike[]>;
  /** Whole-model results of `:in` / `:root` arguments, per evaluation. */
  cache: Map<Step, Set<ShapeLike>>;
}

export interface CompiledSelector {
  readonly text: string;
  /** Every shape and member the selector yields when run over the whole model. */
  select(index: ShapeIndex): Set<ShapeLike>;
  /**
   * A test of whether `select(index)` would yield a given shape, answered from that shape alone:
   * `(shape) => select(index).has(shape)` without running the selector over the whole model.
   */
  matcher(index: ShapeIndex, within?: (shape: ShapeLike) => boolean): (shape: ShapeLike) => boolean;
  /**
   * Whether `matcher` reads a shape only forward (its traits, what it targets) and reaches it only
   * from shapes that lead to it: a match found within shapes that other shapes can only add
   * relationships to, and never change, stays a match (see `TraitTarget`). False when no plan.
   */
  readonly intrinsic: boolean;
}

/** Compiled selectors by text: a selector is pure, and every model names the prelude's again. */
const compiledSelectors = new Map<string, CompiledSelector>();

/** Parses and compiles a selector; throws `SelectorSyntaxError` for invalid text. */
export function compileSelector(text: string): CompiledSelector {
  let compiled = compiledSelectors.get(text);
  if (!compiled) {
    compiled = compileUncached(text);
    compiledSelectors.set(text, compiled);
  }
  return compiled;
}

function compileUncached(text: string): CompiledSelector {
  const parsed = parseSelector(text);
  const step = compileSequence(parsed);
  // `:is(a, b)` alone yields what its arguments yield: a shape matches if one of them matches it
  const only = parsed.length === 1 ? parsed[0] : undefined;
  const alternatives =
    only?.kind === "function" && only.name === "is" ? only.args.map(backwardPlan) : undefined;
  const plans = alternatives?.every((p) => p !== undefined) ? (alternatives as BackwardPlan[]) : undefined;
  const plan = backwardPlan(parsed);
  return {
    text,
    intrinsic: plans ? plans.every((p) => p.intrinsic) : plan?.intrinsic === true,
    select(index) {
      const ctx: Context = { index, vars: new Map(), cache: new Map() };
      return selectAll(ctx, step);
    },
    matcher(index, within) {
      const ctx: Context = { index, vars: new Map(), cache: new Map() };
      if (plans) {
        const matchers = plans.map((p) => backwardMatcher(ctx, p, within));
        return (shape) => matchers.some((matches) => matches(shape));
      }
      if (!plan) {
        let all: Set<ShapeLike> | undefined;
        return (shape) => {
          all ??= selectAll(ctx, step);
          return all.has(shape);
        };
      }
      return backwardMatcher(ctx, plan, within);
    },
  };
}

/**
 * A selector read from its end: filter segments (steps that yield the shape they receive or
 * nothing) joined by forward neighbor steps (`>`, `-[rel]->`, `~>`). A shape is yielded iff it passes
 * the last segment and a shape that yields the previous segment leads to it through the link;
 * the relationships are followed backwards (`ShapeIndex.reverse`), so a shape costs its own few
 * ancestors instead of a walk from every shape of the model.
 */
interface BackwardPlan {
  /** One more segment than links. */
  /** Each segment's steps, compiled one by one: a shape passes if each yields it. */
  segments: Step[][];
  links: ({ kind: "neighbor"; rels: string[] } | { kind: "recursiveNeighbor" })[];
  /** Every step reads shapes forward only (see `CompiledSelector.intrinsic`). */
  intrinsic: boolean;
}

function backwardPlan(selector: Selector): BackwardPlan | undefined {
  if (usesVariables(selector)) return undefined;
  const plan: BackwardPlan = { segments: [], links: [], intrinsic: selector.every(intrinsicStep) };
  let segment: Step[] = [];
  for (const step of selector) {
    if (
      (step.kind === "neighbor" && !step.reverse && !step.rels.includes("trait")) ||
      step.kind === "recursiveNeighbor"
    ) {
      plan.segments.push(segment);
      plan.links.push(step.kind === "neighbor" ? { kind: "neighbor", rels: step.rels } : step);
      segment = [];
    } else if (isFilter(step)) {
      segment.push(compileStep(step));
    } else {
      return undefined;
    }
  }
  plan.segments.push(segment);
  return plan;
}

/** Whether a selector sets or reads a variable anywhere (variables carry state between steps). */
function usesVariables(selector: Selector): boolean {
  return selector.some(
    (step) =>
      step.kind === "setVariable" ||
      step.kind === "getVariable" ||
      ((step.kind === "attribute" || step.kind === "scoped") && step.path[0] === "var") ||
      (step.kind === "function" && step.args.some(usesVariables)),
  );
}

/** Whether a step reads shapes forward only: no reverse neighbor, trait relationship or whole-model function. */
function intrinsicStep(step: SelectorStep): boolean {
  switch (step.kind) {
    case "any":
    case "type":
    case "attribute":
    case "scoped":
    case "recursiveNeighbor":
      return true;
    case "neighbor":
      return !step.reverse && !step.rels.includes("trait");
    case "function":
      return (
        (step.name === "not" ||
          step.name === "test" ||
          step.name === "is" ||
          step.name === "recursive" ||
          step.name === "unknown") &&
        step.args.every((arg) => arg.every(intrinsicStep))
      );
    default:
      return false;
  }
}

/** Whether a step yields only the shape it receives (or nothing). */
function isFilter(step: SelectorStep): boolean {
  switch (step.kind) {
    case "any":
    case "type":
    case "attribute":
    case "scoped":
      return true;
    case "function":
      switch (step.name) {
        case "not":
        case "test":
        case "in":
        case "unknown":
          return true;
        case "is":
          return step.args.every((arg) => arg.every(isFilter));
        default:
          return false;
      }
    default:
      return false;
  }
}

/** Whether a shape passes every filter step of a segment. */
function passes(ctx: Context, segment: readonly Step[], shape: ShapeLike): boolean {
  for (let i = 0; i < segment.length; i++) if (!yieldsAny(ctx, segment[i] as Step, shape)) return false;
  return true;
}

/** `within`, when given, limits the shapes a match may be reached from. */
function backwardMatcher(
  ctx: Context,
  plan: BackwardPlan,
  within?: (shape: ShapeLike) => boolean,
): (shape: ShapeLike) => boolean {
  // filters alone (`service`, `:test(...)`): nothing to remember, nothing to walk
  if (plan.segments.length === 1) {
    const only = plan.segments[0] as Step[];
    return (shape) => passes(ctx, only, shape);
  }
  // per segment, the shapes known to yield it (`true`) or not
  const memo = plan.segments.map(() => new Map<ShapeLike, boolean>());
  const yieldsSegment = (k: number, shape: ShapeLike): boolean => {
    const known = memo[k]?.get(shape);
    if (known !== undefined) return known;
    const result = passes(ctx, plan.segments[k] as Step[], shape) && (k === 0 || reachedFrom(k - 1, shape));
    memo[k]?.set(shape, result);
    return result;
  };
  /** Whether a shape yielding segment `k` leads to `shape` through link `k`. */
  const reachedFrom = (k: number, shape: ShapeLike): boolean => {
    const link = plan.links[k];
    if (link?.kind === "neighbor") {
      // a member named by its container alone (most are): that one relationship, not made
      const container = isMember(shape) ? ctx.index.soleReferrer(shape) : undefined;
      if (container !== undefined && isMember(shape)) {
        if (within && !within(container)) return false;
        const type = memberRelationship(container, shape) as RelationshipType;
        return wantedType(type, link.rels) && yieldsSegment(k, container);
      }
      for (const rel of ctx.index.references(shape)) {
        if (within && !within(rel.from)) continue;
        if (wantedRelationship(rel, link.rels) && yieldsSegment(k, rel.from)) return true;
      }
      return false;
    }
    // `~>`: any shape that reaches `shape` (other than `shape` itself) through non-BOUND,
    // non-container relationships
    const seen = new Set<ShapeLike>([shape]);
    const queue: ShapeLike[] = [shape];
    for (let i = 0; i < queue.length; i++) {
      for (const rel of ctx.index.references(queue[i] as ShapeLike)) {
        if (rel.type === "BOUND" || rel.type === "MEMBER_CONTAINER" || seen.has(rel.from)) continue;
        if (within && !within(rel.from)) continue;
        seen.add(rel.from);
        if (yieldsSegment(k, rel.from)) return true;
        queue.push(rel.from);
      }
    }
    return false;
  };
  return (shape) => yieldsSegment(plan.segments.length - 1, shape);
}

function selectAll(ctx: Context, step: Step): Set<ShapeLike> {
  const result = new Set<ShapeLike>();
  for (const shape of ctx.index.all) {
    step(ctx, shape, (s) => {
      result.add(s);
      return true;
    });
  }
  return result;
}

/** A receiver that stops at the first shape it is given. */
const STOP: Receiver = () => false;

/**
 * Whether `step` yields any shape from `shape`. A step returns false only when its receiver did,
 * so with `STOP` as the receiver, false means something was yielded (and no closure is made).
 */
function yieldsAny(ctx: Context, step: Step, shape: ShapeLike): boolean {
  return !step(ctx, shape, STOP);
}

function compileSequence(selector: Selector): Step {
  const steps = selector.map(compileStep);
  if (steps.length === 0) return (_ctx, shape, next) => next(shape);
  return steps.reduceRight((tail: Step | undefined, head: Step): Step => {
    if (!tail) return head;
    return (ctx, shape, next) => head(ctx, shape, (s) => tail(ctx, s, next));
  }, undefined) as Step;
}

const NUMBER_TYPES = new Set([
  "byte",
  "short",
  "integer",
  "intEnum",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
]);
const SIMPLE_TYPES = new Set([...NUMBER_TYPES, "blob", "boolean", "string", "enum", "timestamp", "document"]);
const AGGREGATE_TYPES = new Set(["list", "map", "structure", "union"]);
const SERVICE_TYPES = new Set(["service", "resource", "operation"]);

function typeMatcher(name: string): (type: string) => boolean {
  switch (name) {
    case "number":
      return (t) => NUMBER_TYPES.has(t);
    case "simpleType":
      return (t) => SIMPLE_TYPES.has(t);
    case "collection":
    case "list":
    case "set":
      return (t) => t === "list";
    case "aggregateType":
      return (t) => AGGREGATE_TYPES.has(t);
    case "serviceType":
      return (t) => SERVICE_TYPES.has(t);
    case "dataType":
      return (t) => SIMPLE_TYPES.has(t) || AGGREGATE_TYPES.has(t);
    case "string":
      return (t) => t === "string" || t === "enum";
    case "integer":
      return (t) => t === "integer" || t === "intEnum";
    default:
      return (t) => t === name;
  }
}

function compileStep(step: SelectorStep): Step {
  switch (step.kind) {
    case "any":
      return (_ctx, shape, next) => next(shape);
    case "type": {
      const matches = typeMatcher(step.name);
      return (_ctx, shape, next) => (matches(typeOf(shape)) ? next(shape) : true);
    }
    case "neighbor":
      return neighborStep(step.reverse, step.rels);
    case "recursiveNeighbor":
      return (ctx, shape, next) => {
        const seen = new Set<ShapeId>([shape.id]);
        const queue: ShapeLike[] = [shape];
        for (let i = 0; i < queue.length; i++) {
          const current = queue[i] as ShapeLike;
          for (const rel of ctx.index.forward(current)) {
            if (!rel.target || rel.type === "BOUND" || rel.type === "MEMBER_CONTAINER") continue;
            if (seen.has(rel.target.id)) continue;
            seen.add(rel.target.id);
            if (!next(rel.target)) return false;
            queue.push(rel.target);
          }
        }
        return true;
      };
    case "attribute": {
      const { path, comparator, values, insensitive } = step;
      const rhs = projection((values ?? []).map((v) => literal(v)));
      const [root, key] = path;
      if (
        comparator === undefined &&
        path.length === 2 &&
        root === "trait" &&
        key !== undefined &&
        !key.startsWith("(")
      ) {
        // Fast path for the common `[trait|name]` existence test.
        const traitId = key.includes("#") ? key : `smithy.api#${key}`;
        return (_ctx, shape, next) => {
          const value = shape.traits.get(traitId);
          return value !== undefined && value !== null ? next(shape) : true;
        };
      }
      return (ctx, shape, next) => {
        const value = getPath(shapeValue(shape, ctx.vars), path);
        const ok =
          comparator === undefined ? value.present : compareValues(comparator, value, rhs, insensitive);
        return ok ? next(shape) : true;
      };
    }
    case "scoped": {
      return (ctx, shape, next) => {
        const scope = getPath(shapeValue(shape, ctx.vars), step.path);
        const resolve = (v: ScopedValue, within: AttributeValue) =>
          v.kind === "literal" ? literal(v.value) : getPath(within, v.path);
        for (const candidate of scope.flatten()) {
          if (!candidate.present) continue;
          const all = step.assertions.every((a) =>
            compareValues(
              a.comparator,
              resolve(a.lhs, candidate),
              projection(a.rhs.map((r) => resolve(r, candidate))),
              a.insensitive,
            ),
          );
          if (all) return next(shape);
        }
        return true;
      };
    }
    case "function":
      return functionStep(step.name, step.args.map(compileSequence));
    case "setVariable": {
      const inner = compileSequence(step.selector);
      return (ctx, shape, next) => {
        const found: ShapeLike[] = [];
        inner(ctx, shape, (s) => {
          found.push(s);
          return true;
        });
        ctx.vars.set(step.name, found);
        return next(shape);
      };
    }
    case "getVariable":
      return (ctx, _shape, next) => {
        for (const s of ctx.vars.get(step.name) ?? []) if (!next(s)) return false;
        return true;
      };
  }
}

/** Whether a neighbor step labelled `rels` (all when empty) follows a relationship. */
function wantedRelationship(rel: Relationship, rels: string[]): boolean {
  return wantedType(rel.type, rels);
}

function wantedType(type: RelationshipType, rels: string[]): boolean {
  return type !== "MEMBER_CONTAINER" && (rels.length === 0 || rels.includes(selectorLabel(type) ?? ""));
}

function neighborStep(reverse: boolean, rels: string[]): Step {
  const includeTraits = rels.includes("trait");
  const wanted = (rel: Relationship) => wantedRelationship(rel, rels);
  if (!reverse) {
    // a member's forward relationships are to its container (never wanted) and its target
    const targetWanted = wantedType("MEMBER_TARGET", rels);
    return (ctx, shape, next) => {
      if (!includeTraits && isMember(shape)) {
        if (!targetWanted || !ctx.index.hasTargetRelationship(shape)) return true;
        const target = ctx.index.get(shape.target);
        return target === undefined || next(target);
      }
      const all = includeTraits
        ? [...ctx.index.forward(shape), ...ctx.index.traitRelationships(shape)]
        : ctx.index.forward(shape);
      for (const rel of all) {
        if (rel.target && wanted(rel) && !next(rel.target)) return false;
      }
      return true;
    };
  }
  return (ctx, shape, next) => {
    const all = includeTraits
      ? [...ctx.index.references(shape), ...ctx.index.reverseTraits(shape)]
      : ctx.index.references(shape);
    for (const rel of all) {
      if (wanted(rel) && !next(rel.from)) return false;
    }
    return true;
  };
}

function functionStep(name: string, args: Step[]): Step {
  switch (name) {
    case "not": {
      const [inner] = args as [Step];
      return (ctx, shape, next) => (yieldsAny(ctx, inner, shape) ? true : next(shape));
    }
    case "test":
      return (ctx, shape, next) => (args.some((a) => yieldsAny(ctx, a, shape)) ? next(shape) : true);
    case "is":
      return (ctx, shape, next) => {
        for (const a of args) if (!a(ctx, shape, next)) return false;
        return true;
      };
    case "in": {
      const [inner] = args as [Step];
      return (ctx, shape, next) => (wholeModel(ctx, inner).has(shape) ? next(shape) : true);
    }
    case "root": {
      const [inner] = args as [Step];
      return (ctx, _shape, next) => {
        for (const s of wholeModel(ctx, inner)) if (!next(s)) return false;
        return true;
      };
    }
    case "recursive": {
      const [inner] = args as [Step];
      return (ctx, shape, next) => {
        const seen = new Set<ShapeId>();
        const queue: ShapeLike[] = [shape];
        for (let i = 0; i < queue.length; i++) {
          const current = queue[i] as ShapeLike;
          const stop = !inner(ctx, current, (s) => {
            if (seen.has(s.id)) return true;
            seen.add(s.id);
            queue.push(s);
            return next(s);
          });
          if (stop) return false;
        }
        return true;
      };
    }
    case "topdown": {
      const [qualifier, disqualifier] = args as [Step, Step | undefined];
      return (ctx, shape, next) => {
        if (isMember(shape) || !SERVICE_TYPES.has(shape.type)) return true;
        return topDown(ctx, shape, false, qualifier, disqualifier, next, new Set());
      };
    }
    default:
      return () => true;
  }
}

function topDown(
  ctx: Context,
  shape: ShapeLike,
  qualifiedIn: boolean,
  qualifier: Step,
  disqualifier: Step | undefined,
  next: Receiver,
  visited: Set<ShapeId>,
): boolean {
  if (visited.has(shape.id)) return true;
  visited.add(shape.id);
  let qualified = qualifiedIn || yieldsAny(ctx, qualifier, shape);
  if (qualified && disqualifier && yieldsAny(ctx, disqualifier, shape)) qualified = false;
  if (qualified && !next(shape)) return false;
  for (const rel of ctx.index.forward(shape)) {
    if (!rel.target || rel.targetId === shape.id) continue;
    if (rel.type !== "RESOURCE" && rel.type !== "OPERATION") continue;
    if (!topDown(ctx, rel.target, qualified, qualifier, disqualifier, next, visited)) return false;
  }
  return true;
}

function wholeModel(ctx: Context, step: Step): Set<ShapeLike> {
  let result = ctx.cache.get(step);
  if (!result) {
    // Evaluate with a fresh variable scope so the outer evaluation's variables are untouched.
    result = selectAll({ index: ctx.index, vars: new Map(), cache: ctx.cache }, step);
    ctx.cache.set(step, result);
  }
  return result;
}
