/**
 * Telling a study description from other YAML/JSON files without loading its schema: `check` and `audit` sniff
 * every .yaml/.yml/.json file they collect, and importing the zod schema (zod and its locales, ~0.8 MB of code)
 * for that cost a noticeable share of a single check's start-up. The key list is the schema's (a test keeps the
 * two equal).
 */
import { topLevelKeys } from '../validate/yaml-source.js';

/** The top-level keys of a study description, in schema order (equal to `Object.keys(StudyDescription.shape)`). */
export const STUDY_KEYS: readonly string[] = [
  '$schema', 'schema_version', 'title', 'doi', 'journal', 'year', 'reporting_guidelines', 'authors', 'abstract', 'study',
  'application', 'imaging', 'participants', 'sample', 'data', 'reference_standard', 'model', 'training', 'software',
  'split', 'external_validation', 'evaluation', 'discussion', 'code', 'trained_model', 'registration', 'protocol',
  'ethics', 'funding', 'conflicts_of_interest',
];

const STUDY_EXT = /\.(ya?ml|json)$/i;
const KNOWN_KEYS = new Set(STUDY_KEYS);

/**
 * Whether a file is a study description rather than a manuscript or another YAML/JSON file: a .yaml/.yml/.json
 * file whose top-level mapping has `title` and `study`, or mostly keys of the study-description schema (at least
 * two, and at least half of its keys). A description with YAML errors still counts when its keys match, so that
 * the user sees the YAML error rather than a manuscript check.
 */
export function looksLikeStudyDescription(text: string, path: string): boolean {
  if (!STUDY_EXT.test(path)) return false;
  const keys = topLevelKeys(text);
  if (!keys) return false;
  if (keys.includes('title') && keys.includes('study')) return true;
  const known = keys.filter((k) => KNOWN_KEYS.has(k)).length;
  return known >= 2 && known * 2 >= keys.length;
}
