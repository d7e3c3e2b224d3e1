/**
 * The fields an amendment may name. `Amendment.FieldPath` is "the JSON path (or field name) of the benefit
 * application field to change", so nested fields are `$.Parent.Child`: every scalar field the benefit's
 * request schema defines, at any depth (objects are walked; arrays and their items are not a single value
 * a string `NewValue` can replace). Which of them the service lets change is its decision: a refused path
 * comes back as a ValidationException naming the ones it accepts.
 */
interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
}

function isObjectNode(node: SchemaNode): boolean {
  return node.properties !== undefined && (node.type === undefined || node.type === "object");
}

export function amendablePaths(schema: unknown, prefix = "$"): string[] {
  const properties = (schema as SchemaNode | undefined)?.properties;
  if (!properties || typeof properties !== "object") return [];
  const paths: string[] = [];
  for (const [name, node] of Object.entries(properties)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue; // not expressible as a dotted path
    const path = `${prefix}.${name}`;
    if (node && typeof node === "object" && isObjectNode(node)) paths.push(...amendablePaths(node, path));
    else if (node?.type !== "array") paths.push(path);
  }
  return paths;
}
