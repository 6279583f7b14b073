/** The progress board as CSV for Excel, beside its page (the same rows as its XLSX, src/lib/board.ts). */
import type { APIRoute } from 'astro';
import { boardCsv } from '../../../../lib/board.ts';
import { boardPaths, type BoardProps } from '../../../../data/hub-board.ts';
import { loadProvince } from '../../../../data/hub.ts';

export const getStaticPaths = boardPaths;

export const GET: APIRoute<BoardProps> = ({ props }) =>
  new Response(new TextEncoder().encode(boardCsv(props.board, loadProvince().url)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
