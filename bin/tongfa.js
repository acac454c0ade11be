#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so `npx tongfa` works right after `npm ci`
// with no build step that could go stale.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../server/cli.ts');
process.exitCode = await main(process.argv.slice(2));
