import { TreeSelect } from 'antd';
import type { OrganizationSummary } from '../../api/types';
import { foldName } from '../orgs/tree';
import type { OrgOption } from './use-import-orgs';

/** A searchable tree of organisations (台/臺 and widths folded, as the organisation page searches). */
export function OrgSelect({
  id,
  tree,
  value,
  placeholder,
  allowClear,
  status,
  onChange,
  byId,
  testId,
}: {
  id: string;
  tree: OrgOption[];
  value: number | undefined;
  placeholder?: string;
  allowClear?: boolean;
  status?: 'error' | 'warning';
  onChange(org: OrganizationSummary | undefined): void;
  byId(id: number | null | undefined): OrganizationSummary | undefined;
  testId?: string;
}) {
  return (
    <TreeSelect
      id={id}
      className="import-org-select"
      data-testid={testId}
      value={value}
      treeData={tree}
      treeDefaultExpandAll
      showSearch
      allowClear={allowClear}
      placeholder={placeholder}
      status={status}
      filterTreeNode={(input, node) => foldName(String(node.title ?? '')).includes(foldName(input))}
      onChange={(v: number | undefined) => onChange(byId(v))}
      popupMatchSelectWidth={false}
    />
  );
}
