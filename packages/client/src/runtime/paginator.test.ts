import { describe, expect, it } from "vitest";
import { Command, type Operation } from "./command.js";
import type { MetadataBearer } from "./metadata.js";
import { createPaginator } from "./paginator.js";

interface ListInput {
  Filter?: string;
  NextToken?: string;
  MaxResults?: number;
}
interface ListOutput extends MetadataBearer {
  Items?: string[];
  NextToken?: string;
}

const operation = { name: "List", target: "Svc.List" } as Operation<ListInput, ListOutput>;
class ListCommand extends Command<ListInput, ListOutput> {
  constructor(input: ListInput) {
    super(input, operation);
  }
}

/** A fake client serving `pages` keyed by the token that requests them ("" = first page). */
function fakeClient(pages: Record<string, ListOutput>) {
  const inputs: ListInput[] = [];
  return {
    inputs,
    async send(command: Command<ListInput, ListOutput>): Promise<ListOutput> {
      inputs.push(command.input);
      const page = pages[command.input.NextToken ?? ""];
      if (!page) throw new Error(`no page for ${command.input.NextToken}`);
      return page;
    },
  };
}

const page = (items: string[], NextToken?: string): ListOutput => ({
  $metadata: {},
  Items: items,
  NextToken,
});
const paginate = createPaginator(ListCommand, "NextToken", "NextToken", "MaxResults");

describe("createPaginator", () => {
  it.each<
    [string, Record<string, ListOutput>, { startingToken?: string; stopOnSameToken?: boolean }, string[][]]
  >([
    ["single page", { "": page(["a"]) }, {}, [["a"]]],
    [
      "three pages",
      { "": page(["a"], "t1"), t1: page(["b"], "t2"), t2: page(["c"]) },
      {},
      [["a"], ["b"], ["c"]],
    ],
    ["starting token", { "": page(["a"], "t1"), t1: page(["b"]) }, { startingToken: "t1" }, [["b"]]],
    ["empty-string token ends", { "": page(["a"], "") }, {}, [["a"]]],
    [
      "stopOnSameToken",
      { "": page(["a"], "t1"), t1: page(["b"], "t1") },
      { stopOnSameToken: true },
      [["a"], ["b"]],
    ],
  ])("%s", async (_name, pages, options, expected) => {
    const client = fakeClient(pages);
    const seen: string[][] = [];
    for await (const p of paginate({ client, ...options }, { Filter: "f" })) seen.push(p.Items ?? []);
    expect(seen).toEqual(expected);
    expect(client.inputs.every((i) => i.Filter === "f")).toBe(true);
  });

  it("sends pageSize as the page-size member without mutating the caller's input", async () => {
    const client = fakeClient({ "": page(["a"], "t1"), t1: page(["b"]) });
    const input: ListInput = { Filter: "f" };
    for await (const _ of paginate({ client, pageSize: 5 }, input)) {
      // drain
    }
    expect(client.inputs).toEqual([
      { Filter: "f", MaxResults: 5 },
      { Filter: "f", MaxResults: 5, NextToken: "t1" },
    ]);
    expect(input).toEqual({ Filter: "f" });
  });
});
