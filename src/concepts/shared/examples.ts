/**
 * Context sentences for the examples of concepts that only apply where a model or test is evaluated
 * (`needsEvaluation`): each shows that an evaluation takes place without touching the concept under test.
 */

/** a model is built (for concepts whose own words include AUC or ROC) */
export const MODEL_CONTEXT = 'A risk score was developed from the clinical variables.';
/** a classifier is evaluated */
export const EVAL_CONTEXT = 'The area under the ROC curve of the classifier was computed.';

/**
 * A whole manuscript whose Methods give the context and whose `heading` section holds `text`: for examples in
 * sections that do not count as evidence of an evaluation (the Introduction).
 */
export function afterMethods(heading: string, text: string, context = MODEL_CONTEXT): string {
  return `# A study\n\n## Methods\n\n${context}\n\n## ${heading}\n\n${text}\n`;
}
