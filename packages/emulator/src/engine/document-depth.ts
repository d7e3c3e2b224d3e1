/**
 * Document members (BenefitApplicationDetails) are arbitrary JSON; the engine walks them recursively
 * (fingerprints, copies, schema validation), so nesting is capped first, without recursion, to turn
 * a pathological document into a ValidationException instead of a stack overflow.
 */

import { fieldError } from "./errors.js";

/** Deepest nesting of objects/arrays accepted in a document member. */
export const MAX_DOCUMENT_DEPTH = 32;

export function documentDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== "object") continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (level > MAX_DOCUMENT_DEPTH) return level;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, level]);
  }
  return deepest;
}

export function assertDocumentDepth(value: unknown, member: string): void {
  if (documentDepth(value) > MAX_DOCUMENT_DEPTH) {
    throw fieldError(
      member,
      "INVALID_VALUE",
      `${member} is nested more than ${MAX_DOCUMENT_DEPTH} levels deep.`,
    );
  }
}
