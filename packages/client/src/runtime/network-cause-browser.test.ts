import { describe, expect, it } from "vitest";
import { withNetworkCause } from "./network-cause-browser.js";

describe("withNetworkCause (browser)", () => {
  it("answers the error itself: a browser's fetch error has no cause to name", () => {
    const error = new TypeError("Failed to fetch");
    expect(withNetworkCause(error)).toBe(error);
  });
});
