/**
 * initialization: how the model parameters were initialised (random, pretrained, transfer learning).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('init/pretrained', /\bpre-?trained (?:on|weights|models?|networks?|with)\b|\btransfer learning\b|\bfine-?tun(?:ed|ing)\b|\bImageNet\b|\b(?:randomly|random) initiali[sz]\w*|\binitiali[sz](?:ed|ation) (?:with|from|using|by|randomly)\b|\b(?:He|Xavier|Glorot|Kaiming) (?:normal |uniform )?initiali[sz]\w*|\bweights (?:were |was )?(?:initiali[sz]ed|loaded|transferred|frozen)\b|\btrained from scratch\b|\b(?:start(?:ed|ing|s)?|initiali[sz]ed|began) (?:training )?from (?:the )?(?:[\w-]+ ){0,3}weights\b|\bweights (?:previously )?(?:learned|learnt|trained|obtained) on\b/i, 0.75, {
      // ImageNet named as a competition or a data set (its size, its images), with no pretraining, training on it or
      // weights in the sentence
      unless: /^(?!.*\b(?:pre-?train|transfer|fine-?tun|initiali[sz]|weights|trained (?:on|with)|checkpoints?)).*\bImageNet (?:competition|challenge|Large Scale Visual Recognition|data ?sets?|data|images)\b/i,
    }),
  ],
};

export default defineConcept({
  id: 'initialization',
  meta: {
    label: 'Parameter initialisation / transfer learning',
    group: 'Model',
    presupposes: ['model_training', 'network_training'],
    definition:
      'Reported when the manuscript says how the model parameters started: pretrained weights (ImageNet, another dataset), transfer learning or fine-tuning, random or named initialisation schemes (He, Xavier/Glorot), frozen or loaded weights, or training from scratch. Initiation of treatment or of a study does not count.',
    traps: [
      'treatment or study "initiated"',
      'staff "trained" in study procedures',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The encoder was initialised with weights pretrained on ImageNet.' },
      { text: 'We used a ResNet-50 trained on ImageNet as the backbone.' },
      { text: 'All convolutional layers used He initialization.' },
      { text: 'The network was trained from scratch with randomly initialized weights.' },
      { text: 'We fine-tuned a model pretrained on natural images.' },
    ],
    missing: [
      { text: 'Treatment was initiated within a week of diagnosis.', note: 'initiated, not initialised' },
      { text: 'The study was initialized after ethics approval.' },
      { text: 'Research nurses were trained in the study procedures.' },
      { text: 'Networks built for the ImageNet competition learn from millions of labelled photographs.', note: 'the competition as background' },
      { text: 'In the ImageNet dataset each input is a large colour photograph, whereas our recordings are short and few.', heading: 'Discussion', note: 'ImageNet as a data set, not a starting point' },
    ],
  },
});
