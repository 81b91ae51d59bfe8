/**
 * critical_appraisal: whether and how the sources of a review were appraised for quality or risk of bias, and what
 * the appraisal found (or that none was done).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** named appraisal tools */
const TOOL =
  /\b(?:QUADAS(?:-2|-C|-AI)?|RoB ?2(?:\.0)?|ROBINS-[IE]|ROBIS|PROBAST(?:\+AI)?|Newcastle[- ]Ottawa|MMAT|Mixed Methods Appraisal Tool|CASP (?:checklists?|tools?)|Critical Appraisal Skills Programme|JBI (?:critical appraisal|checklists?|tools?)|Joanna Briggs Institute (?:critical appraisal|checklists?|tools?)|AMSTAR ?-?2?|Cochrane (?:risk[- ]of[- ]bias|RoB|collaboration'?s? tool)|Downs and Black|MINORS|Jadad (?:scale|score)|PEDro scale|risk[- ]of[- ]bias tool|quality assessment tool)\b/;
/** the quality or risk of bias of the included sources */
const APPRAISED =
  /\b(?:(?:methodological )?quality|risk of bias|certainty|validity|rigou?r)\b[^.]{0,40}\bof (?:the |each |every |all )?(?:included |individual |eligible |selected |primary )?(?:studies|study|sources?|articles?|trials?|papers|publications|reports|evidence sources)\b[^.]{0,60}\b(?:was|were|is|are) (?:independently )?(?:assessed|appraised|evaluated|rated|judged|scored|graded|examined)\b|\b(?:assess\w*|apprais\w*|evaluat\w*|rat(?:ed|ing)|judg\w*|scor\w*)\b[^.]{0,30}\b(?:the )?(?:methodological )?(?:quality|risk of bias)\b[^.]{0,20}\bof (?:the |each |every |all )?(?:included |individual |eligible |selected |primary )?(?:studies|study|sources?|articles?|trials?|papers|publications|reports)\b|\bcritical(?:ly)? apprais\w+\b|\b(?:appraisal|quality|risk[- ]of[- ]bias) (?:scores?|ratings?|judg(?:e)?ments?)\b[^.]{0,60}\b(?:studies|sources?|articles?|trials?|each|Table|shown|used)\b/i;
/** what the appraisal found */
const FOUND =
  /\b(?:(?:high|low|unclear|moderate|serious|some concerns?) risk of bias|risk of bias (?:was|were) (?:judged |rated |considered |assessed as )?(?:high|low|unclear|moderate|serious))\b[^.]{0,80}\b(?:studies|study|sources?|articles?|trials?|papers|domains?|\d+)\b|\b(?:\d+|most|many|all|none|half|few) (?:\(\d+(?:\.\d+)? ?%\) )?(?:of the )?(?:included )?(?:studies|articles|trials|papers|sources)\b[^.]{0,60}\b(?:high|low|unclear) risk of bias\b/i;
/** the sources were not appraised */
const NOT_APPRAISED =
  /\b(?:did not|do not|does not|was not|were not|not|no)\b[^.]{0,30}\b(?:formal(?:ly)? |critical(?:ly)? )?(?:apprais\w+|assess\w*|evaluat\w*)\b[^.]{0,30}\b(?:(?:methodological )?quality|risk of bias|critical appraisal)\b|\b(?:critical appraisal|quality (?:appraisal|assessment)|risk[- ]of[- ]bias (?:assessment|appraisal))\b[^.]{0,30}\b(?:was|were|is) not (?:performed|conducted|undertaken|done|carried out|required|needed)\b|\bno (?:formal )?(?:critical appraisal|quality (?:appraisal|assessment)|risk[- ]of[- ]bias (?:assessment|appraisal))\b/i;
/** image, data and signal quality; trial monitoring */
const NOT_SOURCES = /\b(?:image quality|data quality|quality control|scan quality|signal quality|sleep quality|quality of life|quality of care|quality improvement|monitor\w*|motion artefacts?|artifacts?)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'appraisal/none', re: NOT_APPRAISED, weight: 0.95, notDone: true, negationOk: true, unless: NOT_SOURCES },
    { id: 'appraisal/tool', re: TOOL, weight: 0.95, unless: NOT_SOURCES },
    { id: 'appraisal/assessed', re: APPRAISED, weight: 0.9, unless: NOT_SOURCES },
    { id: 'appraisal/found', re: FOUND, weight: 0.85, sections: ['results', 'abstract', 'discussion', 'other', 'methods'], unless: NOT_SOURCES },
  ],
  headingFallback: { heading: /^(critical appraisal|quality (assessment|appraisal)|risk of bias( assessment| in (individual )?studies| of (included )?studies)?|methodological quality|assessment of (methodological quality|risk of bias))$/, kinds: ['methods', 'results', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.5 },
  require: { pattern: /quality|bias|apprais|QUADAS|RoB|ROBINS|ROBIS|PROBAST|Newcastle|MMAT|CASP|JBI|Joanna|AMSTAR|Cochrane|Downs|MINORS|Jadad|PEDro|rigou?r|validity/i },
};

export default defineConcept({
  id: 'critical_appraisal',
  meta: {
    label: 'Critical appraisal',
    group: 'Review methods',
    definition:
      'Reported when a review says whether the included sources were appraised for quality or risk of bias and, if so, with which tool, by whom, how the appraisal was used (to exclude sources, to weight or only to describe them) and what it found for the sources. Appraisal is optional in scoping reviews: an explicit statement that no appraisal was done, ideally with the reason, counts and is reported as not done. Not counted: quality control of images or data, trial data monitoring, and remarks on the quality of the evidence in the background.',
    traps: [
      'data or image quality control: "scans with motion artefacts were discarded"',
      'the quality of the evidence as a background remark',
      'a primary study\'s own efforts against bias ("to reduce the risk of bias, assessors were blinded")',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Two reviewers assessed the methodological quality of each included study with the Mixed Methods Appraisal Tool.' },
      { text: 'Risk of bias was judged low in 9 of the 21 studies, mostly because outcome assessors were not clearly blinded in the others.', heading: 'Results' },
      { text: 'Appraisal scores were not used to exclude studies but are shown beside each source in Table 3.' },
      { text: 'Diagnostic accuracy studies were appraised with QUADAS-2 by two authors working independently.' },
    ],
    notDone: [
      { text: 'In line with scoping review methodology, we did not appraise the quality of the included sources.' },
      { text: 'A critical appraisal of the sources was not performed, as the aim was to map the literature.' },
    ],
    missing: [
      { text: 'Image quality was checked visually and scans with motion artefacts were discarded.', note: 'image quality control' },
      { text: 'The evidence on this question is generally considered to be of low quality [5].', heading: 'Introduction', note: 'background' },
      { text: 'Data quality was monitored by the trial coordinating centre.', note: 'data monitoring' },
      { text: 'To reduce the risk of bias, outcome assessors were blinded to group allocation.', note: 'a primary study\'s own measures' },
    ],
  },
});
