import { officeFormat } from '../office-format';
import { readPptx } from './read-pptx';

export const { readPages: readPptxPages, reader: pptxReader } = officeFormat(
  'pptx',
  ['pptx', 'pptm', 'ppsx', 'potx'],
  readPptx,
);
