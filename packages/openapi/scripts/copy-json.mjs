// Ships the document as plain JSON too (`@pc-benefits/openapi/openapi.json`), for non-JS tools. It sits at
// the package root, so the subpath resolves the same with or without `exports` (TypeScript's node10
// resolution, older bundlers).
import { copyFileSync } from "node:fs";

copyFileSync(
  new URL("../src/generated/openapi.json", import.meta.url),
  new URL("../openapi.json", import.meta.url),
);
