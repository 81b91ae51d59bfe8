/**
 * Appendices and supplements that carry a title of their own. Conference papers put much of their methods after the
 * references ("Appendix B. Implementation details", "A.1. Preprocessing", "Appendix C. Evaluation metrics"), and
 * journals have "Supplementary Methods S2: …" and "S1 Appendix. Data collection". Such a section is classified by
 * its title when the title names a kind (methods, results, discussion, or the introduction's related work); its
 * sub-headings likewise, where the appendix above them named none. An appendix whose title names no kind ("Appendix
 * A", "Proof of Theorem 1", "Sampling distribution") stays of no kind, as before.
 *
 * The appendix vocabulary is wider than the body's (sections.ts): in the body, "Data augmentation" or "Training
 * details" sit under a Methods heading and inherit its kind; in an appendix there is no such heading above them.
 */
import type { SectionKind } from './model.js';
import { classifyHeading, normaliseHeading, type HeadingClass } from './sections.js';

/** a letter, number or roman numeral that labels an appendix ("B", "2", "S1", "IV", "A.2") */
const MARK = '(?: (?:[a-z]|s?\\d+|[ivx]+)(?:\\.\\d+)*(?![\\w-]))?';

/**
 * The label of an appendix or supplement before its own title (on a normalised heading): "appendix b.", "online
 * appendix 2 –", "appendices", "s1 appendix.", "text s2", "supplementary methods s2:", "supplementary note 3".
 * Group 1: a kind the label itself names ("supplementary results").
 */
const LABEL = new RegExp(
  '^(?:' +
    `(?:(?:online|web|technical|multimedia|supplementa(?:ry|l)|statistical) )?e?appendi(?:x|ces)${MARK}` +
    '|s\\d+ (?:appendix|text|methods)|(?:text|methods|appendix) s\\d+' +
    `|supplementa(?:ry|l) (?:(methods?|results?|discussion)|notes?|text|sections?|materials?|information|appendix)${MARK}` +
    ')(?:\\s*[.:–—-]\\s*|\\s+|$)',
  'i',
);

/** a topic may go on: "Hyper-parameters during training", "Feature set in MIMIC-III", "Preprocessing and augmentation" */
const TAIL = '(?:$| (?:in|on|for|of|during|used|with|and|&|per|across|by) .*$)';
/** "More details about the dataset", "Detailed data information", "Additional implementation details" */
const MORE = '(?:(?:more|additional|further|extended|full|complete|supplementa(?:ry|l)|other|detailed|more detailed) )?(?:details? (?:about|of|on|for) (?:the |our )?)?';

const METHODS_TOPICS = [
  '(?:materials and )?methods?(?: details)?|methodology',
  // the data and how it was prepared
  '(?:data|datasets?|data ?sets?|cohorts?|study (?:population|cohort|sample)|patients?|participants?|images?|imaging data|dataset and (?:pre-?processing|preparation))(?: (?:details|information|description|descriptions|statistics|characteristics|collection|curation|preparation|pre-?processing|processing|acquisition|splits?|splitting|partitions?|partitioning|sources?|selection|annotation|labell?ing|cleaning|filtering))?',
  '(?:image |data )?pre-?processing(?: (?:details|steps|pipeline))?',
  '(?:data )?augmentations?',
  '(?:inclusion|exclusion|eligibility) criteria',
  '(?:image|imaging|mri|ct|scan|scanning) (?:acquisition|protocols?|parameters)|acquisition (?:protocols?|parameters|details)',
  '(?:annotation|labell?ing|ground truth|reference standard) (?:protocol|process|procedures?|details|guidelines)',
  '(?:features?|variables?|covariates?|predictors?)(?: (?:sets?|extraction|engineering|definitions?|descriptions?|lists?|selection))?',
  'definitions? of (?:the )?(?:variables?|covariates?|predictors?|features?|outcomes?|exposures?)',
  // how the models were built and trained
  'implementation(?: (?:details|overview|and training(?: details)?))?',
  'training(?: and (?:evaluation|inference|testing|validation|implementation))? (?:details|procedures?|set-?up|settings?|protocol|stages?|strategy|schedule|configuration|scheme)',
  '(?:experimental|experiment|evaluation) (?:details|set-?up|settings?|configuration|protocol|procedures?|design)',
  // "Hyper-parameters", "Hyperparameter search ranges", "Hyper-parameters during training"
  'hyper-?parameters?(?: .*)?',
  '(?:network|model|neural network) architectures?|architectures?(?: details)?|model (?:details|description|configuration)',
  '(?:baselines?|comparison methods|compared methods|baseline (?:methods|models))(?: (?:details|implementations?))?',
  'loss functions?|optimi[sz]ation details',
  'software(?: (?:details|packages|and hardware))?|(?:computing|computational|hardware) (?:resources|infrastructure|details|environment)',
  // how they were evaluated
  '(?:(?:evaluation|performance|segmentation|classification|detection) )?metrics?',
  '(?:formulas?|definitions?) (?:of|for) (?:the )?(?:evaluation |performance )?metrics',
];
const METHODS_TITLE = new RegExp(`^${MORE}(?:${METHODS_TOPICS.join('|')})${TAIL}`);

const RESULTS_TITLE = new RegExp(
  '^(?:(?:additional|more|further|extended|supplementa(?:ry|l)|detailed|full|complete|other|extra|qualitative|quantitative|visual|per-class|subgroup) )+(?:experimental )?(?:results?|experiments?|analys[ie]s|evaluations?|comparisons?|visuali[sz]ations?|visuali[sz]ation examples|examples|findings|outcomes)' +
    TAIL +
    '|^(?:experimental )?results? (?:on|of|for|with|per|by|across)\\b' +
    `|^experimental results${TAIL}` +
    `|^(?:ablations?(?: (?:studies|study|experiments?|analys[ie]s|results))?|(?:sensitivity|subgroup|error|failure|robustness) analys[ie]s|failure cases|visuali[sz]ations?(?: examples)?)${TAIL}` +
    '|\\bablation (?:study|studies|experiments?)\\b',
);

const DISCUSSION_TITLE = /^(?:(?:further|additional|extended|more|detailed|broader) discussions?|broader impacts?|(?:societal|social|ethical|clinical) (?:impacts?|implications|considerations))\b/;

/** The work of others, further on: "Additional related work", "Extended background". */
const INTRODUCTION_TITLE = /^(?:(?:additional|more|further|extended|detailed|expanded|other) )?(?:related (?:work|works|research|literature)|background|literature review|previous (?:work|studies)|prior (?:work|studies))\b/;

const BODY = new Set<SectionKind>(['introduction', 'methods', 'results', 'discussion']);

const named = (kind: SectionKind): HeadingClass => ({ kind, explicit: true });

/**
 * The kind an appendix's own title names, by the body's headings first (a role comes with it only when it is of a
 * body kind: "Limitations") and then the appendix vocabulary.
 */
function titleClass(title: string): HeadingClass | undefined {
  const c = classifyHeading(title);
  if (c) return BODY.has(c.kind) ? c : undefined;
  const t = normaliseHeading(title);
  if (INTRODUCTION_TITLE.test(t)) return named('introduction');
  if (DISCUSSION_TITLE.test(t)) return named('discussion');
  if (RESULTS_TITLE.test(t)) return named('results');
  if (METHODS_TITLE.test(t)) return named('methods');
  return undefined;
}

/** Does the heading start with an appendix's or a supplement's label ("Appendix B.", "S1 Appendix", "Supplementary Note 2")? */
export function isAppendixLabel(heading: string): boolean {
  return LABEL.test(normaliseHeading(heading));
}

/**
 * The kind of an appendix heading by its title: `labelled`, a heading with an appendix label ("Appendix B.
 * Implementation details": the title after the label); otherwise (`inAppendix`: a sub-heading of an appendix, or a
 * section the format marks as one) the whole heading is the title. Undefined when the title names no kind.
 */
export function appendixClass(heading: string, inAppendix: boolean): HeadingClass | undefined {
  const h = normaliseHeading(heading);
  const m = LABEL.exec(h);
  if (!m && !inAppendix) return undefined;
  const title = m ? h.slice(m[0].length).trim() : h;
  const label = m?.[1] ? named(m[1].startsWith('method') ? 'methods' : m[1].startsWith('result') ? 'results' : 'discussion') : undefined;
  return (title ? titleClass(title) : undefined) ?? label;
}
