/**
 * Deterministic engine state: the emulator draws identifiers, revisions and its page-token secret
 * from Web Crypto. Replacing `crypto.getRandomValues` with a seeded generator (and the clock with a
 * constant) makes two runs of the same calls produce byte-identical responses, so outputs can be
 * compared deeply across clients and transports. The clients themselves never call it (the official
 * SDK and ours use `crypto.randomUUID`, which does not go through this function).
 */
import { vi } from "vitest";

/** mulberry32: 32-bit state, good enough for fixture identifiers. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export interface SeededRandom {
  /** Restarts the sequence, so the next run draws the same values as the first. */
  reseed(): void;
  restore(): void;
}

export function seedWebCrypto(seed: number): SeededRandom {
  let next = generator(seed);
  const spy = vi
    .spyOn(globalThis.crypto, "getRandomValues")
    .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array === null) return array;
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
      return array;
    });
  return {
    reseed: () => {
      next = generator(seed);
    },
    restore: () => spy.mockRestore(),
  };
}
