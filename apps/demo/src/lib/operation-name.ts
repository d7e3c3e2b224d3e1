/** An operation's name as the generated client knows it (`ListBenefits`), from its command class. */
type CommandClass = new (input: never) => { operation: { name: string } };

export function operationName(command: CommandClass): string {
  return new command({} as never).operation.name;
}
