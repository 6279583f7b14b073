/** The tests serve built sites with the server `cchc verify` uses. */
export { MIME_TYPES, serve, type RunningServer, type ServeOptions } from '../../src/verify/static-server.ts';
