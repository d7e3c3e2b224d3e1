/**
 * `pnpm bench` entry for codegen: runs each benchmark module and prints its Markdown table.
 * Benchmarks report ratios against a baseline measured in the same run, never absolute goals alone.
 */
const modules = ["./parse.js", "./validate.js", "./corpus.js", "./codegen.js"] as const;

for (const path of modules) {
  const mod = (await import(path)) as { run: () => Promise<string> };
  process.stdout.write(`${await mod.run()}\n`);
}
