#!/usr/bin/env node
/**
 * The `cchc` command. The package ships its TypeScript sources; Node strips
 * the types of a .ts file by itself, but refuses to for a file under
 * node_modules (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), which is where
 * an installed package lives. So this file registers a load hook that strips
 * the types of the package's own .ts files wherever they are, then runs
 * src/cli/main.ts. Why not a compile step: docs/decisions.md.
 *
 * Plain JavaScript that an old Node still parses, so it can say in
 * Vietnamese that it is too old instead of failing on a missing export.
 */
import * as nodeModule from 'node:module';
import { readFileSync } from 'node:fs';

const { registerHooks, stripTypeScriptTypes } = nodeModule;
if (typeof registerHooks !== 'function' || typeof stripTypeScriptTypes !== 'function') {
  console.error(
    `cchc cần Node ≥ 22.15 (máy này đang chạy Node ${process.versions.node}). ` +
      'Hãy chạy qua npm run … (ví dụ npm run build) để dùng Node đi kèm dự án, hoặc cài Node 24.',
  );
  process.exit(2);
}

// stripTypeScriptTypes warns once per process that it is experimental; a clerk
// cannot act on that, so its first call happens while nobody listens.
const listeners = process.listeners('warning');
process.removeAllListeners('warning');
stripTypeScriptTypes('');
await new Promise((next) => process.nextTick(next));
for (const listener of listeners) process.on('warning', listener);

/** The package's folder, as a URL prefix; its own node_modules (a checkout's) is not the package. */
const PACKAGE = new URL('../', import.meta.url).href;
const own = (url) => url.startsWith(PACKAGE) && !url.slice(PACKAGE.length).split('/').includes('node_modules');

registerHooks({
  load(url, context, nextLoad) {
    if (!url.endsWith('.ts') || !own(url)) return nextLoad(url, context);
    // 'strip' blanks the types out in place, so line and column numbers in a stack trace stay true.
    const source = stripTypeScriptTypes(readFileSync(new URL(url), 'utf8'), { mode: 'strip' });
    return { format: 'module', source, shortCircuit: true };
  },
});

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
