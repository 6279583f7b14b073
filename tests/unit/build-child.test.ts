/**
 * A build's child process (src/build/child.ts): its output passed on, its
 * status returned, and, watched, killed and counted as failed once it sits
 * with no CPU at all (Node can deadlock while exiting), but never while it
 * works. Real processes of this Node, on Linux's /proc.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChild } from '../../src/build/child.ts';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, next) {
      chunks.push(String(chunk));
      next();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('a build’s child process', () => {
  it('passes its output on and returns its status', async () => {
    const out = sink();
    const seen: string[] = [];
    expect(await runChild(['-e', 'console.log("xong"); process.exitCode = 3'], { env: process.env, forward: out.stream, seen: (t) => seen.push(t) })).toBe(3);
    expect(out.text()).toBe('xong\n');
    expect(seen.join('')).toBe('xong\n');
  });

  it('leaves out the lines it is told to, coloured or not, from both streams, and passes on the rest whole', async () => {
    const out = sink();
    const errors = sink();
    const script = [
      'process.stdout.write("LỖI tin.md\\n[x] English \\u001b[31mnoise\\u001b[39m here\\nDừng");',
      'process.stderr.write("trước\\n[x] English noise");',
      'setTimeout(() => { process.stdout.write(" dựng\\n"); process.stderr.write(" again\\nsau"); }, 50);',
    ].join('');
    expect(await runChild(['-e', script], { env: process.env, forward: out.stream, errors: errors.stream, dropLines: /\[x\] English noise/ })).toBe(0);
    expect(out.text()).toBe('LỖI tin.md\nDừng dựng\n');
    expect(errors.text()).toBe('trước\nsau');
  });

  it('is killed and counted as failed once it has used no CPU for the time given', async () => {
    const started = performance.now();
    // Asleep with nothing to do but a far timer: what a process deadlocked in its exit looks like from outside.
    const status = await runChild(['-e', 'setTimeout(() => {}, 600_000)'], { env: process.env, forward: sink().stream, hungAfterMs: 1500, pollMs: 250 });
    expect(status).toBeNull();
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('is left alone while it works, however long, and its status kept', async () => {
    // Busy for about three times the idle limit, then done.
    const busy = 'const end = Date.now() + 3000; let x = 0; while (Date.now() < end) x++; process.exitCode = x > 0 ? 0 : 1';
    expect(await runChild(['-e', busy], { env: process.env, forward: sink().stream, hungAfterMs: 1000, pollMs: 250 })).toBe(0);
  });
});
