import type { FaultOptions } from "@pc-benefits/emulator";
import { describe, expect, it } from "vitest";
import { type ReviewerAccess, reviewerDesk, throttleFaults } from "./reviewer-desk.js";

function access(overrides: Partial<ReviewerAccess> = {}) {
  const faults: (FaultOptions | undefined)[] = [];
  const calls: string[] = [];
  const port: ReviewerAccess = {
    waiting: async () => [],
    history: async () => [],
    review: (catalog, id, decision) => {
      calls.push(`review ${catalog} ${id} ${decision.status}`);
    },
    setFileStatus: (catalog, id, fileUri, status, reason) => {
      calls.push(`file ${catalog} ${id} ${fileUri} ${status} ${reason}`);
    },
    setFaults: (next) => {
      faults.push(next);
    },
    reset: () => {
      calls.push("reset");
    },
    ...overrides,
  };
  return { port, faults, calls };
}

describe("throttleFaults", () => {
  it("throttles every call of one operation, and nothing for undefined", () => {
    expect(throttleFaults("ListBenefits")).toEqual({ operations: { ListBenefits: { throttleRate: 1 } } });
    expect(throttleFaults(undefined)).toBeUndefined();
  });
});

describe("reviewerDesk", () => {
  it("remembers the operation it throttled once the faults are applied", async () => {
    const { port, faults } = access();
    const desk = reviewerDesk(port);
    expect(desk.throttling).toBeUndefined();
    await desk.throttle("GetBenefit");
    expect(desk.throttling).toBe("GetBenefit");
    await desk.throttle(undefined);
    expect(desk.throttling).toBeUndefined();
    expect(faults).toEqual([{ operations: { GetBenefit: { throttleRate: 1 } } }, undefined]);
  });

  it("keeps the last throttle when applying the faults fails", async () => {
    const { port } = access({
      setFaults: () => {
        throw new Error("control routes are off");
      },
    });
    const desk = reviewerDesk(port);
    await expect(desk.throttle("GetBenefit")).rejects.toThrow("control routes are off");
    expect(desk.throttling).toBeUndefined();
  });

  it("passes the reviewer's calls on, a synchronous failure arriving as a rejection", async () => {
    const { port, calls } = access();
    const desk = reviewerDesk(port);
    await desk.review("AWS", "benappl-1", { status: "REJECTED", statusReason: "No" });
    await desk.setFileStatus("AWS", "benappl-1", "s3://b/f.pdf", "FAILED", "Unreadable");
    await desk.reset();
    expect(calls).toEqual([
      "review AWS benappl-1 REJECTED",
      "file AWS benappl-1 s3://b/f.pdf FAILED Unreadable",
      "reset",
    ]);
    const failing = reviewerDesk(
      access({
        review: () => {
          throw new Error("not in review");
        },
      }).port,
    );
    const outcome = failing.review("AWS", "benappl-1", { status: "APPROVED" });
    expect(outcome).toBeInstanceOf(Promise);
    await expect(outcome).rejects.toThrow("not in review");
  });
});
