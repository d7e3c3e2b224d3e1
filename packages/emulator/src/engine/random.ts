/** Randomness: a small seeded PRNG for reproducible choices, and unseeded ids/UUIDs from Web Crypto. */

export type Rng = () => number;

/** sfc32 seeded from a string or number through a 32-bit string hash; returns floats in [0, 1). */
export function seededRng(seed: string | number): Rng {
  const text = String(seed);
  let h = 1779033703 ^ text.length;
  const next = (): number => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** `length` characters of `[0-9a-z]`, from `rng` when given, else from Web Crypto. */
export function randomIdBody(length = 14, rng?: Rng): string {
  let out = "";
  if (rng) {
    for (let i = 0; i < length; i++) out += ID_ALPHABET[Math.floor(rng() * 36)];
    return out;
  }
  const bytes = new Uint8Array(length * 2);
  crypto.getRandomValues(bytes);
  for (const byte of bytes) {
    // 252 = 7 * 36: reject the tail so every character is equally likely.
    if (byte < 252) out += ID_ALPHABET[byte % 36];
    if (out.length === length) return out;
  }
  return out + randomIdBody(length - out.length);
}

/** A random UUID v4 (Web Crypto; works in Node 20 and browsers). */
export function randomUuid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
