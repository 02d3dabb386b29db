/**
 * Ids of different entities are different types, so a use case that takes a user's id cannot be
 * handed an organisation's by mistake: `resetPassword(ctx, orgId)` does not compile. At run time an
 * id is still the number the database gave; the brand exists for the compiler only.
 *
 * Numbers become ids at the boundary that knows what they name: a contract's params schema
 * (`positiveId().transform(asId<UserId>)`), a database row read by a use case, a CLI argument
 * resolved through a use case. Nothing else should need `asId`.
 */
declare const entity: unique symbol;

export type Id<E extends string> = number & { readonly [entity]: E };

export type OrgId = Id<'organisation'>;
export type PlanId = Id<'plan'>;
export type ThemeId = Id<'theme'>;
export type ObjectiveId = Id<'objective'>;
export type KsfId = Id<'ksf'>;
export type KpiId = Id<'kpi'>;
export type ActionId = Id<'action'>;
export type LinkId = Id<'link'>;
export type UserId = Id<'user'>;
export type ApiTokenId = Id<'api_token'>;
export type CommentId = Id<'comment'>;

/** Brands a number as the id of what the caller knows it names. */
export function asId<I extends Id<string>>(value: number): I {
  return value as I;
}
