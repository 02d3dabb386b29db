import { Alert, Button, Card, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { ConfirmBar } from './ConfirmBar';
import { FindingsTable } from './FindingsTable';
import { PlanCard } from './PlanCard';
import './import.css';
import {
  applyEdit,
  initialEdits,
  isParentContext,
  type PlanEdit,
  sameOrg,
  withKnownParent,
} from './plan-edits';
import { blockingFindings, type ImportOutcome, type ImportPreview, type ImportResult } from './types';
import { type Hints, UploadZone } from './UploadZone';
import { useImportCheck } from './use-import-check';
import { useImportOrgs } from './use-import-orgs';

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));

function previewPath(file: File, hints: Hints): string {
  const query = new URLSearchParams({ fileName: file.name });
  if (hints.org) query.set('org', hints.org);
  if (hints.year !== undefined) query.set('year', String(hints.year));
  return `/api/imports/preview?${query}`;
}

/**
 * Import a strategy-map document: read it (nothing stored), show each plan's map beside its
 * findings, let the planner say where it goes (organisation, year, the parent theme each theme
 * takes up), check that with the server, then store it all or nothing.
 */
export default function ImportPage() {
  const { t } = useI18n();
  const orgs = useImportOrgs();
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState<File | null>(null);
  const [readRefusal, setReadRefusal] = useState<ApiError>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [edits, setEdits] = useState<PlanEdit[]>([]);
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<ApiError>();
  const [result, setResult] = useState<ImportResult>();
  const [nonce, setNonce] = useState(0);
  const reader = useRef<AbortController | null>(null);

  const reset = () => {
    setPreview(undefined);
    setEdits([]);
    setReplace(false);
    setSubmitError(undefined);
    setResult(undefined);
    setReadRefusal(undefined);
  };

  const read = async (next: File, hints: Hints = {}) => {
    reader.current?.abort();
    const controller = new AbortController();
    reader.current = controller;
    reset();
    setFile(next);
    setReading(next);
    try {
      const answer = await api.upload<ImportPreview>(previewPath(next, hints), next, {
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      setPreview(answer);
      setEdits(initialEdits(answer.plans));
    } catch (e) {
      if (!controller.signal.aborted) setReadRefusal(asApiError(e));
    } finally {
      if (reader.current === controller) {
        reader.current = null;
        setReading(null);
      }
    }
  };

  const plans = preview?.plans ?? [];
  const { byName, byId } = orgs;
  // A stored organisation keeps its parent; the tree says which that is.
  const effective = useMemo(
    () =>
      edits.map((e) =>
        withKnownParent(e, (name) => {
          const org = byName(name);
          return org ? (byId(org.parentId)?.name ?? null) : undefined;
        }),
      ),
    [edits, byName, byId],
  );
  const prepared = useMemo(
    () => plans.map((p, i) => (effective[i] ? applyEdit(p, effective[i]) : p)),
    [plans, effective],
  );
  const toSend = useMemo(() => prepared.filter((_, i) => effective[i]?.include), [prepared, effective]);
  const blockers = preview ? blockingFindings(preview.findings) : [];
  const check = useImportCheck(preview && !result && blockers.length === 0 ? toSend : null, nonce);

  // The check answers for the included plans in the order they were sent.
  const outcomes = useMemo(() => {
    const byPlan = new Map<number, ImportOutcome>();
    if (check.state !== 'done') return byPlan;
    let k = 0;
    effective.forEach((edit, i) => {
      if (!edit.include) return;
      const outcome = check.outcomes[k++];
      if (outcome) byPlan.set(i, outcome);
    });
    return byPlan;
  }, [check, effective]);
  const replacing = [...outcomes.values()].filter((o) => o.action === 'replaced').length;
  const notWritable = toSend
    .map((p) => p.org.name)
    .filter((name) => {
      const org = orgs.byName(name);
      return org ? !orgs.mayWrite(org) : !orgs.isAdmin;
    });

  const edit = (index: number, next: PlanEdit) => {
    setEdits((all) => all.map((e, i) => (i === index ? next : e)));
    setReplace(false);
    setSubmitError(undefined);
  };

  const confirm = async () => {
    setBusy(true);
    setSubmitError(undefined);
    try {
      setResult(
        await api.post<ImportResult>(`/api/plans/import?replace=${replacing > 0}`, { plans: toSend }),
      );
    } catch (e) {
      const error = asApiError(e);
      setSubmitError(error);
      // Someone stored or changed a plan meanwhile: what the import would do has changed too.
      if (error.kind === 'conflict') setNonce((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const findingsOf = (i: number) => {
    const p = plans[i];
    return (preview?.findings ?? []).filter(
      (f) => p && f.plan && sameOrg(f.plan.org, p.org.name) && f.plan.year === p.year,
    );
  };
  const otherFindings = (preview?.findings ?? []).filter(
    (f) => !f.plan || !plans.some((p) => sameOrg(f.plan?.org, p.org.name) && f.plan?.year === p.year),
  );
  const errors = (preview?.findings ?? []).filter((f) => f.severity === 'error').length;
  const warnings = (preview?.findings ?? []).filter((f) => f.severity === 'warning').length;

  return (
    <div className="import-page">
      <Typography.Title level={1}>{t.importTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.importIntro}</Typography.Paragraph>
      {orgs.list && orgs.writableTree.length === 0 && (
        <Alert type="info" showIcon className="import-no-rights" title={t.impNoRights} />
      )}
      {orgs.error && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t.impOrgsUnavailable}
          action={
            <Button size="small" onClick={orgs.reload}>
              {t.impRetry}
            </Button>
          }
        />
      )}
      {!result && (
        <UploadZone
          reading={reading}
          refusal={readRefusal}
          orgs={orgs}
          onFile={(f) => void read(f)}
          onStop={() => {
            reader.current?.abort();
            reader.current = null;
            setReading(null);
          }}
          onHints={(hints) => file && void read(file, hints)}
        />
      )}

      {result && (
        <Alert
          className="import-result"
          type="success"
          showIcon
          data-testid="import-result"
          title={t.importDone}
          description={
            <ul>
              {result.plans.map((p) => (
                <li key={`${p.org}/${p.year}`}>
                  {p.planId ? (
                    <Link to={`/plans/${p.planId}`}>
                      {p.org} {t.rocYear(p.year)}
                    </Link>
                  ) : (
                    `${p.org} ${t.rocYear(p.year)}`
                  )}{' '}
                  — {t.importAction(p.action)}
                </li>
              ))}
            </ul>
          }
          action={<Button onClick={reset}>{t.impAnother}</Button>}
        />
      )}

      {preview && !result && (
        <Space orientation="vertical" size="large" className="import-preview" data-testid="import-plans">
          <Typography.Paragraph className="import-summary" data-testid="import-summary">
            <Typography.Text strong>{t.importPlans(preview.fileName)}</Typography.Text>{' '}
            {t.impSummary(plans.length, errors, warnings)}
          </Typography.Paragraph>
          {!orgs.list && !orgs.error ? (
            <PageLoading />
          ) : (
            plans.map((read, i) => {
              const planEdit = effective[i];
              const plan = prepared[i];
              if (!planEdit || !plan) return null;
              return (
                <PlanCard
                  key={`${preview.fileName}:${read.org.name}/${read.year}`}
                  index={i}
                  read={read}
                  edit={planEdit}
                  prepared={plan}
                  documentPlans={plans}
                  parentContext={isParentContext(plans, i)}
                  findings={findingsOf(i)}
                  orgs={orgs}
                  checking={check.state === 'checking'}
                  outcome={outcomes.get(i)}
                  onEdit={(next) => edit(i, next)}
                />
              );
            })
          )}
          {otherFindings.length > 0 && (
            <Card title={<h2 className="card-heading">{t.impOtherFindings(otherFindings.length)}</h2>}>
              <FindingsTable findings={otherFindings} />
            </Card>
          )}
          <ConfirmBar
            blockers={blockers}
            included={toSend.length}
            check={check}
            replacing={replacing}
            replace={replace}
            busy={busy}
            refusal={submitError ?? (check.state === 'refused' ? check.error : undefined)}
            context={{ notWritable }}
            onReplace={setReplace}
            onConfirm={confirm}
            onCancel={reset}
            onRetry={() => {
              setSubmitError(undefined);
              setNonce((n) => n + 1);
            }}
          />
        </Space>
      )}
    </div>
  );
}
