import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, call, downloadUrl, inDesktopApp, onAppEvent, onDataChanged } from '../../renderer/src/api/client';
import type { MethodInput, MethodName } from '../../shared/contract';
import { bridgeWorkspace, completeExternal, type BridgedWorkspace } from './workspace';

let ws: BridgedWorkspace;
beforeEach(async () => void (ws = await bridgeWorkspace()));
afterEach(() => {
  ws.cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Replaces the bridge with one that answers every call with `answer`. */
function answerWith(answer: () => Promise<unknown>) {
  const invoke = vi.fn((_method: string, _input: unknown) => answer());
  window.isms = { invoke, on: () => () => {} };
  return invoke;
}

const caught = async (p: Promise<unknown>): Promise<ApiError> => {
  const err = await p.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
};

describe('the typed proxy', () => {
  it('api.context.list calls "context.list" with the input, through window.isms, and returns the value', async () => {
    await ws.client.call('context.create', completeExternal('Cloud outage'));
    expect(inDesktopApp()).toBe(true);
    const page = await api.context.list({ search: 'cloud', limit: 10 });
    expect(ws.invocations).toEqual([{ method: 'context.list', input: { search: 'cloud', limit: 10 } }]);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ title: 'Cloud outage', kind: 'external', category: 'technological' });
  });

  it('builds the method name from any area and action', async () => {
    await api.readiness.summary({});
    await api.people.unitList({});
    await api.workspace.info({});
    expect(ws.invocations.map((i) => i.method)).toEqual(['readiness.summary', 'people.unitList', 'workspace.info']);
  });

  it('call() and the proxy are the same thing', async () => {
    const viaCall = await call('workspace.info', {});
    const viaProxy = await api.workspace.info({});
    expect(viaCall).toEqual(viaProxy);
    expect(viaCall?.organisation).toBe('Acme Test Ltd');
  });
});

describe('refusals and broken answers', () => {
  it('a refused envelope from the real dispatcher throws ApiError with code, message and fieldErrors', async () => {
    const err = await caught(api.context.create({ title: '  ', kind: 'external', category: 'culture' as never, swot: 'strength' }));
    expect(err.name).toBe('ApiError');
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe('title: Title is required.');
    expect(err.fieldErrors).toEqual({
      title: 'Title is required.',
      category: expect.stringMatching(/^External issues use a PESTLE category/),
      swot: 'Strengths and weaknesses are internal. An external issue is an opportunity or a threat.',
    });
    expect((await ws.client.call('context.list', {})).total).toBe(0);
  });

  it('NOT_FOUND and NO_WORKSPACE keep their codes and have no field errors', async () => {
    const missing = await caught(api.context.get({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.fieldErrors).toEqual({});
    await ws.client.call('workspace.close', {});
    const closed = await caught(api.context.list({}));
    expect(closed.code).toBe('NO_WORKSPACE');
    expect(closed.message).toBe('No workspace is open. Create or open one first.');
  });

  it('passes through a well-formed refusal exactly, including details', async () => {
    answerWith(async () => ({ ok: false, error: { code: 'CONFLICT', message: 'Taken.', details: { field: 'name' } } }));
    const err = await caught(api.people.create({ name: 'x' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe('Taken.');
    expect(err.details).toEqual({ field: 'name' });
    expect(err.fieldErrors).toEqual({ name: 'Taken.' });
  });

  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['ok without a value', { ok: true }],
    ['ok that is not literally true', { ok: 'yes', value: 1 }],
    ['a refusal with an unknown code', { ok: false, error: { code: 'TEAPOT', message: 'short and stout' } }],
    ['a refusal without an error', { ok: false }],
  ])('a malformed answer (%s) gives ApiError INTERNAL', async (_name, answer) => {
    answerWith(async () => answer);
    const err = await caught(api.context.list({}));
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe('The app answered with something unexpected.');
  });

  it('a bridge that throws gives ApiError IO', async () => {
    answerWith(async () => {
      throw new Error('channel closed');
    });
    const err = await caught(api.context.list({}));
    expect(err.code).toBe('IO');
    expect(err.message).toBe('The app did not answer. Is it still running?');
  });
});

describe('onDataChanged', () => {
  it('after a successful write listeners are called; after a read they are not', async () => {
    const listener = vi.fn();
    const off = onDataChanged(listener);
    await api.context.list({});
    await api.readiness.summary({});
    expect(listener).not.toHaveBeenCalled();

    const issue = await api.context.create(completeExternal('A'));
    expect(listener).toHaveBeenCalledTimes(1);
    await api.context.get({ id: issue.id });
    expect(listener).toHaveBeenCalledTimes(1);
    await api.context.update({ ...completeExternal('B'), id: issue.id });
    expect(listener).toHaveBeenCalledTimes(2);
    await api.context.delete({ id: issue.id });
    expect(listener).toHaveBeenCalledTimes(3);
    off();
  });

  it('a refused write does not notify', async () => {
    const listener = vi.fn();
    const off = onDataChanged(listener);
    await caught(api.context.create({ title: '', kind: 'external', category: 'legal', swot: 'threat' }));
    await caught(api.people.delete({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(listener).not.toHaveBeenCalled();
    off();
  });

  it('unsubscribing stops the calls', async () => {
    const listener = vi.fn();
    const off = onDataChanged(listener);
    await api.people.create({ name: 'Ann' });
    off();
    await api.people.create({ name: 'Bob' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('every write method of people, units, issues and workspace notifies', async () => {
    const listener = vi.fn();
    const off = onDataChanged(listener);
    const unit = await api.people.unitCreate({ name: 'IT' });
    await api.people.unitUpdate({ id: unit.id, name: 'IT Ops' });
    const person = await api.people.create({ name: 'Ann', unitId: unit.id });
    await api.people.update({ id: person.id, name: 'Ann B', unitId: null });
    await api.people.delete({ id: person.id });
    await api.people.unitDelete({ id: unit.id });
    await api.workspace.update({ organisation: 'Renamed Ltd' });
    expect(listener).toHaveBeenCalledTimes(7);
    off();
  });

  const issueId = async () => (await ws.client.call('context.create', completeExternal('Seed'))).id;
  const personId = async () => (await ws.client.call('people.create', { name: 'Seed Person' })).id;
  const reads: Array<[MethodName, () => Promise<unknown>]> = [
    ['context.list', async () => ({})],
    ['context.get', async () => ({ id: await issueId() })],
    ['people.list', async () => ({})],
    ['people.get', async () => ({ id: await personId() })],
    ['readiness.summary', async () => ({})],
    ['workspace.info', async () => ({})],
    ['workspace.recent', async () => ({})],
    ['export.list', async () => ({})],
  ];
  it.each(reads)('the read %s does not notify', async (method, input) => {
    const args = await input();
    const listener = vi.fn();
    const off = onDataChanged(listener);
    await call(method, args as MethodInput<typeof method>);
    off();
    expect(listener).not.toHaveBeenCalled();
  });

  // Regression: the client used to classify reads by /^(list|get|info|summary|recent)/ on the action
  // name, so "unitList" counted as a write and fired onDataChanged; every useCall reloads on that
  // event, which made PeoplePage reload forever (see PeoplePage.test.tsx).
  it('the read people.unitList does not notify', async () => {
    const listener = vi.fn();
    const off = onDataChanged(listener);
    await api.people.unitList({});
    off();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('browser mode (no preload bridge)', () => {
  it('posts to /rpc/METHOD with the token from the URL and unwraps the envelope', async () => {
    delete window.isms;
    window.history.replaceState(null, '', '/?token=secret-123');
    const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
      const method = url.replace(/^\/rpc\//, '');
      const envelope = await ws.client.raw(method, JSON.parse(String(init.body)));
      return { json: async () => JSON.parse(JSON.stringify(envelope)) } as Response;
    });
    vi.stubGlobal('fetch', fetchMock);
    try {
      expect(inDesktopApp()).toBe(false);
      const info = await api.workspace.info({});
      expect(info?.organisation).toBe('Acme Test Ltd');
      expect(fetchMock).toHaveBeenCalledTimes(1);
      const [url, init] = fetchMock.mock.calls[0];
      expect(url).toBe('/rpc/workspace.info');
      expect(init.method).toBe('POST');
      expect((init.headers as Record<string, string>).Authorization).toBe('Bearer secret-123');
      expect(sessionStorage.getItem('isms-host-token')).toBe('secret-123');
      expect(downloadUrl('C:\\exports\\4.1 register.docx')).toBe('/exports/4.1%20register.docx');
      expect(onAppEvent(() => {})).toBeTypeOf('function');

      // A host that answers with something that is not JSON reads as "the app did not answer".
      fetchMock.mockImplementationOnce(async () => ({ json: async () => Promise.reject(new SyntaxError('Unexpected token <')) }) as unknown as Response);
      expect((await caught(api.context.list({}))).code).toBe('IO');
    } finally {
      window.history.replaceState(null, '', '/');
      sessionStorage.clear();
    }
  });

  it('in the desktop app there is no download URL', () => {
    expect(downloadUrl('/tmp/x.docx')).toBeNull();
  });
});
