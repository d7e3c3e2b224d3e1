/**
 * Opaque NextTokens (see docs/behaviour.md#pagination): base64url of `{ cursor, filter hash }` plus a truncated HMAC-SHA256 tag. A token is
 * only accepted by the same operation with the same filters (catalog and caller included); anything
 * else, or any changed byte, is a ValidationException.
 */

import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { canonicalJson } from "@pc-benefits/protocol/wire";
import { fieldError } from "./errors.js";

interface TokenPayload {
  /** Keyset cursor: the last returned sequence number (or position, for the static benefit list). */
  c: number;
  /** Filter binding: hex prefix of SHA-256 over the operation and its canonical filters. */
  f: string;
}

const ISSUED_CACHE_SIZE = 1024;

export class PageTokens {
  /** HMAC keyed once; each signature clones its precomputed inner/outer state. */
  private readonly keyed: ReturnType<typeof hmac.create>;
  /** Recently issued tokens by filter hash and cursor. */
  private readonly issued = new Map<string, string>();
  /** Recently issued or verified tokens, with what they say. */
  private readonly verified = new Map<string, TokenPayload>();

  constructor(secret: string) {
    this.keyed = hmac.create(sha256, utf8ToBytes(secret));
  }

  /**
   * Binds a page to an operation and its filters (everything of the input but MaxResults/NextToken).
   * Integrity comes from the HMAC; this only has to tell filter sets apart, so a 64-bit FNV-1a of
   * the canonical JSON is enough and much cheaper than a second SHA-256.
   */
  static filterHash(operation: string, filters: unknown): string {
    const text = `${operation}\n${canonicalJson(filters)}`;
    let h1 = 0x811c9dc5;
    let h2 = 0xcbf29ce4;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
    }
    return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
  }

  /** A token for `cursor`, bound to `operation` and its `filters` (hashed only now, when a page follows). */
  encodeFor(cursor: number, operation: string, filters: unknown): string {
    return this.encode(cursor, PageTokens.filterHash(operation, filters));
  }

  /** The cursor of `token` when it was issued for `operation` with these `filters`. */
  decodeFor(token: string, operation: string, filters: unknown): number {
    return this.decode(token, PageTokens.filterHash(operation, filters));
  }

  encode(cursor: number, filterHash: string): string {
    // Tokens are deterministic, and clients page through the same lists again and again.
    const key = `${filterHash}.${cursor}`;
    const known = this.issued.get(key);
    if (known !== undefined) return known;
    const payload: TokenPayload = { c: cursor, f: filterHash };
    const body = base64UrlEncode(JSON.stringify(payload));
    const token = `${body}.${this.sign(body)}`;
    if (this.issued.size >= ISSUED_CACHE_SIZE) this.issued.clear();
    this.issued.set(key, token);
    this.remember(token, payload);
    return token;
  }

  /** The cursor inside `token`, or a ValidationException when it is malformed, forged or rebound. */
  decode(token: string, filterHash: string): number {
    // A token this instance issued or verified needs no second HMAC: only its exact text is looked up.
    const payload = this.verified.get(token) ?? this.verify(token);
    if (payload.f !== filterHash) throw invalidToken();
    return payload.c;
  }

  private verify(token: string): TokenPayload {
    const dot = token.indexOf(".");
    if (dot <= 0 || token.length > 2048) throw invalidToken();
    const body = token.slice(0, dot);
    if (!constantTimeEqual(token.slice(dot + 1), this.sign(body))) throw invalidToken();
    let payload: unknown;
    try {
      payload = JSON.parse(base64UrlDecode(body));
    } catch {
      throw invalidToken();
    }
    if (!isPayload(payload)) throw invalidToken();
    this.remember(token, payload);
    return payload;
  }

  private remember(token: string, payload: TokenPayload): void {
    if (this.verified.size >= ISSUED_CACHE_SIZE) this.verified.clear();
    this.verified.set(token, payload);
  }

  private sign(body: string): string {
    return base64UrlFromBytes(this.keyed.clone().update(utf8ToBytes(body)).digest().subarray(0, 16));
  }
}

const invalidToken = () =>
  fieldError("NextToken", "INVALID_VALUE", "The pagination token is invalid or expired.");

function isPayload(value: unknown): value is TokenPayload {
  if (value === null || typeof value !== "object") return false;
  const p = value as Record<string, unknown>;
  return typeof p.c === "number" && Number.isSafeInteger(p.c) && p.c >= 0 && typeof p.f === "string";
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function base64UrlFromBytes(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >>> (18 - 6 * k)) & 63];
  }
  return out;
}

function base64UrlEncode(text: string): string {
  return base64UrlFromBytes(utf8ToBytes(text));
}

function base64UrlDecode(text: string): string {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new Error("bad base64url");
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
}
