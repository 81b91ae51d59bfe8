/**
 * annotation_tools: the software used to annotate, segment or label the reference data.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const ANNOT_TOOLS = '(?:ITK-?SNAP|3D ?Slicer|labelme|CVAT|LabelImg|QuPath|ImageJ|Fiji|OsiriX|Horos|MIPAV|Mango|Labelbox|MITK|Amira|FSLeyes|freeview|annotation (?:tool|software|platform|interface|program)|labell?ing (?:tool|software|platform)|segmentation (?:tool|software|editor))';
const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('annotation-tools/tool', new RegExp(`\\b(?:annotat|segment|delineat|contour|label|drawn|draw|outlin|trac|correct|edit)\\w*[^.;]{0,80}\\b${ANNOT_TOOLS}\\b|\\b${ANNOT_TOOLS}\\b[^.;]{0,80}\\b(?:annotat|segment|delineat|contour|label|draw|outlin|trac|correct|edit)`, 'i'), 0.75),
  ],
};

export default defineConcept({
  id: 'annotation_tools',
  meta: {
    label: 'Annotation tools',
    group: 'Reference standard',
    definition:
      'Reported when the manuscript names the software or platform in which the annotations, segmentations, contours or labels were made (ITK-SNAP, 3D Slicer, CVAT, QuPath, an in-house annotation platform ...), in a sentence that ties the tool to annotating. A tool named only for measuring, viewing or statistics does not count.',
    traps: [
      'image tools used for measurement or figure preparation ("cell counts were measured in ImageJ")',
      'statistics software',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Contours were drawn in ITK-SNAP by the first author.' },
      { text: 'Bounding boxes were annotated with the open-source tool CVAT.' },
      { text: 'Tumour regions were segmented semi-automatically in 3D Slicer.' },
      { text: 'All labels were created on a web-based annotation platform developed in-house.' },
    ],
    missing: [
      { text: 'Cell counts were measured in ImageJ.', note: 'a measurement, not an annotation' },
      { text: 'Statistical analysis was done in SPSS.' },
      { text: 'Image brightness was adjusted in ImageJ before printing the figures.' },
    ],
  },
});
