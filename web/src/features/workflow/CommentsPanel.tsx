import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Empty, Form, Input, List, Space, Spin, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { PlanComment } from '../../api/types';
import { useApi } from '../../api/use-api';
import { fieldStatus } from '../../components/FieldIssues';
import { PageError } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { kindLabel } from '../editing/elements';

export type CommentTarget = { kind: 'theme' | 'objective' | 'ksf' | 'kpi' | 'action' | 'link'; code: string };

/**
 * Review comments on the plan (all of them) or on one element (`target`), with a form to add one
 * and a button to mark one resolved for those who may comment.
 */
export function CommentsPanel({
  planId,
  target,
  canComment,
  onChange,
}: {
  planId: number;
  target?: CommentTarget;
  canComment: boolean;
  onChange?: () => void;
}) {
  const { t, formatDate } = useI18n();
  const { message } = App.useApp();
  const comments = useApi<{ comments: PlanComment[] }>(`/api/plans/${planId}/comments`);
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [form] = Form.useForm<{ body: string }>();
  // Field ids come from the form's name: the drawer shows an objective's panel while a dialog shows
  // a KPI's, and each label must point at its own text box.
  const formName = `comment-${useId()}`;
  const [busy, setBusy] = useState(false);

  const all = (comments.data?.comments ?? []).filter(
    (c) => !target || (c.elementKind === target.kind && c.elementCode === target.code),
  );
  const shown = all.filter((c) => showResolved || !c.resolvedAt);
  const changed = () => {
    comments.reload();
    onChange?.();
  };
  const post = async ({ body }: { body: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/plans/${planId}/comments`, {
        body,
        ...(target ? { elementKind: target.kind, elementCode: target.code } : {}),
      });
      form.resetFields();
      changed();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
    } finally {
      setBusy(false);
    }
  };
  const resolve = async (id: number) => {
    try {
      await api.post(`/api/plans/${planId}/comments/${id}/resolve`);
      changed();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <div className="comments-panel" data-testid="comments-panel">
      {all.some((c) => c.resolvedAt) && (
        <Checkbox checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)}>
          {t.commentShowResolved}
        </Checkbox>
      )}
      {/* "No comments" only once the list has come: not while it loads, nor when it failed to. */}
      {comments.error && !comments.data ? (
        <PageError error={comments.error} onRetry={comments.reload} />
      ) : !comments.data ? (
        <Spin className="comments-loading" aria-label={t.loading} />
      ) : shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.commentsNone} />
      ) : (
        <List
          size="small"
          dataSource={shown}
          renderItem={(c) => (
            <List.Item
              data-testid="comment"
              actions={
                canComment && !c.resolvedAt
                  ? [
                      <Button
                        key="resolve"
                        size="small"
                        icon={<CheckOutlined />}
                        onClick={() => resolve(c.id)}
                      >
                        {t.commentResolve}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space size={[8, 0]} wrap>
                    <Typography.Text strong>{c.author}</Typography.Text>
                    <Typography.Text type="secondary">{formatDate(c.createdAt)}</Typography.Text>
                    {!target && (
                      <Tag>
                        {c.elementKind && c.elementCode
                          ? t.commentOn(kindLabel(t, c.elementKind), c.elementCode)
                          : t.commentOnPlan}
                      </Tag>
                    )}
                    {c.resolvedAt && <Tag color="green">{t.commentResolved(formatDate(c.resolvedAt))}</Tag>}
                  </Space>
                }
                description={<span className="comment-body">{c.body}</span>}
              />
            </List.Item>
          )}
        />
      )}
      {canComment && (
        <Form form={form} name={formName} layout="vertical" onFinish={post} className="comment-form">
          <Form.Item
            name="body"
            label={t.commentAdd}
            rules={[{ required: true, whitespace: true, message: t.commentPlaceholder }]}
            {...fieldStatus(error, 'body')}
          >
            <Input.TextArea placeholder={t.commentPlaceholder} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          {error && !error.issues.length && <Typography.Text type="danger">{error.message}</Typography.Text>}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t.commentPost}
          </Button>
        </Form>
      )}
    </div>
  );
}
