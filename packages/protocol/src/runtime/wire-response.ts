/** What the dispatcher answers: everything a framework adapter needs to write an HTTP response. */
export interface WireResponse {
  status: number;
  /** Header names in the casing AWS uses; values are single strings. */
  headers: Record<string, string>;
  /** JSON text, or `""` for an empty body. */
  body: string;
}
