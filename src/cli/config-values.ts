/** Values shared by the command line and the configuration schema (zod-free, cheap to import). */

/** The levels of `--fail-on` / `failOn`: the one list that commander's choices and the config schema use. */
export const FAIL_ON_LEVELS = ['missing', 'partial', 'never'] as const;
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number];
