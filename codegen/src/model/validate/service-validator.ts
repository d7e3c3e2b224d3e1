/**
 * `Service`: shape names in a service closure must be unique case-insensitively (after
 * `rename`); benign conflicts between identical simple shapes/lists are NOTE/WARNING. Also
 * validates the `rename` entries themselves.
 */
import { type ShapeId, SIMPLE_SHAPE_TYPES } from "../ast.js";
import type { Diagnostic, Severity } from "../diagnostic.js";
import type { Shape } from "../model.js";
import { nodeEquals } from "../node-value.js";
import { event } from "./events.js";
import { isAggregate, isMember, type ShapeIndex, type ShapeLike, typeOf } from "./shape-index.js";

const ID = "Service";
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SIMPLE: ReadonlySet<string> = new Set([...SIMPLE_SHAPE_TYPES, "enum", "intEnum"]);

/**
 * Every shape and member reachable from `root` over directed relationships (Smithy's `Walker`), in
 * the order reached. Kept by object: no member's ID is made, nor any ID hashed.
 */
export function closure(index: ShapeIndex, root: ShapeLike): Set<ShapeLike> {
  const seen = new Set<ShapeLike>([root]);
  const stack: ShapeLike[] = [root];
  const reach = (target: ShapeLike | undefined): void => {
    if (target === undefined || seen.has(target)) return;
    seen.add(target);
    stack.push(target);
  };
  while (stack.length > 0) {
    const current = stack.pop() as ShapeLike;
    if (isMember(current)) {
      // a member's one relationship followed here is its target (read without making it)
      if (index.hasTargetRelationship(current)) reach(index.get(current.target));
      continue;
    }
    if (isAggregate(current)) {
      // its relationships, read without making them: its mixins, then its members
      for (const mixin of current.mixins) reach(index.get(mixin));
      for (const member of current.members.values()) reach(member);
      continue;
    }
    for (const rel of index.forward(current)) {
      if (rel.type !== "BOUND" && rel.type !== "MEMBER_CONTAINER") reach(rel.target);
    }
  }
  return seen;
}

function simpleName(id: ShapeId): string {
  return id.slice(id.indexOf("#") + 1);
}

export function validateServices(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const service of index.model.shapes.values()) {
    if (service.type === "service") validateService(index, service, events);
  }
  return events;
}

function validateService(index: ShapeIndex, service: Shape, events: Diagnostic[]): void {
  const shapes = closure(index, service);
  const rename = service.rename ?? new Map<ShapeId, string>();
  const byName = new Map<string, ShapeId[]>();
  for (const shape of shapes) {
    if (isMember(shape)) continue;
    const id = shape.id;
    const name = (rename.get(id) ?? simpleName(id)).toLowerCase();
    const list = byName.get(name);
    if (list) list.push(id);
    else byName.set(name, [id]);
  }
  const detector = new ConflictDetector(index);
  for (const ids of byName.values()) {
    if (ids.length < 2) continue;
    ids.sort();
    for (const subjectId of ids) {
      const subject = index.get(subjectId) as ShapeLike;
      for (const otherId of ids) {
        if (otherId === subjectId) continue;
        const severity = detector.detect(subject, index.get(otherId));
        if (severity) events.push(conflict(severity, service, subject, otherId, rename));
      }
    }
  }
  for (const [from, to] of rename) {
    if (!IDENTIFIER.test(to)) {
      events.push(
        event(
          "ERROR",
          ID,
          service,
          `Service attempts to rename \`${from}\` to an invalid identifier, "${to}"`,
        ),
      );
    } else if (to === simpleName(from)) {
      events.push(
        event(
          "ERROR",
          ID,
          service,
          `Service rename for \`${from}\` does not actually change the name from \`${to}\``,
        ),
      );
    }
    const target = index.get(from);
    if (!target || !shapes.has(target)) {
      events.push(
        event("ERROR", ID, service, `Service attempts to rename a shape not in the service: ${from}`),
      );
    } else {
      const type = typeOf(target);
      if (type === "member" || type === "resource" || type === "operation") {
        events.push(
          event(
            "ERROR",
            ID,
            service,
            `Service attempts to rename a ${type} shape from \`${from}\` to "${to}"; ${type}s cannot be renamed`,
          ),
        );
      }
    }
  }
}

function conflict(
  severity: Severity,
  service: Shape,
  subject: ShapeLike,
  otherId: ShapeId,
  rename: Map<ShapeId, string>,
): Diagnostic {
  const renamed = rename.get(subject.id);
  const otherRenamed = rename.get(otherId);
  const strength = severity === "ERROR" || severity === "DANGER" ? "must" : "should";
  const message =
    `${renamed !== undefined ? `Renamed shape name "${renamed}"` : `Shape name \`${subject.id}\``}` +
    ` conflicts with \`${otherId}\` ${otherRenamed !== undefined ? `(renamed to "${otherRenamed}") ` : ""}` +
    `in the \`${service.id}\` service closure. Shapes in the closure of a service ${strength} have case-insensitively unique names regardless of their namespaces. Use the \`rename\` property of the service to disambiguate shape names.`;
  return event(severity, ID, subject, message);
}

/** Decides whether two same-named shapes may coexist (Smithy's `ServiceValidator.ConflictDetector`). */
class ConflictDetector {
  private readonly cache = new Map<string, Severity | undefined>();
  constructor(private readonly index: ShapeIndex) {}

  detect(a: ShapeLike | undefined, b: ShapeLike | undefined): Severity | undefined {
    if (!a || !b) return undefined;
    const key = a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
    if (this.cache.has(key)) return this.cache.get(key);
    this.cache.set(key, undefined);
    const result = this.compute(a, b);
    this.cache.set(key, result);
    return result;
  }

  private compute(a: ShapeLike, b: ShapeLike): Severity | undefined {
    const forbidden = (s: ShapeLike) =>
      !SIMPLE.has(typeOf(s)) && typeOf(s) !== "list" && typeOf(s) !== "member";
    if (forbidden(a) || forbidden(b) || typeOf(a) !== typeOf(b) || !sameTraits(a, b)) return "ERROR";
    let memberConflict: Severity | undefined;
    if (isMember(a) && isMember(b)) {
      memberConflict = this.detect(this.index.get(a.target), this.index.get(b.target));
    } else if (!isMember(a) && !isMember(b) && a.type === "list") {
      memberConflict = this.detect(a.members.get("member"), b.members.get("member"));
    }
    if (memberConflict === "ERROR" || memberConflict === "DANGER" || memberConflict === "WARNING")
      return memberConflict;
    return SIMPLE.has(typeOf(a)) ? "NOTE" : "WARNING";
  }
}

function sameTraits(a: ShapeLike, b: ShapeLike): boolean {
  if (a.traits.size !== b.traits.size) return false;
  for (const [k, v] of a.traits) {
    const other = b.traits.get(k);
    if (other === undefined || !nodeEquals(v, other)) return false;
  }
  return true;
}
