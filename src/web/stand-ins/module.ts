/**
 * `node:module` in the browser build: `createRequire` gives a require that finds nothing, so the library's lazy
 * requires (a compiled validator, ajv, yaml) fall back or fail with a message; the page hands over what it needs
 * in memory instead (src/util/compiled.ts).
 */
export function createRequire(): (id: string) => never {
  return (id: string) => {
    throw new Error(`cannot load ${id} in the browser`);
  };
}
