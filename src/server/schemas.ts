/** Request pieces shared by several routes; defined with the contracts, which are pure. */
export { IdParams, PlanElementParams, PlanParams, VersionQuery } from '../contracts/params';
