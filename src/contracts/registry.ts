import { createOrganizationContract } from '../services/organizations/create-organization.contract';
import { deleteOrganizationContract } from '../services/organizations/delete-organization.contract';
import { getOrganizationContract } from '../services/organizations/get-organization.contract';
import { listOrganizationsContract } from '../services/organizations/list-organizations.contract';
import { updateOrganizationContract } from '../services/organizations/update-organization.contract';
import type { Contract, InputOf, ResponseOf } from './define';

/**
 * Every endpoint by a stable key (`area.use-case`). The server registers its routes from here
 * (src/server/route.ts) and the web app calls them by key (web/src/api/call.ts).
 */
export const contracts = {
  'orgs.list': listOrganizationsContract,
  'orgs.create': createOrganizationContract,
  'orgs.get': getOrganizationContract,
  'orgs.update': updateOrganizationContract,
  'orgs.delete': deleteOrganizationContract,
} as const satisfies Record<string, Contract>;

export type Contracts = typeof contracts;
export type RouteKey = keyof Contracts;
export type RouteInput<K extends RouteKey> = InputOf<Contracts[K]>;
export type RouteResponse<K extends RouteKey> = ResponseOf<Contracts[K]>;
