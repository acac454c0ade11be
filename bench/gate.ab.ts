/**
 * A/B of the full gate (the bench's row "scanText, 20k dict, wording + 40 leaders") between checkouts, in one
 * process: `node --import tsx bench/gate.ab.ts <baseline root> [<more roots>…] [--rounds N]`, where a root is a
 * checkout of the repository (e.g. `git archive main | tar -x -C /tmp/base && ln -s $PWD/node_modules /tmp/base/`).
 * This tree is measured last in the table, against the first root.
 *
 * Why paired rounds: on the shared machine the bench's figure for the same code moved 16.8–27.5 MB/s between
 * quiet runs and two to one under load, far more than a change is worth. Here each round measures every
 * side once, one pass over the document and one over the 10,000 items, in a rotating order, and the verdict
 * is the median of the per-round ratios against the first root: adjacent passes share the machine's load,
 * so it cancels out of the ratio. Calibrate first: the baseline against a copy of itself under another
 * path (a module is loaded once per path) gave per-round medians of 0.99–1.00, quartiles about ±6 %;
 * a change inside that band is not a measured change.
 * Inputs and warm-up are the bench's (benchInputs; at least 3 passes and 16 MB per input and side).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchInputs } from './gate.bench.js';
import type { Dictionary, DictionaryEntry } from '../review/dictionary.js';
import type { GateResult } from '../review/types.js';
import type { RosterEntry, WordingRules } from '../review/wording/index.js';

const MB = 1 << 20;
const WARM_PASSES = 3;
const WARM_MB = 16;

interface Side {
  name: string;
  scan: (text: string) => GateResult;
}

/** The gate of the checkout at `root`, with the bench's dictionary and roster built by that checkout's code. */
async function sideOf(root: string, name: string, entries: DictionaryEntry[], roster: RosterEntry[]): Promise<Side> {
  const at = (file: string): string => path.join(path.resolve(root), file);
  const gate = (await import(at('review/gate.ts'))) as { scanText: (t: string, o: object) => GateResult };
  const dict = (await import(at('review/dictionary.ts'))) as { buildDictionary: (e: DictionaryEntry[]) => Dictionary };
  const wording = (await import(at('review/wording/index.ts'))) as { shippedWordingRules: (r: RosterEntry[]) => WordingRules };
  const dictionary = dict.buildDictionary(entries);
  const rules = wording.shippedWordingRules(roster);
  return { name, scan: (t) => gate.scanText(t, { dictionary, wording: rules, publishedOn: '2025-06-01' }) };
}

let sink = 0;

/** CPU seconds (user + system) of one pass over `texts`. */
function pass(side: Side, texts: readonly string[]): number {
  const c0 = process.cpuUsage();
  for (const t of texts) sink += side.scan(t).findings.length;
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--rounds');
  const rounds = at >= 0 ? Number(args.splice(at, 2)[1]) : 40;
  if (args.length === 0 || !(rounds > 0)) throw new Error('usage: gate.ab.ts <baseline root> [<more roots>…] [--rounds N]');
  const { entries, roster, doc, items } = benchInputs();
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sides: Side[] = [];
  for (const [i, root] of [...args, here].entries()) sides.push(await sideOf(root, i === args.length ? 'this tree' : `root ${i}`, entries, roster));
  const sets: [string, string[]][] = [['doc', [doc]], ['items', items]];
  const mbOf = (texts: readonly string[]): number => texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / MB;
  for (const side of sides) {
    for (const [, texts] of sets) {
      const mb = mbOf(texts);
      for (let p = 0; p < WARM_PASSES || p * mb < WARM_MB; p++) pass(side, texts);
    }
  }
  // figures[side][set][round] = MB/s by CPU time
  const figures = sides.map(() => sets.map(() => [] as number[]));
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < sides.length; j++) {
      const s = (j + r) % sides.length;
      sets.forEach(([, texts], k) => figures[s][k].push(mbOf(texts) / pass(sides[s], texts)));
    }
  }
  console.log(`${rounds} rounds; MB/s by CPU time, min/median/max; ratios per round against ${args[0]}`);
  sides.forEach((side, s) => {
    sets.forEach(([set], k) => {
      const sorted = [...figures[s][k]].sort((a, b) => a - b);
      let line = `${side.name.padEnd(10)} ${set.padEnd(6)} ${sorted[0].toFixed(1)}/${quantile(sorted, 0.5).toFixed(1)}/${sorted[sorted.length - 1].toFixed(1)}`;
      if (s > 0) {
        const ratios = figures[s][k].map((v, r) => v / figures[0][k][r]).sort((a, b) => a - b);
        line += `   ratio q1 ${quantile(ratios, 0.25).toFixed(3)} median ${quantile(ratios, 0.5).toFixed(3)} q3 ${quantile(ratios, 0.75).toFixed(3)}`;
      }
      console.log(line);
    });
  });
  if (sink < 0) console.log(sink);
}

await main();
