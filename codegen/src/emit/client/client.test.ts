/**
 * The bare client's service descriptor and config types carry the awsQueryCompatible and request
 * compression support only for services that need it (the weather model has neither; these rows add them).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildServiceIR } from "../../ir/build.js";
import type { ServiceIR } from "../../ir/types.js";
import { loadPaths } from "../../model/load.js";
import { emitClients } from "./client.js";
import { clientNames } from "./names.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = resolve(here, "../../../test/fixtures/weather");

function weatherIR(): ServiceIR {
  const loaded = loadPaths([join(fixture, "model")]);
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return buildServiceIR(loaded.model);
}

function bareClient(ir: ServiceIR): string {
  const names = clientNames(ir);
  return emitClients(ir, names, { endpointSuffix: "api.aws" }).get(`${names.client}.ts`) ?? "";
}

describe("bare client file", () => {
  it("carries neither query-compatible errors nor compression options when the service has neither", () => {
    const text = bareClient(weatherIR());
    expect(text).not.toMatch(/awsQueryCompatible|query-compatible|compression|Compression/);
    expect(text).toMatch(/export interface WeatherServiceClientConfig extends ClientConfig \{\}/);
    expect(text).toMatch(
      /export interface WeatherServiceClientResolvedConfig extends ResolvedClientConfig \{\}/,
    );
  });

  it("passes addQueryErrorFields for an awsQueryCompatible service", () => {
    const text = bareClient({ ...weatherIR(), awsQueryCompatible: true });
    expect(text).toContain('import { addQueryErrorFields } from "../runtime/query-compatible.js";');
    expect(text).toContain("awsQueryCompatible: addQueryErrorFields,");
  });

  it("takes and resolves the compression options when an operation has @requestCompression", () => {
    const ir = weatherIR();
    const [first, ...rest] = ir.operations;
    if (first === undefined) throw new Error("the weather model has operations");
    const text = bareClient({ ...ir, operations: [{ ...first, requestCompression: ["gzip"] }, ...rest] });
    expect(text).toContain("compression: resolveCompressionConfig,");
    expect(text).toMatch(/WeatherServiceClientConfig extends ClientConfig, CompressionClientConfig \{\}/);
    expect(text).toMatch(
      /WeatherServiceClientResolvedConfig extends ResolvedClientConfig, ResolvedCompressionConfig \{\}/,
    );
  });
});
