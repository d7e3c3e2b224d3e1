/**
 * Key of an operation in a handlers object and name of its MSW factory: the operation name with its first
 * letter lower-cased, exactly as smithy-typescript names aggregated client methods (`GetBenefit` -> `getBenefit`).
 */
export function handlerName(operationName: string): string {
  return operationName.charAt(0).toLowerCase() + operationName.slice(1);
}

/** First sentence-ish line of Smithy HTML documentation as plain text, for a one-line doc comment. */
export function summaryOf(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const text = html
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return undefined;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence;
}
