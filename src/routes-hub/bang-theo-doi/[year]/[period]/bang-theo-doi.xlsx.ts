/** The progress board as an Excel workbook: the CSV's rows and numbers on one sheet. */
import type { APIRoute } from 'astro';
import { boardPaths, type BoardProps } from '../../../../data/hub-board.ts';
import { loadProvince } from '../../../../data/hub.ts';
import { boardXlsx } from '../../../../writers/report-xlsx.ts';

export const getStaticPaths = boardPaths;

export const GET: APIRoute<BoardProps> = async ({ props }) => {
  const province = loadProvince();
  return new Response(new Uint8Array(await boardXlsx(props.board, province.url, province.homeAffairs.name)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
