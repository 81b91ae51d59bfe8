/**
 * ppi (TRIPOD+AI 19): patient and public involvement; "PPI" alone is usually a proton pump inhibitor.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP } from '../shared/hedges.js';

const PPI_CONTEXT = /\b(?:design\w*|conduct\w*|report\w*|dissemina\w*|plan\w*|research|setting|development|interpret\w*|outcome measures|priorit\w*|study)\b/i;
/** shared decision making and engagement with an intervention: involvement of patients in their own care */
const PPI_HOMONYM = /\b(?:involvement|engagement) (?:in|with) (?:\w+ ){0,2}(?:decisions?|decision-making|treatment|care|self-management|their)\b|\b(?:involvement|engagement) (?:scores?|scales?|levels?|measures?)\b|\blevels? of (?:patient )?(?:involvement|engagement)\b|\bOPTION\b/i;

const spec: SpecBody = {
  damp: [INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.3 },
  rules: [
    // "patient engagement" (with an app or programme) and "patient involvement" (in treatment decisions, scored on a
    // scale) are homonyms; research involvement says patient AND public, or is public/lay/consumer involvement
    cue('ppi/involvement', /\b(?:patient|public|consumer|service[- ]user|carer|citizen) and (?:public|patient|carer|consumer|community) (?:involvement|engagement)\b|\b(?:public|consumer|service[- ]user|lay|citizen) involvement\b|\bpatient involvement (?:in (?:the |this |our )?(?:research|study|design|trial|project)|statement|was|group)\b/i, 0.8, {
      unless: PPI_HOMONYM,
    }),
    cue('ppi/partners', /\b(?:patient|public|consumer|lay|carer) (?:partners?|advisors?|advisers?|advisory (?:groups?|panels?|boards?|committees?|councils?)|research partners?|contributors?|representatives?)\b|\bcommunity advisory (?:boards?|groups?|committees?)\b/i, 0.7, {
      unless: /\b(?:consent\w*|legal|surrogate|next of kin|guardian|proxy|representative (?:sample|of))\b/i,
    }),
    cue(
      'ppi/involved',
      /\b(?:patients|members of the public|the public|service users|carers|lay people|patient representatives|patient partners)\b (?:(?:and|or) (?:\w+ ){1,4})?(?:were|was) (?:actively |directly |closely |also )?involved in (?:the )?(?:\w+ ){0,3}(?:design|conduct|planning|development|reporting|dissemination|interpretation|choice|selection|prioriti[sz]\w*|research questions?|writing)\b/i,
      0.8,
    ),
    cue(
      'ppi/not-involved',
      /\b(?:patients|members of the public|the public|patient representatives|service users)\b[^.;]{0,40}\b(?:were|was) not (?:\w+ )?involved\b|\bno (?:patients?|members of the public|patient(?: and|\/| or) (?:the )?public) (?:were |was )?(?:involved|involvement)\b|\bnot (?:appropriate|possible|feasible) to involve (?:patients|the public)\b|\b(?:no|without) (?:patient|public|patient and public|patient or public) (?:involvement|engagement)\b/i,
      0.8,
      { notDone: true, negationOk: true, unless: new RegExp(`^(?![^]*${PPI_CONTEXT.source})`, 'i') },
    ),
  ],
};

export default defineConcept({
  id: 'ppi',
  meta: {
    label: 'Patient and public involvement',
    group: 'Other',
    definition:
      'Reported when the manuscript says whether patients or the public were involved in the research: patient and public involvement in the design, conduct, reporting or dissemination, patient or lay partners, advisors, representatives or advisory groups, or an explicit statement that they were not involved (reported as not done). Involvement of patients in their own care (shared decision making, engagement with an app), "PPI" as proton pump inhibitor, legal representatives for consent and recommendations in other work do not count.',
    traps: [
      'PPI as proton pump inhibitor',
      'patient engagement with an intervention, involvement in treatment decisions or scored on a scale',
      'legal representatives, proxies and next of kin giving consent',
      'patients "involved in" accidents',
      'recommendations for involvement in other work',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Patient and public involvement: two patient partners reviewed the protocol and the plain language summary.', heading: 'Declarations' },
      { text: 'Patients were involved in the design of the study and in choosing the outcome measures.' },
      { text: 'A patient advisory group commented on the study materials.' },
      { text: 'The trial steering committee included a lay member and a patient representative.' },
    ],
    notDone: [{ text: 'Patients and members of the public were not involved in the design, conduct or reporting of this research.' }],
    missing: [
      { text: 'Patients continued their PPI treatment throughout the trial.', note: 'proton pump inhibitor' },
      { text: 'The app includes reminders to support patient engagement with exercise.', note: 'engagement with an intervention' },
      { text: 'Shared decision making was scored on a patient involvement scale by two raters.', note: 'involvement in care' },
      { text: 'Consent was obtained from the patient or a legal representative.', note: 'legal representative' },
      { text: 'Patients involved in road traffic accidents were excluded.' },
      { text: 'Patient and public involvement has been recommended for prediction research [5].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
