/** `node:url` in the browser build: file URLs turned into paths and back (no file is ever read through them). */
export const fileURLToPath = (u: string | URL): string => decodeURIComponent(new URL(String(u)).pathname);
export const pathToFileURL = (p: string): URL => new URL(`file://${encodeURI(p.startsWith('/') ? p : `/${p}`)}`);
