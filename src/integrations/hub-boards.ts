/**
 * The provincial hub's progress boards as a module of the build,
 * `virtual:cchc-hub-boards` (its type in src/hub-boards.d.ts): computed once
 * in Node when the hub's build starts (src/data/hub-boards.ts), imported by
 * the board's page and files (src/data/hub-board.ts).
 */
import type { Plugin } from 'vite';
import { hubBoards } from '../data/hub-boards.ts';

const ID = 'virtual:cchc-hub-boards';
const RESOLVED = `\0${ID}`;

export async function hubBoardsModule(): Promise<Plugin> {
  const boards = await hubBoards();
  return {
    name: 'cchc-hub-boards',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(boards)};` : undefined),
  };
}
