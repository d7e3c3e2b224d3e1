/** `GET /` without a static site: a small HTML page saying what this server is and where to go. */

export interface LandingPageLinks {
  /** `/docs`, when the API reference is on. */
  docs?: string;
  /** `/openapi.json`, when the document is served. */
  openapi?: string;
  /** The control prefix (`/_emulator`), when the reviewer routes are on. */
  control?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? ch);

export function landingPage(links: LandingPageLinks): string {
  const items: string[] = [];
  if (links.docs)
    items.push(`<li><a href="${escapeHtml(links.docs)}">API reference</a> (all 17 operations)</li>`);
  if (links.openapi)
    items.push(`<li><a href="${escapeHtml(links.openapi)}">OpenAPI document</a> (OpenAPI 3.1, JSON)</li>`);
  if (links.control) {
    const settings = `${links.control}/settings`;
    items.push(
      `<li>Reviewer control under <code>${escapeHtml(links.control)}</code>, e.g. <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a></li>`,
    );
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner Central Benefits emulator</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem}code{font-size:.9em}</style>
</head>
<body>
<h1>Partner Central Benefits emulator</h1>
<p>This server speaks the AWS Partner Central Benefits API: AWS JSON 1.0 on <code>POST /</code> with an
<code>X-Amz-Target: PartnerCentralBenefitsService.&lt;Operation&gt;</code> header. Point the AWS SDK, the AWS CLI
(<code>--endpoint-url</code>) or <code>@pc-benefits/client</code> at this address.</p>
<ul>
${items.join("\n")}
</ul>
</body>
</html>
`;
}
