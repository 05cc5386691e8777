import request from 'supertest';
import { csrfFrom } from './helpers/forms.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';

export const PASSWORD = 'a long teacher password';

export type Agent = ReturnType<typeof request.agent>;

/** A fresh app with a teacher password, and an agent already signed in as the teacher. */
export async function signedInApp(): Promise<TestApp & { agent: Agent }> {
  const t = await makeTestApp({ teacherPassword: PASSWORD });
  const agent = request.agent(t.app);
  const login = await agent.get('/teacher/login');
  const res = await agent
    .post('/teacher/login')
    .type('form')
    .send({ password: PASSWORD, _csrf: csrfFrom(login.text) });
  if (res.status !== 303) throw new Error(`test: sign-in failed with ${res.status}`);
  return { ...t, agent };
}

/** The CSRF token of a page the agent can see. */
export async function tokenFor(agent: Agent, path = '/teacher'): Promise<string> {
  return csrfFrom((await agent.get(path)).text);
}

/** Posts a form with a fresh CSRF token. */
export async function postForm(agent: Agent, path: string, form: Record<string, string>) {
  const _csrf = await tokenFor(agent);
  return agent
    .post(path)
    .type('form')
    .send({ ...form, _csrf });
}
