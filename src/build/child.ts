/**
 * A child process of a build (Astro, `cchc verify`) run to its end, its
 * stdout passed on as it comes. Node can deadlock while a process exits: its
 * platform waits for worker threads that wait for it (seen once in a few
 * hundred of Astro's failed builds here: the error printed, then the process
 * asleep for good). A child watched with `hungAfterMs` that uses no CPU at
 * all for that long is taken for hung, killed, and counted as failed, so a
 * build never waits forever; a working build is never that idle.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { buildMessages as m } from '../i18n/cli.ts';

export interface ChildOptions {
  env: NodeJS.ProcessEnv;
  /** Where its stdout goes, as it comes. */
  forward: NodeJS.WritableStream;
  /** Each piece of its stdout, seen as it comes. */
  seen?: (text: string) => void;
  /**
   * Lines of its output, stdout and stderr, not passed on (matched without
   * colour codes): Astro's English words around the portal's own Vietnamese
   * report. Unset, both are passed on as they come.
   */
  dropLines?: RegExp;
  /** Where its stderr goes when lines are dropped; else it is the parent's own. */
  errors?: NodeJS.WritableStream;
  /** Kill it once it has used no CPU for this long (Linux, where /proc tells); unset, it is not watched. */
  hungAfterMs?: number;
  /** How often its CPU time is read when watched. */
  pollMs?: number;
}

/** User and system clock ticks of a process so far, or undefined where /proc does not tell (not Linux, or gone). */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces and parentheses: state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** Passes text on to `to` a whole line at a time, without the lines `drop` matches; end() passes on a last line without its line break. */
function lineFilter(to: NodeJS.WritableStream, drop: RegExp): { write: (text: string) => void; end: () => void } {
  let partial = '';
  const pass = (line: string) => {
    if (!drop.test(stripVTControlCharacters(line))) to.write(line);
  };
  return {
    write(text) {
      const lines = (partial + text).split(/(?<=\n)/);
      partial = lines.at(-1)!.endsWith('\n') ? '' : lines.pop()!;
      for (const line of lines) pass(line);
    },
    end() {
      if (partial) pass(partial);
      partial = '';
    },
  };
}

/** The child's exit status; null when it could not start, or was killed for hanging. */
export function runChild(args: readonly string[], options: ChildOptions): Promise<number | null> {
  return new Promise((done) => {
    const { dropLines } = options;
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', dropLines ? 'pipe' : 'inherit'], env: options.env });
    const out = dropLines ? lineFilter(options.forward, dropLines) : { write: (text: string) => options.forward.write(text), end: () => {} };
    const errors = dropLines ? lineFilter(options.errors ?? process.stderr, dropLines) : undefined;
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out.write(d);
      options.seen?.(d);
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => errors?.write(d));
    let hung = false;
    let watch: NodeJS.Timeout | undefined;
    if (options.hungAfterMs !== undefined && child.pid !== undefined) {
      const pid = child.pid;
      let last = cpuTicks(pid);
      let idleSince = performance.now();
      watch = setInterval(() => {
        const now = cpuTicks(pid);
        if (now === undefined) return;
        if (now !== last) {
          last = now;
          idleSince = performance.now();
        } else if (performance.now() - idleSince >= options.hungAfterMs!) {
          hung = true;
          console.error(m.hung(Math.round(options.hungAfterMs! / 1000)));
          child.kill('SIGKILL');
        }
      }, options.pollMs ?? 5000);
      watch.unref();
    }
    // A process that could not start is a failed build, as spawnSync's null status was.
    child.on('error', () => {
      clearInterval(watch);
      done(null);
    });
    child.on('close', (status) => {
      clearInterval(watch);
      out.end();
      errors?.end();
      done(hung ? null : status);
    });
  });
}
