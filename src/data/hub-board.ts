/** The board's static paths: every period of every plan year, its board computed before the pages (src/integrations/hub-boards.ts). */
import boards from 'virtual:cchc-hub-boards';
import type { Board } from '../lib/board.ts';

export interface BoardProps {
  board: Board;
}

/** Every board, newest year first. */
export const allBoards = (): Board[] => boards;

export function boardPaths(): { params: { year: string; period: string }; props: BoardProps }[] {
  return boards.map((board) => ({ params: { year: String(board.period.year), period: board.periodSlug }, props: { board } }));
}
