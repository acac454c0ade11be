import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { auth, client, op, run, setSignedOutHandler } from './api';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: 'EDITOR' | 'REVIEWER' | 'CHANNEL_ADMIN' | 'OVERSEER' | 'ADMIN';
  unit: { code: string; name: string };
  mustChangePassword: boolean;
}

const ME = op<{ me: Omit<Me, 'mustChangePassword'> | null }>(`query Me { me { id username displayName role unit { code name } } }`);
// Asked apart from ME so that a hub without the user-management API still lets people in.
const MUST_CHANGE = op<{ me: { mustChangePassword: boolean } | null }>(`query MustChange { me { mustChangePassword } }`);
const LOGIN = op<{ login: { token: string } }, { username: string; password: string }>(
  `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }`,
);
const LOGOUT = op<{ logout: boolean }>(`mutation Logout { logout }`);

interface Session {
  me: Me | null;
  loading: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const useMe = (): Me => useSession().me!;

async function loadMe(): Promise<Me | null> {
  if (!auth.token) return null;
  const result = await client.query(ME, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data?.me) {
    const code = result.error?.graphQLErrors[0]?.extensions?.code;
    if (code !== 'PASSWORD_CHANGE_REQUIRED') return null;
  }
  const must = await client.query(MUST_CHANGE, {}, { requestPolicy: 'network-only' }).toPromise();
  const base = result.data?.me;
  if (!base) return null;
  return { ...base, mustChangePassword: must.data?.me?.mustChangePassword === true };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    const next = await loadMe();
    if (!next) auth.set(null);
    setMe(next);
    setLoading(false);
  }, []);

  useEffect(() => {
    setSignedOutHandler(() => {
      auth.set(null);
      setMe(null);
    });
    void refresh();
  }, [refresh]);

  const signIn = useCallback(async (username: string, password: string) => {
    const data = await run(LOGIN, { username, password });
    auth.set(data.login.token);
    await refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    try {
      await run(LOGOUT, {});
    } finally {
      auth.set(null);
      setMe(null);
    }
  }, []);

  return <SessionContext.Provider value={{ me, loading, signIn, signOut, refresh }}>{children}</SessionContext.Provider>;
}
