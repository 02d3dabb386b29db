import { z } from 'zod';
import { ROLES } from '../../domain/authz';

export const LoginName = z
  .string()
  .transform((s) => s.normalize('NFKC').trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(2, 'a login has at least 2 characters')
      .max(64)
      .regex(/^[a-z0-9._@-]+$/, 'a login uses letters a–z, digits and . _ @ - only'),
  );

export const DisplayName = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, 'a display name is required').max(100));

export const RoleSchema = z.enum(ROLES, { error: 'role must be admin, editor, reporter or viewer' });

export const GrantInput = z
  .object({ orgId: z.number().int().positive().nullable(), role: RoleSchema })
  .refine((g) => g.role === 'admin' || g.orgId !== null, {
    message: 'editor, reporter and viewer roles name the organisation they apply to',
    path: ['orgId'],
  });
