/** The provincial hub's progress boards, computed before the pages (src/integrations/hub-boards.ts). */
declare module 'virtual:cchc-hub-boards' {
  const boards: import('./lib/board.ts').Board[];
  export default boards;
}
