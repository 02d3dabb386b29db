import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/errors';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useI18n } from '../../i18n';
import { useSession } from './session';

interface Values {
  login: string;
  password: string;
}

/** Where to go after signing in: the page that sent the user here, never another site. */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = new URLSearchParams(location.search).has('expired');
  const next = safeNext(location.search);

  if (session.me) return <Navigate to={next} replace />;

  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await session.login(values.login.trim(), values.password);
      navigate(next, { replace: true });
    } catch (e) {
      setError(messageOf(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-page" id="main">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <Typography.Title level={1} className="login-app-name">
          {t.appName}
        </Typography.Title>
        <Typography.Title level={2}>{t.loginTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{t.loginSubtitle}</Typography.Paragraph>
        {expired && !error && <Alert type="info" showIcon title={t.sessionExpired} className="login-alert" />}
        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            role="alert"
            className="login-alert"
            data-testid="login-error"
          />
        )}
        <Form<Values> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item label={t.loginField} name="login" rules={[{ required: true, message: t.loginRequired }]}>
            <Input autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label={t.passwordField}
            name="password"
            rules={[{ required: true, message: t.passwordRequired }]}
          >
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t.loginSubmit}
          </Button>
        </Form>
      </Card>
    </main>
  );
}

function messageOf(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (!(error instanceof ApiError)) return t.networkError;
  if (error.kind === 'rate_limited') return t.loginRateLimited;
  if (error.status === 401) {
    const until = error.details.lockedUntil;
    if (typeof until === 'string') {
      const time = new Intl.DateTimeFormat('zh-TW', {
        timeZone: 'Asia/Taipei',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(new Date(until));
      return t.loginLocked(time);
    }
    return t.loginWrong;
  }
  if (error.kind === 'network') return t.networkError;
  return t.serverError;
}
