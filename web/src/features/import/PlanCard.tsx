import { Alert, Card, Checkbox, Col, Row, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { parseCode } from '../../../../src/domain/codes';
import { cascadeKey } from '../../../../src/domain/map-layout';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import type { Finding } from '../../api/types';
import { useI18n } from '../../i18n';
import { ChangesTable } from './ChangesTable';
import { FindingsTable } from './FindingsTable';
import { ImportMap } from './ImportMap';
import { PlanCounts } from './PlanCounts';
import { PlanSettings } from './PlanSettings';
import { type PlanEdit, withCascade } from './plan-edits';
import { ThemeCascades } from './ThemeCascades';
import type { ImportOutcome } from './types';
import type { ImportOrgs } from './use-import-orgs';
import { useParentThemes } from './use-parent-themes';

function StateTag({
  include,
  checking,
  outcome,
}: {
  include: boolean;
  checking: boolean;
  outcome?: ImportOutcome;
}) {
  const { t } = useI18n();
  if (!include) return <Tag>{t.impStateExcluded}</Tag>;
  if (checking) return <Tag color="processing">{t.impStateChecking}</Tag>;
  if (!outcome) return null;
  if (outcome.action === 'created') return <Tag color="green">{t.impStateNew}</Tag>;
  if (outcome.action === 'replaced') return <Tag color="orange">{t.impStateReplace}</Tag>;
  return <Tag color="blue">{t.impStateUnchanged}</Tag>;
}

/**
 * One plan read from the document: where it will be stored and which parent themes it takes up,
 * what was read (counts, the map, the findings side by side) and, for a stored plan, what
 * importing it changes.
 */
export function PlanCard({
  index,
  read,
  edit,
  prepared,
  documentPlans,
  parentContext,
  findings,
  orgs,
  checking,
  outcome,
  onEdit,
}: {
  index: number;
  read: PlanDocument;
  edit: PlanEdit;
  prepared: PlanDocument;
  documentPlans: PlanDocument[];
  parentContext: boolean;
  findings: Finding[];
  orgs: ImportOrgs;
  checking: boolean;
  outcome: ImportOutcome | undefined;
  onEdit(edit: PlanEdit): void;
}) {
  const { t } = useI18n();
  const parentThemes = useParentThemes(orgs, edit.parent, edit.year, documentPlans);
  const [selected, setSelected] = useState<string | null>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const headingId = `import-plan-${index}`;

  const parentThemeNames = useMemo(() => {
    if (parentThemes.source !== 'stored' && parentThemes.source !== 'document') return {};
    return Object.fromEntries(
      parentThemes.themes.map((x) => [cascadeKey(parentThemes.org, x.letter), x.name]),
    );
  }, [parentThemes]);
  const highlight = useMemo(() => (selected ? [selected] : []), [selected]);
  const showCode = (code: string) => {
    const objective = parseCode(code)?.objectiveCode;
    if (!objective || !prepared.objectives.some((o) => o.code === objective)) return;
    setSelected(objective);
    mapRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  return (
    <Card
      className="import-plan"
      data-testid="import-plan"
      data-org={edit.org}
      data-year={edit.year}
      aria-labelledby={headingId}
      title={
        <h2 className="card-heading" id={headingId}>
          {t.impPlanHeading(edit.org, edit.year)}
        </h2>
      }
      extra={<StateTag include={edit.include} checking={checking} outcome={outcome} />}
    >
      {parentContext && (
        <Alert type="info" showIcon className="import-context" title={t.impParentContext(read.org.name)} />
      )}
      {documentPlans.length > 1 && (
        <Checkbox
          className="import-include"
          data-testid="import-include"
          checked={edit.include}
          onChange={(e) => onEdit({ ...edit, include: e.target.checked })}
        >
          {t.impInclude}
        </Checkbox>
      )}
      {edit.include && (
        <>
          <PlanSettings index={index} read={read} edit={edit} orgs={orgs} onEdit={onEdit} />
          <ThemeCascades
            index={index}
            plan={prepared}
            read={read}
            edit={edit}
            parentThemes={parentThemes}
            onPick={(letter, pick) => onEdit(withCascade(edit, letter, pick))}
          />
        </>
      )}
      <PlanCounts plan={prepared} />
      <Row gutter={[24, 16]} className="import-map-row">
        <Col xs={24} xxl={14}>
          <div ref={mapRef}>
            <Typography.Title level={3} className="import-subheading">
              {t.impMapTitle}
            </Typography.Title>
            <ImportMap
              plan={prepared}
              highlight={highlight}
              parentThemeNames={parentThemeNames}
              onOpen={(code) => setSelected((s) => (s === code ? null : code))}
            />
          </div>
        </Col>
        <Col xs={24} xxl={10}>
          <Typography.Title level={3} className="import-subheading">
            {t.impFindingsTitle(findings.length)}
          </Typography.Title>
          {findings.some((f) => f.codes.length > 0) && (
            <Typography.Paragraph type="secondary">{t.impMapHint}</Typography.Paragraph>
          )}
          <FindingsTable findings={findings} onCode={showCode} compact />
        </Col>
      </Row>
      {edit.include && outcome?.action === 'replaced' && (
        <section className="import-changes" aria-labelledby={`${headingId}-changes`}>
          <Typography.Title level={3} className="import-subheading" id={`${headingId}-changes`}>
            {t.importReplaceTitle(outcome.org, outcome.year)}
          </Typography.Title>
          {outcome.planId !== null && <Link to={`/plans/${outcome.planId}`}>{t.importOpenStored}</Link>}
          <ChangesTable changes={outcome.changes} />
        </section>
      )}
    </Card>
  );
}
