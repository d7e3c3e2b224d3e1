/** The demo's readable output: numbered steps with indented detail lines, echoed as they happen. */
export interface Transcript {
  step(title: string): void;
  detail(line: string): void;
  note(line: string): void;
  readonly lines: readonly string[];
}

export function createTranscript(print: (line: string) => void = () => {}): Transcript {
  const lines: string[] = [];
  let count = 0;
  const emit = (line: string) => {
    lines.push(line);
    print(line);
  };
  return {
    step: (title) => emit(`\n${++count}. ${title}`),
    detail: (line) => emit(`   ${line}`),
    note: (line) => emit(line),
    lines,
  };
}
