import { describe, expect, it } from "vitest";
import { loadSources } from "../model/load.js";
import { buildServiceIR } from "./build.js";
import type { ServiceIR, StructureIR } from "./types.js";

/** The protocol facts the client and server need beyond shapes: host prefixes, compression, query compatibility. */
const MODEL = `$version: "2.0"
namespace example.facts

use aws.protocols#awsJson1_0
use aws.protocols#awsQueryCompatible
use aws.protocols#awsQueryError

@awsJson1_0
@awsQueryCompatible
service Facts {
    version: "1"
    operations: [Prefixed, Compressed, Plain]
}

@endpoint(hostPrefix: "data-{Region}.")
operation Prefixed {
    input := {
        @required
        @hostLabel
        Region: String
    }
    output := {}
    errors: [Custom, Bare]
}

@requestCompression(encodings: ["gzip"])
operation Compressed {
    input := {
        Nested: Nested
    }
}

operation Plain {}

structure Nested {
    @clientOptional
    count: Integer = 0
    label: String = "hi"
}

@awsQueryError(code: "Customized", httpResponseCode: 402)
@error("client")
structure Custom {}

@error("server")
structure Bare {}
`;

function build(): ServiceIR {
  const { model, diagnostics } = loadSources([{ path: "facts.smithy", text: MODEL }]);
  if (!model) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return buildServiceIR(model);
}

describe("buildServiceIR protocol facts", () => {
  const ir = build();
  const op = (name: string) => ir.operations.find((o) => o.name === name);
  const structure = (name: string) => ir.shapes.get(name) as StructureIR;

  it("reads @endpoint host prefixes and @hostLabel members", () => {
    expect(op("Prefixed")?.hostPrefix).toBe("data-{Region}.");
    expect(op("Compressed")?.hostPrefix).toBeUndefined();
    expect(structure("PrefixedInput").members[0]).toMatchObject({ name: "Region", hostLabel: true });
  });

  it("reads @requestCompression encodings", () => {
    expect(op("Compressed")?.requestCompression).toEqual(["gzip"]);
    expect(op("Prefixed")?.requestCompression).toBeUndefined();
  });

  it("marks operations whose output is Unit", () => {
    expect(op("Compressed")?.unitOutput).toBe(true);
    expect(op("Plain")?.unitOutput).toBe(true);
    expect(op("Prefixed")?.unitOutput).toBeUndefined();
  });

  it("reads awsQueryCompatible and awsQueryError", () => {
    expect(ir.awsQueryCompatible).toBe(true);
    expect(structure("Custom").error?.awsQueryError).toEqual({ code: "Customized", httpResponseCode: 402 });
    expect(structure("Bare").error?.awsQueryError).toBeUndefined();
  });

  it("reads @clientOptional beside the member's default", () => {
    const [count, label] = structure("Nested").members;
    expect(count).toMatchObject({ name: "count", default: 0, clientOptional: true });
    expect(label?.clientOptional).toBeUndefined();
  });
});
