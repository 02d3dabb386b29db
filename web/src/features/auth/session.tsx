import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, setCsrfToken } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { Grant, LoginResult, Me } from '../../api/types';

interface Session {
  /** undefined while the first /api/auth/me is in flight, null when signed out. */
  me: Me | null | undefined;
  isAdmin: boolean;
  /** True when the server ended the session under the user (not a sign-out). */
  expired: boolean;
  login(login: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** Forget the session locally (the server said 401). */
  expire(): void;
}

const SessionContext = createContext<Session | null>(null);

export function isAdmin(grants: Grant[]): boolean {
  return grants.some((g) => g.role === 'admin');
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>();
  const [expired, setExpired] = useState(false);

  const loadMe = useCallback(async () => {
    try {
      const value = await api.get<Me>('/api/auth/me', { allowUnauthorized: true });
      setCsrfToken(value.csrfToken);
      setMe(value);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        setMe(null);
        return;
      }
      throw error;
    }
  }, []);

  useEffect(() => {
    loadMe().catch(() => setMe(null));
  }, [loadMe]);

  const login = useCallback(
    async (loginName: string, password: string) => {
      const result = await api.post<LoginResult>(
        '/api/auth/login',
        { login: loginName, password },
        { allowUnauthorized: true },
      );
      setCsrfToken(result.csrfToken);
      setExpired(false);
      await loadMe();
    },
    [loadMe],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', {}, { allowUnauthorized: true });
    } finally {
      setCsrfToken(null);
      setMe(null);
    }
  }, []);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setExpired(true);
    setMe(null);
  }, []);

  const value = useMemo<Session>(
    () => ({ me, isAdmin: me ? isAdmin(me.grants) : false, expired, login, logout, expire }),
    [me, expired, login, logout, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
