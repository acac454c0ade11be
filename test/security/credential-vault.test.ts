import { credentialVault } from '../../server/secrets.js';

/** The vault remembers what it opened (a worker opens the same account's credentials for every platform call). */
const vault = credentialVault('测试用密钥-credential-vault');

test('an envelope opened again gives the same credentials, and what a caller changes is not what the next one gets', () => {
  const sealed = vault.seal({ appId: 'wx-synthetic-01', appSecret: 'secret-01' });
  const first = vault.open(sealed) as Record<string, string>;
  expect(first).toEqual({ appId: 'wx-synthetic-01', appSecret: 'secret-01' });
  first.appSecret = 'changed by a caller';
  first.extra = 'added by a caller';
  expect(vault.open(sealed)).toEqual({ appId: 'wx-synthetic-01', appSecret: 'secret-01' });
});

test('a rotation is a new envelope, opened afresh; a tampered envelope still fails', () => {
  const before = vault.seal({ accessToken: 'token-a' });
  expect(vault.open(before)).toEqual({ accessToken: 'token-a' });
  const after = vault.seal({ accessToken: 'token-b' });
  expect(vault.open(after)).toEqual({ accessToken: 'token-b' });
  const [version, iv, tag, data] = before.split('.');
  const flipped = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`;
  expect(() => vault.open([version, iv, tag, flipped].join('.'))).toThrow();
  // The genuine envelope is unaffected by the failed one.
  expect(vault.open(before)).toEqual({ accessToken: 'token-a' });
});

test('past what it remembers the vault still opens every envelope correctly', () => {
  const envelopes = Array.from({ length: 300 }, (_, i) => [i, vault.seal({ n: String(i) })] as const);
  for (const [i, sealed] of envelopes) expect(vault.open(sealed)).toEqual({ n: String(i) });
  expect(vault.open(envelopes[0][1])).toEqual({ n: '0' });
});
