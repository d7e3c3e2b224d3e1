import { describe, expect, it } from "vitest";
import { indexIdl } from "../test-model.js";
import { compileSelector } from "./selector.js";

const index = indexIdl(`
service Svc { version: "1", operations: [GetFoo], resources: [Res] }
resource Res { identifiers: { id: String }, read: ReadRes }
@readonly
operation ReadRes { input := { @required id: String } output := {} }
operation GetFoo { input: GetFooInput, output: GetFooOutput, errors: [Oops] }
@input
structure GetFooInput { @required name: Name, @length(min: 1) tags: TagList, count: Integer }
@output
structure GetFooOutput { @deprecated(message: "x") items: StringMap }
@error("client")
structure Oops { message: String }
list TagList { member: String }
map StringMap { key: String, value: Float }
enum Color { RED GREEN }
intEnum Level {
    LOW = 1
}
@sparse
list SparseList { member: Document }
@tags(["a", "b"])
string Name
`);

function select(selector: string): string[] {
  return [...compileSelector(selector).select(index)]
    .map((s) => s.id)
    .filter((id) => id.startsWith("ex#"))
    .sort();
}

describe("selector evaluation", () => {
  it.each<[string, string, string[]]>([
    ["shape type", "string", ["ex#Color", "ex#Name"]],
    ["number category includes intEnum", "number", ["ex#Level"]],
    ["integer matches intEnum", "integer", ["ex#Level"]],
    ["simpleType", "simpleType", ["ex#Color", "ex#Level", "ex#Name"]],
    ["collection", "collection", ["ex#SparseList", "ex#TagList"]],
    [
      "member of structure",
      "structure > member [id|name=GetFooInput]",
      ["ex#GetFooInput$count", "ex#GetFooInput$name", "ex#GetFooInput$tags"],
    ],
    ["directed neighbor", "operation -[input]-> structure", ["ex#GetFooInput", "ex#ReadResInput"]],
    ["attribute equality", "[trait|error=client]", ["ex#Oops"]],
    ["case-insensitive attribute", "[trait|error=CLIENT i]", ["ex#Oops"]],
    [
      "starts-with on id name",
      ":not(member) [id|name^=GetFoo]",
      ["ex#GetFoo", "ex#GetFooInput", "ex#GetFooOutput"],
    ],
    ["member name attribute", "[id|member=tags]", ["ex#GetFooInput$tags"]],
    ["test function", "structure > member :test(> list)", ["ex#GetFooInput$tags"]],
    [
      "not function",
      "structure[id|name=GetFooInput] > member :not([trait|required])",
      ["ex#GetFooInput$count", "ex#GetFooInput$tags"],
    ],
    ["recursive neighbor", "service ~> operation", ["ex#GetFoo", "ex#ReadRes"]],
    ["reverse neighbor", "operation :test(< service)", ["ex#GetFoo"]],
    ["reverse directed neighbor", "operation :test(<-[read]- resource)", ["ex#ReadRes"]],
    ["lifecycle relationship", "resource -[read]-> operation", ["ex#ReadRes"]],
    ["enum members", ":is(enum, intEnum) > member", ["ex#Color$GREEN", "ex#Color$RED", "ex#Level$LOW"]],
    ["nested trait property", "[trait|deprecated|message=x]", ["ex#GetFooOutput$items"]],
    ["numeric comparison", "[trait|length|min>=1]", ["ex#GetFooInput$tags"]],
    ["numeric comparison fails", "[trait|length|min>1]", []],
    ["not with recursive neighbor", "list :not(> member ~> document)", ["ex#TagList"]],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: `${ops}` is selector syntax
    ["variables", "service $ops(~> operation) ${ops}", ["ex#GetFoo", "ex#ReadRes"]],
    ["var attribute", "service $ops(~> operation) [var|ops|name=ReadRes]", ["ex#Svc"]],
    [
      "in function",
      ":in(operation -[input]-> structure) > member",
      ["ex#GetFooInput$count", "ex#GetFooInput$name", "ex#GetFooInput$tags", "ex#ReadResInput$id"],
    ],
    ["scoped attribute", "[@trait|length: @{min} = 1]", ["ex#GetFooInput$tags"]],
    ["trait keys projection", "[trait|(keys)|name=sparse]", ["ex#SparseList"]],
    ["projection equality", "[trait|tags|(values) {=} b, a]", ["ex#Name"]],
    ["projection subset", "[trait|tags|(values) {<} a, b, c]", ["ex#Name"]],
    ["projection proper subset fails", "[trait|tags|(values) {<<} a, b]", []],
    [
      "exists comparator",
      "structure > member [trait|required ?= true] [id|namespace=ex]",
      ["ex#GetFooInput$name", "ex#ReadResInput$id"],
    ],
    ["topdown", ":topdown([trait|readonly])", ["ex#ReadRes"]],
    ["topdown from service", ":topdown(service)", ["ex#GetFoo", "ex#ReadRes", "ex#Res", "ex#Svc"]],
    ["service attribute", "[service|version=1]", ["ex#Svc"]],
    ["root function", "operation :test(:root(service))", ["ex#GetFoo", "ex#ReadRes"]],
    ["map key/value members", "map > member", ["ex#StringMap$key", "ex#StringMap$value"]],
    ["member to target", "map > member :test(> float)", ["ex#StringMap$value"]],
    ["a member has no labelled relationship forward", "member :test(-[member, input]-> *)", []],
    ["wildcard with attribute", "* [trait|output]", ["ex#GetFooOutput", "ex#ReadResOutput"]],
    ["comments are ignored", "// pick strings\nstring", ["ex#Color", "ex#Name"]],
  ])("%s: %s", (_name, selector, expected) => {
    expect(select(selector)).toEqual(expected);
    // the matcher, which reads the selector backwards from each shape, agrees on every shape
    const matches = compileSelector(selector).matcher(index);
    expect(
      index.all
        .filter(matches)
        .map((s) => s.id)
        .filter((id) => id.startsWith("ex#"))
        .sort(),
    ).toEqual(expected);
  });

  it.each([
    "structure > member",
    "-[input]-> structure > member :test(> union [trait|streaming])",
    "operation -[input, output]-> structure > member",
    "~> member :test(> document)",
    "service ~> member",
    "resource > operation",
    ":is(structure, union) > member",
    "member > string",
    ":not(:test(service, operation, resource, member))",
    ":is(operation -[input, output]-> structure > member, [trait|trait])",
    ":is(structure > member, list > member)",
  ])("matcher agrees with a whole-model select, prelude included: %s", (selector) => {
    const compiled = compileSelector(selector);
    const selected = compiled.select(index);
    const matches = compiled.matcher(index);
    expect(index.all.filter(matches)).toEqual(index.all.filter((s) => selected.has(s)));
  });

  it.each<[string, boolean]>([
    ["structure > member", true],
    ["~> member :test(> document)", true],
    ["string :not(enum)", true],
    [":is(structure, union) > member", true],
    ["operation :test(< service)", false],
    [":in(operation -[input]-> structure) > member", false],
    ["operation :test(:root(service))", false],
    ["[trait|trait] -[trait]-> *", false],
  ])("intrinsic (read forward only): %s is %s", (selector, intrinsic) => {
    expect(compileSelector(selector).intrinsic).toBe(intrinsic);
  });

  it("a matcher limited to some shapes reaches a shape only from them", () => {
    const compiled = compileSelector("operation -[input]-> structure > member");
    const member = index.get("ex#GetFooInput$name");
    expect(member && compiled.matcher(index)(member)).toBe(true);
    expect(member && compiled.matcher(index, (s) => s.id !== "ex#GetFoo")(member)).toBe(false);
  });
});
