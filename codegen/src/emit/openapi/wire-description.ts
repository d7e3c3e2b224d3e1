/** The `info.description` of the document: the service's own documentation, then how to call it on the wire. */
import type { ServiceIR } from "../../ir/types.js";
import { docToMarkdown } from "./doc-text.js";

export function wireDescription(ir: ServiceIR): string {
  const target = ir.protocol.targetPrefix;
  const example = ir.operations[0]?.name ?? "Operation";
  const protocol = ir.protocol.name === "awsJson1_0" ? "AWS JSON 1.0" : "AWS JSON 1.1";
  const sections = [
    ir.documentation ? docToMarkdown(ir.documentation) : undefined,
    `## Wire protocol: ${protocol}`,
    [
      `Every operation is a \`POST\` to the endpoint root \`/\` with a JSON body; the operation is selected by a header,`,
      `not by the path. The per-operation paths in this document (\`/${example}\`, ...) exist because OpenAPI needs one`,
      `path per operation; AWS itself only accepts \`POST /\`.`,
    ].join("\n"),
    [
      `- \`X-Amz-Target: ${target}.<Operation>\` (e.g. \`${target}.${example}\`; also in each operation's \`x-amz-target\`)`,
      `- \`Content-Type: ${ir.protocol.contentType}\` on requests and responses`,
      "- Request body: the input structure as a JSON object, at least `{}`; unset members are left out, never `null`.",
      "- Success: HTTP 200 with the output structure as a JSON object (an empty output may have an empty body).",
      "- Errors: the error structure as a JSON object plus `__type`, the full shape ID of the error (e.g.",
      "  `namespace#ValidationException`); clients keep the part after `#` and before any `:`. Each modelled error",
      "  is listed under its HTTP status (`@httpError`; otherwise 400 for client and 500 for server errors).",
      "- Timestamps are epoch seconds (numbers) unless a member says otherwise (`format: date-time` strings);",
      '  blobs are base64 strings; documents are any JSON value; floats may also be `"NaN"`, `"Infinity"`,',
      '  `"-Infinity"`.',
      "- Member names are the JSON keys exactly as modelled.",
    ].join("\n"),
    ir.auth.sigv4
      ? [
          "## Authentication: AWS Signature Version 4",
          "",
          `Requests are signed with SigV4 for the signing name \`${ir.auth.sigv4.signingName}\` and the endpoint's region:`,
          `\`Authorization: AWS4-HMAC-SHA256 Credential=<key id>/<yyyymmdd>/<region>/${ir.auth.sigv4.signingName}/aws4_request,`,
          "SignedHeaders=..., Signature=...` plus `X-Amz-Date` (and `X-Amz-Security-Token` with temporary credentials).",
          "OpenAPI cannot express SigV4, so the `sigv4` security scheme is declared as an API key in the",
          "`Authorization` header; use an AWS SDK or any SigV4 signer to compute it.",
        ].join("\n")
      : undefined,
  ];
  return sections.filter((s): s is string => s !== undefined).join("\n\n");
}
