import { describe, expect, it } from "vitest";
import { selectorLabel } from "./shape-index.js";
import { indexIdl } from "./test-model.js";

const index = indexIdl(`
service Svc {
    version: "1"
    operations: [Ping]
    resources: [Res]
    errors: [Oops]
}
resource Res {
    identifiers: { id: String }
    properties: { name: String }
    create: Make
    read: Get
    operations: [Poke]
    collectionOperations: [Count]
}
operation Ping {}
operation Make {}
@readonly
operation Get {}
operation Poke {}
operation Count {}
@error("client")
structure Oops {}
@mixin
structure Base {}
structure Thing with [Base] {
    a: String
}
map M {
    key: String
    value: Integer
}
structure In {}
operation Send {
    input: In
    output: Unit
}
enum E {
    A
}
union U {
    nothing: Unit
}
`);

function forward(id: string): string[] {
  const shape = index.get(id);
  if (!shape) throw new Error(`missing ${id}`);
  return index.forward(shape).map((r) => `${r.type}(${selectorLabel(r.type) ?? "-"}) ${r.targetId}`);
}

describe("ShapeIndex relationships", () => {
  it.each<[string, string[]]>([
    ["ex#Svc", ["OPERATION(operation) ex#Ping", "RESOURCE(resource) ex#Res", "ERROR(error) ex#Oops"]],
    [
      "ex#Res",
      [
        "IDENTIFIER(identifier) smithy.api#String",
        "PROPERTY(property) smithy.api#String",
        "OPERATION(operation) ex#Make",
        "CREATE(create) ex#Make",
        "COLLECTION_OPERATION(collectionOperation) ex#Make",
        "OPERATION(operation) ex#Get",
        "READ(read) ex#Get",
        "INSTANCE_OPERATION(instanceOperation) ex#Get",
        "OPERATION(operation) ex#Poke",
        "INSTANCE_OPERATION(instanceOperation) ex#Poke",
        "OPERATION(operation) ex#Count",
        "COLLECTION_OPERATION(collectionOperation) ex#Count",
        "BOUND(bound) ex#Svc",
      ],
    ],
    // as in Smithy: no relationship to a Unit input or output, nor from an enum member to Unit
    ["ex#Get", ["BOUND(bound) ex#Res"]],
    ["ex#Send", ["INPUT(input) ex#In"]],
    ["ex#E$A", ["MEMBER_CONTAINER(-) ex#E"]],
    ["ex#U$nothing", ["MEMBER_CONTAINER(-) ex#U", "MEMBER_TARGET(-) smithy.api#Unit"]],
    ["ex#Thing", ["MIXIN(mixin) ex#Base", "STRUCTURE_MEMBER(member) ex#Thing$a"]],
    ["ex#Thing$a", ["MEMBER_CONTAINER(-) ex#Thing", "MEMBER_TARGET(-) smithy.api#String"]],
    ["ex#M", ["MAP_KEY(member) ex#M$key", "MAP_VALUE(member) ex#M$value"]],
  ])("%s", (id, expected) => {
    expect(forward(id)).toEqual(expected);
  });

  it("indexes reverse relationships", () => {
    const get = index.get("ex#Get");
    if (!get) throw new Error("missing ex#Get");
    expect(index.reverse(get).map((r) => `${r.type} ${r.from.id}`)).toEqual([
      "OPERATION ex#Res",
      "READ ex#Res",
      "INSTANCE_OPERATION ex#Res",
    ]);
  });

  it("lists references: the reverse relationships but a shape's members' MEMBER_CONTAINER ones", () => {
    const recursive = indexIdl(`
structure Node {
    next: Node
    name: String
}
structure Holder {
    node: Node
}
`);
    const node = recursive.get("ex#Node");
    if (!node) throw new Error("missing ex#Node");
    const show = (rels: { type: string; from: { id: string } }[]) =>
      rels.map((r) => `${r.type} ${r.from.id}`);
    expect(show(recursive.references(node))).toEqual([
      "MEMBER_TARGET ex#Node$next",
      "MEMBER_TARGET ex#Holder$node",
    ]);
    expect(show(recursive.reverse(node))).toEqual([
      "MEMBER_CONTAINER ex#Node$next",
      "MEMBER_TARGET ex#Node$next",
      "MEMBER_CONTAINER ex#Node$name",
      "MEMBER_TARGET ex#Holder$node",
    ]);
    const next = recursive.get("ex#Node$next");
    if (!next) throw new Error("missing ex#Node$next");
    expect(show(recursive.references(next))).toEqual(["STRUCTURE_MEMBER ex#Node"]);
  });

  it("names a member's sole referrer only where its references are its container's relationship alone", () => {
    const model = indexIdl(`
structure A { b: String, c: String }
resource R { identifiers: { id: A$c } }
structure Thing with [Base] { a: String }
@mixin
structure Base {}
map M { key: String, value: String }
`);
    const sole = (id: string) => {
      const member = model.get(id);
      if (!member || !("container" in member)) throw new Error(`missing ${id}`);
      const container = model.soleReferrer(member);
      if (container) {
        expect(model.references(member).map((r) => `${r.type} ${r.from.id}`)).toEqual([
          `${r(container.type)} ${container.id}`,
        ]);
      }
      return container?.id;
    };
    const r = (type: string) => (type === "map" ? "MAP_KEY" : "STRUCTURE_MEMBER");
    expect(sole("ex#A$b")).toBe("ex#A");
    expect(sole("ex#M$key")).toBe("ex#M");
    // named by the resource's identifier, and a container with mixins: the long way
    expect(sole("ex#A$c")).toBeUndefined();
    expect(sole("ex#Thing$a")).toBeUndefined();
  });
});
