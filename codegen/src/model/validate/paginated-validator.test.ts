import { describe, expect, it } from "vitest";
import { validatePagination } from "./paginated-validator.js";
import { indexIdl, render } from "./test-model.js";

describe("Paginated", () => {
  it.each<[string, string, string[]]>([
    [
      "valid pagination",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "items", pageSize: "maxResults")\n@readonly\noperation List {\n    input := {\n        nextToken: String\n        maxResults: Integer\n    }\n    output := {\n        nextToken: String\n        items: L\n    }\n}\nlist L {\n    member: String\n}',
      [],
    ],
    [
      "missing member and required token",
      '@paginated(inputToken: "token", outputToken: "nextToken")\noperation List {\n    input := {\n        nextToken: String\n    }\n    output := {\n        @required\n        nextToken: String\n    }\n}',
      [
        "[ERROR] ex#List: paginated trait `inputToken` targets a member `token` that does not exist | Paginated",
        "[ERROR] ex#List: paginated trait `outputToken` member `nextToken` must not be required | Paginated",
      ],
    ],
    [
      "wrong member types",
      '@paginated(inputToken: "t", outputToken: "t", items: "t", pageSize: "p")\noperation List {\n    input := {\n        t: Integer\n        p: Long\n    }\n    output := {\n        t: String\n    }\n}',
      [
        "[ERROR] ex#List: paginated trait `inputToken` member `t` targets a integer shape, but must target one of the following: [`map`, `string`] | Paginated",
        "[DANGER] ex#List: paginated trait `pageSize` member `p` targets a long shape, but this is not recommended. One of [`integer`] SHOULD be targeted. | Paginated.WrongShapeType.pageSize",
        "[ERROR] ex#List: paginated trait `items` member `t` targets a string shape, but must target one of the following: [`list`, `map`] | Paginated",
      ],
    ],
    [
      "input token paths are not allowed",
      '@paginated(inputToken: "a.b", outputToken: "o")\noperation List {\n    output := {\n        o: String\n    }\n}',
      ["[ERROR] ex#List: paginated trait `inputToken` does not allow path values | Paginated"],
    ],
    [
      "output paths resolve through structures",
      '@paginated(inputToken: "t", outputToken: "page.next", items: "page.missing")\noperation List {\n    input := {\n        t: String\n    }\n    output := {\n        page: Page\n    }\n}\nstructure Page {\n    next: String\n}',
      [
        "[ERROR] ex#List: paginated trait `items` targets a member `page.missing` that does not exist | Paginated",
      ],
    ],
    [
      "service defaults are merged",
      '@paginated(inputToken: "t", outputToken: "o")\nservice Svc {\n    version: "1"\n    operations: [List]\n}\n@paginated(items: "i")\noperation List {\n    input := {\n        t: String\n    }\n    output := {\n        o: String\n        i: L\n    }\n}\nlist L {\n    member: String\n}',
      [],
    ],
    [
      "tokens must be configured within a service",
      'service Svc {\n    version: "1"\n    operations: [List]\n}\n@paginated(inputToken: "t")\noperation List {\n    input := {\n        t: String\n    }\n    output := {\n        o: String\n    }\n}',
      [
        "[ERROR] ex#List: When bound within the `ex#Svc` service, paginated trait `outputToken` is not configured | Paginated",
      ],
    ],
  ])("%s", (_name, idl, expected) => {
    expect(validatePagination(indexIdl(idl)).map(render)).toEqual(expected);
  });
});
