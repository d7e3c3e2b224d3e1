/** `EnumShape`: enum members carry unique, non-empty string values; intEnum members unique integers. */
import type { Diagnostic } from "../diagnostic.js";
import type { Member, Shape } from "../model.js";
import { error, warning } from "./events.js";
import type { ShapeIndex } from "./shape-index.js";

const ID = "EnumShape";
const ENUM_VALUE = "smithy.api#enumValue";
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

export function validateEnumShapes(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const shape of index.model.shapes.values()) {
    if (shape.type === "enum") validateEnum(shape, events);
    else if (shape.type === "intEnum") validateIntEnum(shape, events);
  }
  return events;
}

function validateEnum(shape: Shape, events: Diagnostic[]): void {
  if (shape.members.size === 0) events.push(error(ID, shape, "enum shapes must have at least one member"));
  const seen = new Set<string>();
  for (const member of shape.members.values()) {
    const value = member.traits.get(ENUM_VALUE);
    if (typeof value !== "string") {
      events.push(
        error(
          ID,
          member,
          `enum members can only be assigned string values, but found: ${JSON.stringify(value ?? null)}`,
        ),
      );
    } else {
      if (seen.has(value))
        events.push(error(ID, member, `Multiple enum members found with duplicate value \`${value}\``));
      seen.add(value);
      if (value === "") events.push(error(ID, member, "enum values may not be empty."));
    }
    recommendName(member, events);
  }
}

function validateIntEnum(shape: Shape, events: Diagnostic[]): void {
  if (shape.members.size === 0) events.push(error(ID, shape, "intEnum shapes must have at least one member"));
  const seen = new Set<number>();
  for (const member of shape.members.values()) {
    if (!member.traits.has(ENUM_VALUE)) {
      events.push(error(ID, member, "intEnum members must be assigned an integer value"));
      continue;
    }
    const value = member.traits.get(ENUM_VALUE);
    if (typeof value !== "number") {
      events.push(
        error(ID, member, `intEnum members require integer values, but found: ${JSON.stringify(value)}`),
      );
      continue;
    }
    if (!Number.isInteger(value)) {
      events.push(error(ID, member, `intEnum members do not support floating point values: ${value}`));
      continue;
    }
    if (value > INT_MAX || value < INT_MIN) {
      events.push(error(ID, member, `intEnum members must fit within an integer, but found: ${value}`));
      continue;
    }
    if (seen.has(value))
      events.push(error(ID, member, `Multiple intEnum members found with duplicate value \`${value}\``));
    seen.add(value);
    recommendName(member, events);
  }
}

function recommendName(member: Member, events: Diagnostic[]): void {
  if (!RECOMMENDED_NAME.test(member.name)) {
    events.push(
      warning(
        ID,
        member,
        `The name \`${member.name}\` does not match the recommended enum name format of beginning with an uppercase letter, followed by any number of uppercase letters, numbers, or underscores.`,
      ),
    );
  }
}
