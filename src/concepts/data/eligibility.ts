/**
 * eligibility: the inclusion and exclusion criteria for participants, cases or images.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cooccur } from '../shared/facets.js';

// the parts of an eligibility statement in any wording: the units of the study (participants, cases, images, records),
// an act that keeps them in or leaves them out, and the condition or reason ("whose quality did not allow", "who had",
// "meeting the ... criteria", "defined as those who")
const ELIG_UNIT = String.raw`\b(?:participants?|patients?|subjects?|(?<!\bin )(?<!\bsuch )(?<!\bsome )(?<!\bmost )cases|individuals?|people|persons|volunteers?|controls|donors?|women|men|children|infants|adults|images?|scans?|slides?|samples?|specimens?|records?|recordings?|exams?|examinations?|volumes?|visits?|admissions?|encounters?)\b`;
const ELIG_LEFT_OUT = String.raw`\b(?:exclud(?:e|ed|ing)|remov(?:e|ed|ing)|reject(?:ed|ing)?|discard(?:ed|ing)?|omit(?:ted|ting)?|eliminat(?:e|ed|ing)|dropp(?:ed|ing)(?! out)|filtered out|left out)\b`;
const ELIG_REASON = String.raw`\b(?:because|due to|owing to|as a result of|if|when|whenever|whose|unless|lack(?:ed|ing)?|without|missing|incomplete|insufficient|inadequate|poor|unavailable|(?:did|could|were|was|had) not|failed|duplicat\w*|same (?:patient|subject|participant|individual|study|person|exam\w*)|artefacts?|artifacts?|corrupt\w*|quality)\b`;
const ELIG_KEPT = String.raw`\b(?:(?:were|was) (?:\w+ )?(?:included|enrolled|recruited|selected|eligible|retained|kept)|(?:participants|patients|subjects|cases|controls|individuals|people|volunteers|donors|women|men|children|adults)\b (?:[\w-]+ ){0,3}?(?:were|was) defined as|(?:met|meet|meeting|fulfill?(?:ed|ing)?|satisf(?:ied|ying)) (?:[\w-]+ ){0,8}(?:criteria|criterion|requirements?|definitions?))\b`;
const ELIG_CONDITION = String.raw`\b(?:who|whose|without|at least|at most|only|if|aged|criteria|criterion|requirements?)\b`;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.3, discussion: 0.5 },
  traps: [/\b(cannot|could not|can not) be (excluded|ruled out)\b/i],
  rules: [
    { id: 'eligibility/criteria', re: /\b(inclusion|exclusion|eligibility|selection|entry|enrol(l)?ment) criteri(a|on)\b/i, weight: 1, unless: /\b(feature|variable|model|convergence|stopping|information) (selection )?criteri/i },
    { id: 'eligibility/eligible-if', re: /\b(were|was|are|is|be(ing)?) (eligible|ineligible|excluded|included|enrolled|recruited|selected)\b[^.]{0,30}\b(if|when|because|due to|owing to|whenever|in case|for (inclusion|participation|the study))\b/i, weight: 0.95, unless: /\b(antigens?|preparations?|reagents?|antibod(y|ies)|primers?|probes?|compounds?|drugs?|genes?|markers?|features?|variables?|parameters?|cell lines?|strains?|constructs?|vectors?|peptides?|proteins?|kits?|conditions?|concentrations?|doses?|methods?|models?)\b (were|was) (\w+ )?(selected|chosen|included)\b/i },
    { id: 'eligibility/eligible', re: /\b(eligible (participants|patients|subjects|women|men|children|individuals|adults|infants|cases|schools|clusters)|to be eligible|eligibility (was|required|included|comprised)|were eligible|was eligible|met (the |all )?(study |inclusion |eligibility )?criteria|fulfill?(ed|ing)? (the |all )?(study |inclusion |eligibility )?criteria)\b/i, weight: 0.9 },
    { id: 'eligibility/excluded', re: /\b(we excluded|were excluded|was excluded|exclusion of|excluding (patients|participants|subjects|those|individuals|cases|women|men|children|images|scans)|were not included|were ineligible|were removed from (the )?(analysis|study|dataset))\b|\b(patients|participants|subjects|cases|images|scans|records|recordings|volumes|slices|examinations|studies|data ?sets|individuals)\b[^.]{0,50}\bwere discarded\b/i, weight: 0.75, unless: /\b(variables?|features?|covariates?|terms?|outliers? (were|was) excluded from the model)\b|\b(excluded from|not included in) the ([\w-]+ ){0,3}(calculations?|computations?|fit|fitting|models?|regressions?|equations?|sums?|averages?|estimates?)\b|\bexcluded from (the )?([\w'’-]+ ){0,3}(tests?|testing|comparisons?)\b(?![- ](sets?|data|cohorts?|splits?|images|patients))|\bwe excluded (the )?(settings?|configurations?|models?|methods?|experiments?|runs?|baselines?|architectures?)\b/i },
    // eligibility through diagnostic criteria or the definition of controls
    { id: 'eligibility/diagnostic-criteria', re: /\b(?:met|meet|meeting|fulfil(?:l|led|ling|s)?|fulfill(?:ed|ing|s)?|satisf(?:ied|ying|y)) (?:the )?(?:[\w-]+ ){0,3}(?:diagnostic )?criteria (?:for|of)\b|\b(?:healthy )?controls (?:were|was) (?:[\w-]+ ){0,4}(?:volunteers|individuals|subjects|participants|patients|people|adults|children)\b[^.;]{0,40}\b(?:without|with no|free of|who did not)\b/i, weight: 0.75, sections: ['methods', 'other', 'abstract'] },
    { id: 'eligibility/age', re: /\b(aged|age[ds]? (between|from|of at least|over|under|above|below)|ages? ≥|ages? >|≥ ?\d+ years|older than \d+|younger than \d+|at least \d+ years( of age| old)?|\d+ years (of age )?(or|and) (older|above|over|younger))\b/i, weight: 0.6, sections: ['methods', 'abstract', 'other'] },
    { id: 'eligibility/with-diagnosis', re: /\b(patients|participants|subjects|women|men|children|adults|individuals)\b[^.]{0,20}\b(with (a )?(confirmed|diagnosed|clinical|histologically|biopsy|documented|established|newly diagnosed)|who (had|were|met|underwent|presented|received|attended|fulfilled))\b[^.]{0,60}\b(were|was) (included|enrolled|recruited|selected|eligible|invited)\b/i, weight: 0.85 },
    { id: 'eligibility/criteria-for', re: /\b(criteria|criterion|requirements?) (for|of) (including|inclusion|excluding|exclusion|selecting|selection|enrol(l)?ment|entry|participation|eligibility)\b|\b(were|was) (included|selected|enrolled|eligible|retained|kept|analy[sz]ed)\b[^.]{0,100}\bonly if\b|\bonly if (the )?(patient|participant|subject|sample|image|case)/i, weight: 0.95 },
    { id: 'eligibility/selected-based', re: /\b(were|was) (selected|chosen|included|enrolled|recruited) (based on|according to|on the basis of|using the following)\b|\b(selected|chosen|included|enrolled|recruited|operated)\b[^.]{0,40}\b(based on|according to|on the basis of|following|using) (the )?([\w-]+ ){0,4}criteri(a|on)\b|\b(selection|choice|inclusion) of (the )?(study |individual )?(patients|participants|subjects|cases|samples|specimens|images|scans|donors|individuals)\b[^.]{0,20}\b(was|were) based on\b/i, weight: 0.8 },
    // a restriction of the population: "we recruited only drug-naive patients", "exclusively first-episode cases were screened"
    { id: 'eligibility/restricted-to', re: /\b(screened|recruited|included|enrolled|selected|studied|sampled|invited|considered|chose|selected)\b (exclusively|only|solely) [^.]{0,60}\b(patients|participants|subjects|women|men|children|adults|individuals|cases|samples|specimens|images|scans|volunteers|donors|infants)\b|\b(exclusively|solely) (\w+[ /-]){0,4}(patients|participants|subjects|women|men|children|adults|individuals|cases|volunteers|donors)\b[^.]{0,30}\b(were|was) (screened|recruited|included|enrolled|selected|studied|invited|considered)\b/i, weight: 0.8 },
    // a reason given for choosing the cases: "we chose these patients because their disease is not immune-mediated"
    { id: 'eligibility/chosen-because', re: /\b(chose|selected|included|picked|enrolled|recruited)\b (these|the|those|this|all|only)? ?(\w+ ){0,2}(patients|participants|subjects|cases|samples|specimens|images|donors|individuals|women|men|children|animals|mice|rats) (as|because|since) (they|their|its|these|the|all|of)\b/i, weight: 0.8 },
    { id: 'eligibility/all-had', re: /\ball (the )?(patients|participants|subjects|cases|women|men|children|infants|individuals|volunteers)\b[^.]{0,20}\b(had|were|fulfilled|met|underwent|presented|received|required)\b[^.]{0,80}\b(confirmed|diagnos|criteria|naive|naïve|without|no history|aged|years|history of|duration)/i, weight: 0.75, sections: ['methods', 'abstract', 'other'] },
    { id: 'eligibility/who-were-included', re: /\b(patients|participants|subjects|women|men|children|adults|individuals|infants|people|volunteers|those|cases)\b[^.]{0,120}\b(who|with|that|undergoing|presenting)\b[^.]{0,160}\b(were|was) (included|enrolled|recruited|selected|eligible|invited|randomi[sz]ed|included to|entered)\b/i, weight: 0.65, sections: ['methods', 'abstract', 'other'] },
    { id: 'eligibility/all-underwent', re: /\ball (the )?(patients|participants|subjects|cases|women|men|children|individuals)\b (had )?(undergone|underwent|had undergone)\b/i, weight: 0.6, sections: ['methods', 'other'] },
    // health of volunteers or controls confirmed: "volunteers were free from inflammatory conditions", "controls had no history of ..."
    { id: 'eligibility/free-of', re: /\b(volunteers|controls|control subjects|participants|subjects|donors|individuals|patients)\b[^.]{0,80}\b(were|was) (\w+ )?(free (of|from)|not (being )?(treated|taking|receiving|on)|without (any )?(history|evidence|signs?|symptoms?) of)\b|\b(volunteers|controls|control subjects|donors)\b[^.]{0,40}\bhad no (history|evidence|signs?|symptoms?) of\b/i, weight: 0.7, sections: ['methods', 'other'] },
    // matched controls: "control subjects were chosen to match the cases on sex and age"
    { id: 'eligibility/matched-controls', re: /\b(controls?|control (subjects|participants|individuals|donors|group|samples))\b[^.]{0,40}\b(were|was) (\w+ ){0,2}(chosen|selected|matched|recruited|identified|drawn)\b[^.]{0,80}\b(age|sex|gender|ethnicity|race)\b/i, weight: 0.75, sections: ['methods', 'other'] },
    // diagnostic work-up ruling conditions out: "genetic testing excluded fragile X syndrome"
    { id: 'eligibility/tests-excluded', re: /\b(tests?|testing|screening|work-?up|examinations?|evaluations?)\b (excluded|ruled out)\b/i, weight: 0.7, sections: ['methods', 'other'] },
    // active voice population definition: "we recruited patients with suspected X undergoing Y"
    { id: 'eligibility/we-recruited-with', re: /\bwe (prospectively |retrospectively |consecutively )?(recruited|enrolled|included|selected|studied|identified) (\w+ ){0,3}(patients|participants|subjects|women|men|children|adults|individuals|volunteers|cases)\b (with|who|undergoing|diagnosed|aged|presenting|referred|admitted|treated)\b/i, weight: 0.75, sections: ['methods', 'abstract', 'other'] },
    // units left out for a reason, in any order and wording: "images were rejected because their quality ...", "we remove
    // samples from the same study"; not noise, artefacts or variables removed from the data, not a gating step
    { id: 'eligibility/left-out-facets', re: cooccur(ELIG_LEFT_OUT, ELIG_UNIT, ELIG_REASON), weight: 0.6, sections: ['methods', 'results', 'other'],
      unless: /\b(?:remov|exclud|eliminat|discard|filter|reject)\w* (?:the |any |all )?(?:[\w-]+ )?(?:noise|artefacts?|artifacts?|doublets?|debris|background|variables?|features?|covariates?|outliers?|signals?|peaks?|possibility|effects?|bias|hypothes[ie]s)\b|\bgated\b|\b(?:hypothes[ie]s|devices?|sensors?|monitors?|catheters?|electrodes?)\b[^.;]{0,40}\b(?:rejected|removed)\b|\b(?:cross-?validation|leave-(?:one|\w+)-out)\b|\bno (?:[\w-]+ )?(?:participants?|patients?|subjects?|cases|images?|scans?|samples?|records?) (?:were|was) (?:excluded|removed|rejected|discarded|omitted)\b/i },
    // units kept on a condition: "those who had ... were included", "participants meeting the ... criteria", "controls
    // were defined as those without ..."
    { id: 'eligibility/kept-facets', re: cooccur(ELIG_KEPT, ELIG_UNIT, ELIG_CONDITION), weight: 0.6, sections: ['methods', 'results', 'other'], otherWorkOk: true },
    { id: 'eligibility/only', re: /\bonly (patients|participants|subjects|images|scans|cases|volumes|those|individuals|samples|studies)\b[^.]{0,60}\b(were|was) (used|included|selected|considered|kept|retained|analy[sz]ed)\b/i, weight: 0.75 },
  ],
  headingFallback: { heading: /^(eligibility( criteria)?|inclusion( and exclusion)? criteria|exclusion criteria|(inclusion|selection) criteria|participants? selection|patient selection)$/ },
  proseOnly: true,
  require: { pattern: /criteri|eligib|exclu|inclu|enrol|recruit|select|chosen|undergone|underwent|free (of|from)|not being|without|had no|matched|match|ruled out|studied|identified|aged?\b|≥|>|older than|younger than|years|only|\ball |invited|randomi[sz]|entered|removed|discarded|kept|retained|analy[sz]ed|chose|exclusively|solely|criteri|based on|remov|reject|discard|omit|eliminat|dropp|filtered out|left out|defined as|\bmet\b|meet|fulfil|satisf/i },
};

export default defineConcept({
  id: 'eligibility',
  meta: {
    label: 'Eligibility criteria',
    group: 'Data',
    definition:
      'Reported when the manuscript gives the inclusion or exclusion criteria for the participants, cases, samples or images of this study: named criteria ("Inclusion criteria were ..."), conditions for inclusion or exclusion ("excluded if ...", "only if ..."), restrictions of the population ("we recruited only treatment-naive adults"), the basis of selection, how controls were chosen or confirmed healthy, or a section headed Eligibility or Inclusion criteria. Selection of features, variables, reagents or model parameters, exclusions from a calculation, and "cannot be excluded" do not count.',
    traps: [
      '"cannot be excluded" / "ruled out" as hedging',
      'feature, variable or model selection criteria; variables excluded from a model',
      'reagents or antigen preparations "selected because ..."',
      'laboratory steps ("supernatants were discarded")',
      'checklist tables that repeat the item text',
      'models, settings or runs left out of a comparison or a statistical test',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Inclusion criteria were age over 18 years and a confirmed diagnosis.' },
      { text: 'Patients were excluded if they had prior surgery.' },
      { text: 'Samples were analysed only if the donor age was known to be between 50 and 80.' },
      { text: 'The criteria for including recordings were at least one hour of clean signal.' },
      { text: 'Forty patients were selected based on the transfer policy in use.' },
      { text: 'All patients were steroid-naive and had symptoms for less than a year.' },
      { text: 'Donors were chosen for surgery according to the criteria of a published guideline.' },
      { text: 'The choice of study specimens was based on enough serum being stored.' },
      { text: 'We recruited only treatment-naive adults with a first episode of psychosis.' },
      { text: 'We selected these patients because their heart failure has no immune cause.' },
      { text: 'All the patients had undergone curative resection of a lung tumour.' },
      { text: 'A questionnaire confirmed that the volunteers were free from inflammatory disease and not being treated for joint pain.' },
      { text: 'Control subjects were chosen to roughly match the cases on sex and age.' },
      { text: 'Genetic testing excluded chromosomal abnormalities and fragile X syndrome.' },
      { text: 'We recruited patients with suspected glioma undergoing preoperative MRI before resection.' },
      { text: 'Thirty scans were rejected when motion blurred the region of interest, leaving 412 for the study.', heading: 'Methods' },
      { text: 'Recordings from the same participant taken at a second visit were removed, so that each person counted once.', heading: 'Methods' },
      { text: 'Controls were defined as clinic attendees without any history of cancer.', heading: 'Methods' },
      { text: 'Of the 900 people screened, 412 satisfied the imaging and questionnaire completeness requirements.', heading: 'Methods' },
    ],
    missing: [
      { text: 'An effect of chance cannot be excluded.', heading: 'Discussion', note: 'hedging' },
      { text: '| Item | Checklist text |\n|---|---|\n| 6 | Specify study eligibility criteria used in the review. |', note: 'checklist table' },
      { text: 'Variables with many zeros were excluded from the model.', note: 'variables' },
      { text: 'One network did not converge in a fold, so it was excluded from the pairwise comparison.', note: 'a model left out of a comparison' },
      { text: 'We excluded configurations whose validation score fell during tuning.', note: 'configurations, not participants' },
      { text: 'After centrifugation the supernatants were discarded and the pellets washed.', note: 'laboratory step' },
      { text: 'We chose these parameters because they gave stable fits.', note: 'model parameters' },
      { text: 'The extra contours were not included in the error calculations since they served only as a margin.', note: 'excluded from a calculation' },
      { text: 'All antigen preparations were selected because they reliably kill tumour cells.', note: 'reagents' },
      { text: 'We removed background noise from every image before segmentation because it hid small lesions.', heading: 'Methods', note: 'noise removed from the data, not cases left out' },
      { text: 'Participants who dropped out because of side effects were compared with those who completed follow-up.', heading: 'Results', note: 'attrition, not a criterion' },
      { text: 'Soft criteria for a probable infection were defined as a patchy opacity in patients with fever.', heading: 'Methods', note: 'a case definition of a finding, not of the study population' },
    ],
  },
});
