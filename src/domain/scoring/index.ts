export { achievementOf, capAchievement, lightOf } from './achievement';
export { rollUp } from './rollup';
export { type CityOrgInput, type CityScore, type ScoreCityInput, scoreCity } from './score-city';
export { resolveSettings, scorePlan } from './score-plan';
export * from './types';
