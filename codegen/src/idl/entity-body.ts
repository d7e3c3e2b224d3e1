/**
 * Interprets the node-object body of `service` and `resource` shapes:
 * shape IDs may be written unquoted (syntactic shape IDs) or quoted; unknown keys are warnings.
 */
import {
  type RawNode,
  type RawObject,
  type RefDef,
  type ShapeDef,
  SyntacticShapeId,
} from "../model/definitions.js";
import type { Severity } from "../model/diagnostic.js";
import type { SourceLocation } from "../model/source-location.js";

const SERVICE_KEYS = ["errors", "operations", "rename", "resources", "version"];
const RESOURCE_KEYS = [
  "collectionOperations",
  "create",
  "delete",
  "identifiers",
  "list",
  "operations",
  "properties",
  "put",
  "read",
  "resources",
  "update",
];

export type BodyReporter = (severity: Severity, message: string, shapeId?: string) => void;

/** Fills the service/resource fields of `def` from its parsed body. */
export function readEntityBody(
  def: ShapeDef,
  body: RawObject,
  location: SourceLocation,
  v2: boolean,
  report: BodyReporter,
): void {
  const error = (message: string) => report("ERROR", message, def.id);
  const allowed = def.type === "service" ? SERVICE_KEYS : RESOURCE_KEYS;
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length > 0) {
    report(
      "WARNING",
      `Expected an object with possible properties of ${allowed.map((k) => `\`${k}\``).join(", ")}, but found additional properties: ${extra.map((k) => `\`${k}\``).join(", ")}`,
    );
  }
  const ref = (key: string): RefDef | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    const r = toRef(v, location);
    if (!r) error(`Expected \`${key}\` of \`${def.id}\` to be a shape ID, but found ${nodeText(v)}`);
    return r;
  };
  const refList = (key: string): RefDef[] | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      error(`Expected \`${key}\` of \`${def.id}\` to be an array of shape IDs`);
      return undefined;
    }
    const out: RefDef[] = [];
    for (const item of v) {
      const r = toRef(item, location);
      if (r) out.push(r);
      else error(`Expected \`${key}\` of \`${def.id}\` to contain shape IDs, but found ${nodeText(item)}`);
    }
    return out;
  };
  const refMap = (key: string): [string, RefDef][] | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (v === null || typeof v !== "object" || Array.isArray(v) || v instanceof SyntacticShapeId) {
      error(`Expected \`${key}\` of \`${def.id}\` to be an object`);
      return undefined;
    }
    const out: [string, RefDef][] = [];
    for (const k of Object.keys(v)) {
      const r = toRef(v[k] as RawNode, location);
      if (r) out.push([k, r]);
      else error(`Expected \`${key}\` of \`${def.id}\` to map names to shape IDs`);
    }
    return out;
  };
  if (def.type === "service") {
    const version = body.version;
    if (typeof version === "string") def.version = version;
    else if (version !== undefined) error(`Expected \`version\` of \`${def.id}\` to be a string`);
    def.operations = refList("operations");
    def.resources = refList("resources");
    def.errors = refList("errors");
    const rename = body.rename;
    if (rename !== undefined) {
      if (
        rename === null ||
        typeof rename !== "object" ||
        Array.isArray(rename) ||
        rename instanceof SyntacticShapeId
      ) {
        error(`Expected \`rename\` of \`${def.id}\` to be an object`);
      } else {
        def.rename = [];
        for (const k of Object.keys(rename)) {
          const v = rename[k];
          if (typeof v === "string") def.rename.push([k, v]);
          else error(`Expected \`rename\` values of \`${def.id}\` to be strings`);
        }
      }
    }
  } else {
    def.identifiers = refMap("identifiers");
    if (body.properties !== undefined && !v2) {
      error("Resource properties can only be used with Smithy version 2 or later.");
    }
    def.properties = refMap("properties");
    def.create = ref("create");
    def.put = ref("put");
    def.read = ref("read");
    def.update = ref("update");
    def.delete = ref("delete");
    def.list = ref("list");
    def.operations = refList("operations");
    def.collectionOperations = refList("collectionOperations");
    def.resources = refList("resources");
  }
}

function toRef(v: RawNode, location: SourceLocation): RefDef | undefined {
  if (v instanceof SyntacticShapeId) return { id: v.text, location: v.location };
  if (typeof v === "string") return { id: v, location };
  return undefined;
}

/** A node value as text for messages (shape IDs and strings unquoted). */
export function nodeText(v: RawNode): string {
  if (v instanceof SyntacticShapeId) return v.text;
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}
