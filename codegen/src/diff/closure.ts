/**
 * The service closure: every shape a service reaches through its operations, resources, errors and
 * member targets (traits are not followed). Only shapes in it are part of the API the packages
 * generate, so the diff compares these and nothing else.
 */
import type { ShapeId } from "../model/ast.js";
import type { Model, Shape } from "../model/model.js";

/** The service to compare: the one named, else the model's only service. A string is the error. */
export function findService(model: Model, serviceId: string | undefined): Shape | string {
  if (serviceId !== undefined) {
    const shape = model.shapes.get(serviceId);
    return shape?.type === "service" ? shape : `service \`${serviceId}\` not found in the model`;
  }
  const services = [...model.shapes.values()].filter((s) => s.type === "service");
  const [only] = services;
  if (!only) return "the model defines no service shape";
  if (services.length > 1) {
    const ids = services.map((s) => `\`${s.id}\``).sort();
    return `the model defines ${services.length} services (${ids.join(", ")}); choose one with --service`;
  }
  return only;
}

/** IDs of the shapes reachable from `service` (itself included); members are not listed. */
export function serviceClosure(model: Model, service: Shape): Set<ShapeId> {
  const seen = new Set<ShapeId>();
  const pending: ShapeId[] = [service.id];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const shape = model.shapes.get(id);
    if (shape) pending.push(...references(shape));
  }
  return seen;
}

/** The shapes one shape refers to directly. */
function references(shape: Shape): ShapeId[] {
  const out: ShapeId[] = [];
  const add = (id: ShapeId | undefined): void => {
    if (id !== undefined) out.push(id);
  };
  for (const member of shape.members.values()) add(member.target);
  add(shape.input);
  add(shape.output);
  for (const id of shape.errors ?? []) add(id);
  for (const id of shape.operations ?? []) add(id);
  for (const id of shape.resources ?? []) add(id);
  for (const id of shape.collectionOperations ?? []) add(id);
  for (const id of shape.identifiers?.values() ?? []) add(id);
  for (const id of shape.properties?.values() ?? []) add(id);
  for (const id of [shape.put, shape.create, shape.read, shape.update, shape.delete, shape.list]) add(id);
  return out;
}
