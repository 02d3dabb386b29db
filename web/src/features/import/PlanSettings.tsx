import { Alert, InputNumber, Typography } from 'antd';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { useI18n } from '../../i18n';
import { OrgSelect } from './OrgSelect';
import { type PlanEdit, withOrg, withYear } from './plan-edits';
import type { ImportOrgs } from './use-import-orgs';

/**
 * Where a read plan is stored: the organisation (among those the user may write; clearing it
 * goes back to the one the document names) and the ROC year, each beside what the document said.
 */
export function PlanSettings({
  index,
  read,
  edit,
  orgs,
  onEdit,
}: {
  index: number;
  read: PlanDocument;
  edit: PlanEdit;
  orgs: ImportOrgs;
  onEdit(edit: PlanEdit): void;
}) {
  const { t } = useI18n();
  const org = orgs.byName(edit.org);
  const orgId = `import-org-${index}`;
  const yearId = `import-year-${index}`;
  const parentId = `import-parent-${index}`;
  const problem = !org
    ? orgs.isAdmin
      ? null
      : t.impOrgNewAdminOnly(edit.org)
    : orgs.mayWrite(org)
      ? null
      : t.impOrgNotYours(org.name);
  return (
    <div className="import-settings">
      <div className="import-field import-field-org">
        <label htmlFor={orgId}>{t.impOrgLabel}</label>
        <OrgSelect
          id={orgId}
          testId="import-org"
          tree={orgs.writableTree}
          value={org && orgs.mayWrite(org) ? org.id : undefined}
          placeholder={org ? t.impOrgPlaceholder : t.impOrgNew(edit.org)}
          allowClear
          status={problem ? 'error' : undefined}
          byId={orgs.byId}
          onChange={(picked) =>
            onEdit(
              picked
                ? withOrg(edit, picked.name, orgs.byId(picked.parentId)?.name ?? null)
                : withOrg(edit, read.org.name, read.org.parent ?? null),
            )
          }
        />
        <Typography.Text type="secondary" className="import-field-note">
          {t.impOrgFromDocument(read.org.name)}
        </Typography.Text>
        {problem && <Alert type="error" showIcon className="import-field-problem" title={problem} />}
      </div>
      {!org && orgs.isAdmin && (
        <div className="import-field import-field-org">
          <label htmlFor={parentId}>{t.impParentOrgLabel}</label>
          <OrgSelect
            id={parentId}
            testId="import-parent-org"
            tree={orgs.fullTree}
            value={orgs.byName(edit.parent)?.id}
            placeholder={edit.parent ?? t.impParentOrgNone}
            allowClear
            byId={orgs.byId}
            onChange={(picked) => onEdit(withOrg(edit, edit.org, picked?.name ?? null))}
          />
        </div>
      )}
      <div className="import-field">
        <label htmlFor={yearId}>{t.impYearLabel}</label>
        <InputNumber
          id={yearId}
          data-testid="import-year"
          className="import-year"
          min={1}
          max={999}
          precision={0}
          value={edit.year}
          suffix={t.impYearSuffix}
          onChange={(value) => {
            if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 999)
              onEdit(withYear(edit, value));
          }}
        />
        <Typography.Text type="secondary" className="import-field-note">
          {t.impYearFromDocument(read.year)}
        </Typography.Text>
      </div>
    </div>
  );
}
