import { defineContract } from '../../contracts/define';
import { IdParams, VersionQuery } from '../../contracts/params';

export const deleteOrganizationContract = defineContract({
  method: 'DELETE',
  path: '/api/orgs/:id',
  summary: 'Delete an organisation that has no plans and no sub-organisations',
  tags: ['organizations'],
  params: IdParams,
  query: VersionQuery,
  responses: { 204: null },
  errors: [
    'auth.sign_in_first',
    'auth.forbidden',
    'common.not_found',
    'common.stale_version',
    'org.not_empty',
  ],
});
