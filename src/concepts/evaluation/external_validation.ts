/**
 * external_validation: whether the model or test was evaluated on data from another source (site, dataset, period),
 * or explicitly not.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP, pushUnique } from '../shared/modelling.js';
import { afterMethods, MODEL_CONTEXT } from '../shared/examples.js';

const PLACE = '(?:hospitals?|institutions?|cent(?:er|re)s?|sites?|countries|cities|clinics?|scanners?|vendors?|health ?systems?|populations?|cohorts?|data ?sets?|datasets?|databases?|registr(?:y|ies))';
const EV_EXT_UNLESS = /\bexternal (?:validity|cortical|beam|auditory|iliac|carotid|jugular|fixation|ear|genitalia|rotation|oblique|quality|funding|advisory|review|peer|examiner|reviewer|surface|boundary)/i;
/**
 * Conditional or prospective validation ("If successfully validated in an external cohort, the score would ...",
 * "With validation in additional cohorts, this approach may lead to ...") is a wish, not a report.
 */
const EV_CONDITIONAL =
  /\bif (?:\w+ )?(?:validated|confirmed|replicated|tested|reproduced)\b|\b(?:with|after|upon|pending|following) (?:further |additional |successful |external |independent |prospective )*(?:validation|replication|confirmation) (?:in|on|of|using)\b|\bonce (?:\w+ )?(?:validated|confirmed|replicated)\b|\bwould hold promise\b|\bmay (?:lead|pave the way) to\b|\b(?:studies|validation|evaluation|research|investigations?|work|cohorts?|datasets?)\b[^.;]{0,100}\b(?:is|are) (?:still |also |thus |therefore |further |now )?(?:warranted|needed|required|necessary)\b/i;

/*
 * The explicit not-done rules keep their score when the sentence goes on with a wish ("... has not been validated
 * externally, and such validation is still needed"): the soft traps for wishes (`dampOk`) would otherwise turn a
 * statement about this study into a "not found — check" candidate.
 */
const spec: SpecBody = {
  damp: [...FAMILY_DAMP, { re: EV_CONDITIONAL, factor: 0.3 }],
  rules: [
    cue('external/explicit', /\bexternal(?:ly)?[- ](?:validat\w*|test\w*|evaluat\w*|cohorts?|data ?sets?|datasets?|test sets?|populations?|institutions?|hospitals?|cent(?:er|re)s?|sites?|samples?|data)\b/i, 0.85, { unless: EV_EXT_UNLESS }),
    cue('external/temporal', /\btemporal(?:ly)? (?:validat\w*|external|test\w*|hold-?out)|\bgeographic(?:al(?:ly)?)? (?:validat\w*|external|test\w*)/i, 0.8),
    cue('external/other-site', new RegExp(`\\b(?:validat\\w*|tested|test|evaluat\\w*|applied|generali[sz]\\w*)\\b[^.;]{0,80}\\b(?:from|at|in|on|to|analy[sz]ed|used|using|with) (?:an? |the |two |three |four |five |\\d+ )?(?:other|another|different|independent|new|unseen|additional|second|separate) (?:[\\w-]+ ){0,3}${PLACE}\\b|\\b(?:an?other|two other|three other|different|independent|new|unseen|separate) (?:\\w+ ){0,2}${PLACE}\\b[^.;]{0,80}\\b(?:validat\\w*|tested|testing|evaluat\\w*|generali[sz]\\w*)`, 'i'), 0.65, { unless: /\bindependent[- ]samples?\b|\b(?:future|further) (?:studies|research|work)/i }),
    cue('external/generalization', /\bgenerali[sz]ation (?:data ?sets?|datasets?|cohorts?|test\w*)|\b(?:tested|evaluated|applied|validated|assessed)\b (?:\w+ ){0,4}(?:on|in|to) (?:an? |the |\w+ )?(?:new|unseen|other|independent|external|different) (?:\w+ )?(?:data ?sets?|datasets?|cohorts?|sites?|scanners?|institutions?|populations?|patient (?:groups?|series))\b/i, 0.7),
    // validation in several cohorts or datasets by the authors ("a signature that we have validated across multiple
    // cohorts and platforms"): more than one source besides development
    cue('external/multi-cohort', /\b(?:validated|tested|replicated|confirmed|evaluated)\b (?:\w+ ){0,2}(?:across|in|on|using) (?:multiple|several|two|three|four|five|\d+) (?:independent |external |other |different |additional |separate )?(?:[\w-]+ )?(?:cohorts|datasets|data sets|populations|sites|centres|centers|institutions|hospitals)\b/i, 0.7, { requireOwn: true }),
    cue('external/not-used', /\b(?:data ?sets?|datasets?|cohorts?|sites?|cent(?:er|re)s?|hospitals?) (?:that|which) (?:was|were) (?:not|never) (?:used|included|seen) (?:for|in|during) (?:the )?(?:training|development)/i, 0.7, { negationOk: true }),
    cue('external/not-done', /\b(?:external|independent|separate) (?:validation|test(?:ing)?) (?:cohorts?|sets?|data ?sets?|datasets?|populations?|data|stud(?:y|ies))? ?(?:is|was|were|are|has been|have been) (?:therefore |thus |currently |also |so far )?(?:not (?:yet )?(?:possible|available|feasible|performed|done|conducted|undertaken)|unavailable|impossible|infeasible|lacking)\b|\b(?:no|without|lack(?:ed|s|ing)?(?: of)?|absence of|did not (?:perform|include|have)|not (?:perform|include))\s(?:an?\s)?(?:external|independent) (?:validation|testing|test(?:ing)? (?:set|cohort)|evaluation|cohort|data ?set|dataset|data)\b|\bnot (?:yet )?(?:been )?(?:externally|independently|prospectively) (?:validated|tested|evaluated)\b|\bnot (?:yet )?(?:been )?(?:validated|tested|evaluated) (?:externally|in (?:an? )?(?:external|independent|separate|other|different))/i, 0.85, { notDone: true, negationOk: true, dampOk: true }),
    // ML papers say it in their own words: "we do not evaluate the model on other datasets", "models were trained
    // and tested on a single dataset", "its out-of-domain performance has not been shown" (about this study only)
    cue('external/not-done-own', /\b(?:do|did|does|could|can|have|has)(?: not|n't) (?:yet )?(?:validate|test|evaluate|assess|apply)\b[^.;]{0,60}?\b(?:on|in|to|with|using) (?:an? |any )?(?:other|external|independent|different|unseen|additional|new|further) (?:[\w-]+ )?(?:data ?sets?|datasets?|cohorts?|sites?|cent(?:er|re)s?|hospitals?|institutions?|populations?|data sources?)\b|\b(?:trained|training|developed|development) and (?:tested|testing|evaluated|evaluation|validated|validation) (?:\w+ ){0,3}?(?:on|in|with|using|from) (?:a |one )?(?:single|the same) (?:[\w-]+ ){0,2}?(?:data ?set|dataset|cohort|institution|cent(?:er|re)|hospital|site|source)\b|\bout-of-?(?:domain|distribution) (?:performance|generali[sz]ation|robustness)\b[^.;]{0,30}\b(?:has|have|was|were|is|are) not (?:yet )?(?:been )?(?:\w+ )?(?:shown|demonstrated|evaluated|tested|assessed|studied)\b/i, 0.8, { notDone: true, negationOk: true, requireOwn: true, dampOk: true }),
    cue('external/same-source', /\b(?:single|one|the same|a common) (?:data )?(?:institution|cent(?:er|re)|hospital|site|source|resource|registry|database)\b[^.;]{0,100}\bvalidat\w*|\bvalidat\w*[^.;]{0,100}\b(?:from|in|at|of) (?:a |the )?(?:single|one|same|common) (?:data )?(?:institution|cent(?:er|re)|hospital|site|source|resource|registry|database)\b/i, 0.7, { notDone: true, negationOk: true, unless: /\bvalidated (?:questionnaire|scale|instrument|tool|method)\b/i }),
  ],
  value: (hits) => {
    const done = hits.some((h) => !h.notDone);
    const sites: string[] = [];
    for (const h of hits) {
      if (h.notDone) continue;
      const m = /\b((?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*) (?:hospital|cohort|dataset|data set|study|database|registry)\b/.exec(h.sentence.text);
      if (m && sites.length < 5) pushUnique(sites, m[0]);
    }
    return { value: done ? 'performed' : 'not_performed', ...(sites.length ? { details: { sites } } : {}), ...(done ? {} : { notDone: true }) };
  },
  citationsInMethodsOk: true,
  needsEvaluation: true,
};

export default defineConcept({
  id: 'external_validation',
  meta: {
    label: 'External validation',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript says whether the model or test was evaluated on data from a different source than its development: another hospital, site, country, dataset, cohort or period (temporal or geographic validation), or data that were not used for development. An explicit statement that this was not done ("no external validation was performed", all cohorts come from the same hospital or registry, an independent cohort is not available) is reported as not done. A wish or a condition ("if validated in an external cohort ...", "external validation is warranted") does not count, nor does validation by other authors in the Introduction. The concept applies only where a model, classifier or test is evaluated.',
    values: {
      performed: 'the model or test was evaluated on data from another source (site, dataset, cohort or period)',
      not_performed: 'the manuscript says there was no external validation, or that all data come from one source',
    },
    traps: [
      'anatomical and other homonyms: external cortical surface, external beam, external review or funding, external validity',
      'k-fold cross-validation called "generalization performance"',
      'conditional or future validation ("if validated ...", "with validation in further cohorts ...", "... are warranted")',
      'validation of an assay or questionnaire in other laboratories, in papers that evaluate no model or test',
      'other work in the Introduction',
      'other studies\' single-centre designs, and a single reader or annotator (not a single data source)',
    ],
  },
  spec,
  examples: {
    context: MODEL_CONTEXT,
    reported: [
      { text: 'The model was externally validated on 300 patients from two other hospitals.', value: 'performed' },
      { text: 'Performance was then tested on unseen datasets acquired at different sites.', value: 'performed' },
      { text: 'To validate the signature, we analysed four independent expression datasets of treated patients.', value: 'performed' },
      { text: 'We have since validated the classifier across several independent cohorts and array platforms.', value: 'performed' },
      { text: 'We then used a separate dataset of 30 biopsies from 9 other patients to validate the model.', value: 'performed' },
      { text: 'The model was externally tested on the Rotterdam Study cohort.', value: 'performed' },
    ],
    notDone: [
      { text: 'No external validation of the model was performed.', value: 'not_performed' },
      { text: 'The score has not yet been validated in an independent population.', heading: 'Discussion', value: 'not_performed' },
      {
        text: 'A limitation is that all cohorts used to validate the method came from the same registry.',
        heading: 'Discussion',
        value: 'not_performed',
      },
      {
        text: 'Because our biopsy collection is unique, an independent validation cohort is therefore not available.',
        heading: 'Discussion',
        value: 'not_performed',
      },
      {
        text: 'The classifier has not been validated externally, and such validation is still needed before clinical use.',
        heading: 'Discussion',
        value: 'not_performed',
        note: 'a not-done statement that goes on with a wish',
      },
    ],
    missing: [
      { text: afterMethods('Introduction', 'Earlier risk models were rarely validated externally [4,5].'), markdown: true, note: 'other work' },
      { text: 'The tumour reached the external cortical surface in two cases.', note: 'anatomical homonym' },
      { text: 'The paper was externally peer reviewed.' },
      { text: 'Generalization performance was assessed with k-fold cross-validation.', note: 'internal validation' },
      { text: 'Future studies should validate the model in other populations.', heading: 'Discussion', note: 'future wish' },
      {
        text: 'If it is successfully validated in an external cohort, the score would help select patients for withdrawal.',
        heading: 'Discussion',
        note: 'conditional validation',
      },
      { text: 'With validation in further cohorts, this approach may lead to better treatment decisions.', heading: 'Discussion', note: 'conditional validation' },
      { text: 'Validation studies in external cohorts of this grading model are warranted.', note: 'a wish' },
      { text: 'The assay has also been validated in other laboratories.', context: '', note: 'no model or test under evaluation' },
      {
        text: 'Most earlier risk models were built in a single hospital and may not generalise to other populations [7].',
        heading: 'Discussion',
        note: 'other work',
      },
      { text: 'Evaluation of such tools at several sites is needed before they are adopted.', heading: 'Discussion', note: 'a generic wish' },
      { text: 'A single reader outlined every lesion, so the masks may not generalise to other readers.', heading: 'Discussion', note: 'a limitation about something else' },
      { text: 'Images were acquired on one scanner with an external receive coil.', note: '"external" in another sense; a single scanner stated without doubt' },
    ],
  },
});
