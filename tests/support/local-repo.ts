/**
 * The CMS's local-folder mode without a person to pick the folder: the
 * browser's own private file system (OPFS) holds a copy of the repository,
 * and `showDirectoryPicker`, which the CMS calls when the clerk clicks
 * "Làm việc với kho mã nguồn cục bộ", hands it that copy. Everything else is
 * the real CMS reading and writing real files; no server is involved.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export interface RepoFile {
  /** Path inside the repository, with forward slashes. */
  path: string;
  base64: string;
}

/** The files under some folders of the project, as the CMS would find them in a clone. */
export function repoFiles(root: string, folders: readonly string[]): RepoFile[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => ({ path: relative(root, file).split('\\').join('/'), base64: readFileSync(file).toString('base64') })),
  );
}

const REPO = 'repo';

/** Make the folder picker answer with OPFS's repo/ folder, in every page of the context. */
export async function pickerAnswersWithOpfs(context: BrowserContext): Promise<void> {
  await context.addInitScript((folder) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder),
    });
  }, REPO);
}

/** Write the files into OPFS repo/ (a git checkout: with a .git folder), replacing what was there. */
export async function fillLocalRepo(page: Page, files: readonly RepoFile[]): Promise<void> {
  await page.evaluate(
    async ({ folder, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(folder, { recursive: true }).catch(() => {});
      const repo = await root.getDirectoryHandle(folder, { create: true });
      await repo.getDirectoryHandle('.git', { create: true });
      for (const file of files) {
        const parts = file.path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { folder: REPO, files },
  );
}

/** Every file under a folder of OPFS repo/, as the CMS left it. */
export async function readLocalRepo(page: Page, folder: string): Promise<RepoFile[]> {
  return page.evaluate(
    async ({ repoFolder, folder }) => {
      const out: { path: string; base64: string }[] = [];
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(repoFolder);
      for (const part of folder.split('/')) dir = await dir.getDirectoryHandle(part);
      const walk = async (handle: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const [name, child] of (handle as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
          const path = `${prefix}/${name}`;
          if (child.kind === 'directory') await walk(child as FileSystemDirectoryHandle, path);
          else {
            const bytes = new Uint8Array(await (await (child as FileSystemFileHandle).getFile()).arrayBuffer());
            let binary = '';
            for (const byte of bytes) binary += String.fromCharCode(byte);
            out.push({ path, base64: btoa(binary) });
          }
        }
      };
      await walk(dir, folder);
      return out;
    },
    { repoFolder: REPO, folder },
  );
}

/** Write files (paths inside the repository) under a folder on disk. */
export function writeRepoFiles(target: string, files: readonly RepoFile[]): void {
  for (const file of files) {
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
  }
}
