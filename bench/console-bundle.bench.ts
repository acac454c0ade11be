/**
 * Console bundle sizes, gzipped: the first screen (index.html's entry and what it imports statically) and
 * each route's own chunk. Reads console/dist (run `npm run build:console` first). Target: first screen < 400 KB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSOLE_DIST } from '../server/console.js';

const assets = path.join(CONSOLE_DIST, 'assets');
const gz = (file: string): number => gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

const index = fs.readFileSync(path.join(CONSOLE_DIST, 'index.html'), 'utf8');
const entry = /src="\/console\/assets\/([^"]+\.js)"/.exec(index)?.[1];
if (!entry) throw new Error('console/dist/index.html names no entry script: build the console first');

// Static imports of the entry (modulepreload links) load with the first screen; dynamic ones do not.
const preloaded = [...index.matchAll(/href="\/console\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const first = [...new Set([entry, ...preloaded])];
const firstTotal = first.reduce((sum, f) => sum + gz(f), 0);

console.log('console bundle (gzip -9)');
for (const f of first) console.log(`  first screen  ${f.padEnd(40)} ${kb(gz(f)).padStart(10)}`);
console.log(`  first screen total ${kb(firstTotal).padStart(45)}  (${firstTotal < 400 * 1024 ? 'under' : 'OVER'} the 400 KB target)`);
for (const f of fs.readdirSync(assets).filter((f) => f.endsWith('.js') && !first.includes(f)).sort()) console.log(`  on demand     ${f.padEnd(40)} ${kb(gz(f)).padStart(10)}`);
