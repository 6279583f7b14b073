/**
 * The `cchc` command: its dispatcher (help, unknown commands and options,
 * exit codes), and its bin run as an installed package would be, from under
 * a node_modules folder, where Node refuses to strip types by itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cchc = (args: string[], options: { bin?: string; cwd?: string; node?: string } = {}) => {
  const r = spawnSync(options.node ?? process.execPath, [options.bin ?? resolve('bin/cchc.mjs'), ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    env: { ...process.env, CCHC_TODAY: '2024-06-30' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('cchc', () => {
  it('lists its commands in Vietnamese, and explains exit codes', () => {
    const r = cchc(['--help']);
    expect(r.status).toBe(0);
    for (const name of ['new', 'check', 'build', 'build-all', 'report', 'import']) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(r.stdout).toContain('Mã thoát: 0 xong; 1 có lỗi');
  });

  it('exits 2 on an unknown command or option, with the usage', () => {
    const command = cchc(['dung']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('Không có lệnh "dung"');
    const option = cchc(['check', '--noi-dung', 'x']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('Lệnh này không có tùy chọn --noi-dung.');
    expect(option.stderr).toContain('Cách dùng: npm run check');
    expect(cchc(['build', '--commune']).status).toBe(2);
  });

  it('shows a command’s help with --help, without running it', () => {
    const r = cchc(['build', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--commune');
    // One content option, the same help, for every command that reads a commune's content.
    for (const name of ['new', 'check', 'report']) expect(cchc([name, '--help']).stdout).toContain('--commune TÊN-XÃ              trong kho nhiều xã');
  });
});

describe('new, check and report read the commune asked for', () => {
  // A province repository: communes/<slug>/content, plus a single site's folder holding content/.
  const repo = mkdtempSync(join(tmpdir(), 'cchc-communes-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  // new writes into xa-lien-minh only, so the others stay valid for check and report.
  for (const [slug, fixture] of [
    ['xa-chau-thanh', 'chau-thanh-2024'],
    ['phuong-hoa-an', 'hoa-an-2026'],
    ['xa-lien-minh', 'lien-minh-2022'],
  ]) {
    cpSync(resolve('tests/fixtures', fixture!), join(repo, 'communes', slug!, 'content'), { recursive: true });
  }
  const inRepo = (args: string[]) => cchc(args, { cwd: repo });

  it('check takes the site’s folder, its content folder or --commune, and reports that commune’s files', () => {
    for (const args of [
      ['check', 'communes/xa-chau-thanh'],
      ['check', 'communes/xa-chau-thanh/content'],
      ['check', '--content', 'communes/xa-chau-thanh'],
      ['check', '--commune', 'xa-chau-thanh'],
    ]) {
      const r = inRepo(args);
      expect(r.status, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
      // Its one warning (no cms: block) names this commune's site.yaml, so the folder read is the one asked for.
      expect(r.stdout, args.join(' ')).toContain('communes/xa-chau-thanh/content/site.yaml');
    }
  });

  it('refuses an unknown slug, listing the communes there, and two places at once', () => {
    const unknown = inRepo(['check', '--commune', 'xa-khong-co']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Không có xã "xa-khong-co"');
    expect(unknown.stderr).toContain('phuong-hoa-an, xa-chau-thanh, xa-lien-minh');
    for (const args of [
      ['check', 'communes/xa-chau-thanh', '--commune', 'xa-chau-thanh'],
      ['report', '--period', '2024', '--content', 'x', '--commune', 'y'],
    ]) {
      const both = inRepo(args);
      expect(both.status, args.join(' ')).toBe(2);
      expect(both.stderr).toContain('Chỉ chọn một nơi chứa nội dung');
    }
    expect(inRepo(['new', 'tin-tuc', 'Bài', '--commune', 'xa-khong-co']).stderr).toContain('Các xã có trong');
  });

  it('new writes into the commune named by its folder or slug', () => {
    const byFolder = inRepo(['new', 'communes/xa-lien-minh', 'tin-tuc', 'Tập huấn một cửa']);
    expect(byFolder.status, byFolder.stderr).toBe(0);
    expect(existsSync(join(repo, 'communes/xa-lien-minh/content/news/tap-huan-mot-cua.md'))).toBe(true);
    const bySlug = inRepo(['new', 'tin-tuc', 'Đối thoại', '--commune', 'xa-lien-minh']);
    expect(bySlug.status, bySlug.stderr).toBe(0);
    expect(existsSync(join(repo, 'communes/xa-lien-minh/content/news/doi-thoai.md'))).toBe(true);
  });

  it('report reads the commune given by slug or folder', () => {
    for (const where of [['--commune', 'xa-chau-thanh'], ['communes/xa-chau-thanh']]) {
      const r = inRepo(['report', '--period', '2024-Q2', ...where, '--out', 'bao-cao']);
      expect(r.status, `${where.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
      expect(r.stdout).toContain('Đã ghi bao-cao/');
    }
  });
});

describe('the bin, from an installed package', () => {
  // Under the repository's .cache/, so the package's dependencies resolve from the repository's node_modules.
  mkdirSync(resolve('.cache'), { recursive: true });
  const site = mkdtempSync(join(resolve('.cache'), 'cli-site-'));
  const pkg = join(site, 'node_modules', 'cchc-portal');
  for (const part of ['bin', 'src', 'package.json']) cpSync(part, join(pkg, part), { recursive: true });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('Node alone refuses the package’s TypeScript there: the hook is what runs it', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(join(pkg, 'src/cli/main.ts'))})`], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING');
  });

  it('checks a commune and makes a new file, with nothing but the hook', () => {
    const check = cchc(['check', '--content', resolve('tests/fixtures/chau-thanh-2024')], { bin: join(pkg, 'bin/cchc.mjs'), cwd: site });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('Nội dung hợp lệ');
    expect(check.stderr).not.toContain('ExperimentalWarning');
    const created = cchc(['new', 'tin-tuc', 'Tập huấn', '--content', join(site, 'content')], { bin: join(pkg, 'bin/cchc.mjs'), cwd: site });
    expect(created.status, created.stderr).toBe(0);
    expect(existsSync(join(site, 'content/news/tap-huan.md'))).toBe(true);
  });

  it('lists a district’s communes before any npm install (the CI matrix job)', () => {
    const bare = mkdtempSync(join(tmpdir(), 'cchc-bare-'));
    try {
      const lone = join(bare, 'node_modules', 'cchc-portal');
      cpSync(pkg, lone, { recursive: true });
      mkdirSync(join(bare, 'communes/xa-a/content'), { recursive: true });
      cpSync('tests/fixtures/chau-thanh-2024/site.yaml', join(bare, 'communes/xa-a/content/site.yaml'));
      const r = cchc(['build-all', '--list'], { bin: join(lone, 'bin/cchc.mjs'), cwd: bare });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(['xa-a']);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  // Debian's system Node is 20 here: too old for the hook, and it must say so in Vietnamese.
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
    (n) => existsSync(n) && Number(spawnSync(n, ['-p', 'typeof require("node:module").registerHooks === "function" ? 1 : 0'], { encoding: 'utf8' }).stdout.trim()) === 0,
  );
  it.skipIf(!oldNode)('tells the user of an old Node to go through npm run', () => {
    const r = cchc(['check'], { node: oldNode!, bin: join(pkg, 'bin/cchc.mjs'), cwd: site });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cchc cần Node ≥ 22.15');
    expect(r.stderr).toContain('npm run');
  });
});
