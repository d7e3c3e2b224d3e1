/**
 * NextToken pagination with a way back: the service pages forward only, so the portal remembers the
 * token that opened each page it has shown.
 */
export interface PageTokens {
  /** Tokens that opened pages 1..n; page 1's is undefined. */
  readonly opened: readonly (string | undefined)[];
}

export const FIRST_PAGE: PageTokens = { opened: [undefined] };

export function currentToken(tokens: PageTokens): string | undefined {
  return tokens.opened[tokens.opened.length - 1];
}

export function pageNumber(tokens: PageTokens): number {
  return tokens.opened.length;
}

export function nextPage(tokens: PageTokens, nextToken: string): PageTokens {
  return { opened: [...tokens.opened, nextToken] };
}

export function previousPage(tokens: PageTokens): PageTokens {
  return tokens.opened.length > 1 ? { opened: tokens.opened.slice(0, -1) } : tokens;
}
