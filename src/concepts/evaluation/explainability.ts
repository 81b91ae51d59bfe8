/**
 * explainability: methods or results that examine how the model decides (saliency maps, SHAP, feature importance).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { afterMethods, MODEL_CONTEXT } from '../shared/examples.js';

// a remark on the field or a trade-off names explanation without doing it: "explainable methods have gained momentum",
// "a trade-off between accuracy and interpretability", "their lack of interpretability"
const FIELD_REMARK = /\bgained (?:momentum|popularity|attention|traction)\b|\b(?:increas\w*|growing|recent|renewed) (?:interest|attention)\b|\btrade-?offs?\b|\black of (?:interpretab|explainab|transparen)\w*/i;

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('explain/method', /\b(?:saliency|Grad-?CAM(?:\+\+)?|class activation maps?|attention maps?|SHAP|Shapley|LIME|integrated gradients|occlusion (?:sensitivity|maps?|analys[ie]s)|layer-?wise relevance|DeepLIFT|guided back-?propagation|(?:feature|variable|permutation|predictor|Gini) (?:importance|attribution|contribution)s?|importance (?:scores?|rankings?|values?|plots?|analys[ie]s)|mean decrease (?:in )?(?:accuracy|Gini|impurity)|VIP scores?|variable importance in projection|explainab\w*|mean impact values?|partial dependence|relevance (?:maps?|scores?)|(?:relevance|contribution|importance) of (?:each|every|individual|the individual) (?:\w+ )?(?:features?|variables?|predictors?|mediators?|inputs?|signals?|radi[iu]s?|biomarkers?|modalit\w+|regions?))\b/i, 0.75, { unless: FIELD_REMARK }),
    cue('explain/interpretable', /\binterpretab\w*\b|\b(?:biological|clinical) interpretation of (?:the )?(?:model|score|signature|features)\b/i, 0.5, { unless: FIELD_REMARK }),
    cue('explain/maps', /\b(?:heat ?maps?|colou?r[- ]?maps?)\b[^.;]{0,80}\b(?:highlight\w*|overlaid|fused|superimposed|activation|attention|contribut\w*|decision|focus\w*|important)\b|\b(?:highlight\w*|overlaid|fused|superimposed) [^.;]{0,60}\b(?:heat ?maps?|colou?r[- ]?maps?)\b/i, 0.65, { unless: /\bexpression|\bclustering\b|\bcorrelation|\babundance/i }),
    cue('explain/probe', /\bto (?:investigate|examine|determine|understand|assess) (?:whether|what|which|how) (?:the )?(?:\w+ ){0,2}(?:model|classifier|network|algorithm) (?:\w+ ){0,3}(?:detects?|uses?|relies|learn\w*|focus\w*|decides?|captures?|attends?)\b/i, 0.65),
  ],
  citationsInMethodsOk: true,
  needsEvaluation: true,
};

export default defineConcept({
  id: 'explainability',
  meta: {
    label: 'Explainability / model examination',
    group: 'Evaluation methods',
    presupposes: 'class_output',
    definition:
      'Reported when the manuscript describes methods or results that examine how the model reaches its output: saliency, attention or class activation maps (Grad-CAM), SHAP or Shapley values, LIME, integrated gradients, occlusion, feature, variable or permutation importance, partial dependence, heat maps overlaid on the input to show what drives a prediction, or an experiment that probes what the model relies on. Calling the model interpretable is weak evidence. Heat maps of gene expression or correlation are not explanations. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'heat maps of expression, abundance, correlation or clustering',
      'explanation methods used by other work in the Introduction',
      'saliency or importance in papers that evaluate no model (e.g. visual saliency in psychology)',
    ],
  },
  spec,
  examples: {
    context: MODEL_CONTEXT,
    reported: [
      { text: 'Grad-CAM heat maps highlighted the regions driving each prediction.' },
      { text: 'We computed SHAP values to rank the contribution of each feature.' },
      { text: 'Permutation importance of each predictor was estimated on the test data.' },
    ],
    missing: [
      { text: 'The heat map highlights the genes with the largest expression changes between groups.', heading: 'Results', note: 'expression heat map' },
      {
        text: afterMethods('Introduction', 'Earlier studies used Grad-CAM to visualise what networks learn [5].'),
        markdown: true,
        note: 'other work',
      },
      { text: 'Saliency of the visual stimuli was varied by changing their contrast.', context: '', note: 'no model under evaluation' },
      { text: 'Explainable segmentation networks have gained momentum in recent years but are rarely used in the clinic.', heading: 'Methods', note: 'a remark on the field' },
      { text: 'Deep networks offer a trade-off between accuracy and interpretability that simpler scores avoid.', heading: 'Methods', note: 'a trade-off remark, not an examination of the model' },
      { text: 'We computed SHAP values to rank the contribution of each feature.', context: '', note: 'without a model or test under evaluation the concept does not apply' },
    ],
  },
});
