/**
 * Builds the protocol-agnostic `ServiceIR` from an assembled model: the service's operations
 * (directly bound or through resources), the closure of named shapes they reach, effective member
 * constraints, error, pagination, idempotency and protocol facts. Nothing here names a service.
 */
import { type NodeValue, type ShapeId, SIMPLE_SHAPE_TYPES } from "../model/ast.js";
import type { Member, Model, Shape } from "../model/model.js";
import { isNodeObject } from "../model/node-value.js";
import { clientNameFromSdkId } from "./client-name.js";
import { mergeConstraints, readConstraints } from "./constraints.js";
import { operationNames } from "./identifiers.js";
import { bool, deprecatedTrait, numberTrait, objectTrait, str, stringTrait, TRAIT } from "./traits.js";
import type {
  EnumIR,
  IntEnumIR,
  ListIR,
  MapIR,
  MemberIR,
  OperationIR,
  PaginationIR,
  ResourceIR,
  ScalarKind,
  ServiceIR,
  ShapeIR,
  StructureIR,
  TypeRef,
  UnionIR,
} from "./types.js";

/** A model the IR cannot represent (no service, unsupported protocol, name clash). */
export class IrBuildError extends Error {
  constructor(
    message: string,
    readonly shapeId?: ShapeId,
    /** The services to choose from, when the model holds several and none was named. */
    readonly services?: readonly ShapeId[],
  ) {
    super(message);
    this.name = "IrBuildError";
  }
}

const UNIT = "smithy.api#Unit";

/** Stand-in while a list/map's members are being built (replaced before `ref` returns). */
const PENDING: MemberIR = {
  name: "",
  type: { kind: "scalar", scalar: "document" },
  required: false,
  constraints: {},
  idempotencyToken: false,
  sensitive: false,
};

const PROTOCOLS = [
  { trait: TRAIT.awsJson1_0, name: "awsJson1_0", contentType: "application/x-amz-json-1.0" },
  { trait: TRAIT.awsJson1_1, name: "awsJson1_1", contentType: "application/x-amz-json-1.1" },
] as const;

/** Builds the IR of `serviceId`, or of the model's only service when no ID is given. */
export function buildServiceIR(model: Model, serviceId?: string): ServiceIR {
  return new IrBuilder(model, findService(model, serviceId)).build();
}

function findService(model: Model, serviceId: string | undefined): Shape {
  if (serviceId !== undefined) {
    const shape = model.shapes.get(serviceId);
    if (shape?.type !== "service") {
      const ids = [...model.shapes.values()].filter((s) => s.type === "service").map((s) => s.id);
      throw new IrBuildError(
        `service \`${serviceId}\` not found in the model (its services: ${
          ids
            .sort()
            .map((id) => `\`${id}\``)
            .join(", ") || "none"
        })`,
      );
    }
    return shape;
  }
  const services = [...model.shapes.values()].filter((s) => s.type === "service");
  const [only] = services;
  if (!only) throw new IrBuildError("the model defines no service shape");
  if (services.length > 1) {
    const ids = services.map((s) => `\`${s.id}\``).sort();
    throw new IrBuildError(
      `the model defines ${services.length} services (${ids.join(", ")}); choose one`,
      undefined,
      services.map((s) => s.id).sort(),
    );
  }
  return only;
}

export function simpleName(id: ShapeId): string {
  const hash = id.indexOf("#");
  return hash < 0 ? id : id.slice(hash + 1);
}

class IrBuilder {
  private readonly shapes = new Map<string, ShapeIR>();
  /** Shape ID -> IR name, for every aggregate/enum shape already visited. */
  private readonly names = new Map<ShapeId, string>();
  private readonly inputIds = new Set<ShapeId>();
  private readonly outputIds = new Set<ShapeId>();
  /** Operation ID -> name of the resource it is bound through. */
  private readonly operationResources = new Map<ShapeId, string>();
  private readonly rename: ReadonlyMap<ShapeId, string>;
  /** Names of every model shape, built when a synthetic input/output first needs a free name. */
  private modelNames: Set<string> | undefined;

  constructor(
    private readonly model: Model,
    private readonly service: Shape,
  ) {
    this.rename = service.rename ?? new Map();
  }

  build(): ServiceIR {
    const service = this.service;
    const protocol = PROTOCOLS.find((p) => service.traits.has(p.trait));
    if (!protocol) {
      throw new IrBuildError(
        `service \`${service.id}\` has no supported protocol trait (expected \`${TRAIT.awsJson1_0}\` or \`${TRAIT.awsJson1_1}\`)`,
        service.id,
      );
    }
    const shapeName = simpleName(service.id);
    const awsService = objectTrait(service.traits, TRAIT.awsService) ?? {};
    const sdkId = str(awsService.sdkId) ?? shapeName;
    const resources = this.collectResources();
    const operationIds = this.collectOperations(resources);
    for (const id of operationIds) {
      const op = this.shape(id);
      if (op.input && op.input !== UNIT) this.inputIds.add(op.input);
      if (op.output && op.output !== UNIT) this.outputIds.add(op.output);
    }
    const commonErrors = service.errors ?? [];
    const operations = operationIds.map((id) => this.operation(this.shape(id), commonErrors));
    operations.sort((a, b) => compare(a.name, b.name));

    const ir: ServiceIR = {
      id: service.id,
      shapeName,
      sdkId,
      clientName: clientNameFromSdkId(sdkId),
      version: service.version ?? "",
      protocol: { name: protocol.name, contentType: protocol.contentType, targetPrefix: shapeName },
      auth: {},
      operations,
      shapes: new Map([...this.shapes.entries()].sort(([a], [b]) => compare(a, b))),
      resources: resources.map((r) => this.resource(r)).sort((a, b) => compare(a.name, b.name)),
    };
    const title = stringTrait(service.traits, TRAIT.title);
    if (title !== undefined) ir.title = title;
    const documentation = stringTrait(service.traits, TRAIT.documentation);
    if (documentation !== undefined) ir.documentation = documentation;
    const sigv4 = objectTrait(service.traits, TRAIT.sigv4);
    const signingName = str(sigv4?.name);
    if (signingName !== undefined) ir.auth.sigv4 = { signingName };
    const endpointPrefix = str(awsService.endpointPrefix);
    if (endpointPrefix !== undefined) ir.endpointPrefix = endpointPrefix;
    const arnNamespace = str(awsService.arnNamespace);
    if (arnNamespace !== undefined) ir.arnNamespace = arnNamespace;
    if (service.traits.has(TRAIT.awsQueryCompatible)) ir.awsQueryCompatible = true;
    return ir;
  }

  private shape(id: ShapeId): Shape {
    const shape = this.model.shapes.get(id);
    if (!shape) throw new IrBuildError(`shape \`${id}\` is referenced but not defined`, id);
    return shape;
  }

  /** Every resource bound to the service, directly or through other resources. */
  private collectResources(): Shape[] {
    const seen = new Set<ShapeId>();
    const out: Shape[] = [];
    const visit = (id: ShapeId): void => {
      if (seen.has(id)) return;
      seen.add(id);
      const resource = this.shape(id);
      out.push(resource);
      for (const child of resource.resources ?? []) visit(child);
    };
    for (const id of this.service.resources ?? []) visit(id);
    return out;
  }

  /** Operations bound to the service or any of its resources, without duplicates. */
  private collectOperations(resources: readonly Shape[]): ShapeId[] {
    const ids = new Set<ShapeId>(this.service.operations ?? []);
    for (const r of resources) {
      const bound = [r.create, r.put, r.read, r.update, r.delete, r.list, ...(r.operations ?? [])];
      for (const id of [...bound, ...(r.collectionOperations ?? [])]) {
        if (!id || ids.has(id)) continue;
        ids.add(id);
        this.operationResources.set(id, this.nameOf(r.id));
      }
    }
    return [...ids];
  }

  private operation(op: Shape, commonErrors: readonly ShapeId[]): OperationIR {
    const name = this.nameOf(op.id);
    const input = this.ioShape(op, "input", name);
    const output = this.ioShape(op, "output", name);
    const errors: string[] = [];
    for (const id of [...(op.errors ?? []), ...commonErrors]) {
      const errorName = this.ref(id);
      if (!errors.includes(errorName)) errors.push(errorName);
    }
    const ir: OperationIR = {
      name,
      id: op.id,
      names: operationNames(name),
      input,
      output,
      errors,
      readonly: op.traits.has(TRAIT.readonly),
      idempotent: op.traits.has(TRAIT.idempotent),
    };
    const documentation = stringTrait(op.traits, TRAIT.documentation);
    if (documentation !== undefined) ir.documentation = documentation;
    const deprecated = deprecatedTrait(op.traits);
    if (deprecated) ir.deprecated = deprecated;
    const http = objectTrait(op.traits, TRAIT.http);
    if (http) {
      ir.http = {
        method: str(http.method) ?? "POST",
        uri: str(http.uri) ?? `/${name}`,
        code: typeof http.code === "number" ? http.code : 200,
      };
    }
    const resource = this.operationResources.get(op.id);
    if (resource !== undefined) ir.resource = resource;
    const paginated = this.pagination(op);
    if (paginated) ir.paginated = paginated;
    const inputShape = this.shapes.get(input);
    const token =
      inputShape?.kind === "structure" ? inputShape.members.find((m) => m.idempotencyToken) : undefined;
    if (token) ir.idempotencyTokenMember = token.name;
    if (!op.output || op.output === UNIT) ir.unitOutput = true;
    const hostPrefix = str(objectTrait(op.traits, TRAIT.endpoint)?.hostPrefix);
    if (hostPrefix !== undefined) ir.hostPrefix = hostPrefix;
    const encodings = objectTrait(op.traits, TRAIT.requestCompression)?.encodings;
    if (Array.isArray(encodings))
      ir.requestCompression = encodings.filter((e): e is string => typeof e === "string");
    return ir;
  }

  /** The input/output structure name; a synthetic empty structure when the model says Unit. */
  private ioShape(op: Shape, role: "input" | "output", opName: string): string {
    const id = op[role];
    if (id && id !== UNIT) return this.ref(id);
    // `_`-prefixed while a model shape (visited or not yet) has the name.
    let name = `${opName}${role === "input" ? "Input" : "Output"}`;
    while (this.shapes.has(name) || this.isModelName(name)) name = `_${name}`;
    const namespace = op.id.slice(0, op.id.indexOf("#"));
    this.shapes.set(name, {
      kind: "structure",
      name,
      id: `${namespace}#${name}`,
      sensitive: false,
      members: [],
      role,
    });
    return name;
  }

  /** Whether some shape of the model is named `name` (after the service's `rename`). */
  private isModelName(name: string): boolean {
    if (!this.modelNames) {
      this.modelNames = new Set([...this.rename.values()]);
      for (const id of this.model.shapes.keys()) this.modelNames.add(this.nameOf(id));
    }
    return this.modelNames.has(name);
  }

  /** Operation `paginated` merged over the service's (operation values win). */
  private pagination(op: Shape): PaginationIR | undefined {
    const own = objectTrait(op.traits, TRAIT.paginated);
    if (!own) return undefined;
    const merged = { ...(objectTrait(this.service.traits, TRAIT.paginated) ?? {}), ...own };
    const inputToken = str(merged.inputToken);
    const outputToken = str(merged.outputToken);
    if (inputToken === undefined || outputToken === undefined) return undefined;
    const out: PaginationIR = { inputToken, outputToken };
    const pageSize = str(merged.pageSize);
    if (pageSize !== undefined) out.pageSize = pageSize;
    const items = str(merged.items);
    if (items !== undefined) out.items = items;
    return out;
  }

  private resource(r: Shape): ResourceIR {
    const ir: ResourceIR = {
      name: this.nameOf(r.id),
      id: r.id,
      identifiers: [...(r.identifiers ?? new Map<string, ShapeId>()).entries()].map(([name, target]) => ({
        name,
        type: this.typeRef(target),
      })),
    };
    const documentation = stringTrait(r.traits, TRAIT.documentation);
    if (documentation !== undefined) ir.documentation = documentation;
    const arn = objectTrait(r.traits, TRAIT.arn);
    const template = str(arn?.template);
    if (arn && template !== undefined) {
      ir.arn = {
        template,
        absolute: bool(arn.absolute) ?? false,
        noAccount: bool(arn.noAccount) ?? false,
        noRegion: bool(arn.noRegion) ?? false,
      };
    }
    return ir;
  }

  /** Name of a shape within the service closure (the service's `rename` applies). */
  private nameOf(id: ShapeId): string {
    return this.rename.get(id) ?? simpleName(id);
  }

  private typeRef(id: ShapeId): TypeRef {
    const shape = this.shape(id);
    if (SIMPLE_SHAPE_TYPES.has(shape.type) && !(shape.type === "string" && shape.traits.has(TRAIT.enum))) {
      const ref: TypeRef = { kind: "scalar", scalar: shape.type as ScalarKind };
      if (!id.startsWith("smithy.api#")) ref.alias = this.nameOf(id);
      return ref;
    }
    return { kind: "shape", name: this.ref(id) };
  }

  /** Visits a named aggregate/enum shape (adding it and its closure to `shapes`) and returns its name. */
  private ref(id: ShapeId): string {
    const known = this.names.get(id);
    if (known !== undefined) return known;
    const shape = this.shape(id);
    const name = this.nameOf(id);
    const clash = this.shapes.get(name);
    if (clash) {
      throw new IrBuildError(
        `shapes \`${clash.id}\` and \`${id}\` are both named \`${name}\` in service \`${this.service.id}\`; add a \`rename\``,
        id,
      );
    }
    this.names.set(id, name);
    const base: Pick<StructureIR, "name" | "id" | "sensitive" | "documentation" | "deprecated"> = {
      name,
      id,
      sensitive: shape.traits.has(TRAIT.sensitive),
    };
    const documentation = stringTrait(shape.traits, TRAIT.documentation);
    if (documentation !== undefined) base.documentation = documentation;
    const deprecated = deprecatedTrait(shape.traits);
    if (deprecated) base.deprecated = deprecated;
    // Aggregates are registered before their members are walked, so recursive shapes terminate.
    let ir: ShapeIR;
    switch (shape.type) {
      case "structure": {
        const structure: StructureIR = { ...base, kind: "structure", members: [] };
        this.shapes.set(name, structure);
        structure.members = this.members(shape);
        this.structureFacts(shape, structure);
        return name;
      }
      case "union": {
        const union: UnionIR = { ...base, kind: "union", members: [] };
        this.shapes.set(name, union);
        union.members = this.members(shape);
        return name;
      }
      case "list": {
        const constraints = readConstraints(shape.traits);
        const sparse = shape.traits.has(TRAIT.sparse);
        const list: ListIR = { ...base, kind: "list", constraints, sparse, member: PENDING };
        this.shapes.set(name, list);
        list.member = this.member(this.memberOf(shape, "member"));
        return name;
      }
      case "map": {
        const constraints = readConstraints(shape.traits);
        const sparse = shape.traits.has(TRAIT.sparse);
        const map: MapIR = { ...base, kind: "map", constraints, sparse, key: PENDING, value: PENDING };
        this.shapes.set(name, map);
        map.key = this.member(this.memberOf(shape, "key"));
        map.value = this.member(this.memberOf(shape, "value"));
        return name;
      }
      case "enum":
        ir = { ...base, kind: "enum", values: this.enumValues(shape) };
        break;
      case "string":
        ir = { ...base, kind: "enum", values: this.legacyEnumValues(shape) };
        break;
      case "intEnum":
        ir = { ...base, kind: "intEnum", values: this.intEnumValues(shape) };
        break;
      default:
        throw new IrBuildError(`\`${id}\` (${shape.type}) cannot be used as a data shape`, id);
    }
    this.shapes.set(name, ir);
    return name;
  }

  private structureFacts(shape: Shape, ir: StructureIR): void {
    const fault = stringTrait(shape.traits, TRAIT.error);
    if (fault === "client" || fault === "server") {
      const error: NonNullable<StructureIR["error"]> = {
        fault,
        httpStatus: numberTrait(shape.traits, TRAIT.httpError) ?? (fault === "client" ? 400 : 500),
      };
      const queryError = objectTrait(shape.traits, TRAIT.awsQueryError);
      const queryCode = str(queryError?.code);
      const queryStatus = queryError?.httpResponseCode;
      if (queryCode !== undefined && typeof queryStatus === "number") {
        error.awsQueryError = { code: queryCode, httpResponseCode: queryStatus };
      }
      if (shape.traits.has(TRAIT.retryable)) {
        error.retryable = {
          throttling: bool(objectTrait(shape.traits, TRAIT.retryable)?.throttling) ?? false,
        };
      }
      ir.error = error;
    }
    if (shape.traits.has(TRAIT.input) || this.inputIds.has(shape.id)) ir.role = "input";
    else if (shape.traits.has(TRAIT.output) || this.outputIds.has(shape.id)) ir.role = "output";
  }

  private memberOf(shape: Shape, name: string): Member {
    const member = shape.members.get(name);
    if (!member) throw new IrBuildError(`\`${shape.id}\` has no \`${name}\` member`, shape.id);
    return member;
  }

  private members(shape: Shape): MemberIR[] {
    return [...shape.members.values()].map((m) => this.member(m));
  }

  private member(m: Member): MemberIR {
    const target = this.shape(m.target);
    const type = this.typeRef(m.target);
    const isScalar = type.kind === "scalar";
    const constraints = mergeConstraints(readConstraints(target.traits), readConstraints(m.traits));
    const ir: MemberIR = {
      name: m.name,
      type,
      required: m.traits.has(TRAIT.required),
      constraints,
      idempotencyToken: m.traits.has(TRAIT.idempotencyToken),
      sensitive: target.traits.has(TRAIT.sensitive),
    };
    const documentation =
      stringTrait(m.traits, TRAIT.documentation) ??
      (isScalar ? stringTrait(target.traits, TRAIT.documentation) : undefined);
    if (documentation !== undefined) ir.documentation = documentation;
    if (m.traits.has(TRAIT.default)) ir.default = m.traits.get(TRAIT.default);
    const deprecated = deprecatedTrait(m.traits);
    if (deprecated) ir.deprecated = deprecated;
    if (type.kind === "scalar" && type.scalar === "timestamp") {
      const format =
        stringTrait(m.traits, TRAIT.timestampFormat) ?? stringTrait(target.traits, TRAIT.timestampFormat);
      ir.timestampFormat = format === "date-time" || format === "http-date" ? format : "epoch-seconds";
    }
    if (m.traits.has(TRAIT.clientOptional)) ir.clientOptional = true;
    if (m.traits.has(TRAIT.hostLabel)) ir.hostLabel = true;
    return ir;
  }

  private enumValues(shape: Shape): EnumIR["values"] {
    return [...shape.members.values()].map((m) => {
      const value: EnumIR["values"][number] = {
        name: m.name,
        value: str(m.traits.get(TRAIT.enumValue)) ?? m.name,
      };
      const documentation = stringTrait(m.traits, TRAIT.documentation);
      if (documentation !== undefined) value.documentation = documentation;
      if (m.traits.has(TRAIT.deprecated)) value.deprecated = true;
      return value;
    });
  }

  /** A Smithy 1.0 `@enum` string shape, read as an enum. */
  private legacyEnumValues(shape: Shape): EnumIR["values"] {
    const defs = shape.traits.get(TRAIT.enum);
    const list: NodeValue[] = Array.isArray(defs) ? defs : [];
    return list.filter(isNodeObject).map((def) => {
      const value = str(def.value) ?? "";
      const out: EnumIR["values"][number] = { name: str(def.name) ?? value, value };
      const documentation = str(def.documentation);
      if (documentation !== undefined) out.documentation = documentation;
      if (def.deprecated === true) out.deprecated = true;
      return out;
    });
  }

  private intEnumValues(shape: Shape): IntEnumIR["values"] {
    return [...shape.members.values()].map((m) => {
      const raw = m.traits.get(TRAIT.enumValue);
      const value: IntEnumIR["values"][number] = { name: m.name, value: typeof raw === "number" ? raw : 0 };
      const documentation = stringTrait(m.traits, TRAIT.documentation);
      if (documentation !== undefined) value.documentation = documentation;
      return value;
    });
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
