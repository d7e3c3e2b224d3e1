/**
 * `Paginated`: the `@paginated` members of an operation exist in its input/output with the
 * right types and optionality; within each service that contains the operation, the trait is
 * merged with the service's `@paginated` and must then configure both tokens.
 */
import type { NodeValue, ShapeId } from "../ast.js";
import type { Diagnostic, Severity } from "../diagnostic.js";
import type { Member, Shape } from "../model.js";
import { isNodeObject } from "../node-value.js";
import { event, tickedList } from "./events.js";
import { lifecycle, type ShapeIndex, typeOf } from "./shape-index.js";

const ID = "Paginated";
const PAGINATED = "smithy.api#paginated";

type Trait = { [key: string]: NodeValue };

interface Property {
  name: "inputToken" | "outputToken" | "pageSize" | "items";
  output: boolean;
  mustBeOptional: boolean;
  requiredToBePresent: boolean;
  validTargets: string[];
  dangerTargets: string[];
}

const PROPERTIES: Property[] = [
  {
    name: "inputToken",
    output: false,
    mustBeOptional: true,
    requiredToBePresent: true,
    validTargets: ["string", "map"],
    dangerTargets: ["map"],
  },
  {
    name: "pageSize",
    output: false,
    mustBeOptional: false,
    requiredToBePresent: false,
    validTargets: ["byte", "integer", "long", "short"],
    dangerTargets: ["byte", "long", "short"],
  },
  {
    name: "outputToken",
    output: true,
    mustBeOptional: true,
    requiredToBePresent: true,
    validTargets: ["string", "map"],
    dangerTargets: ["map"],
  },
  {
    name: "items",
    output: true,
    mustBeOptional: false,
    requiredToBePresent: false,
    validTargets: ["list", "map"],
    dangerTargets: [],
  },
];

export function validatePagination(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  const services = [...index.model.shapes.values()].filter((s) => s.type === "service");
  const contained = new Map(services.map((s) => [s.id, containedOperations(index, s)]));
  for (const operation of index.model.shapes.values()) {
    if (operation.type !== "operation") continue;
    const trait = operation.traits.get(PAGINATED);
    if (!isNodeObject(trait)) continue;
    const own: Diagnostic[] = [];
    for (const p of PROPERTIES) validateProperty(index, undefined, operation, trait, p, own);
    const pageSize = memberFor(index, operation, trait, PROPERTIES[1] as Property);
    if (pageSize?.traits.has("smithy.api#required")) {
      own.push(
        event(
          "WARNING",
          `${ID}.ShouldNotBeRequired.pageSize`,
          operation,
          `paginated trait \`pageSize\` member \`${pageSize.name}\` should not be required`,
        ),
      );
    }
    events.push(...own);
    if (own.length > 0) continue;
    for (const service of services) {
      if (!contained.get(service.id)?.has(operation.id)) continue;
      const serviceTrait = service.traits.get(PAGINATED);
      const merged = isNodeObject(serviceTrait) ? { ...serviceTrait, ...trait } : trait;
      for (const p of PROPERTIES) validateProperty(index, service, operation, merged, p, events);
    }
  }
  return events;
}

/** Operations bound to a service directly or through its resources (Smithy's `TopDownIndex`). */
export function containedOperations(index: ShapeIndex, service: Shape): Set<ShapeId> {
  const operations = new Set<ShapeId>(service.operations ?? []);
  const seen = new Set<ShapeId>();
  const stack = [...(service.resources ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as ShapeId;
    if (seen.has(id)) continue;
    seen.add(id);
    const resource = index.shape(id);
    if (resource?.type !== "resource") continue;
    for (const o of resource.operations ?? []) operations.add(o);
    for (const o of resource.collectionOperations ?? []) operations.add(o);
    for (const [, o] of lifecycle(resource)) operations.add(o);
    stack.push(...(resource.resources ?? []));
  }
  return operations;
}

function memberFor(index: ShapeIndex, operation: Shape, trait: Trait, p: Property): Member | undefined {
  const path = trait[p.name];
  if (typeof path !== "string") return undefined;
  const container = index.shape((p.output ? operation.output : operation.input) ?? "");
  if (!container) return undefined;
  if (!p.output) return container.members.get(path);
  let current: Shape | undefined = container;
  let member: Member | undefined;
  for (const segment of path.split(".")) {
    member = current?.members.get(segment);
    if (!member) return undefined;
    current = index.shape(member.target);
  }
  return member;
}

function validateProperty(
  index: ShapeIndex,
  service: Shape | undefined,
  operation: Shape,
  trait: Trait,
  p: Property,
  events: Diagnostic[],
): void {
  const prefix = service ? `When bound within the \`${service.id}\` service, ` : "";
  const report = (severity: Severity, message: string, id = ID) =>
    events.push(event(severity, id, operation, `${prefix}${message}`));
  const path = trait[p.name];
  if (typeof path !== "string") {
    if (service && p.requiredToBePresent) report("ERROR", `paginated trait \`${p.name}\` is not configured`);
    return;
  }
  if (!p.output && path.includes(".")) {
    report("ERROR", `paginated trait \`${p.name}\` does not allow path values`);
    return;
  }
  const member = memberFor(index, operation, trait, p);
  if (!member) {
    report("ERROR", `paginated trait \`${p.name}\` targets a member \`${path}\` that does not exist`);
    return;
  }
  if (p.mustBeOptional && member.traits.has("smithy.api#required")) {
    report("ERROR", `paginated trait \`${p.name}\` member \`${member.name}\` must not be required`);
  }
  const target = index.get(member.target);
  if (target) {
    const type = typeOf(target);
    if (!p.validTargets.includes(type)) {
      report(
        "ERROR",
        `paginated trait \`${p.name}\` member \`${member.name}\` targets a ${type} shape, but must target one of the following: [${tickedList(p.validTargets)}]`,
      );
    }
    if (p.dangerTargets.includes(type)) {
      const preferred = p.validTargets.filter((t) => !p.dangerTargets.includes(t));
      report(
        "DANGER",
        `paginated trait \`${p.name}\` member \`${member.name}\` targets a ${type} shape, but this is not recommended. One of [${tickedList(preferred)}] SHOULD be targeted.`,
        `${ID}.WrongShapeType.${p.name}`,
      );
    }
  }
  if (p.output && path.split(".").length > 2) {
    report(
      "WARNING",
      `paginated trait \`${p.name}\` contains a path with more than two parts, which can make your API cumbersome to use`,
      `${ID}.DeeplyNested.${p.name}`,
    );
  }
}
