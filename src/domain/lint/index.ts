export type { CountedThing, LintContext, NameVariant, StatedCount } from './context';
export type { Finding, Message, Severity } from './finding';
export { compareFindings, finding, SEVERITIES } from './finding';
export { lintPlan } from './lint-plan';
export { isSameThing, nameKey, nameSimilarity } from './similarity';
