/**
 * Resource checks: `ResourceCycle` (no resource contains itself), `SingleResourceBinding` and
 * `SingleOperationBinding` (bound once per service closure), `ResourceLifecycle` (lifecycle
 * operations carry `readonly`/`idempotent` as required), `ResourceIdentifier` (children repeat
 * their parent's identifiers) and `ResourceIdentifierBinding` (instance operations bind every
 * identifier with a required input member; collection operations bind the parent's).
 */
import type { ShapeId } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import type { Shape } from "../model.js";
import { error } from "./events.js";
import { lifecycle, type ShapeIndex } from "./shape-index.js";

function resources(index: ShapeIndex): Shape[] {
  // no copy of every shape: a model has few resources
  const out: Shape[] = [];
  for (const s of index.model.shapes.values()) if (s.type === "resource") out.push(s);
  return out;
}

export function validateResourceCycles(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  const state = new Map<ShapeId, "visiting" | "done">();
  const visit = (resource: Shape, path: ShapeId[]): void => {
    state.set(resource.id, "visiting");
    for (const childId of resource.resources ?? []) {
      const child = index.shape(childId);
      if (child?.type !== "resource") continue;
      if (state.get(childId) === "visiting") {
        const cycle = [...path.slice(path.indexOf(childId)), childId];
        events.push(
          error(
            "ResourceCycle",
            child,
            `Found resource within cycle: ${cycle.map((id) => `\`${id}\``).join(" -> ")}`,
          ),
        );
      } else if (!state.has(childId)) {
        visit(child, [...path, childId]);
      }
    }
    state.set(resource.id, "done");
  };
  for (const resource of resources(index)) if (!state.has(resource.id)) visit(resource, [resource.id]);
  return events;
}

export function validateSingleBindings(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  const resourceParents = new Map<ShapeId, ShapeId[]>();
  const operationParents = new Map<ShapeId, ShapeId[]>();
  const add = (map: Map<ShapeId, ShapeId[]>, child: ShapeId, parent: ShapeId) => {
    const list = map.get(child);
    if (list) {
      if (!list.includes(parent)) list.push(parent);
    } else map.set(child, [parent]);
  };
  for (const shape of index.model.shapes.values()) {
    if (shape.type !== "resource") continue;
    for (const r of shape.resources ?? []) add(resourceParents, r, shape.id);
    for (const o of [
      ...(shape.operations ?? []),
      ...(shape.collectionOperations ?? []),
      ...lifecycle(shape).map(([, id]) => id),
    ]) {
      add(operationParents, o, shape.id);
    }
  }
  // the operations each resource binds, in the order of `operationParents`
  const operationsOf = new Map<ShapeId, ShapeId[]>();
  for (const [o, parents] of operationParents) {
    for (const p of parents) {
      const list = operationsOf.get(p);
      if (list) list.push(o);
      else operationsOf.set(p, [o]);
    }
  }
  for (const service of index.model.shapes.values()) {
    if (service.type !== "service") continue;
    const closureResources = new Set<ShapeId>();
    const stack = [...(service.resources ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() as ShapeId;
      if (closureResources.has(id)) continue;
      closureResources.add(id);
      stack.push(...(index.shape(id)?.resources ?? []));
    }
    const inClosure = (p: ShapeId) => p === service.id || closureResources.has(p);
    // `parents` are the resources binding `child`, then the service where it binds it directly
    const check = (
      child: ShapeId,
      parents: readonly ShapeId[] | undefined,
      direct: boolean,
      kind: "resource" | "operation",
    ) => {
      // counted first: the list is made only for the rare child bound twice
      let count = direct ? 1 : 0;
      for (const p of parents ?? []) if (inClosure(p)) count++;
      if (count <= 1) return;
      const shape = index.shape(child);
      if (!shape) return;
      const binders = [...(parents ?? []), ...(direct ? [service.id] : [])].filter(inClosure);
      events.push(
        error(
          kind === "resource" ? "SingleResourceBinding" : "SingleOperationBinding",
          shape,
          `${kind === "operation" ? "An" : "A"} ${kind} can appear only once in an entire service closure. This ${kind} is illegally bound in the closure of \`${service.id}\` by: [${binders
            .sort()
            .map((p) => `\`${p}\``)
            .join(", ")}]`,
        ),
      );
    };
    const directResources = new Set<ShapeId>(service.resources ?? []);
    for (const r of closureResources) check(r, resourceParents.get(r), directResources.has(r), "resource");
    const directOperations = new Set<ShapeId>(service.operations ?? []);
    const operations = new Set<ShapeId>(directOperations);
    for (const r of closureResources) for (const o of operationsOf.get(r) ?? []) operations.add(o);
    for (const o of operations) check(o, operationParents.get(o), directOperations.has(o), "operation");
  }
  return events;
}

const LIFECYCLE_RULES: Record<string, { trait: string; name: string; must: boolean }> = {
  READ: { trait: "smithy.api#readonly", name: "readonly", must: true },
  LIST: { trait: "smithy.api#readonly", name: "readonly", must: true },
  PUT: { trait: "smithy.api#idempotent", name: "idempotent", must: true },
  DELETE: { trait: "smithy.api#idempotent", name: "idempotent", must: true },
  CREATE: { trait: "smithy.api#readonly", name: "readonly", must: false },
  UPDATE: { trait: "smithy.api#readonly", name: "readonly", must: false },
};

export function validateResourceLifecycles(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const resource of resources(index)) {
    for (const [type, id] of lifecycle(resource)) {
      const operation = index.shape(id);
      const rule = LIFECYCLE_RULES[type];
      if (operation?.type !== "operation" || !rule) continue;
      const has = operation.traits.has(rule.trait);
      if (rule.must && !has) {
        events.push(
          error(
            "ResourceLifecycle",
            resource,
            `The \`${type.toLowerCase()}\` lifecycle operation of this resource targets an invalid operation, \`${id}\`. The targeted operation must be marked with the \`${rule.name}\` trait.`,
          ),
        );
      } else if (!rule.must && has) {
        events.push(
          error(
            "ResourceLifecycle",
            resource,
            `The \`${type.toLowerCase()}\` lifecycle operation of this resource targets an invalid operation, \`${id}\`. The targeted operation must not be marked with the \`${rule.name}\` trait.`,
          ),
        );
      }
    }
  }
  return events;
}

export function validateResourceIdentifiers(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const parent of resources(index)) {
    const parentIds = parent.identifiers ?? new Map<string, ShapeId>();
    for (const childId of parent.resources ?? []) {
      const child = index.shape(childId);
      if (child?.type !== "resource") continue;
      const childIds = child.identifiers ?? new Map<string, ShapeId>();
      const missing = [...parentIds]
        .filter(([name, target]) => childIds.get(name) !== target)
        .map(([name]) => name);
      if (missing.length > 0) {
        events.push(
          error(
            "ResourceIdentifier",
            child,
            `This resource is bound as a child of \`${parent.id}\`, but it does not define the following identifiers of its parent with the same targets: [${missing
              .map((n) => `\`${n}\``)
              .join(", ")}]`,
          ),
        );
      }
    }
  }
  return events;
}

export function validateIdentifierBindings(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  const parentIdentifiers = new Map<ShapeId, Set<string>>();
  for (const parent of resources(index)) {
    for (const child of parent.resources ?? []) {
      parentIdentifiers.set(child, new Set(parent.identifiers?.keys() ?? []));
    }
  }
  for (const resource of resources(index)) {
    const identifiers = [...(resource.identifiers?.keys() ?? [])];
    const parentIds = [...(parentIdentifiers.get(resource.id) ?? [])];
    const instance = new Set<ShapeId>([
      ...(resource.operations ?? []),
      ...[resource.put, resource.read, resource.update, resource.delete].filter(
        (x): x is ShapeId => x !== undefined,
      ),
    ]);
    const collection = new Set<ShapeId>([
      ...(resource.collectionOperations ?? []),
      ...[resource.create, resource.list].filter((x): x is ShapeId => x !== undefined),
    ]);
    for (const [ops, required, kind] of [
      [instance, identifiers, "instance"],
      [collection, parentIds, "collection"],
    ] as const) {
      for (const opId of ops) {
        const operation = index.shape(opId);
        if (operation?.type !== "operation") continue;
        const bound = boundIdentifiers(index, operation);
        const missing = required.filter((name) => !bound.has(name));
        if (missing.length > 0) {
          events.push(
            error(
              "ResourceIdentifierBinding",
              operation,
              `This operation is bound to the \`${resource.id}\` resource as ${kind === "instance" ? "an" : "a"} ${kind} operation, but its input does not bind the following identifiers with required members: [${missing
                .map((n) => `\`${n}\``)
                .join(", ")}]`,
            ),
          );
        }
      }
    }
  }
  return events;
}

/** Identifier names an operation's input binds: required members by name or `@resourceIdentifier`. */
function boundIdentifiers(index: ShapeIndex, operation: Shape): Set<string> {
  const input = index.shape(operation.input ?? "");
  const names = new Set<string>();
  for (const member of input?.members.values() ?? []) {
    if (!member.traits.has("smithy.api#required")) continue;
    const explicit = member.traits.get("smithy.api#resourceIdentifier");
    names.add(typeof explicit === "string" ? explicit : member.name);
  }
  return names;
}
