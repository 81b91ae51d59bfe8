/**
 * The study types the classifiers name (manuscripts and study descriptions alike), as data: what each one is,
 * the guidelines that fit it but are not bundled, and which other types' checklists still apply when it is the
 * primary type. Which bundled checklist fits which type is checklist data (`appliesTo` in checklists/*.yaml), so
 * a user's own checklist file can take part in `--checklist auto` too.
 */
export interface StudyTypeInfo {
  label: string;
  /** reporting guidelines that fit this type but are not bundled */
  guidelines: string[];
  /**
   * when this is the primary type, only checklists for these other types (and for the type itself) apply; by
   * default every type found applies (a trial of an AI imaging tool still reports AI on images, but prediction and
   * accuracy items do not fit a trial)
   */
  alsoChecks?: string[];
  /**
   * types whose checklists this one's replace when both are found (an AI diagnostic accuracy study is checked
   * against STARD-AI, not also against STARD 2015)
   */
  replaces?: string[];
}

export const STUDY_TYPES = {
  ai_imaging: { label: 'AI on medical images', guidelines: [] },
  ai_other: { label: 'AI/machine learning on non-image data', guidelines: [] },
  prediction_model: { label: 'prediction model', guidelines: [] },
  diagnostic_accuracy: { label: 'diagnostic accuracy study', guidelines: [] },
  ai_diagnostic_accuracy: { label: 'diagnostic accuracy study of an AI-centred test', guidelines: [], replaces: ['diagnostic_accuracy'] },
  rct: { label: 'randomised trial', guidelines: [], alsoChecks: ['ai_imaging'] },
  trial_protocol: { label: 'protocol of a randomised trial', guidelines: [], alsoChecks: [] },
  systematic_review: { label: 'systematic review', guidelines: [] },
  scoping_review: { label: 'scoping review', guidelines: [] },
  guideline: { label: 'guideline or statement (not a study)', guidelines: [] },
  observational: { label: 'observational study', guidelines: [] },
  software: { label: 'software/tool paper', guidelines: [] },
  methods_or_physics: { label: 'methods/image-analysis/physics paper', guidelines: [] },
  preclinical: { label: 'laboratory or animal study', guidelines: ['ARRIVE 2.0'] },
  other: { label: 'study type not recognised', guidelines: [] },
} as const satisfies Record<string, StudyTypeInfo>;

export type StudyType = keyof typeof STUDY_TYPES;

export function studyTypeInfo(id: string): StudyTypeInfo | undefined {
  return (STUDY_TYPES as Record<string, StudyTypeInfo>)[id];
}
