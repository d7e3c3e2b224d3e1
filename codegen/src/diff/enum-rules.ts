/**
 * Enum values (enum, intEnum and Smithy 1.0 `@enum` strings), in the manner of smithy-diff's
 * ChangedEnumTrait: a removed value breaks whoever sends or matches it, and so does a renamed one
 * (the generated constant's name is the member name); an added value is compatible.
 */
import type { Shape } from "../model/model.js";
import { isNodeObject } from "../model/node-value.js";
import type { DiffContext } from "./context.js";
import { compareOtherTraits } from "./trait-rules.js";

interface EnumEntry {
  name: string;
  /** The wire value, as text (intEnum values are numbers). */
  value: string;
  /** The value as the model writes it: quoted for strings, bare for intEnum numbers. */
  label: string;
}

const ENUM_VALUE = "smithy.api#enumValue";
const LEGACY_ENUM = "smithy.api#enum";

export function compareEnums(ctx: DiffContext, before: Shape, after: Shape): void {
  const id = after.id;
  const oldEntries = entries(before);
  const newEntries = entries(after);
  const newByValue = new Map(newEntries.map((e) => [e.value, e]));
  const newByName = new Map(newEntries.map((e) => [e.name, e]));
  const oldValues = new Set(oldEntries.map((e) => e.value));
  const oldNames = new Set(oldEntries.map((e) => e.name));
  for (const entry of oldEntries) {
    const sameValue = newByValue.get(entry.value);
    const sameName = newByName.get(entry.name);
    if (sameValue && sameValue.name !== entry.name) {
      ctx.report(
        "breaking",
        "RenamedEnumValue",
        id,
        `Enum value ${entry.label} of \`${id}\` was renamed from \`${entry.name}\` to \`${sameValue.name}\``,
      );
    } else if (!sameValue && sameName) {
      ctx.report(
        "breaking",
        "ChangedEnumValue",
        id,
        `Enum member \`${entry.name}\` of \`${id}\` changed value from ${entry.label} to ${sameName.label}`,
      );
    } else if (!sameValue) {
      ctx.report(
        "breaking",
        "RemovedEnumValue",
        id,
        `Enum value ${entry.label} (\`${entry.name}\`) was removed from \`${id}\``,
      );
    }
  }
  for (const entry of newEntries) {
    if (!oldValues.has(entry.value) && !oldNames.has(entry.name)) {
      ctx.report(
        "compatible",
        "AddedEnumValue",
        id,
        `Enum value ${entry.label} (\`${entry.name}\`) was added to \`${id}\``,
      );
    }
  }
  // documentation and deprecation of the members that stayed
  for (const [name, member] of after.members) {
    const old = before.members.get(name);
    if (old) compareOtherTraits(ctx, member.id, old.traits, member.traits, new Set([ENUM_VALUE]));
  }
}

function entries(shape: Shape): EnumEntry[] {
  if (shape.type === "string") {
    const defs = shape.traits.get(LEGACY_ENUM);
    return (Array.isArray(defs) ? defs : []).filter(isNodeObject).map((def) => {
      const value = typeof def.value === "string" ? def.value : "";
      return { name: typeof def.name === "string" ? def.name : value, value, label: JSON.stringify(value) };
    });
  }
  return [...shape.members.values()].map((m) => {
    const raw = m.traits.get(ENUM_VALUE);
    const value = raw === undefined || raw === null ? m.name : String(raw);
    return { name: m.name, value, label: typeof raw === "number" ? value : JSON.stringify(value) };
  });
}
