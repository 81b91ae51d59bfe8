/**
 * recruitment_sampling: how participants were identified and recruited, and the kind of series (consecutive,
 * random, convenience).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/**
 * Random sampling of data units (patches, slices, sentences, hyperparameters, mini-batches) or of a split is not
 * how participants were sampled.
 */
const DATA_UNIT_SAMPLING = /\brandom(?:ly)? (?:sampl\w*|select\w*)\b[^.;]{0,40}\b(?:patch(?:es)?|slices?|crops?|pixels?|voxels?|tiles?|(?:mini-?)?batch(?:es)?|hyper-?parameters?|search space|sentences?|tokens?|words?|frames?|points?|negatives?|pairs?|triplets?|features?|augmentations?|views?|regions?|windows?|segments?|subsets?|splits?|folds?)\b|\b(?:patch(?:es)?|slices?|crops?|pixels?|voxels?|tiles?|(?:mini-?)?batch(?:es)?|hyper-?parameters?|sentences?|tokens?|frames?|points?|negatives?|pairs?|triplets?|windows?|segments?)\b[^.;]{0,40}\brandom(?:ly)? (?:sampl\w*|select\w*)|\b(?:by|with|using|via) random (?:sampling|search)\b/i;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.5 },
  rules: [
    { id: 'recruitment/series', unless: DATA_UNIT_SAMPLING, re: /\b(consecutive(ly)? (\w+[ -]){0,3}?(patients|participants|subjects|cases|admissions|referrals|examinations|exams|studies|scans|radiographs|images|individuals|adults|children|women|men|infants|neonates|encounters|visits|people|persons|eligible|recruited|enrolled|included|presenting|admitted|referred|attending|seen|treated|undergoing|operated)\b|convenience (sample|sampling)|random(ly)? (sample|sampled|selected|sampling)|purposive(ly)? (sample|sampling)|snowball sampling|systematic(ally)? sampl|stratified (random )?sampl|population[- ]based (sample|sampling|recruitment)|all (eligible|consecutive) (patients|participants|subjects|cases))\b/i, weight: 1 },
    { id: 'recruitment/how', re: /\b(were|was|will be) (recruited|identified|approached|invited|referred|enrolled|selected)\b[^.]{0,60}\b(through|via|by|from|using|at|when|during|in)\b/i, weight: 0.75 },
    { id: 'recruitment/recruitment', re: /\b(recruitment (was|took place|occurred|strategy|methods?|procedures?)|(participants|patients) (were|will be) recruited|advertis(ed|ements?|ing)|flyers|posters|word of mouth|social media)\b/i, weight: 0.7 },
  ],
  headingFallback: { heading: /^(recruitment|participant recruitment|recruitment and (sampling|enrol(l)?ment))$/ },
  require: { pattern: /consecutive|convenience|random|purposive|snowball|systematic|stratified|population[- ]based|\ball (eligible|consecutive)|recruit|identified|approached|invited|referred|enrolled|selected|advertis|flyer|poster|word of mouth|social media/i },
};

export default defineConcept({
  id: 'recruitment_sampling',
  meta: {
    label: 'Participant identification and sampling',
    group: 'Data',
    definition:
      'Reported when the manuscript says how the participants of this study were identified or recruited (through which clinics, registers, advertisements or referrals) or what kind of series they form (consecutive, random, convenience, purposive, population-based sample); a section headed Recruitment counts too. Random operations on data (augmentation, random forests) and cells "recruited" to tissue do not count.',
    traps: ['cells recruited to an organ', 'random rotation or random forests (not random sampling)'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Consecutive patients attending the clinic were invited.' },
      { text: 'Participants were recruited through advertisements in local newspapers.' },
      { text: 'Participants will be recruited from the outpatient clinics of two hospitals.', note: 'a protocol' },
      { text: 'A random sample of 50 general practices was drawn from the regional list.' },
    ],
    missing: [
      { text: 'Blood pressure was measured twice.' },
      { text: 'Neutrophils were recruited to the lung within hours of infection.', note: 'cell recruitment' },
      { text: 'Images were randomly rotated during augmentation.', note: 'random augmentation' },
      { text: 'The random forest was trained with 500 trees.', note: 'random forest' },
      { text: 'Sixteen crops were randomly sampled from every slide during training.', note: 'random sampling of data units' },
      { text: 'The gradients of consecutive iterations were accumulated.', note: '"consecutive" without participants' },
    ],
  },
});
