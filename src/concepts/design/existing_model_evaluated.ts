/**
 * existing_model_evaluated: the study evaluates a model, algorithm or tool it did not build (a commercial product,
 * a previously published model, an off-the-shelf network used without training). Items about training it then
 * do not apply (see the `presupposes` of the training concepts and src/sources/presuppositions.ts).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { pattern } from '../core/pattern.js';
import type { RuleContext } from '../core/spec.js';
import { evidenceOf, type Finding } from '../types.js';
import { cue } from '../shared/modelling.js';

/** the study's own model in the same sentence: the existing one is a comparator */
const OWN_MODEL = /\b(?:we|our) (?:\w+ ){0,2}(?:trained|developed|built|proposed|designed|created)\b|\b(?:our|the proposed) (?:model|method|network|approach|algorithm)\b|\bcompar\w* (?:\w+ ){0,3}(?:with|to|against|versus)\b/i;

/** an AI or decision-support product: not a drug, a scanner or the software that exports data */
const AI_TOOL = String.raw`(?:AI|artificial intelligence|deep[- ]learning|machine[- ]learning|CAD|computer[- ]aided (?:detection|diagnosis)|algorithms?|(?:AI|detection|diagnostic|triage|segmentation|prediction|risk|decision[- ]support|classification|screening)[- ](?:software|tools?|systems?|models?|products?|solutions?|applications?))`;

const TOOL = String.raw`(?:AI|artificial intelligence|deep[- ]learning|machine[- ]learning|CAD|computer[- ]aided (?:detection|diagnosis)|algorithms?|software|tools?|systems?|models?|applications?|products?|solutions?|devices?|networks?|classifiers?|scores?)`;

/** the study's own training or development of a model: then it is not (only) an evaluation of an existing one */
const OWN_TRAINING = /\b(?:we|our (?:team|group)|this study|the present study)\b[^.;]{0,50}\b(?:trained|re-?trained|fine-?tuned|developed|built|constructed|designed|proposed|implemented)\b[^.;]{0,60}\b(?:models?|networks?|classifiers?|algorithms?|CNNs?|architectures?|systems?|scores?|nomograms?)\b|\b(?:models?|networks?|classifiers?|CNNs?) (?:was|were) (?:re-?trained|fine-?tuned|trained)\b(?! (?:by|at) (?:the )?(?:vendor|manufacturer|developers?|company))/i;

function ownTraining({ ms, features }: RuleContext): Finding | undefined {
  for (const s of ms.sentences) {
    const k = s.section.kind;
    if (k !== 'methods' && k !== 'abstract' && k !== 'results' && k !== 'title') continue;
    const f = features[s.index]!;
    if (f.negation || f.future || f.hypothetical) continue;
    if (pattern(OWN_TRAINING).test(s)) {
      const rule = 'existing/own-training';
      return { concept: 'existing_model_evaluated', status: 'missing', evidence: [], confidence: 0.8, rule, reason: `the study trains or develops its own model: "${s.text.slice(0, 100)}"`, details: { own: evidenceOf(s, rule) } };
    }
  }
  return undefined;
}

const spec: SpecBody = {
  // a study that trains its own model evaluates no (only) existing one, whatever else it compares with
  first: ownTraining,
  rules: [
    // a product named as such
    cue('existing/commercial', new RegExp(String.raw`\b(?:commercially available|commercial|FDA[- ](?:cleared|approved)|CE[- ]marked|CE[- ]certified|vendor[- ]provided|market(?:ed|-approved))\b(?: \S+){0,4}? ${AI_TOOL}\b`, 'i'), 0.8, { unless: OWN_MODEL }),
    // used as released: no training, retraining or fine-tuning
    cue('existing/no-training', /\b(?:without (?:any )?(?:re-?training|fine-?tuning|further training|additional training|modification)|(?:was|were) (?:not|never) (?:re-?trained|fine-?tuned|trained|modified)|no (?:re-?training|fine-?tuning|model training|additional training) (?:was|were) (?:performed|done|carried out|needed|required)|(?:used|applied|run|deployed|evaluated) (?:as is|off[- ]the[- ]shelf|out of the box|as released)|off[- ]the[- ]shelf (?:version|model|algorithm|software|tool))\b/i, 0.9),
    // the study's own aim is to test an existing model
    cue('existing/evaluate-existing', new RegExp(String.raw`\b(?:we|this study|the present study|our study|the aim (?:of this study )?was to|this work)\b[^.]{0,60}\b(?:evaluat\w*|validat\w*|assess\w*|test\w*|compar\w*|investigat\w*)\b (?:the )?(?:performance of |accuracy of )?(?:an? |the |two |three |several |four )?(?:existing|previously (?:published|developed|described|validated)|publicly available|established|pre-?existing|commercial|available|widely used)(?: \S+){0,2}? ${TOOL}\b`, 'i'), 0.9, { unless: OWN_MODEL }),
  ],
  sectionWeight: { introduction: 0.3, discussion: 0.4, declarations: 0 },
  require: { pattern: /commercial|FDA|CE-|CE |vendor|market|without|not|never|no |as is|shelf|out of the box|as released|existing|previously|publicly|established|available|widely/i },
};

export default defineConcept({
  id: 'existing_model_evaluated',
  meta: {
    label: 'Evaluation of an existing model or tool',
    group: 'Design',
    definition:
      'Reported when the study evaluates a model, algorithm or software tool that it did not develop or train itself: a commercial or regulator-cleared product, a previously published or publicly available model, or a network applied off the shelf without retraining or fine-tuning. A study that develops its own model and compares it with existing ones does not count (its comparators are benchmarks). When this is reported and the manuscript describes no training of its own, items about training the model (training details, initialisation, model selection, ensembling, partitions) are not applicable.',
    traps: [
      'a study that trains its own model and compares it with commercial software (benchmark comparison)',
      'a network "pre-trained on ImageNet" and then fine-tuned (transfer learning is training)',
      'existing models discussed in the Introduction',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'We evaluated a commercially available deep learning algorithm for the detection of pulmonary nodules on chest radiographs.' },
      { text: 'The FDA-cleared triage software was run on every scan of the cohort.' },
      { text: 'The published segmentation network was applied without retraining or fine-tuning to our images.' },
      { text: 'The aim of this study was to validate a previously published prediction model in a new population.', heading: 'Abstract' },
      { text: 'The model was not retrained; we used the released weights as they were.' },
    ],
    missing: [
      { text: 'We trained a convolutional neural network and compared it with a commercial CAD system.', note: 'own model, the product is a comparator' },
      { text: 'Commercial AI products for fracture detection have become widely available in recent years.', heading: 'Introduction', note: 'background' },
      { text: 'The encoder was pre-trained on ImageNet and fine-tuned on our data.', note: 'transfer learning is training' },
      { text: 'We developed a gradient boosting model. The commercially available risk algorithm served as a reference.', note: 'own development elsewhere in the paper' },
      { text: 'Images were acquired on a commercially available 3 T scanner.', note: 'a scanner is not the evaluated model' },
      { text: 'The enzyme was recovered from leftover vials of the commercial product.', note: 'a drug, not a model' },
      { text: 'Beat annotations were exported from the manufacturer\'s commercial software.', note: 'software that exports data' },
    ],
  },
});
