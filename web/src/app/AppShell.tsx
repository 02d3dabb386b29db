import {
  ApartmentOutlined,
  BranchesOutlined,
  HeatMapOutlined,
  HomeOutlined,
  ImportOutlined,
  LogoutOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { PageLoading } from '../components/PageState';
import { useSession } from '../features/auth/session';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every signed-in page: the header with navigation, language and account. */
export function AppShell() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = location.pathname.startsWith('/import')
    ? 'import'
    : location.pathname.startsWith('/cascade')
      ? 'cascade'
      : location.pathname.startsWith('/city')
        ? 'city'
        : location.pathname.startsWith('/orgs') || location.pathname.startsWith('/plans')
          ? 'orgs'
          : 'home';
  // Importing stores plans: only for those who may write some organisation's plans.
  const mayWrite = session.isAdmin || (session.me?.grants ?? []).some((g) => g.role === 'editor');
  const name = session.me?.user?.displayName ?? session.me?.name ?? '';

  const signOut = async () => {
    await session.logout();
    navigate('/login', { replace: true });
  };

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="app-brand" aria-label={t.navHome}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="app-brand-text">{t.appName}</span>
          <span className="app-brand-short" aria-hidden>
            {t.appShort}
          </span>
        </Link>
        <nav aria-label={t.mainNav} className="app-nav">
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[selected]}
            disabledOverflow
            items={[
              { key: 'home', icon: <HomeOutlined />, label: <Link to="/">{t.navHome}</Link> },
              { key: 'orgs', icon: <ApartmentOutlined />, label: <Link to="/orgs">{t.navOrgs}</Link> },
              { key: 'city', icon: <HeatMapOutlined />, label: <Link to="/city">{t.navCity}</Link> },
              {
                key: 'cascade',
                icon: <BranchesOutlined />,
                label: <Link to="/cascade">{t.navCascade}</Link>,
              },
              ...(mayWrite
                ? [
                    {
                      key: 'import',
                      icon: <ImportOutlined />,
                      label: <Link to="/import">{t.navImport}</Link>,
                    },
                  ]
                : []),
            ]}
          />
        </nav>
        <Space size="small" className="app-account">
          <Typography.Text className="app-user" title={t.signedInAs(name)}>
            <UserOutlined aria-hidden /> <span data-testid="user-name">{name}</span>
          </Typography.Text>
          <LanguageSwitch dark />
          <Button type="text" className="header-button" icon={<LogoutOutlined />} onClick={signOut}>
            {t.signOut}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className="app-content" id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
