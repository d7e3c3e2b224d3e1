import { describe, expect, it } from "vitest";
import { operationNames } from "../ir/identifiers.js";
import type { OperationIR, ServiceIR, ShapeIR } from "../ir/types.js";
import { clientStem, isReservedName, safeValueName, typeNames } from "./ts-names.js";

const structure = (name: string, error = false): ShapeIR => ({
  kind: "structure",
  name,
  id: `a#${name}`,
  sensitive: false,
  members: [],
  ...(error ? { error: { fault: "client" as const, httpStatus: 400 } } : {}),
});

const operation = (name: string): OperationIR => ({
  name,
  id: `a#${name}`,
  names: operationNames(name),
  input: `${name}Input`,
  output: `${name}Output`,
  errors: [],
  readonly: false,
  idempotent: false,
});

function service(shapes: ShapeIR[], operations: OperationIR[] = [], clientName = "Toy"): ServiceIR {
  return {
    id: "a#Toy",
    shapeName: "Toy",
    sdkId: clientName,
    clientName,
    version: "1",
    protocol: { name: "awsJson1_1", contentType: "application/x-amz-json-1.1", targetPrefix: "Toy" },
    auth: {},
    operations,
    shapes: new Map(shapes.map((s) => [s.name, s])),
    resources: [],
  };
}

describe("isReservedName", () => {
  it.each([
    ["default", true],
    ["string", true],
    ["Record", true],
    ["Promise", true],
    ["ServiceException", true],
    ["DocumentType", true],
    ["Response", false],
    ["InstanceType", false],
    ["Benefit", false],
  ])("%s -> %s", (name, reserved) => {
    expect(isReservedName(name)).toBe(reserved);
  });
});

describe("safeValueName", () => {
  it.each<[string, string[], string]>([
    ["getThing", [], "getThing"],
    ["delete", [], "_delete"],
    ["import", [], "_import"],
    ["send", ["send"], "_send"],
    ["send", ["send", "_send"], "__send"],
  ])("%s (taken %j) -> %s", (name, taken, expected) => {
    expect(safeValueName(name, new Set(taken))).toBe(expected);
  });
});

describe("clientStem", () => {
  it.each([
    ["PartnerCentralBenefits", "PartnerCentralBenefits"],
    ["1Password", "_1Password"],
    ["Promise", "_Promise"],
    ["", "Toy"],
  ])("%j -> %s", (clientName, stem) => {
    expect(clientStem(service([], [], clientName))).toBe(stem);
  });
});

describe("typeNames", () => {
  it("prefixes reserved, runtime and derived names until free of every other name, and leaves the rest", () => {
    const ir = service(
      [
        structure("Record"),
        structure("_Record"),
        structure("GetThingCommand"),
        structure("ToyClient"),
        structure("Oops", true),
        structure("OopsRes"),
        structure("CommandError"),
        structure("se_Thing"),
        structure("Thing"),
      ],
      [operation("GetThing")],
    );
    expect(Object.fromEntries(typeNames(ir))).toEqual({
      Record: "__Record",
      _Record: "_Record",
      GetThingCommand: "_GetThingCommand",
      ToyClient: "_ToyClient",
      Oops: "Oops",
      OopsRes: "_OopsRes",
      CommandError: "_CommandError",
      se_Thing: "_se_Thing",
      Thing: "Thing",
    });
  });
});
