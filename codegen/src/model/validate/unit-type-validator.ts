/** `UnitType`: `smithy.api#Unit` may only be operation input/output or a union/enum member target. */
import type { Diagnostic } from "../diagnostic.js";
import { error } from "./events.js";
import { isMember, type ShapeIndex, UNIT } from "./shape-index.js";

const ID = "UnitType";

export function validateUnitType(index: ShapeIndex): Diagnostic[] {
  const unit = index.get(UNIT);
  if (!unit) return [];
  const events: Diagnostic[] = [];
  for (const rel of index.references(unit)) {
    switch (rel.type) {
      case "INPUT":
      case "OUTPUT":
        break;
      case "MEMBER_TARGET": {
        const member = rel.from;
        const container = isMember(member) ? index.shape(member.container) : undefined;
        if (
          container &&
          container.type !== "union" &&
          container.type !== "enum" &&
          container.type !== "intEnum"
        ) {
          events.push(
            error(ID, member, "Only members of a union, enum, or intEnum can reference smithy.api#Unit"),
          );
        }
        break;
      }
      default:
        events.push(
          error(ID, rel.from, `This shape has an invalid ${rel.type} reference to smithy.api#Unit`),
        );
    }
  }
  return events;
}
