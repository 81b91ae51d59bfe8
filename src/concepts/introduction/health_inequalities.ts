/**
 * health_inequalities (TRIPOD+AI 3c): known inequalities between sociodemographic groups; background material, so
 * citations and the Introduction count.
 *
 * Like the other narrow crosswalk concepts, no labelled corpus scores it: the rules are deliberately narrow and
 * missing is preferred over a weak "reported".
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';

const GROUP_ADJ =
  '(?:racial|ethnic|racial and ethnic|racial/ethnic|socio-?economic|sex|gender|sex and gender|geographic(?:al)?|regional|rural|urban-rural|rural-urban|educational|social)';
/** stereo/image disparity, mathematical inequalities */
const INEQ_HOMONYM = /\b(?:disparity (?:maps?|estimation|values?)|inequalit(?:y|ies) (?:constraints?|conditions?)|triangle inequality|Jensen)\b/i;

const spec: SpecBody = {
  sectionWeight: { introduction: 1, discussion: 0.9, abstract: 0.9 },
  damp: [
    // the model might create or widen inequalities: a fairness worry, not a known inequality
    { re: /\b(?:exacerbat|perpetuat|amplif|worsen|introduc|reinforc)\w*\b/i, factor: 0.6 },
    { re: MODAL, factor: 0.6 },
    INSTRUCTION_DAMP,
  ],
  rules: [
    // a stated, qualified inequality ("well-documented racial disparities", "marked socioeconomic inequalities")
    cue(
      'inequalities/qualified',
      new RegExp(
        `\\b(?:known|well[- ](?:documented|established|recogni[sz]ed|known|described)|documented|persistent|significant|substantial|marked|existing|long-?standing|pronounced|striking|major|wide|widening|large|considerable|profound|stark|notable|important) (?:${GROUP_ADJ} )?(?:and ${GROUP_ADJ} )?(?:health(?:care| care)? )?(?:inequalit(?:y|ies)|inequit(?:y|ies)|disparit(?:y|ies))\\b`,
        'i',
      ),
      0.7,
      { otherWorkOk: true, unless: INEQ_HOMONYM },
    ),
    // an inequality with a predicate of existence ("health inequalities in X persist", "... have been reported")
    cue(
      'inequalities/exist',
      new RegExp(
        `\\b(?:health(?:care| care)?|${GROUP_ADJ}) (?:inequalit(?:y|ies)|inequit(?:y|ies)|disparit(?:y|ies))\\b (?:\\w+ ){0,5}(?:exists?|persists?|remains?|have been (?:\\w+ )?(?:documented|reported|observed|described|shown|identified|demonstrated)|(?:are|is) (?:well[- ]documented|well[- ]established|evident|apparent|present|observed|reported|widespread|common))\\b`,
        'i',
      ),
      0.7,
      { otherWorkOk: true, unless: INEQ_HOMONYM },
    ),
    // the dimension is named: "disparities in survival by race and ethnicity", "inequalities in access between ..."
    cue(
      'inequalities/by-group',
      /\b(?:disparit(?:y|ies)|inequalit(?:y|ies)|inequit(?:y|ies)) in (?:\w+ ){0,3}(?:access|outcomes?|care|treatment|survival|mortality|incidence|screening|diagnosis|health|uptake)\b (?:\w+ ){0,3}(?:by|between|among|across|according to|related to) (?:\w+ ){0,2}(?:race|racial|ethnic\w*|sex|gender|socio-?economic|income|deprivation|education\w*|insurance|rural\w*|urban\w*|geograph\w*|age groups|minorit\w+|black|white|hispanic)\b/i,
      0.7,
      { otherWorkOk: true, unless: INEQ_HOMONYM },
    ),
    // "deprived / low-income / minority groups have worse outcomes or less access"
    cue(
      'inequalities/groups',
      /\b(?:socio-?economically |economically )?(?:under-?served|marginali[sz]ed|disadvantaged|deprived|low-income|minority|ethnic minority|black|hispanic|indigenous) (?:populations?|groups|communities|patients|women|men|children|people)\b[^.;]{0,80}\b(?:higher|lower|worse|poorer|greater|excess|less|reduced|limited|later|delayed) (?:\w+ ){0,2}(?:rates?|risks?|access|outcomes?|survival|mortality|incidence|diagnosis|uptake|likely)\b/i,
      0.6,
      { otherWorkOk: true },
    ),
  ],
};

export default defineConcept({
  id: 'health_inequalities',
  meta: {
    label: 'Known health inequalities',
    group: 'Introduction',
    definition:
      'Reported when the manuscript states known inequalities or disparities in health, care or outcomes between sociodemographic groups relevant to the study: qualified ("well-documented racial disparities", "marked socioeconomic inequalities"), stated to exist or to have been reported, named with the dimension ("disparities in survival by race"), or a disadvantaged group said to have worse outcomes or less access. This is background, so the Introduction and cited work count. A worry that the model might create or widen inequalities, a future wish, a checklist instruction, and mathematical inequalities or stereo disparity do not count.',
    traps: [
      'disparity maps of stereo imaging, inequality constraints, Jensen or triangle inequality',
      'the model could exacerbate disparities (a fairness worry, not a known inequality)',
      'future studies should examine disparities',
      'checklist instructions quoted in a guideline paper',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Marked socioeconomic disparities in the uptake of screening have been described in this region [4].', heading: 'Introduction' },
      { text: 'Well-documented racial and ethnic health inequalities persist in maternal outcomes.', heading: 'Introduction' },
      { text: 'Disparities in access to specialist care by income and insurance status are widely reported [7,8].', heading: 'Introduction' },
      { text: 'Women from deprived communities present with later stage disease and have poorer survival.', heading: 'Introduction' },
      { text: 'Health inequalities in cardiovascular mortality between ethnic groups have been documented repeatedly.', heading: 'Background' },
    ],
    missing: [
      { text: 'The disparity map was estimated from the stereo image pair.', note: 'stereo disparity' },
      { text: 'An inequality constraint on the weights was added to the optimisation.', note: 'mathematical inequality' },
      { text: 'Participants were aged 40 to 75 years and 52% were women.' },
      { text: 'Biased algorithms could exacerbate health disparities.', heading: 'Discussion', note: 'a fairness worry about the model' },
      { text: 'Future studies should examine health disparities in larger cohorts.', heading: 'Discussion', note: 'future wish' },
      { text: 'Summarise any known health inequalities between sociodemographic groups.', note: 'checklist instruction' },
    ],
  },
});
