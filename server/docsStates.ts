/**
 * `npm run docs:states`: writes the content state diagram, rendered from workflow/transitions.ts, into the
 * README between its markers. test/workflow/transitions.test.ts fails when the README's copy is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMermaid } from '../workflow/transitions.js';

export const BEGIN = '<!-- states:begin (npm run docs:states) -->';
export const END = '<!-- states:end -->';

export const README = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

/** The README's diagram block as the table renders it. */
export function diagramBlock(): string {
  return `${BEGIN}\n\`\`\`mermaid\n${renderMermaid()}\n\`\`\`\n${END}`;
}

/** The README with its diagram block replaced; throws when the markers are missing. */
export function withDiagram(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README has no ${BEGIN} … ${END} block`);
  return readme.slice(0, start) + diagramBlock() + readme.slice(end + END.length);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(README, withDiagram(fs.readFileSync(README, 'utf8')));
  process.stdout.write('README.md: state diagram updated\n');
}
