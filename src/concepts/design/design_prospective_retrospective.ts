/**
 * design_prospective_retrospective: whether the data were collected prospectively or retrospectively (or a design name
 * that implies it, such as a randomised trial).
 */
import type { Sentence } from '../../manuscript/model.js';
import { defineConcept, type SpecBody } from '../core/define.js';

/**
 * In the Introduction and Discussion a design word describes this study only when the sentence says so ("this
 * retrospective analysis", "our prospective design", "we conducted"); "patients" alone is not enough there, because
 * other trials' patients are described in the same words.
 */
const DESIGN_OWN = /\b(we|our|us|this|the present|the current|herein)\b/i;
function designOwn(s: Sentence): boolean {
  const k = s.section.kind;
  return (k !== 'discussion' && k !== 'introduction') || DESIGN_OWN.test(s.text);
}

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.3, discussion: 0.7, title: 1 },
  traps: [/\b(future|further|additional|larger|more) (\w+ )?(prospective|retrospective)\b|\bprospectively registered\b|\bretrospectively registered\b|\bregistered (prospectively|retrospectively)\b|\bretrospective (bias|correction|motion)\b|\bwill (continue to )?be (collected|followed|recruited)|\b(for|in) (future )?(retrospective|prospective) (studies|trials|analyses|research|use)\b(?! (of|in|from) (this|our|the present))/i,
    // statements about study designs in general or about other studies
    /\b(prospective|retrospective) (studies|trials|cohorts|designs) (are|provide|have|show|suggest|may|can|could|would|tend|offer|allow|remain|yield)\b|\b(a|an|one|another|previous|prior|earlier|recent|several|many|other|some|large) ([\w-]+ ){0,2}(prospective|retrospective) ([\w-]+ )?(study|studies|trial|trials|analysis|analyses|series|cohort|cohorts) (has |have |had )?(reported|showed|shown|found|demonstrated|suggested|revealed|indicated|observed|described|concluded)\b|^(in|from) (a|an|one|another) ([\w-]+ ){0,3}(prospective|retrospective) ([\w-]+ )?(study|trial|analysis|series|cohort)\b/i],
  rules: [
    { id: 'design/prospective', re: /\b(prospective(ly)?|retrospective(ly)?)\b[^.]{0,80}\b(stud(y|ies)|cohort|analys[ie]s|review|design|collect(ed|ion)|enrol(l)?(ed|ment)|recruit(ed|ment)|obtain(ed)?|gather(ed)?|registr(y|ies)|data|database|sample[sd]?|trial|series|evaluat(ed|ion)|investigation|observational|multicent(er|re)|clinical|identified|included|selected|reviewed|applied)\b/i, weight: 1 },
    { id: 'design/prospective-after', re: /\b(collected|enrolled|recruited|obtained|gathered|reviewed|identified|included|analy[sz]ed|selected|followed)\b[^.]{0,30}\b(prospectively|retrospectively)\b/i, weight: 1 },
    { id: 'design/rct', re: /\b(randomi[sz]ed|placebo[- ]controlled|controlled|clinical|cluster[- ]randomi[sz]ed|non-?inferiority|crossover|cross-over|pilot|superiority|pragmatic|double[- ]blind(ed)?|phase (i{1,3}|[1-3]|ii\/iii)[ab]?)\b[^.;]{0,60}\btrial\b(?!s)/i, weight: 0.85, unless: /\b(such as|for example|e\.g\.|focused on|types of|reports? of|reporting of)\b|\bfor (use in |application in |testing in )?(a |an |future |upcoming |subsequent |planned |later )?(clinical |human |first-in-human )?trials?\b|\b(device|implant|system|tool|instrument|product|drug|agent)s?\b[^.]{0,250}\b(currently |now )?(in use|used|being used|to be used|being tested|tested) in (a |an |the )?(ongoing |current |planned )?(clinical )?trial\b|\b(in|from|of) the [A-Z][\w-]*[A-Z][\w-]* ([\w-]+ ){0,3}trial\b/i },
    { id: 'design/bare', re: /\b(prospective(ly)?|retrospective(ly)?)\b/i, weight: 0.6, sections: ['methods', 'abstract', 'results', 'other', 'title'] },
  ],
  value: (hits) => {
    let pro = false;
    let retro = false;
    for (const h of hits) {
      if (/prospective/i.test(h.match[0]) || h.rule.id === 'design/rct') pro = true;
      if (/retrospective/i.test(h.match[0])) retro = true;
    }
    return { value: pro && retro ? 'both' : retro ? 'retrospective' : pro ? 'prospective' : 'unclear' };
  },
  proseOnly: true,
  require: { pattern: /prospectiv|retrospectiv|trial\b/i },
  where: designOwn,
};

export default defineConcept({
  id: 'design_prospective_retrospective',
  meta: {
    label: 'Prospective or retrospective design',
    group: 'Design',
    definition:
      'Reported when the manuscript says whether the data of this study were collected prospectively or retrospectively ("this retrospective study", "samples were collected prospectively"), or names a design that implies it (a randomised, controlled or phase III trial implies prospective data). In the Introduction and Discussion the sentence must say it is about this study ("our retrospective design"). Designs of other or future studies, prospective registration and technical uses of the words ("retrospective motion correction") do not count.',
    values: {
      prospective: 'data collected prospectively, or a trial design that implies it',
      retrospective: 'data collected retrospectively (records, archives, existing samples)',
      both: 'both prospective and retrospective parts are described',
      unclear: 'a design cue without either word (the current rules never produce it)',
    },
    traps: [
      'prospective or retrospective registration of a trial',
      'future, earlier or other studies ("Future prospective studies are needed", "An earlier retrospective study found ...")',
      'statements about designs in general ("Prospective cohorts give better estimates ...")',
      'technical terms: retrospective bias-field or motion correction',
      'a device "in use in a clinical trial", or designed "for clinical trials"',
      'random assignment that is not a trial (batches during network training)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'This retrospective study reviewed records of 300 patients.', value: 'retrospective' },
      { text: 'Blood samples were collected prospectively from 110 women.', value: 'prospective' },
      { text: 'We conducted a double-blind, placebo-controlled randomised trial.', value: 'prospective' },
      { text: 'Samples were obtained retrospectively from a biobank.', value: 'retrospective' },
      { text: 'Our retrospective design may have missed some events.', heading: 'Discussion', value: 'retrospective', note: 'own design stated in the Discussion' },
    ],
    missing: [
      { text: 'The trial was prospectively registered with a public registry.', note: 'registration' },
      { text: 'Images were corrected with a retrospective bias-field method.', heading: 'Introduction', note: 'technical term' },
      { text: 'Subjects were randomly assigned to batches during network training.' },
      { text: 'We have focused on randomized trials, but the approach suits other reviews.' },
      { text: 'Records will continue to be collected prospectively in the coming years.', note: 'future' },
      { text: 'Future prospective studies are needed.', heading: 'Discussion', note: 'future studies' },
      { text: 'Prospective cohorts give better estimates than case-control designs but are costly.', heading: 'Discussion', note: 'designs in general' },
      { text: 'An earlier retrospective study found that the marker predicted relapse.', heading: 'Discussion', note: 'other work' },
      { text: 'In a large prospective validation study, a rival score reached an AUC of 0.70 (12).', heading: 'Discussion', note: 'other work' },
      { text: 'A recent large randomised clinical trial reported that patients given adjuvant platinum lived longer (Smith et al, 2004).', heading: 'Discussion', note: 'other work' },
      { text: 'In the EXAMPLE-HF phase III clinical trial, patients given the hormone for two days had fewer deaths.', heading: 'Discussion', note: 'a named trial of others' },
      { text: 'The stain works on archived tissue, which will be useful for retrospective studies and prospective trials.', heading: 'Discussion', note: 'future use' },
      { text: 'A Steering Device for Nerve Grafting: Design and Sizing for Clinical Trial', heading: 'Title', note: 'designed for a trial' },
      { text: 'This paper describes how a repair device now in use in a clinical trial was sized.', note: 'a device in use in a trial' },
    ],
  },
});
