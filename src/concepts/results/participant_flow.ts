/**
 * participant_flow: counts at two or more successive selection stages (screened, excluded, enrolled, analysed), or a
 * flow diagram referred to in the text.
 */
import type { Sentence } from '../../manuscript/model.js';
import { defineConcept } from '../core/define.js';
import { featuresOf, negatedAt } from '../core/lang.js';
import { pattern } from '../core/pattern.js';
import { evidenceOf, type DetectContext, type Finding } from '../types.js';

// Selection stages. Allocation to arms is not a stage (counts per group are not a flow).
const STAGES: Array<[string, RegExp]> = [
  ['screen', /\b(screened|assessed for (eligibility|inclusion)|approached|invited|contacted|identified as (potentially )?eligible|assessed)\b/gi],
  ['exclude', /\b(excluded|ineligible|not eligible|did not meet|declined|refused|not interested|were (found )?eligible|met (the )?(inclusion|eligibility) criteria|fulfilled (the )?(inclusion|eligibility) criteria|dropped|removed|discarded|rejected)\b/gi],
  ['enrol', /\b(enrol(l)?ed|recruited|consented|included|randomi[sz]ed|randomly (assigned|allocated)|entered the (study|trial)|participated|took part|underwent randomi[sz]ation)\b/gi],
  ['complete', /\b(completed|analy[sz]ed|lost to follow[- ]?up|withdr(ew|awn)|dropped out|discontinued|were followed( up)?|remained|retained|did not complete|died|available for (analysis|follow[- ]?up)|provided (data|follow[- ]?up))\b/gi],
];
const NUMSTR =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:one|two|three|four|five|six|seven|eight|nine) hundred(?: and)?[ -])?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:one|two|three|four|five|six|seven|eight|nine) hundred)';
const NOUN =
  '(?:patients?|participants?|subjects?|women|men|children|infants|adults|individuals|people|persons|cases|volunteers|families|households|mothers|fathers|parents|girls|boys|students|pupils|schools|clusters|practices|villages|communities|respondents|smokers|members|residents|couples|dyads|pairs|neonates|newborns|babies|survivors|veterans|officers|soldiers|workers|employees|nurses|physicians|teachers|organi[sz]ations|camps|sites|hospitals|images|scans|volumes|records|samples|specimens|biopsies|slides|lesions|examinations|exams|radiographs|mammograms|photographs|recordings|admissions|encounters|visits|controls|users|athletes|eyes|pregnancies|deliveries|births|animals|mice|rats|caregivers|carers|dogs)';
// a count of a population just before the verb ("312 patients were excluded", "85 (72%) were randomised", "n = 12")
const COUNT_BEFORE = new RegExp(`(?:^|[^\\w.,])${NUMSTR}\\s+(?:\\([^)]{0,25}\\)\\s+)?(?:[\\w'’-]+\\s+){0,4}${NOUN}\\b|\\bn\\s*=\\s*\\d|(?:^|[^\\w.,])${NUMSTR}\\s*(?:\\([^)]{0,25}\\)\\s*)?(?:were|was|had|have|did|had been|have been|then|subsequently|further|finally|ultimately|also|eventually|\\s)*(?:\\w+ly\\s+)?$`, 'i');
// a count just after the verb ("randomised 91 pregnant women", "excluded (n = 12)", "excluded: 12 patients")
const COUNT_AFTER = new RegExp(`^\\s*[:,]?\\s*(?:\\(\\s*)?n\\s*=\\s*\\d|^\\s*[:,]?\\s*(?:a total of |all |only |another |an additional |further )?${NUMSTR}\\s+(?:\\([^)]{0,25}\\)\\s+)?(?:[\\w'’-]+\\s+){0,4}${NOUN}\\b`, 'i');

function isYearOrOne(text: string): boolean {
  return /^(?:19|20)\d\d\b(?![,.]\d)|^1\b(?![,.]\d)|^one\b/i.test(text);
}

function countBefore(b: string): boolean {
  const m = COUNT_BEFORE.exec(b);
  if (!m) return false;
  return !isYearOrOne(m[0].replace(/^[^\w]+/, ''));
}
function countAfter(a: string): boolean {
  const m = COUNT_AFTER.exec(a);
  if (!m) return false;
  return !isYearOrOne(m[0].replace(/^[\s:,(]*(a total of |all |only |another |an additional |further )?/i, ''));
}

// "Of 1,204 patients screened, 312 were excluded", "Out of 94 samples, only 82 ...", "Of the 396 patients ..., those (n = 83) ..."
const OF_N_M = new RegExp(`^(?:[\\w ]{0,20},\\s*)?(?:out of|of|from) (?:the |these |those |all )?${NUMSTR} (?:[\\w'’-]+ ){0,4}${NOUN}\\b[^;]{0,140}?,\\s*(?:only |a total of |all but |just |another )?(?:${NUMSTR}\\b(?![\\d.,]*\\s*(?:%|percent))(?!\\s+(?:of|in|for) (?:whom|which|them|these))|[^,;]{0,30}\\(n ?= ?\\d)`, 'i');

// "78 patients attended, of whom 44 were eligible"; "ten samples, randomly selected from 17 ..."
const N_OF_WHICH = new RegExp(`(?:^|[^\\w.,])${NUMSTR} (?:[\\w'’-]+ ){0,4}${NOUN}\\b[^;]{0,120}?,\\s*(?:of|out of) (?:which|whom|these|them|those)\\s*,?\\s+(?:only |a total of |just )?${NUMSTR}\\b(?![\\d.,]*\\s*(?:%|percent))[^.;,]{0,40}\\b(?:eligible|ineligible|included|enrolled|excluded|randomi[sz]ed|analy[sz]ed|completed|met|fulfilled|consented|agreed|declined|refused|remained|underwent|entered|withdr[ae]w\\w*|dropped out|lost)\\b|(?:^|[^\\w.,])${NUMSTR}\\b[^.;]{0,60}\\b(?:were|was|which were|that were) (?:randomly |then |subsequently )?(?:selected|drawn|chosen|sampled) (?:at random )?from (?:the |a total of |all |a pool of )?(?:remaining )?${NUMSTR}\\b(?![\\d.,]*\\s*(?:%|percent))`, 'i');

// "Out of those, 871 participants met the quality criteria", "Of these, 85 were eligible": the sentence opens on the
// previous sentence's count and gives the count that passed a selection step (two stages); compositions ("Of these, 29 had
// normal values") and partitions ("Of these, 300 were used for training") are not selection steps
const OF_THESE = new RegExp(`^(?:[\\w ]{0,20},\\s*)?(?:out of|of) (?:these|those|them)\\b[^,;]{0,30}?,?\\s*(?:only |a total of |just )?${NUMSTR}\\b(?![\\d.,]*\\s*(?:%|percent))\\s*(?:\\([^)]{0,25}\\)\\s*)?(?:[\\w'’-]+\\s+){0,3}?(?:(?:were|was) (?:then |subsequently |finally |also )?(?:eligible|ineligible|included|enrolled|excluded|randomi[sz]ed|analy[sz]ed|retained)|met (?:the |all )?(?:[\\w-]+ ){0,5}criteria|fulfilled (?:the |all )?(?:[\\w-]+ ){0,5}criteria|did not meet|passed (?:the )?(?:[\\w-]+ ){0,3}(?:checks?|control|criteria|screening)|completed|consented|agreed|declined|refused|remained)\\b`, 'i');

// "one specimen had been exhausted ..., the remaining 23 specimens were investigated": a removal and what remained
const REMAINING = new RegExp(`\\b(exhausted|excluded|removed|lost|failed|discarded|withdr\\w+|dropped|unavailable|not available|insufficient|damaged|died|omitted|unsuitable)\\b[^.;]{0,120}\\bthe remaining ${NUMSTR} (?:[\\w'’-]+ ){0,3}${NOUN}\\b|\\bthe remaining ${NUMSTR} (?:[\\w'’-]+ ){0,3}${NOUN}\\b[^.;]{0,80}\\b(after|following) (excluding|removing|exclusion|removal)\\b`, 'i');
const NOT_FLOW = /\b(sensitivity|specificity|accuracy|correctly (identified|classified|excluded|detected|predicted)|false[- ](positive|negative)s?|true[- ](positive|negative)s?|sample size|power of)\b/i;
const G_N_OF_WHICH = /\b(of|out of) (which|whom|these|them|those)\b|\b(selected|drawn|chosen|sampled) (at random )?from\b/i;
const HAS_NUMBER = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;
const NO_STAGES: Set<string> = new Set();

// what follows the second count of "Of N X, M ...": a selection predicate makes it a flow stage; a composition
// ("34 had carcinoma and 10 were healthy donors", "~42% received RT") does not
const SELECTION_AFTER = /^[^;]{0,60}?\b(eligible|ineligible|included|enrolled|enrol(l)?ed|excluded|randomi[sz]ed|analy[sz]ed|completed|met|fulfilled|consented|agreed|declined|refused|remained|entered|withdr[ae]w\w*|dropped|lost|retained|selected|available|suitable|usable|evaluable|eligible|yielded|passed|participated|died|survived|deceased|enough|sufficient|adequate|complete|valid|returned|responded|provided|could( not)? be|were (then |subsequently |finally )?(used|kept|studied|followed|contacted|approached|recruited|invited|screened|tested|assessed|examined))\b/i;
const COMPOSITION_AFTER = /^\s*(\([^)]{0,25}\)\s*)?([\w'’+/−-]+ ){0,3}(had|have|has|received|were (diagnosed|male|female|men|women|boys|girls|healthy|treated)|was (diagnosed|male|female))\b(?! (enough|sufficient|adequate|complete|valid|available|usable))/i;
const FIRST_STAGE = /\b(screened|analy[sz]ed|tested|sampled|enrol(l)?ed|randomi[sz]ed|allocated|assigned|approached|invited|assessed|eligible|included|recruited|contacted|identified|referred)\b/i;
function ofNM(t: string): boolean {
  const m = OF_N_M.exec(t);
  if (!m) return false;
  const rest = t.slice(m.index + m[0].length).replace(/^[\s)\]]*(\(?\d+(\.\d+)? ?%\)?)?/, '');
  if (COMPOSITION_AFTER.test(rest)) return false;
  return SELECTION_AFTER.test(rest) || FIRST_STAGE.test(m[0]) || /, (only|all but|just) \S+$/i.test(m[0]);
}

function stagesOf(s: Sentence): Set<string> {
  const out = new Set<string>();
  const t = s.text;
  if (ofNM(t) || (G_N_OF_WHICH.test(t) && N_OF_WHICH.test(t)) || (/remaining/i.test(t) && REMAINING.test(t)) || (/^\W*(?:[\w ]{0,20},\s*)?(?:out )?of (?:these|those|them)\b/i.test(t) && OF_THESE.test(t))) {
    out.add('of-n');
    out.add('of-m');
  }
  for (const [stage, re] of STAGES) {
    if (!pattern(re).mightMatch(s)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const before = t.slice(Math.max(0, m.index - 70), m.index);
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 45);
      // the count must be in the same clause as the verb
      const b = before.split(/[;.]\s/).pop() ?? before;
      const a = after.split(/[;]|\.\s/)[0] ?? after;
      if (countBefore(b) || countAfter(a)) {
        if (stage !== 'exclude' && negatedAt(t, m.index)) continue;
        out.add(stage);
        break;
      }
    }
  }
  return out;
}

const FLOW_FIGURE =
  /\b((consort|stard|strobe)[- ](flow|diagram|chart)|numbers? of (participants|patients|subjects|individuals|cases|women|men|children) (at|in) each (stage|step)|(participant|patient|subject|study|trial|enrol(l)?ment|recruitment|screening|inclusion|selection)[- ]flow|flow[- ]?(chart|diagram)s?\b[^.]{0,80}\b(participants?|patients?|subjects?|enrol|recruit|screen|inclusion|exclusion|selection|randomi[sz]|trial|women|men|children|individuals|cases)|flow of (the )?(study )?(participants|patients|subjects|individuals|women|children|cases))/i;
const FLOW_TRAP = /\b(work ?flow|blood flow|air ?flow|cash flow|flow cytometry|flow rate|information flow|data flow|flow[- ]mediated|high[- ]flow|flow chart of (the|our) (proposed )?(method|algorithm|approach|framework|model))\b/i;

function detect({ ms }: DetectContext): Finding {
  const feats = featuresOf(ms);
  let figure: Sentence | undefined;
  // stages with counts, over the whole text (a flow is often told across paragraphs)
  const docStages = new Map<string, Sentence>();
  let multiInOne: Sentence | undefined;
  for (const s of ms.sentences) {
    const k = s.section.kind;
    if (k === 'references' || k === 'introduction' || k === 'declarations' || s.section.role === 'peer_review') continue;
    const f = feats[s.index]!;
    if (f.future || f.hypothetical) continue;
    // a removal with what remained is about this study even when the removal cites earlier work
    if (f.otherWork && !f.own && !(/remaining/i.test(s.text) && REMAINING.test(s.text))) continue;
    // a test's accuracy ("correctly excluded 29 of 38") and a sample-size calculation are not selection stages
    if (NOT_FLOW.test(s.text)) continue;
    if (!figure && /flow|each st/i.test(s.text) && FLOW_FIGURE.test(s.text) && !FLOW_TRAP.test(s.text)) figure = s;
    const st = HAS_NUMBER.test(s.text) ? stagesOf(s) : NO_STAGES;
    if (st.size >= 2 && !multiInOne) multiInOne = s;
    for (const x of st) if (!docStages.has(x)) docStages.set(x, s);
  }
  let best: { stages: Set<string>; sents: Sentence[] } | undefined;
  if (docStages.size >= 2) {
    const sents = [...new Set([...(multiInOne ? [multiInOne] : []), ...docStages.values()])].slice(0, 3).sort((a, b) => a.index - b.index);
    best = { stages: new Set(docStages.keys()), sents };
  }
  if (best) {
    return {
      concept: 'participant_flow',
      status: 'reported',
      details: { stages: [...best.stages] },
      evidence: best.sents.map((s) => evidenceOf(s, 'participant_flow/counts')),
      confidence: Math.min(0.95, 0.6 + best.stages.size * 0.1),
      rule: 'participant_flow/counts',
      reason: `counts at ${best.stages.size} selection stages (${[...best.stages].join(', ')})`,
    };
  }
  if (figure) {
    return {
      concept: 'participant_flow',
      status: 'reported',
      evidence: [evidenceOf(figure, 'participant_flow/diagram')],
      confidence: 0.7,
      rule: 'participant_flow/diagram',
      reason: 'a participant flow diagram is referred to',
    };
  }
  // counts at a single stage (the cases included or analysed): the flow items are answered in part
  const single = docStages.size === 1 ? [...docStages.values()][0] : undefined;
  return {
    concept: 'participant_flow',
    status: 'missing',
    evidence: [],
    confidence: 0.7,
    rule: 'participant_flow/none',
    reason: 'no counts at two successive selection stages and no flow diagram',
    ...(single ? { itemPartial: { reason: `counts at one selection stage only (${[...docStages.keys()][0]}): no exclusions or numbers at the other stages`, evidence: [evidenceOf(single, 'participant_flow/one-stage')] } } : {}),
  };
}

export default defineConcept({
  id: 'participant_flow',
  meta: {
    label: 'Participant / case flow',
    group: 'Results',
    definition:
      'Reported when the manuscript gives counts at two or more successive selection stages of the participants, cases, samples or images of this study (screened or assessed, excluded, enrolled or randomised, completed or analysed), in one sentence ("Of 426 infants screened, 157 were randomised") or across the text, or refers to a participant flow diagram. Counts per group, arm or data partition, the composition of a sample ("38 had carcinoma and 12 were healthy donors"), accuracy counts of a test ("correctly excluded 30 of 41"), sample-size calculations and flow charts of a method do not count. Counts at a single stage (only the cases included or analysed) leave the concept missing, but answer the flow items in part (they are partial, with that sentence).',
    traps: [
      'composition of a sample: "Of 50 patients, 38 had carcinoma and 12 were healthy donors"',
      'counts per group or data partition ("350 were randomly selected as the training set")',
      'accuracy counts: "correctly identified 25 of 28 cancers"',
      'a flow chart of the proposed method; workflow, blood flow, flow cytometry',
      'sample size calculations',
    ],
  },
  detect,
  examples: {
    reported: [
      { text: 'Of 426 infants screened, 157 met the inclusion criteria and were randomised.', heading: 'Results' },
      { text: 'We enrolled 1,258 men. Of these men, 1,029 completed the final visit.', heading: 'Results' },
      { text: 'Out of 94 samples analysed, only 82 samples had enough material.', heading: 'Results' },
      { text: 'Figure 1 shows the flow of participants through the trial.', heading: 'Results', note: 'a flow diagram' },
      { text: 'In total 65 patients came to the screening visit, of whom 38 patients were eligible for the taper.', heading: 'Results' },
      { text: 'Eight cultures, which were randomly selected from 15 cultures that survived thawing, were imaged.', heading: 'Results' },
      { text: 'Because one specimen had been exhausted in earlier experiments [2], the remaining 30 specimens were examined.', heading: 'Results', note: 'a removal and what remained' },
      { text: 'Of the 36 mice at the start (6 per group), 7 died before the end of the experiment.', heading: 'Results' },
      { text: 'Out of those, 640 volunteers met the scan quality and questionnaire criteria.', heading: 'Methods', note: 'the count refers back to the previous sentence' },
      { text: 'In total 45 radiographs were rejected because of motion blur, and 1,210 radiographs were included.', heading: 'Methods' },
    ],
    missing: [
      { text: 'The test set comprised 200 patients, 100 of whom died and 100 who recovered.', heading: 'Results' },
      { text: 'A total of 75 children were included: 29 with active disease and 46 controls.', heading: 'Results', note: 'counts per group' },
      { text: 'Twelve ophthalmologists, three from each department, were invited to grade videos.', heading: 'Results' },
      { text: 'Figure 2 shows the flowchart of the proposed method.', heading: 'Results', note: 'a flow chart of a method' },
      { text: 'We enrolled 500 adults, of which 350 were randomly selected as the training set.', heading: 'Results', note: 'a data partition' },
      { text: 'Twelve women had a transfer on day 5, and from these 6 became pregnant.', heading: 'Results' },
      { text: 'Of 50 patients selected for the study, 38 had ductal carcinoma and 12 were healthy donors.', heading: 'Results', note: 'composition' },
      { text: 'Of the 20 affected patients, 11 had a known genetic change.', heading: 'Results', note: 'composition' },
      { text: 'Of these, 29 had normal flow reserve and 36 had impaired flow reserve.', heading: 'Results', note: 'composition' },
      { text: 'Of these, 300 scans were used for training and 100 for testing.', heading: 'Results', note: 'a data partition' },
      { text: 'Of these, 12 were not included in earlier reports.', heading: 'Results', note: 'negated' },
      { text: 'Out of 140 patients, about 40% (n=56) received radiotherapy.', heading: 'Results', note: 'composition' },
      { text: 'We correctly identified 25 of 28 cancers and excluded 30 of 41 patients with benign disease (73% specificity).', heading: 'Results', note: 'accuracy counts' },
      {
        text: 'For the pilot to estimate the sample size, the first 40 consecutive cases that met the inclusion criteria were shared, and 120 per cohort were needed for 80% power.',
        heading: 'Results',
        note: 'sample size calculation',
      },
    ],
  },
});
