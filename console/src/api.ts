import { Client, CombinedError, fetchExchange, gql, type TypedDocumentNode } from 'urql';
import { STATUS } from './labels';

const TOKEN_KEY = 'tongfa.token';

export const auth = {
  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set(token: string | null): void {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** A typed operation: the data and variables types are written next to the query text. */
export const op = <Data, Vars extends Record<string, unknown> = Record<string, never>>(source: string): TypedDocumentNode<Data, Vars> =>
  gql(source) as unknown as TypedDocumentNode<Data, Vars>;

let onSignedOut: () => void = () => {};
export const setSignedOutHandler = (handler: () => void): void => {
  onSignedOut = handler;
};

export const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  // Apollo's CSRF prevention accepts JSON POSTs; GET queries would need a preflight header.
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: () => (auth.token ? { headers: { authorization: `Bearer ${auth.token}` } } : {}),
});

const CODE_SENTENCE: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效或用户名、密码不正确，请重新登录。',
  FORBIDDEN: '您的角色无权执行此操作，如需办理请联系系统管理员。',
  NOT_FOUND: '要找的内容不存在，或不属于您的单位。',
  BAD_USER_INPUT: '填写的内容有误，请按提示修改后再提交。',
  INVALID_TRANSITION: '内容当前的状态不允许这一操作，请刷新页面查看最新状态。',
  GATE_BLOCKED: '内容含有不能发布的密级或内部标志，请删除后再提交。',
  CONFLICT: '名称已被使用或内容已被他人修改，请换一个名称或刷新后再试。',
  ACCOUNT_LOCKED: '登录失败次数过多，账号已暂时锁定，请稍后再试。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  WEAK_PASSWORD: '新密码不够安全：至少 10 位，包含大写字母、小写字母、数字、符号中的三类，且不能包含用户名。',
  PASSWORD_CHANGE_REQUIRED: '首次登录或密码已被重置，请先修改密码。',
  QUERY_TOO_COMPLEX: '查询范围过大，请缩小筛选条件。',
  PAYLOAD_TOO_LARGE: '内容过长，请删减后再提交。',
  INTERNAL_SERVER_ERROR: '服务器出现问题，请稍后再试；如反复出现，请联系系统管理员。',
  NETWORK: '无法连接统发服务器，请检查网络后重试。',
};

/** Enum names and identifiers never reach the screen, even inside a server message. */
function scrub(message: string): string {
  return message
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '')
    .replace(/\b[A-Z][A-Z_]{2,}\b/g, (word) => STATUS[word] ?? word)
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The server's own sentence adds what to fix for these codes (which field, which rule). */
const DETAILED = new Set(['BAD_USER_INPUT', 'WEAK_PASSWORD', 'CONFLICT', 'GATE_BLOCKED']);
const hasLatinCode = (s: string) => /[A-Za-z_]{4,}/.test(s.replace(/gov\.cn|https?:\/\/\S+/g, ''));

export function errorCode(error: unknown): string {
  if (error instanceof CombinedError) {
    if (error.networkError) return 'NETWORK';
    return String(error.graphQLErrors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  return 'INTERNAL_SERVER_ERROR';
}

export function describeError(error: unknown): string {
  const code = errorCode(error);
  const base = CODE_SENTENCE[code] ?? CODE_SENTENCE.INTERNAL_SERVER_ERROR;
  if (error instanceof CombinedError && DETAILED.has(code)) {
    const detail = scrub(error.graphQLErrors[0]?.message ?? '');
    if (detail && !hasLatinCode(detail)) return code === 'WEAK_PASSWORD' || code === 'BAD_USER_INPUT' || code === 'CONFLICT' ? `${detail}。`.replace(/。。$/, '。') : `${base}（${detail}）`;
  }
  if (code === 'ACCOUNT_LOCKED' && error instanceof CombinedError) {
    const seconds = Number(error.graphQLErrors[0]?.extensions?.retryAfterSeconds ?? 0);
    if (seconds > 0) return `登录失败次数过多，账号已锁定，请 ${Math.ceil(seconds / 60)} 分钟后再试。`;
  }
  return base;
}

/** Runs a mutation and throws its error, so callers can `try { await run(...) }`. */
export async function run<Data, Vars extends Record<string, unknown>>(doc: TypedDocumentNode<Data, Vars>, variables: Vars): Promise<Data> {
  const result = await client.mutation(doc, variables).toPromise();
  if (result.error) {
    const code = errorCode(result.error);
    if (code === 'UNAUTHENTICATED' && auth.token) onSignedOut();
    throw result.error;
  }
  return result.data as Data;
}

/** A one-off query outside a component's lifecycle (e.g. a live preview). */
export async function fetchOnce<Data, Vars extends Record<string, unknown>>(doc: TypedDocumentNode<Data, Vars>, variables: Vars): Promise<Data> {
  const result = await client.query(doc, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw result.error;
  return result.data as Data;
}

/** Files behind Bearer auth (CSV, JSON Lines, checkpoints): fetched, then saved through a temporary link. */
export async function download(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { headers: auth.token ? { authorization: `Bearer ${auth.token}` } : {} });
  if (!res.ok) throw new Error(res.status === 403 ? CODE_SENTENCE.FORBIDDEN : CODE_SENTENCE.INTERNAL_SERVER_ERROR);
  saveBlob(await res.blob(), filename);
}

export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
