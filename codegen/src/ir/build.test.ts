import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  loadModel,
  PUBLISHED_BENEFITS_AST,
  WEATHER_GOLDEN,
  WEATHER_MODEL,
} from "../../test/fixtures/index.js";
import { loadSources } from "../model/load.js";
import { assembleSources } from "../model/sources.js";
import { buildServiceIR, IrBuildError } from "./build.js";
import type { ServiceIR, ShapeIR, StructureIR } from "./types.js";

/** The IR as plain JSON (the shapes map as an object), for golden files. */
function irToJson(ir: ServiceIR): string {
  return `${JSON.stringify({ ...ir, shapes: Object.fromEntries(ir.shapes) }, null, 2)}\n`;
}

function structure(ir: ServiceIR, name: string): StructureIR {
  const shape: ShapeIR | undefined = ir.shapes.get(name);
  if (shape?.kind !== "structure") throw new Error(`${name} is not a structure`);
  return shape;
}

describe("buildServiceIR on the Weather model", () => {
  const ir = buildServiceIR(loadModel(WEATHER_MODEL));

  it("matches the golden IR", async () => {
    await expect(irToJson(ir)).toMatchFileSnapshot(`${WEATHER_GOLDEN}ir.json`);
  });

  it("derives service facts from traits, not names", () => {
    expect({
      shapeName: ir.shapeName,
      clientName: ir.clientName,
      protocol: ir.protocol,
      auth: ir.auth,
      endpointPrefix: ir.endpointPrefix,
    }).toEqual({
      shapeName: "Weather",
      clientName: "WeatherService",
      protocol: { name: "awsJson1_0", contentType: "application/x-amz-json-1.0", targetPrefix: "Weather" },
      auth: { sigv4: { signingName: "weather" } },
      endpointPrefix: "weather",
    });
  });

  it.each([
    // operation, errors (own then service-wide), paginated, idempotency token
    [
      "CreateReport",
      ["NoSuchCityError", "ValidationException", "InvalidReportError", "ServiceUnavailableError"],
    ],
    ["GetForecast", ["NoSuchCityError", "ValidationException", "ServiceUnavailableError"]],
    ["ListCities", ["ValidationException", "ServiceUnavailableError"]],
    ["Ping", ["ServiceUnavailableError"]],
  ])("%s lists its own errors, then the service's", (name, errors) => {
    expect(ir.operations.find((o) => o.name === name)?.errors).toEqual(errors);
  });

  it("collects operations bound through resources, sorted", () => {
    expect(ir.operations.map((o) => o.name)).toEqual(["CreateReport", "GetForecast", "ListCities", "Ping"]);
  });

  it("merges operation pagination over the service's", () => {
    expect(ir.operations.find((o) => o.name === "ListCities")?.paginated).toEqual({
      inputToken: "NextToken",
      outputToken: "NextToken",
      pageSize: "PageSize",
      items: "Cities",
    });
  });

  it("finds the idempotency token member", () => {
    expect(ir.operations.find((o) => o.name === "CreateReport")?.idempotencyTokenMember).toBe("ClientToken");
  });

  it("synthesises empty structures for Unit input and output", () => {
    const ping = ir.operations.find((o) => o.name === "Ping");
    expect([ping?.input, ping?.output]).toEqual(["PingInput", "PingOutput"]);
    expect(structure(ir, "PingInput")).toMatchObject({ members: [], role: "input" });
    expect(ping?.http).toEqual({ method: "POST", uri: "/ping", code: 200 });
  });

  it.each([
    ["NoSuchCityError", { fault: "client", httpStatus: 404 }],
    ["InvalidReportError", { fault: "client", httpStatus: 400 }],
    ["ServiceUnavailableError", { fault: "server", httpStatus: 503, retryable: { throttling: false } }],
  ])("error %s", (name, error) => {
    expect(structure(ir, name).error).toEqual(error);
  });

  it("folds named simple shapes into member types and constraints", () => {
    const cityId = structure(ir, "GetForecastInput").members.find((m) => m.name === "CityId");
    expect(cityId).toMatchObject({
      type: { kind: "scalar", scalar: "string", alias: "CityId" },
      required: true,
      constraints: { length: { min: 1, max: 64 }, pattern: "^[a-z0-9-]+$" },
      documentation: "A city identifier.",
    });
    expect(ir.shapes.has("CityId")).toBe(false);
  });

  it.each([
    ["IssuedAt", "epoch-seconds"],
    ["ValidUntil", "date-time"],
  ])("timestamp member %s has format %s", (member, format) => {
    expect(structure(ir, "GetForecastOutput").members.find((m) => m.name === member)?.timestampFormat).toBe(
      format,
    );
  });

  it("keeps member-level constraints, defaults, deprecation and sensitivity", () => {
    const out = structure(ir, "GetForecastOutput").members;
    expect(out.find((m) => m.name === "Conditions")?.constraints).toEqual({
      length: { max: 10 },
      uniqueItems: true,
    });
    expect(out.find((m) => m.name === "ChanceOfRain")?.deprecated).toEqual({
      message: "Use Precipitation.",
      since: "2024-06-01",
    });
    expect(structure(ir, "GetForecastInput").members.find((m) => m.name === "Units")?.default).toBe("METRIC");
    expect(structure(ir, "CreateReportInput").members.find((m) => m.name === "Reporter")?.sensitive).toBe(
      true,
    );
  });

  it("describes resources with their ARN template", () => {
    expect(ir.resources).toEqual([
      {
        name: "City",
        id: "example.weather#City",
        documentation: "A city with a forecast.",
        identifiers: [{ name: "CityId", type: { kind: "scalar", scalar: "string", alias: "CityId" } }],
        arn: { template: "city/{CityId}", absolute: false, noAccount: false, noRegion: false },
      },
    ]);
  });
});

describe("model/ against the published Benefits model", () => {
  /** The IR as JSON without documentation (our model words its docs itself). */
  const withoutDocs = (ir: ServiceIR) =>
    JSON.parse(
      JSON.stringify(
        { ...ir, documentation: undefined, shapes: Object.fromEntries(ir.shapes) },
        (key, value) => (key === "documentation" ? undefined : value),
      ),
    ) as unknown;

  it.skipIf(!PUBLISHED_BENEFITS_AST)("builds the same IR, documentation aside", () => {
    const ours = buildServiceIR(loadModel(fileURLToPath(new URL("../../../model/", import.meta.url))));
    const published = buildServiceIR(loadModel(PUBLISHED_BENEFITS_AST as string));
    expect(withoutDocs(ours)).toEqual(withoutDocs(published));
  });
});

describe.skipIf(!PUBLISHED_BENEFITS_AST)("buildServiceIR on the published Benefits model", () => {
  const ir = PUBLISHED_BENEFITS_AST
    ? buildServiceIR(loadModel(PUBLISHED_BENEFITS_AST))
    : (undefined as never);

  it("has the 17 operations and the service facts", () => {
    expect(ir.operations).toHaveLength(17);
    expect([ir.clientName, ir.protocol.targetPrefix, ir.auth.sigv4?.signingName, ir.version]).toEqual([
      "PartnerCentralBenefits",
      "PartnerCentralBenefitsService",
      "partnercentral-benefits",
      "2018-05-10",
    ]);
  });

  it.each([
    ["AccessDeniedException", "client", 403],
    ["ConflictException", "client", 409],
    ["InternalServerException", "server", 500],
    ["ResourceNotFoundException", "client", 404],
    ["ServiceQuotaExceededException", "client", 402],
    ["ThrottlingException", "client", 429],
    ["ValidationException", "client", 400],
  ])("error %s is a %s error with status %i", (name, fault, status) => {
    expect(structure(ir, name).error).toMatchObject({ fault, httpStatus: status });
  });

  it.each([
    ["ListBenefits", "BenefitSummaries"],
    ["ListBenefitApplications", "BenefitApplicationSummaries"],
    ["ListBenefitAllocations", "BenefitAllocationSummaries"],
  ])("%s is paginated over %s", (name, items) => {
    expect(ir.operations.find((o) => o.name === name)?.paginated).toEqual({
      inputToken: "NextToken",
      outputToken: "NextToken",
      pageSize: "MaxResults",
      items,
    });
  });

  it("reads the date-time timestamp format from the target shape", () => {
    const app = structure(ir, "GetBenefitApplicationOutput").members.find((m) => m.name === "CreatedAt");
    expect([app?.type, app?.timestampFormat]).toEqual([
      { kind: "scalar", scalar: "timestamp", alias: "Timestamp" },
      "date-time",
    ]);
  });

  it("applies member constraints over the target's", () => {
    const tags = structure(ir, "CreateBenefitApplicationInput").members.find((m) => m.name === "Tags");
    expect(tags?.constraints.length?.max).toBe(200);
  });

  it("has a shape closure without prelude or simple shapes", () => {
    for (const shape of ir.shapes.values()) expect(shape.id.startsWith("smithy.api#")).toBe(false);
    expect(ir.resources.map((r) => r.name)).toEqual(["Benefit", "BenefitAllocation", "BenefitApplication"]);
  });
});

function catchError(f: () => unknown): Error | undefined {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

describe("buildServiceIR errors", () => {
  const service = (traits: object = { "aws.protocols#awsJson1_0": {} }) => ({
    type: "service",
    version: "1",
    traits,
  });
  const assemble = (shapes: object) =>
    assembleSources([{ path: "m.json", text: JSON.stringify({ smithy: "2.0", shapes }) }]).model;
  const load = (shapes: object) => {
    const { model } = loadSources([{ path: "m.json", text: JSON.stringify({ smithy: "2.0", shapes }) }]);
    if (!model) throw new Error("test model failed to load");
    return model;
  };

  it.each<[string, object, string | undefined, string]>([
    ["no service", {}, undefined, "the model defines no service shape"],
    [
      "two services",
      { "a#A": service(), "b#B": service() },
      undefined,
      "the model defines 2 services (`a#A`, `b#B`); choose one",
    ],
    [
      "unknown service id",
      { "a#A": service() },
      "a#Nope",
      "service `a#Nope` not found in the model (its services: `a#A`)",
    ],
    [
      "no protocol",
      { "a#A": service({}) },
      undefined,
      "service `a#A` has no supported protocol trait (expected `aws.protocols#awsJson1_0` or `aws.protocols#awsJson1_1`)",
    ],
  ])("%s", (_name, shapes, id, message) => {
    const model = load(shapes);
    const error = catchError(() => buildServiceIR(model, id));
    expect(error).toBeInstanceOf(IrBuildError);
    expect(error?.message).toBe(message);
  });

  it("names a synthetic input/output away from model shapes, visited before or after it", () => {
    const model = load({
      "a#S": { ...service(), operations: [{ target: "a#Ping" }, { target: "a#Use" }] },
      "a#Ping": { type: "operation" },
      "a#Use": { type: "operation", input: { target: "a#UseInput" } },
      "a#UseInput": {
        type: "structure",
        members: { i: { target: "a#PingInput" }, o: { target: "a#PingOutput" } },
        traits: { "smithy.api#input": {} },
      },
      "a#PingInput": { type: "structure", members: {} },
      "a#PingOutput": { type: "structure", members: {} },
    });
    const ir = buildServiceIR(model);
    const ping = ir.operations.find((o) => o.name === "Ping");
    expect([ping?.input, ping?.output]).toEqual(["_PingInput", "_PingOutput"]);
    expect(ir.shapes.get("_PingInput")).toMatchObject({ id: "a#_PingInput", members: [], role: "input" });
    expect(ir.shapes.get("PingInput")?.id).toBe("a#PingInput");
  });

  it("reports two shapes with one name in the closure (when validation did not run)", () => {
    const model = assemble({
      "a#S": { ...service(), operations: [{ target: "a#Op" }] },
      "a#Op": { type: "operation", input: { target: "a#OpInput" } },
      "a#OpInput": {
        type: "structure",
        members: { x: { target: "a#Thing" }, y: { target: "b#Thing" } },
      },
      "a#Thing": { type: "structure", members: {} },
      "b#Thing": { type: "structure", members: {} },
    });
    expect(catchError(() => buildServiceIR(model))?.message).toBe(
      "shapes `a#Thing` and `b#Thing` are both named `Thing` in service `a#S`; add a `rename`",
    );
  });
});
