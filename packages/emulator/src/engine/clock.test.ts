import { expect, it } from "vitest";
import { monotonicClock } from "./clock.js";

it("monotonicClock never goes backwards", () => {
  const times = [5, 3, 7, 6, 9];
  const clock = monotonicClock(() => times.shift() ?? 0);
  expect([clock(), clock(), clock(), clock(), clock()]).toEqual([5, 5, 7, 7, 9]);
});
