/**
 * Checks on constraint trait definitions themselves: `LengthTrait` and `RangeTrait` bounds
 * (non-negative, `min <= max`, no decimals for integer shapes) and `PatternTrait`: a pattern
 * must be a regular expression Smithy accepts (ECMA-262, or Java syntax as Smithy's validator
 * compiles it; see `pattern/java-regex.ts`). One with no ECMAScript equivalent is a WARNING (the
 * generated code does not enforce it); unanchored patterns are a WARNING.
 */

import type { Diagnostic } from "../diagnostic.js";
import { isNodeObject } from "../node-value.js";
import { translatePattern } from "../pattern/java-regex.js";
import { error, warning } from "./events.js";
import { isMember, type ShapeIndex, type ShapeLike, typeOf } from "./shape-index.js";

const DECIMAL_TYPES = new Set(["float", "double", "bigDecimal"]);

export function validateConstraintTraits(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const shape of index.all) {
    if (shape.traits.has("smithy.api#length")) length(shape, events);
    if (shape.traits.has("smithy.api#range")) range(index, shape, events);
    if (shape.traits.has("smithy.api#pattern")) pattern(shape, events);
  }
  return events;
}

function length(shape: ShapeLike, events: Diagnostic[]): void {
  const value = shape.traits.get("smithy.api#length");
  if (!isNodeObject(value)) return;
  const { min, max } = value;
  const id = "LengthTrait";
  if (typeof min === "number" && min < 0)
    events.push(error(id, shape, "A length trait is applied with a negative `min` value."));
  if (typeof max === "number" && max < 0)
    events.push(error(id, shape, "A length trait is applied with a negative `max` value."));
  if (typeof min === "number" && typeof max === "number" && min > max) {
    events.push(
      error(id, shape, "A length trait is applied with a `min` value greater than its `max` value."),
    );
  }
}

function range(index: ShapeIndex, shape: ShapeLike, events: Diagnostic[]): void {
  const value = shape.traits.get("smithy.api#range");
  if (!isNodeObject(value)) return;
  const id = "RangeTrait";
  const target = isMember(shape) ? index.get(shape.target) : shape;
  for (const name of ["min", "max"] as const) {
    const bound = value[name];
    if (typeof bound !== "number" || Number.isInteger(bound) || !target || DECIMAL_TYPES.has(typeOf(target)))
      continue;
    events.push(
      error(
        id,
        shape,
        isMember(shape)
          ? `Member \`${shape.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal (${bound}) when its target (\`${target.id}\`) does not support decimals.`
          : `Shape \`${shape.id}\` is marked with the \`range\` trait, but its \`${name}\` property is a decimal (${bound}) when its shape (\`${typeOf(shape)}\`) does not support decimals.`,
      ),
    );
  }
  if (typeof value.min === "number" && typeof value.max === "number" && value.min > value.max) {
    events.push(
      error(id, shape, "A range trait is applied with a `min` value greater than its `max` value."),
    );
  }
}

function pattern(shape: ShapeLike, events: Diagnostic[]): void {
  const value = shape.traits.get("smithy.api#pattern");
  if (typeof value !== "string") return;
  const id = "PatternTrait";
  const translation = translatePattern(value);
  if (translation.kind === "invalid") {
    events.push(error(id, shape, `Invalid pattern \`${value}\`: ${translation.reason}`));
    return;
  }
  if (translation.kind === "unsupported") {
    events.push(
      warning(
        id,
        shape,
        `Pattern \`${value}\` has no ECMAScript equivalent (${translation.reason}); generated code does not enforce it`,
      ),
    );
  }
  const leading = value.startsWith("^");
  const trailing = value.endsWith("$");
  if (!leading || !trailing) {
    const missing = [!leading ? "leading '^'" : "", !trailing ? "trailing '$'" : ""]
      .filter(Boolean)
      .join(" and ");
    events.push(
      warning(
        id,
        shape,
        `A pattern trait is applied without a ${missing}, meaning only part of the string must match the regular expression. Explicitly anchoring regular expressions is preferable because it is more restrictive by default and does not require modelers to understand that Smithy patterns are not automatically anchored.`,
      ),
    );
  }
}
