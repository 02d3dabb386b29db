import { App, Modal } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { PlanDetail } from '../../api/types';
import { showConflict } from '../../components/ConflictNotice';
import { useI18n } from '../../i18n';
import type { PlanIndex } from '../plans/model';
import { ElementFormModal, type FormRequest } from './ElementFormModal';
import {
  type AnyElement,
  API_PATH,
  codeOf,
  consequencesOf,
  describeConsequences,
  type ElementKind,
  kindLabel,
} from './elements';
import type { PlanRights } from './rights';

interface Editing {
  rights: PlanRights;
  edit(kind: ElementKind, element: AnyElement): void;
  add(kind: ElementKind, defaults: Record<string, unknown>): void;
  remove(kind: ElementKind, element: AnyElement): void;
  /** Runs a write, then reloads the plan; a 409 is explained with a reload, other errors shown. */
  write(run: () => Promise<unknown>, done?: string): Promise<boolean>;
}

const EditingContext = createContext<Editing | null>(null);

/** Editing of one plan's elements, shared by the overview, the scorecards and the map's drawer. */
export function EditingProvider({
  plan,
  index,
  rights,
  reload,
  children,
}: {
  plan: PlanDetail;
  index: PlanIndex;
  rights: PlanRights;
  reload: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [modal, holder] = Modal.useModal();
  const [request, setRequest] = useState<FormRequest | null>(null);

  const write = useCallback(
    async (run: () => Promise<unknown>, done?: string) => {
      try {
        await run();
        if (done) void message.success(done);
        reload();
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.kind === 'conflict') showConflict(modal, t, reload, e);
        else void message.error(e instanceof ApiError ? e.message : String(e));
        return false;
      }
    },
    [message, modal, t, reload],
  );

  const remove = useCallback(
    (kind: ElementKind, element: AnyElement) => {
      const label = kindLabel(t, kind);
      const code = codeOf(kind, element);
      modal.confirm({
        title: t.deleteConfirmTitle(label, code || element.name),
        content: (
          <div data-testid="delete-confirm">
            <p>{element.name}</p>
            <p>{describeConsequences(t, consequencesOf(plan, index, kind, element))}</p>
            <p>{t.deleteCannotUndo}</p>
          </div>
        ),
        okText: t.confirmDelete,
        okButtonProps: { danger: true },
        cancelText: t.cancel,
        onOk: () =>
          write(
            () =>
              api.delete(`/api/plans/${plan.id}/${API_PATH[kind]}/${element.id}?version=${element.version}`),
            t.deleted,
          ),
      });
    },
    [modal, t, plan, index, write],
  );

  const value = useMemo<Editing>(
    () => ({
      rights,
      edit: (kind, element) => setRequest({ kind, element }),
      add: (kind, defaults) => setRequest({ kind, defaults }),
      remove,
      write,
    }),
    [rights, remove, write],
  );

  return (
    <EditingContext.Provider value={value}>
      {children}
      {holder}
      <ElementFormModal
        planId={plan.id}
        request={request}
        onClose={() => setRequest(null)}
        onSaved={() => {
          setRequest(null);
          void message.success(t.saved);
          reload();
        }}
        onReload={() => {
          setRequest(null);
          reload();
        }}
      />
    </EditingContext.Provider>
  );
}

export function useEditing(): Editing {
  const value = useContext(EditingContext);
  if (!value) throw new Error('useEditing outside EditingProvider');
  return value;
}
