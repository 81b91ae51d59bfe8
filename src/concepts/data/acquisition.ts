/**
 * acquisition: how the images or signals were acquired: scanner or device, sequence, protocol parameters.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccurCased } from '../shared/facets.js';

// the parts of a capture statement, in any order and wording: an instrument, the act of measuring with it, and its
// maker or model (a maker in parentheses, a model number, or a well-known instrument maker); matched case-sensitively,
// since a maker is told from an abbreviation by its capitals
const AQ_DEVICE = String.raw`\b(?:instruments?|scanners?|cameras?|sequencers?|platforms?|readers?|analy[sz]ers?|devices?|microscopes?|machines?|spectrometers?|cytometers?|HPLC|SPECT|PET|CT|MRI|ultrasound|transducers?|sensors?|recorders?|meters?|monitors?|microarrays?|[Aa]rrays?|autoinjectors?)\b`;
const AQ_ACT = String.raw`\b(?:acquired|scanned|imaged|run|sequenced|recorded|captured|measured|counted|read|photographed|quantified|detected|hybridi[sz]ed|injected|used|performed|carried out|obtained)\b`;
const AQ_MAKER = String.raw`\((?:\d+ )?[A-Z][a-z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}(?:,(?![^)]*\b(?:19|20)\d\d\))[^)]{0,60})?\)|\b(?:Illumina|Nikon|Sony|Canon|General Electric|Thermo Fisher|Applied Biosystems|Agilent|Affymetrix|Roche|Bio-Rad|Beckman|Abbott|Shimadzu|Sciex|Samsung|Huawei|Apple|Fitbit|Medtronic)\b|\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? (?:[A-Z]+-?\d+|\d+[A-Z]+)[\w+-]*`;

// what an instrument maker also sells or names: software, reagents, questionnaires
const AQ_NOT_DEVICE = /\b(?:software|package|version|SPSS|SAS|Stata|MATLAB|Python|statistic\w*|toolbox|library|antibod\w*|reagents?|buffer|medium|purchased|supplied by|obtained from|funded|grant|questionnaires?|interviews?|assessment instruments?|rating scales?)\b/i;
// an MR sequence or weighting by its short name, and the images it gives
const AQ_SEQUENCE = String.raw`\b(?:Gd-?)?(?:T1|T2|PD)(?:w|-w|-?weighted| weighted)\b|\bT1ce\b|\b(?:T2w?-)?FLAIR\b|\bDESS\b|\bMP-?RAGE\b|\bSTIR\b|\bDWI\b|\bSWI\b|\b(?:turbo|fast) spin[- ]echo\b|\bgradient[- ]echo\b`;
const AQ_IMAGE = String.raw`\b(?:[Ss]cans?|[Ii]mages?|[Ii]maging|[Ss]equences?|[Vv]olumes?|MRIs?|MR|[Aa]cquisitions?|[Ss]eries)\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('acquisition/params', /\b(?:repetition time|echo time|inversion time|flip angle|slice thickness|field of view|in-?plane resolution|voxel size|pixel spacing|matrix size|tube (?:voltage|current)|kVp|mAs|b-?values?|acquisition (?:parameters|protocol|matrix|time))\b|\b(?:TR =|TR=|TE =|TE=|TR:|TE:|TI =|TI=) ?\d/i, 0.8),
    cue('acquisition/scanner', /\b(?:acquired|scanned|imaged|obtained|performed|recorded|captured|photographed) (?:\w+ ){0,4}(?:on|with|using) (?:an? |the )?(?:\d(?:\.\d)?[- ]?T(?:esla)? |\w+ ){0,3}(?:scanners?|MRI|MR|CT|PET|ultrasound|camera|microscope|system|device|machine|unit)\b|\b(?:Siemens|GE Healthcare|GE Medical|Philips|Toshiba|Canon Medical|Hitachi|Fujifilm|Hologic|Zeiss|Topcon|Heidelberg Engineering|Optovue|Leica|Olympus|Hamamatsu|Aperio|Bruker)\b|\b\d(?:\.\d)? ?T(?:esla)? (?:MRI|MR scanner|MR system|scanner|magnet|field|system|Siemens|GE Healthcare|Philips)\b/, 0.7, {
      // a maker named as the authors' employer (an address line with e-mail addresses) or as a funder of a consortium
      unless: /[\w.-]+@[\w-]+\.[\w.]+|\b(?:funded|sponsored|supported) by\b|\bcontributions from\b/,
    }),
    // the sequences or channels of each case listed by name ("four sequences per scan (T1, T1ce, T2, FLAIR)"), views of
    // radiographs, and the sampling rate of recorded signals ("ECGs recorded at 500 Hz")
    cue('acquisition/sequence-list', /\b(?:sequences?|modalit(?:y|ies)|contrasts|weightings?)\b[^.;]{0,40}?\b(?:T1|T1ce|T1c|T1-?Gd|T2|FLAIR|DWI|ADC|PD|DESS|SWI|DCE)\b[^.;]{0,20}?\b(?:T1|T1ce|T1c|T1-?Gd|T2|FLAIR|DWI|ADC|PD|DESS|SWI|DCE)\b|\b(?:T1|T1ce|T1c|T1-?Gd|T2|FLAIR|DWI|ADC|PD|DESS|SWI|DCE)\b[^.;]{0,30}?\b(?:MR |MRI |imaging )?(?:sequences|modalities)\b|\b(?:posterior-?anterior|anterior-? ?posterior|postero-?anterior|antero-?posterior|PA|AP)\b (?:\((?:PA|AP)\) )?(?:and|or) (?:[\w-]+ ){0,2}?(?:\((?:PA|AP)\) )?(?:radiographs|views|X-rays|projections|chest films)\b|\b(?:recorded|sampled|acquired|digiti[sz]ed|captured)\b[^.;]{0,40}?\bat \d+(?:\.\d+)? ?(?:Hz|kHz|fps|frames per second)\b|\bsampling (?:rate|frequency) of \d/i, 0.6),
    // an instrument named with its maker or model and used to measure ("plates were run on a 7900 instrument (Maker)",
    // "counted with an automated reader (Maker GmbH)"); not software, reagents or kits bought from a supplier
    // in Methods a citation names where the procedure was first described ("as described [12]"), not other work
    cue('acquisition/facets', cooccurCased(AQ_DEVICE, AQ_ACT, AQ_MAKER), 0.6, {
      sections: ['methods'],
      otherWorkOk: true,
      unless: AQ_NOT_DEVICE,
    }),
    cue('acquisition/facets', cooccurCased(AQ_DEVICE, AQ_ACT, AQ_MAKER), 0.6, { sections: ['other'], unless: AQ_NOT_DEVICE }),
    // the MR sequences or weightings of the images named by their short names ("Gd-T1w and T2w-FLAIR scans", "the
    // imaging sequence is 3D DESS"); not a lesion seen on such images in other work
    cue('acquisition/sequence-facets', cooccurCased(AQ_SEQUENCE, AQ_IMAGE), 0.6, {
      sections: ['methods', 'results', 'other'],
    }),
    cue('acquisition/sequence', /\b(?:T1|T2|FLAIR|DWI|diffusion|MPRAGE|Dixon|gradient[- ]echo|spin[- ]echo|contrast[- ]enhanced)[- ]weighted\b|\b(?:sequences?|protocols?) (?:included|consisted|comprised|were acquired)\b/i, 0.6),
  ],
};

export default defineConcept({
  id: 'acquisition',
  meta: {
    label: 'Image/data acquisition protocol',
    group: 'Data',
    definition:
      'Reported when the manuscript describes how the images or signals of this study were captured: the scanner, camera or device (maker, model, field strength), the sequences or views, or protocol parameters such as repetition and echo time, slice thickness, voxel size, tube voltage or b-values. A statement that data were "collected" without naming the device or protocol does not count; neither does the acquisition of consent, samples or questionnaires.',
    traps: [
      '"obtained" and "recorded" for consent, blood samples or case report forms, which name no capture device',
      'vendor names used as personal names (a known weakness: the vendor list is matched case-sensitively, not by meaning)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Images were acquired on a 3 T Siemens scanner with a repetition time of 2300 ms.' },
      { text: 'Chest radiographs were obtained with a portable digital system at the bedside.' },
      { text: 'Axial T2-weighted and diffusion-weighted sequences were acquired with a slice thickness of 3 mm.' },
      { text: 'The CT protocol used a tube voltage of 120 kVp and automatic exposure control.' },
      { text: 'Fundus photographs were captured with a Topcon non-mydriatic camera.' },
      { text: 'Every case comes with three MRI sequences (T1, T2 and FLAIR) resampled to 1 mm.' },
      { text: 'The electrocardiograms were sampled at 250 Hz for ten seconds.' },
      { text: 'All slides were digitised on a whole-slide scanner (Hamamatsu Photonics, Japan) at 40x magnification.' },
      { text: 'The libraries were sequenced on an Illumina NovaSeq 6000 instrument with paired-end reads.' },
      { text: 'Labelled RNA was hybridised to expression arrays (Affymetrix) and scanned as described previously [14].' },
      { text: 'Uptake was measured with a gamma camera (General Electric) following the protocol of our unit [7].' },
      { text: 'For every patient, Gd-T1w and T2w-FLAIR scans from the preoperative visit were available.' },
      { text: 'Knee cartilage was imaged with a sagittal 3D DESS sequence and water excitation.' },
    ],
    missing: [
      { text: 'Informed consent was obtained from all participants.', note: '"obtained" without a device' },
      { text: 'Demographic data were recorded on a standard case report form.' },
      { text: 'Weight was measured on a calibrated electronic scale.' },
      { text: 'Blood samples were obtained at baseline and at six months.' },
      { text: 'Heart rate was recorded at 60 beats per minute on average.', note: 'a measurement, not a sampling rate' },
      { text: 'Depressive symptoms were measured with a validated assessment instrument (Patient Health Questionnaire).', note: 'a questionnaire, not a capture device' },
      { text: 'Survey answers were read from the study platform (Qualtrics, Provo, UT) and analysed in R version 4.2.', note: 'software' },
      { text: 'Plate counts were exported from the reader software (Gen5, BioTek) as described [9].', note: 'software of an instrument, not how the data were captured' },
      { text: 'Ana Ruiz ana.ruiz@philips.com Philips Research, Eindhoven; Tom Berg tom.berg@uni.example Department of Radiology', heading: 'Authors', note: 'a maker as the authors\' employer' },
      { text: 'The consortium is funded by the national research council and through contributions from Siemens, Philips and Bruker.', heading: 'Acknowledgements', note: 'makers as funders' },
      { text: 'T2w and FLAIR images are widely used to grade oedema in earlier studies [3].', heading: 'Introduction', note: 'other work in the Introduction' },
    ],
  },
});
