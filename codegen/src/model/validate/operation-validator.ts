/**
 * `Operation`: structures marked `@input` / `@output` are used only as the input / output of a
 * single operation (`OperationInputOutputMisuse`); naming hints are WARNINGs.
 */
import type { ShapeId } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import { event, tickedList } from "./events.js";
import { isMember, type ShapeIndex, selectorLabel } from "./shape-index.js";

const MISUSE = "OperationInputOutputMisuse";

function simpleName(id: ShapeId): string {
  return id.slice(id.indexOf("#") + 1);
}

export function validateOperations(index: ShapeIndex): Diagnostic[] {
  const events: Diagnostic[] = [];
  for (const [trait, descriptor, invalid] of [
    ["smithy.api#input", "input", "output"],
    ["smithy.api#output", "output", "input"],
  ] as const) {
    for (const shape of index.model.shapes.values()) {
      if (!shape.traits.has(trait)) continue;
      const operations = new Set<ShapeId>();
      for (const rel of index.references(shape)) {
        const label = selectorLabel(rel.type);
        if (label === descriptor) {
          operations.add(rel.from.id);
          if (!simpleName(shape.id).startsWith(simpleName(rel.from.id))) {
            events.push(
              event(
                "WARNING",
                `OperationInputOutputName.${descriptor}`,
                rel.from,
                `The ${descriptor} of this operation should target a shape that starts with the operation's name, '${simpleName(rel.from.id)}', but the targeted shape is \`${shape.id}\``,
              ),
            );
          }
        } else if (label === invalid) {
          events.push(
            event(
              "ERROR",
              MISUSE,
              rel.from,
              `Operation \`${invalid}\` cannot target structures marked with the \`@${descriptor}\` trait: \`${shape.id}\``,
            ),
          );
        } else if (rel.type === "MEMBER_TARGET" && isMember(rel.from)) {
          events.push(
            event(
              "ERROR",
              MISUSE,
              rel.from,
              `Members cannot target structures marked with the @${descriptor} trait: ${rel.from.target}`,
            ),
          );
        }
      }
      if (operations.size > 1) {
        events.push(
          event(
            "ERROR",
            MISUSE,
            shape,
            `Shapes marked with the @${descriptor} trait cannot be used as ${descriptor} by multiple operations: ${tickedList(operations)}`,
          ),
        );
      }
    }
  }
  return events;
}
