import request from 'supertest';
import { csrfFrom } from './forms.ts';
import { makeTestApp, type TestApp } from './app.ts';

export const PASSWORD = 'a long teacher password';

export type Agent = ReturnType<typeof request.agent>;

/** Sends the sign-in form with this password and a fresh CSRF token from the login page. */
export async function signIn(agent: Agent, password: string) {
  const page = await agent.get('/teacher/login');
  return agent
    .post('/teacher/login')
    .type('form')
    .send({ password, _csrf: csrfFrom(page.text) });
}

/** A fresh app with a teacher password, and an agent already signed in as the teacher. */
export async function signedInApp(): Promise<TestApp & { agent: Agent }> {
  const t = await makeTestApp({ teacherPassword: PASSWORD });
  const agent = request.agent(t.app);
  const res = await signIn(agent, PASSWORD);
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
