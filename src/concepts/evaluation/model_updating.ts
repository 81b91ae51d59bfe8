/**
 * model_updating (TRIPOD 10e, 17; TRIPOD+AI 12f, 24): model updating and recalibration, or that none was done.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';
import { CLUSTER1 } from '../shared/clusters.js';
import { EVAL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

const INSTRUMENT = /\b(?:instruments?|scanners?|devices?|sensors?|meters?|monitors?|cameras?|pumps?|spectrometers?|machines?|equipment|CGMs?|probes?|balances?|pipettes?|thermometers?|transducers?|detectors?|assays?)\b/i;
/** base-quality recalibration in sequencing pipelines */
const RECAL_HOMONYM = /\b(?:base quality|quality scores?|BQSR|GATK)\b/i;
/** what a model recalibration is about */
const MODEL_WORD = /\b(?:models?|predict\w*|risks?|probabilit\w*|intercepts?|slopes?|equations?|nomograms?|classifiers?|algorithms?|scores?|calibration)\b/i;

// an existing model applied to new data as it was, in any order and wording: a mark that it was left as it was
// (unmodified, the equation obtained before, without retraining), the act of applying it, and the model
const AS_IT_WAS = String.raw`\b(?:unmodified|unchanged|as[- ]is|without (?:any )?(?:further )?(?:modifications?|adaptations?|adjustments?|changes?|re-?training|retraining|fine[- ]?tuning|recalibration|updating|re-?fitting|refitting|re-?estimation)|(?:obtained|derived|developed|fitted|estimated|trained) (?:before|previously|earlier|beforehand)|previously (?:obtained|derived|developed|fitted|trained|established)|fixed (?:weights|coefficients|parameters))\b`;
const APPLY_ACT = String.raw`\b(?:appl(?:ied|ying)|used|tested|evaluated|validated|introduced|entered|plugged|inserted|transferred|deployed|run)\b`;
const MODEL_OBJECT = String.raw`\b(?:models?|equations?|scores?|algorithms?|classifiers?|networks?|nomograms?|formulae?|formulas|signatures?|weights|coefficients|(?:our|the proposed|the) (?:method|approach|pipeline))\b`;
/** transfer learning from a pretrained network (frozen layers, an unmodified pretrained encoder), not an existing model */
const PRETRAINED = /\b(?:pre-?train\w*|ImageNet|CLIP|fine-?tun\w*|initiali[sz]\w*|backbones?|encoders?|layers?|frozen)\b/i;

const spec: SpecBody = {
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue('updating/recalibration', /\brecalibrat\w*/i, 0.7, { unless: new RegExp(`${INSTRUMENT.source}|${RECAL_HOMONYM.source}|^(?![^]*${MODEL_WORD.source})`, 'i') }),
    cue(
      'updating/updated',
      /\bmodel (?:updating|revision)\b|\bupdat(?:ed|ing) (?:of )?the (?:original|existing|published|previously (?:developed|published|derived)) (?:\w+ )?(?:model|score|equation|algorithm|nomogram|rule)\b|\b(?:model|score|equation|nomogram)(?:'s)? (?:intercept|coefficients?|baseline (?:risk|hazard|survival)) (?:was|were) (?:re-?estimated|updated|recalibrated|adjusted)\b|\b(?:model|score|equation|algorithm|nomogram)s? (?:was|were) (?:subsequently |then |further |therefore )?(?:updated|re-?estimated|revised|recalibrated) (?:by|using|with|for|to)\b/i,
      0.7,
      { unless: /\b(?:epochs?|iterations?|gradients?|optimi[sz]er|back-?propagat\w*|learning rate|Adam|SGD|mini-?batch\w*|software|version)\b/i },
    ),
    cue(
      'updating/fine-tune-site',
      new RegExp(
        `\\bfine[- ]?tun\\w*\\b[^.;]{0,80}\\b(?:on|with|using|to|for) (?:(?:data|images|samples|patients) (?:from|of) )?(?:the |a |each |every )?(?:(?:external|site[- ]specific|institution[- ]specific|hospital[- ]specific) (?:\\w+ )?(?:data|data ?sets?|datasets?|cohorts?|samples?|images|patients|sites?|cent(?:er|re)s?|hospitals?|institutions?)|(?:each|every|the other|another|the external|the target) ${CLUSTER1})\\b`,
        'i',
      ),
      0.6,
      { unless: /\bImageNet\b/i },
    ),
    cue(
      'updating/not-done',
      /\b(?:model|score|equation|algorithm|nomogram|classifier)s? (?:was|were) not (?:\w+ )?(?:recalibrated|updated|re-?estimated|re-?trained|retrained|fine[- ]?tuned|refitted|re-?fitted)\b|\b(?:applied|used|tested|evaluated|validated|transferred|deployed)\b[^.;]{0,80}\bwithout (?:any )?(?:further )?(?:re-?training|retraining|fine[- ]?tuning|recalibration|updating|re-?fitting|refitting|re-?estimation)\b|\bno (?:\w+ )?(?:recalibration|model updating)\b/i,
      0.7,
      { notDone: true, negationOk: true, unless: INSTRUMENT },
    ),
    // "applied unmodified to radiographs of a second hospital", "the values were entered into the equation obtained before";
    // not a pretrained network or its frozen layers, not an instrument
    cue('updating/as-it-was-facets', cooccur(AS_IT_WAS, APPLY_ACT, MODEL_OBJECT), 0.6, {
      notDone: true,
      negationOk: true,
      sections: ['methods', 'results', 'other'],
      unless: new RegExp(`${PRETRAINED.source}|${INSTRUMENT.source}`, 'i'),
    }),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'model_updating',
  meta: {
    label: 'Model updating / recalibration',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript says whether an existing model was updated for new data: recalibration (of the intercept, slope or predicted risks), re-estimation of coefficients or baseline risk, model revision, or fine-tuning on the data of an external site. An explicit statement that the model was applied without recalibration or retraining is reported as not done. Calibration of instruments, base-quality recalibration in sequencing, parameter updates during training (optimiser steps), fine-tuning of an ImageNet-pretrained network, possibilities and other work do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'recalibration of scanners, instruments, assays and devices',
      'base quality score recalibration (GATK) in sequencing pipelines',
      'weights updated by the optimiser at each iteration',
      'fine-tuning a network pretrained on ImageNet',
      'wishes ("recalibration may be required") and other work',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'Because predicted risks were systematically too high, the model was recalibrated by re-estimating its intercept.' },
      { text: 'We applied logistic recalibration of the original score to the validation cohort.' },
      { text: 'The model was updated using the local data by re-estimating the regression coefficients.' },
      { text: 'The network was then fine-tuned on data from each external site before testing.' },
    ],
    notDone: [
      { text: 'The published model was applied to our cohort without any retraining or recalibration.' },
      { text: 'The risk score was not recalibrated for the new population.' },
      { text: 'Applied unmodified to radiographs from a second hospital, the classifier kept a sensitivity of 0.88.', heading: 'Results' },
      { text: 'For each new patient, the three biomarker levels were entered into the equation derived earlier to give a predicted risk.', heading: 'Methods' },
    ],
    missing: [
      { text: 'The scanner was recalibrated every morning using a phantom.', note: 'instrument' },
      { text: 'Base quality score recalibration was carried out with the standard pipeline.', note: 'sequencing' },
      { text: 'Model parameters were updated with the Adam optimiser at each iteration.', note: 'training step' },
      { text: 'We fine-tuned an ImageNet-pretrained ResNet-50 on our local dataset.', note: 'transfer learning' },
      { text: 'The pretrained network was used unchanged, and only a new classification head was trained.', heading: 'Methods', note: 'transfer learning, not an existing model' },
      { text: 'The point-of-care device and its scoring algorithm were used as is, with the settings of the manufacturer.', heading: 'Methods', note: 'an instrument' },
      { text: 'Image features were computed by applying a network with fixed weights pretrained on ImageNet.', heading: 'Methods', note: 'a pretrained network as a feature extractor' },
      { text: 'Recalibration may be required before the model is used in other settings.', heading: 'Discussion', note: 'possibility' },
      { text: 'Existing scores have been recalibrated in several countries [21,22].', heading: 'Introduction', note: 'other work' },
      {
        text: 'The model was updated using the local data by re-estimating the regression coefficients.',
        context: '',
        note: 'without a model or test under evaluation the concept does not apply',
      },
    ],
  },
});
