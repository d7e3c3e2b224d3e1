/**
 * Typechecks a generated client in its temporary copy of the package, with the repository's strict
 * compiler options: the protocol tests run the generated code through esbuild, which strips types, so
 * this is what proves the code for each test model compiles (defaults, error correction, unions, ...).
 * The temporary package links the real one's `package.json` and `node_modules`, so imports resolve as there.
 */
import { join } from "node:path";
import ts from "typescript";

/** Declaration files (the DOM and Node typings) parsed once and shared by every service's program. */
const declarations = new Map<string, ts.SourceFile>();

/** The compiler's messages for `<root>/packages/client/src/generated/**`; empty when it compiles. */
export function typecheckClient(repoRoot: string, root: string): string[] {
  const config = ts.readConfigFile(join(repoRoot, "tsconfig.base.json"), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(
    {
      ...config.config,
      compilerOptions: { ...config.config.compilerOptions, noEmit: true, types: ["node"] },
      include: ["src/generated"],
    },
    ts.sys,
    join(root, "packages/client"),
  );
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.endsWith(".d.ts")) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    let file = declarations.get(fileName);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) declarations.set(fileName, file);
    }
    return file;
  };
  const program = ts.createProgram(parsed.fileNames, parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `
      : "";
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}
