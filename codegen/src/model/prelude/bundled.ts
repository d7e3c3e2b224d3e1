/**
 * Marks shapes that come from the prelude and the bundled AWS/Smithy trait definitions. Their
 * source locations use this pseudo-path prefix; the serializer leaves such shapes out.
 */
import type { Shape } from "../model.js";

export const BUNDLED_FILE_PREFIX = "bundled:";

export function isBundledShape(shape: Shape): boolean {
  return shape.location.file.startsWith(BUNDLED_FILE_PREFIX);
}
