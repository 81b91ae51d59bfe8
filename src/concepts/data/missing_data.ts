/**
 * missing_data: how missing data were handled, that there were none, or how much was missing.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.15, discussion: 0.5, abstract: 0.8, results: 0.6 },
  traps: [
    /\bmissing (teeth|tooth|link|piece|persons?|children|heritability)\b(?!-)|\bmissed (doses?|appointments?|sessions?|visits?)\b(?![^.]{0,40}\b(imput|missing))/i,
    // genotype imputation from a reference panel is genotyping, not the handling of missing study data
    /\b(genotyp\w*|SNPs?|haplotypes?|variants?)\b[^.]{0,60}\bimput|\bimput\w*[^.]{0,80}\b(reference panels?|1,?000 genomes|HapMap|haplotypes?|genotyp\w*|SNPs?)\b/i,
  ],
  rules: [
    // MICE (multiple imputation by chained equations) only in capitals: "mice" are animals
    { id: 'missing/mice', re: /\bMICE\b/, weight: 1 },
    { id: 'missing/imputation', re: /\b(multiple(ly)? imput\w*|imputed|imputation|impute|imputing|chained equations|last (observation|value) carried forward|LOCF|BOCF|baseline observation carried forward|worst[- ]case (imputation|scenario)|single imputation|mean imputation|median imputation|hot[- ]deck|k-?nn imputation|missing[- ]indicator)\b/i, weight: 1 },
    { id: 'missing/complete-case', re: /\b(complete[- ]case(s)?( analys[ie]s)?|available[- ]case analys[ie]s|complete[- ]data analys[ie]s|listwise deletion|pairwise deletion|case[- ]wise deletion|only (complete|those with complete)|with complete (data|information|follow[- ]up|records?|measurements?|cases?)|complete (instances|records|observations))\b/i, weight: 0.9, negationOk: true },
    { id: 'missing/none', re: /\b(no missing (data|values|information|observations)|without missing (data|values)|there (were|was) no missing)\b/i, weight: 0.8, negationOk: true },
    { id: 'missing/handling', re: /\bmissing (data|values?|outcomes?|observations|information|responses|covariates?|items?|measurements?|scores?|entries|variables?|(clinical|baseline|follow[- ]up) data)\b[^.]{0,100}\b(handled|handle|dealt|accounted|treated|assumed|replaced|excluded|imput|model(l)?ed|addressed|managed|estimated|ignored|account for|deal with|using|by|at random|analy[sz]ed|less than|below|under)/i, weight: 0.95 },
    { id: 'missing/at-random', re: /\bmissing (completely )?at random\b|\bpattern[- ]mixture\b|\btipping[- ]point\b|\bmaximum likelihood\b[^.]{0,60}\bmissing\b|\bmixed[- ]effects?\b[^.]{0,80}\b(missing|all available data|incomplete)\b|\binverse probability (of censoring )?weight\w*[^.]{0,60}\b(missing|dropout|attrition|loss)/i, weight: 0.9 },
    { id: 'missing/mar', re: /\b(MCAR|MAR|MNAR)\b/, weight: 0.9 },
    { id: 'missing/amount', re: /\bmissing (data|values|information|observations) (were|was) (few|minimal|rare|negligible|limited|low)\b|(\d+(\.\d+)? ?%|\b\d+ \(\d+(\.\d+)? ?%\)|\bfew|\bno|\bnone of the)[^.]{0,40}\b(of (the )?)?(data|values|observations|participants|patients|cases|records|items|responses)?\b[^.]{0,20}\b(were|was|had) missing\b|\bmissing (data|values|information) (were|was|for|in|on)\b[^.]{0,30}\b(\d+(\.\d+)? ?%|\d+ (participants|patients|cases|records|subjects))|\b(were|was) missing (for|in) \d+/i, weight: 0.8, negationOk: true },
    { id: 'missing/excluded-missing', re: /\b(excluded|removed|omitted|dropped)\b[^.]{0,60}\b(missing|incomplete|insufficient|lack of|not available|unavailable|unmeasurable|could not be (measured|determined|obtained))\b|\b(with|had|having) (missing|incomplete) (data|information|values|records|outcomes?|follow[- ]up)\b[^.]{0,40}\b(excluded|removed|not included)\b|\b(only|restricted to|limited to)\b.{0,60}?\b(for which|for whom|where|with)\b.{0,40}?\bavailable\b|\((where|when|if) (available|known|recorded)\)|\bwhere available\b/i, weight: 0.7 },
    // "data were not available for 5 patients", "values were missing in three cases"
    { id: 'missing/unavailable-for', re: /\b(data|information|values?|measurements?|results?|records?|scores?|samples?|recordings?|images?|descriptions?|details|histor(y|ies)|status|reports?|questionnaires?)\b( (on|about|of|regarding) [\w-]+( [\w-]+)?)? (were|was) (unavailable|not available|not recorded|not collected|not obtained|not measured|not known|unknown|lacking|incomplete|missing) (for|in|from) (the )?(first |last |remaining |another |an additional )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|a few|several|a small number of|a minority of)\b/i, weight: 1, negationOk: true },
    // the study's data named as unavailable, with what was done instead: "since X was not available before biopsy, Y was defined as ..."
    { id: 'missing/unavailable-handled', re: /\b(since|because|as|when|where|if) (the )?(data|information|values?|measurements?|records?) (on|about|of|for|regarding) [^.;]{0,80}\b(was|were) (not available|unavailable|not recorded|missing|unknown|lacking)\b[^.;]{0,20},/i, weight: 0.9, negationOk: true, sections: ['methods', 'results', 'other'] },
    // lack of a variable in part of the sample: "lack of receptor status in some cases", "absence of data for 12 patients"
    { id: 'missing/lack-in-some', re: /\b(lack|absence|unavailability|non-?availability) of (\w+ ){0,3}(data|information|status|values?|measurements?|records?|results?|histor(y|ies)|follow[- ]?up)\b[^.;]{0,20}\b(in|for|from) (some|several|a few|a number of|a minority of|\d+|one|two|three|four|five|six|seven|eight|nine|ten) (of the )?(cases|patients|participants|subjects|samples|individuals|women|men|children|specimens|records)\b/i, weight: 1, negationOk: true },
    // "measurement was possible only in 17 patients", "data were available only for 40 of the 52 cases"
    { id: 'missing/only-available', re: /\b(measurements?|assessments?|quantification|evaluation|data|information|analysis|scoring|follow[- ]?up)\b (was|were) (possible|available|obtained|feasible|obtainable|complete) only (in|for|from) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|some|a subset)\b/i, weight: 0.9 },
    // material used up or unusable, with what remained: "one specimen had been exhausted ..., the remaining 23 were studied"
    { id: 'missing/remaining-after', re: /\b(exhausted|depleted|used up|damaged|lost|broken|unusable|insufficient|degraded)\b[^.;]{0,120}\bthe remaining (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(-[a-z]+)?)\b/i, weight: 0.75, otherWorkOk: true, sections: ['methods', 'results', 'other'] },
    // "35 of 40 cases with available information on X": analysis restricted to the complete cases, counted
    { id: 'missing/n-of-m-available', re: /\b\d+ (of|out of) (the )?\d+\b[^.;]{0,50}\b(with|having|for which|for whom) (available|complete|sufficient) (data|information|values|measurements|records|follow[- ]up)\b/i, weight: 1 },
    // units that could not be measured, counted among the exclusions
    { id: 'missing/could-not-be-measured', re: /\b(excluded|removed|omitted|not included|discarded)\b[^.]{0,200}\b(unable to|could not|failed to) be (sequenced|genotyped|analy[sz]ed|measured|assessed|evaluated|quantified|processed|amplified|scored|read|determined)\b|\b(unable to|could not|failed to) be (sequenced|genotyped|analy[sz]ed|measured|assessed|evaluated|quantified|processed|amplified|scored|read|determined)\b[^.]{0,100}\b(excluded|removed|omitted|not included|discarded)\b/i, weight: 1, negationOk: true },
    // a success rate of measurement tells how much is missing: "measurements were extracted from >99% of the available scans"
    { id: 'missing/success-rate', re: /\b(successfully|able to|could be|were|was) (\w+ ){0,2}(extract|obtain|measur|segment|process|analy[sz]|quantif|acquir|collect|record|derive|comput)\w*\b[^.]{0,60}\b(for|from|in) (>|≥|over |more than |nearly |almost )?\d+(\.\d+)? ?% of (the )?(available |eligible |all |included )?(\w+ )?(scans|images|participants|patients|subjects|samples|cases|records|recordings|volumes|individuals)\b/i, weight: 0.85 },
    // absent values filled with a fixed value ("such measurements are set to default values defined by a clinician"), and
    // the statement that every case has its outcome observed ("all patients have an observed time to event")
    { id: 'missing/default-filled', re: /\b(measurements?|values|variables|features|laboratory (tests?|values)|labs|vital signs|observations|entries|inputs)\b (\w+ ){0,6}(were|are) (then )?(set|replaced|filled|substituted|assigned)\b (\w+ ){0,2}(to|with|by) (the |a )?(\w+ ){0,2}(default|normal|mean|median|zero|reference|population|last (observed|known|available))( \w+)? (values?|ranges?)\b|\ball (\w+ ){0,3}(cases|patients|subjects|participants|samples|records|admissions) (\w+ ){0,2}(had|have|are with|were with|with) (an? )?(complete|observed|full|known) (\w+ ){0,2}(outcomes?|time[- ]to[- ]event|survival times?|follow[- ]?up|data|labels?|records?)\b/i, weight: 0.8, unless: /\b(pixels?|voxels?|intensit(y|ies)|background|outside|hyper-?parameters?|learning rates?|weights|biases)\b/i },
    { id: 'missing/enough-available', re: /\b(for which|for whom|with) (enough|sufficient|adequate)\b[^.]{0,40}\b(was|were) available\b|\b(insufficient|not enough) (material|RNA|DNA|tissue|data|sample)\b/i, weight: 0.9 },
    { id: 'missing/treated-as', negationOk: true, re: /\b(considered|treated|coded|set|counted|classified|regarded) (to represent |as )?missing\b|\b(missing|drop[- ]?outs?|withdr\w+|lost to follow[- ]?up)\b[^.]{0,60}\b(considered|treated|coded|counted|classified|regarded|assumed) (to be |as )(failures?|non-?responders?|smokers|relapsed|treatment failures?)\b|\b(lost to follow[- ]?up|drop[- ]?outs?|withdr\w+)\b[^.]{0,60}\b(were|was) (censored|imputed|treated as|considered as|assumed)\b/i, weight: 0.9 },
    { id: 'missing/attrition', re: /\b(attrition analys[ie]s|differential (attrition|drop[- ]?out|loss to follow[- ]?up)|predictors of (drop[- ]?out|attrition|loss to follow[- ]?up)|attrition (was|is) not (selective|differential|related))\b/i, weight: 0.8 },
    { id: 'missing/sensitivity', re: /\bsensitivity analys[ie]s\b[^.]{0,80}\b(missing|imput|dropout|drop-out|(lost|loss) to follow|attrition)/i, weight: 0.9 },
  ],
  headingFallback: { heading: /^(missing data|handling of missing data|missing (data|values) (handling|imputation)|imputation( of missing data)?)$/ },
  proseOnly: true,
  require: { pattern: /missing|imput|default|observed|set to|unknown|lack|absence|possible only|available only|obtained only|remaining|complete|carried forward|LOCF|BOCF|worst[- ]case|hot[- ]deck|available|attrition|drop|lost to|loss to|at random|MCAR|MAR|MNAR|pattern[- ]mixture|tipping|likelihood|mixed[- ]effect|inverse probability|exclu|removed|omitted|enough|sufficient|censored|considered|treated|coded|counted|classified|regarded|withdr|deletion|sensitivity analys|\((where\b|when\b|if\b)|not enough|MICE|able to|successfully|could be|unable|could not|failed to|not (recorded|collected|obtained|measured)|lacking/i },
};

export default defineConcept({
  id: 'missing_data',
  meta: {
    label: 'Missing data',
    group: 'Data',
    definition:
      'Reported when the manuscript says how missing data of this study were handled (multiple or single imputation, complete-case analysis, missing values treated as failures, dropouts censored, sensitivity analyses for missingness), that there were none, or how much was missing and for whom ("data were not available for 5 patients", "measured only in 17 patients", "41 of 50 cases with complete information"); a section headed Missing data counts too. Missing teeth or missed doses, genotype imputation against a reference panel, "MICE" meaning mice, data availability statements, and missing-data handling of other studies do not count; a bare amount of missing outcome data in the Results alone is too weak.',
    traps: [
      'mice (animals) versus MICE (imputation by chained equations)',
      'genotype imputation from a reference panel',
      'missed doses, missing teeth, "missing link"',
      'data availability ("Data are not available for public release")',
      'other studies\' handling of missing data in the Introduction',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Missing values were handled by multiple imputation with chained equations.' },
      { text: 'A complete-case analysis was performed.' },
      { text: 'Missing step counts were imputed with the mean of valid days.' },
      { text: 'Infants without baseline diaries were considered to represent missing data.' },
      { text: 'Participants lost to follow-up were censored at their last visit.' },
      { text: 'We ran an attrition analysis to test whether dropout differed by arm.' },
      { text: 'Age and stage (where available) were recorded for each sample.' },
      { text: 'We only included visits for which clinical scores (e.g., MMSE) were available.' },
      { text: 'Missing person-days were imputed with the average of the valid days.', note: '"missing persons" is a homonym, imputation is not' },
      { text: 'Lipid values were not recorded for the first 7 children in the control arm.' },
      { text: 'Questionnaire data were unavailable for two participants, who were left out of the adjusted models.', heading: 'Results' },
      { text: 'The score was computed for the 41 of 50 validation cases with complete information on tumour grade.', heading: 'Discussion' },
      { text: 'Nine biopsies were excluded from analysis; among them, specimens that could not be genotyped (4).', heading: 'Results' },
      { text: 'Liver fat was successfully measured in >98% of the available scans.', heading: 'Results' },
      { text: 'Baseline covariates with missing values were imputed using MICE.' },
      { text: 'Full accident reports were not available from 4 participants.' },
      { text: 'Information on prior radiotherapy was unknown for a few cases (n = 6).' },
      { text: 'Because data on kidney function of these patients were not available before surgery, injury was defined from later creatinine values.', heading: 'Results' },
      { text: 'The lack of hormone receptor status in some cases prevented adjustment for it.', heading: 'Discussion' },
      { text: 'Scoring was possible only in fifteen patients, as the others showed diffuse clumps.', heading: 'Results' },
      { text: 'As one paraffin block had been used up in earlier work (3), the remaining 19 specimens were studied.' },
      { text: 'Laboratory values not yet measured at admission are set to normal reference values chosen by an intensivist.' },
      { text: 'In the extracted cohort, all admissions have an observed time to event.' },
    ],
    missing: [
      { text: 'Two participants missed doses on day three.', note: 'missed doses' },
      { text: 'The learning rate was set to the default value of the library.', note: 'a setting, not a missing value' },
      { text: 'Intensities were normalised to zero mean and unit variance.', note: 'normalisation' },
      { text: 'Voxel values outside the brain mask were set to the mean value of the background.', note: 'image processing' },
      { text: 'The outcome was classified as failure when rescue drug was given.' },
      { text: 'Provide a registration number, if available.' },
      { text: 'Few trials report how missing data were handled [5].', heading: 'Introduction', note: 'other work' },
      { text: 'Knockout mice were treated with saline for two weeks.', note: 'mice, not MICE' },
      { text: 'Wild-type mice were injected with the vehicle only.', heading: 'Abstract', note: 'mice, not MICE' },
      { text: 'Genotypes were imputed against the 1000 Genomes reference panel.', note: 'genotype imputation' },
      { text: 'Untyped SNPs were imputed with a standard algorithm.', note: 'genotype imputation' },
      { text: 'Data are not available for public release.', note: 'data availability' },
      { text: 'Missing data were minimal: 97% provided outcome data.', heading: 'Results', note: 'a results-only amount statement is weak' },
    ],
  },
});
