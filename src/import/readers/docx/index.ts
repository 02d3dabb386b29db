import { officeFormat } from '../office-format';
import { readDocx } from './read-docx';

export const { readPages: readDocxPages, reader: docxReader } = officeFormat(
  'docx',
  ['docx', 'docm', 'dotx'],
  readDocx,
);
