/**
 * The provincial hub's own addresses (src/routes-hub/), besides those it
 * shares with a commune's site (./paths.ts: home, procedures, news, search).
 * Each commune is published under /<slug>/ beside them, so a commune's slug
 * may not be one of the hub's top-level folders (src/build/hub.ts checks).
 */
export const hubPaths = {
  /** The progress board's periods. */
  boards: '/bang-theo-doi/',
  board: (year: number, period: string) => `/bang-theo-doi/${year}/${period}/`,
  boardCsv: (year: number, period: string) => `/bang-theo-doi/${year}/${period}/bang-theo-doi.csv`,
  boardXlsx: (year: number, period: string) => `/bang-theo-doi/${year}/${period}/bang-theo-doi.xlsx`,
} as const;
