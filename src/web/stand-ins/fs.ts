/**
 * `node:fs` in the browser build (scripts/build-web.mjs aliases it here): there are no files, every read fails
 * the way a missing file does, so the library's "not built / not there" fallbacks apply. The page hands over the
 * data it needs in memory (src/util/compiled.ts) and reads the user's file with the File API.
 */
const missing = (what: string) => (): never => {
  const e = new Error(`${what}: there is no file system in the browser`) as Error & { code: string };
  e.code = 'ENOENT';
  throw e;
};

export const readFileSync = missing('readFileSync');
export const statSync = missing('statSync');
export const readdirSync = missing('readdirSync');
export const writeFileSync = missing('writeFileSync');
export const lstatSync = missing('lstatSync');
export const realpathSync = missing('realpathSync');
export const openSync = missing('openSync');
export const closeSync = missing('closeSync');
export const fsyncSync = missing('fsyncSync');
export const writeSync = missing('writeSync');
export const renameSync = missing('renameSync');
export const unlinkSync = missing('unlinkSync');
export const existsSync = (): boolean => false;

export default { readFileSync, statSync, readdirSync, writeFileSync, lstatSync, realpathSync, openSync, closeSync, fsyncSync, writeSync, renameSync, unlinkSync, existsSync };
