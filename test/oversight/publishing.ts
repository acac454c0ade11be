import { eventually, startTestHub, type TestHub } from '../helpers/hub.js';

/** Shared by the oversight suites: items taken through the real workflow over the API. */
export interface ItemInput {
  title: string;
  body: string;
  categoryCode?: string;
  channels?: string[];
}

export async function gqlData<T = Record<string, any>>(t: TestHub, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, variables, token);
  if (!res.data || res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function createAndSubmit(t: TestHub, editor: string, input: ItemInput): Promise<string> {
  const created = await gqlData<{ createContent: { id: string } }>(t, 'mutation($i: ContentInput!){ createContent(input:$i){ id } }', {
    i: { categoryCode: 'tzgg', channels: ['PORTAL'], ...input },
  }, editor);
  await gqlData(t, 'mutation($id:ID!){ submitContent(id:$id){ status } }', { id: created.createContent.id }, editor);
  return created.createContent.id;
}

export async function approve(t: TestHub, reviewer: string, id: string): Promise<string> {
  const res = await gqlData<{ reviewContent: { status: string } }>(t, 'mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ status } }', { id }, reviewer);
  return res.reviewContent.status;
}

export async function publishAndWait(t: TestHub, editor: string, id: string): Promise<void> {
  await gqlData(t, 'mutation($id:ID!){ publishContent(id:$id){ status } }', { id }, editor);
  await eventually(async () => {
    const res = await t.gql<{ content: { status: string } }>('query($id:ID!){ content(id:$id){ status } }', { id }, editor);
    return res.data?.content.status === 'PUBLISHED';
  });
}

/** Draft → review → approval → release, waiting until the portal shows it. */
export async function publishItem(t: TestHub, tokens: { editor: string; reviewer: string }, input: ItemInput): Promise<string> {
  const id = await createAndSubmit(t, tokens.editor, input);
  await approve(t, tokens.reviewer, id);
  await publishAndWait(t, tokens.editor, id);
  return id;
}

/** A hub with these users, each already logged in: the tokens by username. */
export async function hubWithUsers(list: { username: string; role: string; unit?: string }[]): Promise<{ t: TestHub; tokens: Record<string, string> }> {
  const t = await startTestHub();
  await t.users(list);
  const tokens: Record<string, string> = {};
  for (const u of list) tokens[u.username] = await t.login(u.username);
  return { t, tokens };
}
