/** `tongfa <command>`: one entry point for the hub's processes and tools. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan': {
      const { scanCommand } = await import('../review/scanCommand.js');
      return scanCommand(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    }
    default:
      process.stderr.write(`usage: tongfa <serve|worker|migrate|user|audit|scan> ...\n`);
      return 2;
  }
}
