/**
 * Study description → Findings, one per concept the description covers. A filled field group gives
 * `reported`; an explicit "not done / not available" gives `reported` with `notDone: true`; a group that is
 * filled but incomplete in the sense of concepts.md gives `partial`; an absent group gives no finding (the
 * engine treats the concept as missing). Values and details use the same vocabulary and shapes as the
 * manuscript detectors, so that a description and a manuscript of the same study can be compared.
 *
 * Strings that are empty or start with TODO/TBD/FIXME (template placeholders) count as not filled in.
 *
 * The mappers live in ./to-findings/, one module per part of the description; the field → concept table is
 * ./field-concepts.ts.
 */
import { settleNone } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import type { StudyPositions } from './parse.js';
import type { StudyDescription } from './schema.js';
import { FindingBuilder } from './to-findings/finding-builder.js';
import { availability, declarations, discussion } from './to-findings/discussion-and-declarations.js';
import { evaluation, externalValidation, model, softwareAndTraining, split } from './to-findings/model-and-evaluation.js';
import {
  dataHandling,
  dataSource,
  design,
  participants,
  referenceStandard,
  sample,
  titleAndAbstract,
} from './to-findings/study-and-data.js';

export { STUDY_RULE } from './to-findings/finding-builder.js';
export { STUDY_CONCEPTS } from './field-concepts.js';

/**
 * Map a validated study description onto concept findings. `positions` comes from parseStudyDescription;
 * `file` is recorded on every evidence entry.
 */
export function studyToFindings(desc: StudyDescription, positions: StudyPositions, file: string): Finding[] {
  const b = new FindingBuilder(desc, positions, file);
  titleAndAbstract(b);
  design(b);
  dataSource(b);
  participants(b);
  dataHandling(b);
  referenceStandard(b);
  sample(b);
  split(b);
  model(b);
  softwareAndTraining(b);
  evaluation(b);
  externalValidation(b);
  discussion(b);
  availability(b);
  declarations(b);
  // as for manuscripts: "no funding" / "no competing interests" answer the item fully
  return b.findings.map(settleNone);
}
