import { describe, expect, it } from "vitest";
import { RequestScopes } from "./request-scope.js";

const request = (n: number) => new Request(`http://scope.test/${n}`, { method: "POST" });

describe("RequestScopes", () => {
  it("keys each dispatch's request by the ID the dispatcher asks for, until it settles", async () => {
    let n = 0;
    const scopes = new RequestScopes(() => `id-${++n}`);
    const seen: string[] = [];
    const dispatch = (release: Promise<void>) => {
      const id = scopes.requestId();
      return release.then(() => {
        seen.push(`${id}:${scopes.of(id)?.request.url}`);
        return id;
      });
    };
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const first = scopes.dispatch(request(1), () => dispatch(gate));
    const second = scopes.dispatch(request(2), () => dispatch(Promise.resolve()));
    await second;
    open();
    const done = await first;
    expect(seen).toEqual(["id-2:http://scope.test/2", "id-1:http://scope.test/1"]);
    expect(done.answer).toBe("id-1");
    expect([scopes.of("id-1"), scopes.of("id-2")]).toEqual([undefined, undefined]);
  });

  it("serves each request its own scope when a custom generator repeats an ID", async () => {
    const scopes = new RequestScopes(() => "same");
    const urls: (string | undefined)[] = [];
    const dispatch = async () => {
      scopes.requestId();
      await Promise.resolve();
      urls.push(scopes.of("same")?.request.url);
      return null;
    };
    const first = scopes.dispatch(request(1), dispatch);
    await first;
    await scopes.dispatch(request(2), dispatch);
    expect(urls).toEqual(["http://scope.test/1", "http://scope.test/2"]);
    expect(scopes.of("same")).toBeUndefined();
  });

  it("fails clearly when the dispatcher does not ask for an ID when called", async () => {
    const scopes = new RequestScopes(() => "x");
    await expect(scopes.dispatch(request(1), async () => null)).rejects.toThrow(
      "@pc-benefits/msw: the dispatcher did not ask for a request ID when called",
    );
    // Nothing stays pending for the next dispatch.
    expect(scopes.requestId()).toBe("x");
    expect(scopes.of("x")).toBeUndefined();
  });
});
