import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONSOLE_DIST = path.join(ROOT, 'console', 'dist');

export const consoleBuilt = (dist = CONSOLE_DIST): boolean => fs.existsSync(path.join(dist, 'index.html'));

/**
 * `npm ci` builds the console (the `prepare` script); this covers a checkout started without it, so
 * `npm start` never serves an empty console. The build is Vite's production build, run as its own process, into a directory of
 * its own that is renamed into place when complete: Vite writes its files at once, index.html among them, and
 * whoever waits for index.html (a second test file, a second start) must not load a page whose scripts are still
 * being written.
 */
export async function ensureConsoleBuilt(log: (line: string) => void): Promise<void> {
  if (consoleBuilt()) return;
  log('building the console (console/dist is missing)…');
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const building = `${CONSOLE_DIST}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    const args = [vite, 'build', '--config', path.join(ROOT, 'console', 'vite.config.ts'), '--outDir', building, '--emptyOutDir', '--logLevel', 'error'];
    // Always the production build: a build started from a test run inherits NODE_ENV=test, and Vite then bundles
    // React's development runtime, whose extra checks made dialogs open too slowly for the browser tests.
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`console build failed (exit ${code})`))));
  });
  if (consoleBuilt()) {
    // Another process finished first: its build stands.
    fs.rmSync(building, { recursive: true, force: true });
    return;
  }
  // A directory left without index.html (an interrupted build of an older version) is replaced.
  fs.rmSync(CONSOLE_DIST, { recursive: true, force: true });
  fs.renameSync(building, CONSOLE_DIST);
}

/**
 * `/console/`: hashed assets cached for a year (a new build has new names), index.html never cached so a
 * new build is picked up at once, and every other path under /console/ answers the app (client-side routes).
 */
export function consoleRouter(dist = CONSOLE_DIST): Router {
  const router = express.Router();
  router.use('/console/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.get(/^\/console(\/.*)?$/, (req, res) => {
    // Express matches /console and /console/ alike; relative asset URLs need the slash.
    if (!req.originalUrl.startsWith('/console/')) {
      res.redirect(301, `/console/${req.originalUrl.slice('/console'.length).replace(/^\?/, '?').replace(/^\?$/, '')}`);
      return;
    }
    const index = path.join(dist, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('工作台尚未构建：请运行 npm run build:console');
      return;
    }
    // Ant Design writes its styles at run time (inline <style>); scripts come only from the hub itself.
    res.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'");
    res.set('Cache-Control', 'no-cache').type('html').sendFile(index);
  });
  return router;
}

/** What a browser gets at GET /graphql instead of Apollo's online sandbox: the hub works with no internet. */
export const GRAPHQL_BROWSER_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>统发 GraphQL 接口</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.7; padding: 0 1rem">
<main><h1>统发 GraphQL 接口</h1>
<p>这里是程序调用的接口：以 <code>POST /graphql</code> 发送 JSON 请求，先用 <code>login</code> 取得令牌，再带上
<code>Authorization: Bearer &lt;令牌&gt;</code>。</p>
<p>日常办理请进入 <a href="/console/">统发工作台</a>。</p></main>
</body></html>`;
