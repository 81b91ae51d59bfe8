/**
 * The data the build writes to dist/compiled/ (bundled checklists parsed, pattern gates, the checklist schema and
 * its standalone validator) and the package version, for the page to hand over in memory. This file is a
 * stand-in: the web build (scripts/build-web.mjs) replaces its contents with that data.
 */
export const compiled: Record<string, unknown> = {};
