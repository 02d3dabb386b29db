import { z } from 'zod';
import { normalizeCode } from '../../domain/codes';

/** Field schemas shared by the create and update use cases of plan elements. */

export const elementName = z
  .string({ error: 'name must be text' })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, 'name must not be empty').max(500, 'name is longer than 500 characters'));

export const elementCode = z
  .string({ error: 'code must be text' })
  .transform(normalizeCode)
  .pipe(z.string().min(1));

export const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .transform((s) => (s === '' ? null : s))
    .nullish();

export const position = z.number().int().min(0).max(100_000);
export const version = z.number({ error: 'version (the one you loaded) is required' }).int().positive();
