/**
 * Smithy documentation is CommonMark, but AWS models carry HTML (`<p>...</p>`). OpenAPI
 * descriptions are CommonMark too, so HTML is turned into its Markdown equivalent and summaries
 * into one plain sentence.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Documentation as Markdown: HTML paragraphs, lists, code, links and emphasis converted; other tags dropped. */
export function docToMarkdown(doc: string): string {
  if (!/<\/?[a-zA-Z][^>]*>/.test(doc)) return doc.trim();
  const text = doc
    .replace(/\s+/g, " ")
    .replace(/<\/?(p|div|ul|ol|br)\b[^>]*>/gi, "\n\n")
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<\/li>/gi, "")
    .replace(/<\/?(code|tt)\b[^>]*>/gi, "`")
    .replace(/<\/?(b|strong)\b[^>]*>/gi, "**")
    .replace(/<\/?(i|em)\b[^>]*>/gi, "*")
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gi, "[$2]($1)")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => decodeEntity(entity) ?? whole);
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n- *\n+/g, "\n- ")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^(- [^\n]*)\n\n(?=- )/gm, "$1\n")
    .trim();
}

/** The first sentence of the documentation, without Markdown, for an operation `summary`. */
export function summaryOf(doc: string): string {
  const text = docToMarkdown(doc)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith("#x") || entity.startsWith("#X"))
    return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
  if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
  return ENTITIES[entity.toLowerCase()];
}
