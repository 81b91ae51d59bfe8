/**
 * title_id: the title (or, partly, the abstract) names the type of study: a trial, an AI method, a prediction
 * model, a diagnostic accuracy study, an observational design or a review.
 */
import type { Sentence } from '../../manuscript/model.js';
import { defineConcept } from '../core/define.js';
import { evidenceOf, type DetectContext, type Finding } from '../types.js';

const STUDY_TYPE: Array<[RegExp, string]> = [
  [/\b(randomi[sz]ed|randomly assigned|controlled trial|clinical trial|cluster[- ]randomi[sz]ed|placebo[- ]controlled|crossover trial|non-?inferiority trial|pilot trial|feasibility trial)\b/i, 'randomised_trial'],
  [/\b(deep[- ]learning|machine[- ]learning|neural networks?|convolutional|artificial intelligence|u-?net|transformer models?|random forests?|gradient boosting|support vector|natural language processing)\b/i, 'ai'],
  [/\b(AI|CNNs?)\b/, 'ai'],
  // methods named in the words of ML venues: diffusion models, transformers, self-supervised or federated learning, ...
  [/\b(diffusion models?|(?:vision |video |graph |image )?transformers?|generative adversarial|GANs?|auto-?encoders?|(?:self|semi|weakly)[- ]supervised|contrastive (?:learning|pre-?training)|federated learning|foundation models?|(?:large |vision[- ])?language(?:[- ]image)? models?|LLMs?|graph neural|reinforcement learning|few-shot|zero-shot|representation learning|domain adaptation|knowledge distillation|pre-?train(?:ing|ed)|discriminative models?|(?:segmentation|classification|detection) (?:networks?|models?)|attention (?:mechanisms?|modules?|networks?)|prototyp(?:e|ical) networks?)\b/i, 'ai'],
  [/\b((?:time-to-event|survival|risk|outcome|mortality|readmission|length[- ]of[- ]stay|prognosis) (?:prediction|forecasting)|prediction model|predictive model|prognostic model|risk (prediction|score|model)|nomogram|predict(s|ing|ion)? (of |the )?(risk|outcome|mortality|survival|response))\b/i, 'prediction_model'],
  [/\b(diagnostic (accuracy|performance|value|test)|sensitivity and specificity|area under the (receiver|curve))\b/i, 'diagnostic_accuracy'],
  [/\bROC\b/, 'diagnostic_accuracy'],
  [/\b(cohort study|case[- ]control study|cross[- ]sectional (study|survey|analysis)|observational study|population[- ]based study|registry[- ]based)\b/i, 'observational'],
  [/\b(systematic review|meta-analys[ie]s|scoping review)\b/i, 'review'],
];

/** in the title only: a title that says it predicts something names a prediction study ("... for predicting the
 * metastatic potential of ...", "... are predictive of response to ..."); in the abstract the word is too common. A
 * weaker cue than a named design or method: it gives the value only when the title and abstract name no other type */
const TITLE_PREDICTS = /\bpredict(?:s|ing|ive|ed)?\b|\bpredictions? of\b/i;

/** venue names in running headers of conference PDFs ("Proceedings of Machine Learning Research", "Medical Imaging with
 * Deep Learning") say where the paper appeared, not what kind of study it is */
const VENUE = /\bProceedings of (?:the )?(?:[A-Z][\w-]*|of|on|and|for|in|\d+)(?: (?:[A-Z][\w-]*|of|on|and|for|in|\d+))*|\bMachine Learning for Health(?:care)?\b|\bMedical Imaging with Deep Learning\b|\bMachine Learning Research\b/g;

function detect({ ms }: DetectContext): Finding {
  const found = new Map<string, Sentence>();
  let predicts: Sentence | undefined;
  for (const s of ms.sentences) {
    const k = s.section.kind;
    if (k !== 'title' && k !== 'abstract') continue;
    const text = s.text.replace(VENUE, ' ');
    for (const [re, type] of STUDY_TYPE) if (!found.has(type) && re.test(text)) found.set(type, s);
    if (k === 'title' && !predicts && TITLE_PREDICTS.test(text)) predicts = s;
  }
  // after every named type, so that it gives the value only when none is named
  if (predicts && !found.has('prediction_model')) found.set('prediction_model', predicts);
  if (!found.size) {
    return { concept: 'title_id', status: 'missing', evidence: [], confidence: 0.7, rule: 'title_id/none', reason: 'neither title nor abstract names the study type' };
  }
  const inTitle = [...found.values()].some((s) => s.section.kind === 'title');
  const ev = [...new Set(found.values())].slice(0, 3).map((s) => evidenceOf(s, 'title_id/type'));
  return {
    concept: 'title_id',
    status: inTitle ? 'reported' : 'partial',
    ...(inTitle ? {} : { onlyIn: 'abstract' as const }),
    value: [...found.keys()][0]!,
    details: { types: [...found.keys()] },
    evidence: ev,
    confidence: inTitle ? 0.85 : 0.65,
    rule: inTitle ? 'title_id/title' : 'title_id/abstract',
    reason: inTitle ? 'the title names the study type' : 'only the abstract names the study type',
  };
}

export default defineConcept({
  id: 'title_id',
  meta: {
    label: 'Study type identified in title/abstract',
    group: 'Front matter',
    definition:
      'Reported when the title names the type of study: a randomised or controlled trial, an AI method (machine or deep learning, neural network, ...), a prediction or prognostic model, a diagnostic accuracy study, an observational design (cohort, case-control, cross-sectional) or a review. Partial when only the abstract names it. The body of the paper does not count: a design stated only in the Methods leaves the title uninformative.',
    values: {
      randomised_trial: 'a randomised, controlled, clinical, pilot or feasibility trial',
      ai: 'an AI method: machine or deep learning, neural networks, random forests, NLP, transformers, diffusion models, self-supervised or federated learning, ...',
      prediction_model: 'a prediction, prognostic or risk model, a nomogram, prediction of an outcome',
      diagnostic_accuracy: 'diagnostic accuracy or performance, sensitivity and specificity, ROC analysis',
      observational: 'a cohort, case-control, cross-sectional or registry-based study',
      review: 'a systematic or scoping review, a meta-analysis',
    },
    traps: ['a design named only in the Methods, not in the title or abstract', 'look-alike words such as "randomness"'],
  },
  detect,
  examples: {
    reported: [
      { text: '# A randomised controlled trial of tea\n\n## Methods\n\nText.\n', markdown: true, value: 'randomised_trial' },
      { text: '# Deep learning for grading stenosis on MRI\n\n## Methods\n\nText.\n', markdown: true, value: 'ai', note: 'a capitalised method name at the start of the title' },
      { text: '# Machine learning to predict readmission after heart failure\n\n## Methods\n\nText.\n', markdown: true, value: 'ai' },
      { text: '# Self-supervised pre-training for grading knee radiographs\n\n## Methods\n\nText.\n', markdown: true, value: 'ai', note: 'ML method words' },
      { text: '# Survival prediction after liver transplantation\n\n## Methods\n\nText.\n', markdown: true, value: 'prediction_model' },
      { text: '# Urinary markers for predicting kidney injury after cardiac surgery\n\n## Methods\n\nText.\n', markdown: true, value: 'prediction_model', note: 'a title that says it predicts' },
      {
        text: '# Retinal photographs are predictive of stroke\n\n## Abstract\n\nWe trained a deep learning model on 9,000 photographs.\n\n## Methods\n\nText.\n',
        markdown: true,
        value: 'ai',
        note: 'the title names a prediction study; the method named in the abstract gives the value',
      },
      {
        text: '# Tea and blood pressure\n\n## Abstract\n\nThis cohort study followed 2,000 adults for ten years.\n\n## Methods\n\nText.\n',
        markdown: true,
        value: 'observational',
        status: 'partial',
        note: 'only the abstract names the design',
      },
    ],
    missing: [
      { text: '# Tea and health\n\n## Methods\n\nText.\n', markdown: true },
      { text: '# Hip fracture outcomes in older adults\n\n## Methods\n\nThis was a randomised controlled trial in four hospitals.\n', markdown: true, note: 'the design is named only in the body' },
      { text: '# Randomness in cell division\n\n## Methods\n\nText.\n', markdown: true, note: 'look-alike word' },
      { text: '# Predictors of falls in older adults\n\n## Methods\n\nText.\n', markdown: true, note: 'risk factors, not a prediction study' },
      {
        text: '# Tea and blood pressure\n\n## Abstract\n\nWe asked whether tea intake predicts blood pressure ten years later.\n\n## Methods\n\nText.\n',
        markdown: true,
        note: '"predicts" counts in the title only',
      },
      { text: '# Proceedings of Machine Learning Research 99, 2025\n\n## Methods\n\nText.\n', markdown: true, note: 'a venue header, not a method' },
    ],
  },
});
