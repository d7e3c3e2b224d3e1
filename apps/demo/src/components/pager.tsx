/** Previous / next over NextToken pages. */
import { type PageTokens, pageNumber } from "../lib/page-tokens.js";

interface Props {
  tokens: PageTokens;
  nextToken: string | undefined;
  onNext(token: string): void;
  onPrevious(): void;
  label: string;
}

export function Pager({ tokens, nextToken, onNext, onPrevious, label }: Props) {
  const page = pageNumber(tokens);
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={onPrevious} disabled={page === 1}>
        Previous
      </button>
      <span aria-live="polite">Page {page}</span>
      <button type="button" onClick={() => nextToken && onNext(nextToken)} disabled={!nextToken}>
        Next
      </button>
    </nav>
  );
}
