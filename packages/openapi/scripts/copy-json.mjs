// Ships the document as plain JSON too (`@pc-benefits/openapi/openapi.json`), for non-JS tools.
import { copyFileSync } from "node:fs";

copyFileSync(
  new URL("../src/generated/openapi.json", import.meta.url),
  new URL("../dist/openapi.json", import.meta.url),
);
