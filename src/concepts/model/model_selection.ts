/**
 * model_selection: how the final model, checkpoint or configuration was chosen.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('selection/best', /\b(?:best|final|optimal|best-performing) (?:\w+ ){0,2}(?:model|checkpoint|epoch|configuration|network|classifier|architecture|hyper-?parameters?)\b[^.;]{0,60}\b(?:was|were) (?:selected|chosen|retained|determined|identified|used)\b|\b(?:selected|chose|chosen|retained) (?:the )?(?:\w+ ){0,3}(?:model|checkpoint|epoch|weights)\b[^.;]{0,50}\b(?:highest|lowest|best|minimum|maximum|validation)|\bmodel selection\b|\bcheckpoint with the (?:highest|lowest|best)/i, 0.7),
  ],
};

export default defineConcept({
  id: 'model_selection',
  meta: {
    label: 'Final model selection',
    group: 'Model',
    definition:
      'Reported when the manuscript says how the final model, checkpoint, epoch, configuration or hyperparameter set was chosen among candidates, usually by a criterion on validation data (lowest validation loss, highest validation AUC), or names its model selection procedure. Selection of participants, or the content of the final model, does not count.',
    traps: [
      'selection of participants',
      'what the final model contains ("the final model included age and sex")',
      '"best response" of a patient',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The checkpoint with the lowest validation loss was selected as the final model.' },
      { text: 'Model selection was based on the area under the curve in the validation folds.' },
      { text: 'The best-performing configuration on the tuning set was retained for testing.' },
      { text: 'We retained the model weights from the epoch with the highest validation Dice score.' },
    ],
    missing: [
      { text: 'Participants were selected from the outpatient clinic.' },
      { text: 'The final model included age, sex and tumour size.', note: 'content of the model, not how it was chosen' },
      { text: 'The best response was recorded for each patient.' },
    ],
  },
});
