/**
 * model_specification: the complete final model, and how to use it, so that others can make predictions for new
 * individuals (equation with intercept or baseline risk, points score, nomogram, calculator, released model).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** a written-out equation */
const EQUATION =
  /\b(?:logit|log ?\(?odds|linear predictor|risk score|prognostic index|LP|PI)\b\s*(?:\([^)]{0,40}\))?\s*=\s*[-−–]?\s*\d|(?:1 ?\/ ?\(1 ?\+ ?exp|exp ?\( ?[-−–] ?\(|\b1 ?[-−–] ?S ?0 ?\(t\))|[-−–]?\d+(?:[.·]\d+)? ?[×x*] ?\(?[A-Za-z][\w ]{0,25}\)? ?[+−–-] ?\d+(?:[.·]\d+)? ?[×x*] ?\(?[A-Za-z]/;
/** the intercept or baseline risk given with a number */
const INTERCEPT =
  /\b(?:intercept|constant(?: term)?(?! (?:size|learning rate|rate|number|shape|resolution|spacing|factor|padding|value|width|height|length|step|temperature|dose|speed))|baseline (?:survival|hazard|risk)(?: function)?(?: at \d+ (?:days?|weeks?|months?|years?))?|(?:S 0|S0) ?\(\s*\d+\s*\))\b[^.]{0,40}(?:=|:|was|of|is)\s*[-−–]?\s*\d|\b(?:intercept|baseline (?:survival|hazard|risk))\b[^.]{0,60}\b(?:Table|Supplement\w*|Appendix|are (?:given|shown|provided|listed)|is (?:given|shown|provided))\b/i;
/** tools to apply the model */
const TOOL =
  /\b(?:nomograms?|points?[- ]based (?:score|system|chart)|(?:risk )?score (?:chart|sheet|card)|(?:simplified|integer) (?:risk |points? )?score|(?:online|web[- ]based|web|smartphone|mobile) (?:calculator|application|app|tool|interface)|(?:risk|online) calculators?|point scores?|scoring (?:system|sheet|chart) (?:was|is) (?:derived|developed|provided|presented|shown))\b/i;
/** the full coefficients, without saying whether the intercept is there (partial) */
const COEFFICIENTS =
  /\b(?:regression coefficients|(?:beta|β) coefficients|coefficients (?:of|for) (?:all |each |the )?(?:predictors|variables|the (?:final )?model)|(?:final|full) (?:model )?equation)\b[^.]{0,80}\b(?:Table|Supplement\w*|Appendix|are (?:given|shown|provided|listed|reported|presented)|were (?:given|shown|provided|listed|reported|presented))\b/i;
/** the trained model itself, shared */
const RELEASED =
  /\b(?:(?:the |our )?(?:trained|final|fitted|developed) (?:model|network|classifier|algorithm)s?(?: weights| parameters| files?| objects?)?|model (?:weights|parameters|files?|objects?|checkpoints?)|(?:trained|learned) weights|(?:model|prediction) API|application programming interface)\b[^.]{0,100}\b(?:(?:are|is|were|will be|have been|has been) (?:made |also )?(?:publicly |freely |openly )?(?:available|released|shared|deposited|provided|downloadable|accessible)|available (?:at|from|on|via|upon|under)|can be (?:downloaded|accessed|obtained)|(?:at|on|via|from|in|to) (?:https?:\/\/|GitHub|Zenodo|Hugging ?Face|figshare))/i;
/** pretrained weights of others, predictors only, and performance */
const NOT_SPEC =
  /\b(?:ImageNet|pre-?trained on|initiali[sz]ed (?:with|from)|fine-?tun\w+ from|publicly available (?:pre-?trained|dataset|data)|from (?:the )?(?:timm|torchvision|model zoo)|previously (?:published|developed|described) (?:model|nomogram|score|calculator)s?|existing (?:nomogram|score|calculator)s?)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'model-spec/equation', re: EQUATION, weight: 1, unless: NOT_SPEC },
    { id: 'model-spec/intercept', re: INTERCEPT, weight: 1, unless: NOT_SPEC },
    { id: 'model-spec/tool', re: TOOL, weight: 0.9, unless: NOT_SPEC },
    { id: 'model-spec/released', re: RELEASED, weight: 0.85, unless: NOT_SPEC },
    { id: 'model-spec/coefficients', re: COEFFICIENTS, weight: 0.85, partial: true, unless: NOT_SPEC },
  ],
  sectionWeight: { introduction: 0.15, discussion: 0.55 },
  damp: [{ re: /\b(?:previous|prior|earlier|other|existing) (?:studies|models|nomograms|scores)\b/i, factor: 0.3 }],
};

export default defineConcept({
  id: 'model_specification',
  meta: {
    label: 'Full model specification',
    group: 'Results',
    definition:
      'Reported when the manuscript gives the final model in a form that lets others compute a prediction for a new individual, and says how it is meant to be applied: the full equation (every coefficient together with the intercept, or the baseline risk or survival at a stated time point), a points score, nomogram or web calculator, or the model object, code or an API, saying whether access is open or restricted. Coefficients without the intercept or baseline risk are partial. Not counted: the list of predictors, the model type or architecture alone, performance results, pretrained weights of other models used as a starting point, and scores or nomograms of earlier studies.',
    traps: [
      'the predictors in the model without their weights',
      'the model type alone: "a gradient-boosted tree ensemble was chosen"',
      'performance of the model instead of the model itself',
      'pretrained weights of another network ("initialised with ImageNet weights")',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The predicted risk is 1/(1 + exp(-(-4.21 + 0.035 x age + 0.62 x diabetes + 0.81 x prior stroke))).', heading: 'Results' },
      { text: 'The 5-year baseline survival was 0.912; with the coefficients in Table 3 it gives each patient\'s predicted risk.', heading: 'Results' },
      { text: 'A points-based score chart and an online calculator for applying the model at the bedside are provided in Supplementary Figure 2.', heading: 'Results' },
      { text: 'The trained model weights and an inference script are available at https://github.com/example/risk-net.', heading: 'Code availability' },
      { text: 'Regression coefficients of all predictors in the final model are listed in Table 3.', heading: 'Results', status: 'partial', note: 'no intercept or baseline risk mentioned' },
    ],
    missing: [
      { text: 'The final model included age, sex, diabetes and prior stroke.', heading: 'Results', note: 'predictors only' },
      { text: 'A gradient-boosted tree ensemble was chosen as the final model.', note: 'model type only' },
      { text: 'The model achieved a C statistic of 0.81 in the validation cohort.', heading: 'Results', note: 'performance' },
      { text: 'The encoder was initialised with weights pretrained on ImageNet, which are publicly available.', note: 'another model\'s weights' },
      { text: 'Volumes were resampled to a constant size of 96 × 96 × 96 voxels.', note: '"constant" is not the model constant' },
      { text: 'Large trained models can be hard to host; Zenodo and Hugging Face are common choices.', heading: 'Discussion', note: 'no model of this study is released' },
    ],
  },
});
