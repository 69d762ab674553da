import { afterEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { api, ApiError } from '../../renderer/src/api/client';
import { showServerErrors, zodValidate } from '../../renderer/src/components/zodForm';
import { IssueFields } from '../../shared/contract/context';
import { PersonFields } from '../../shared/contract/people';
import { bridgeWorkspace, type BridgedWorkspace } from './workspace';

describe('zodValidate', () => {
  const Nested = z.object({
    name: z.string().min(1, { error: 'Name needed.' }),
    address: z.object({
      street: z.string().min(1, { error: 'Street needed.' }),
      geo: z.object({ lat: z.number({ error: 'Latitude must be a number.' }) }),
    }),
    contacts: z.array(z.object({ email: z.email({ error: 'Bad email.' }) })),
  });
  type Nested = z.input<typeof Nested>;

  it('returns no errors for valid values', () => {
    const validate = zodValidate<Nested>(Nested);
    expect(validate({ name: 'A', address: { street: 'B', geo: { lat: 1 } }, contacts: [{ email: 'a@b.co' }] })).toEqual({});
  });

  it('maps nested object and array paths to dotted keys, the way @mantine/form names fields', () => {
    const validate = zodValidate<Nested>(Nested);
    const errors = validate({
      name: '',
      address: { street: '', geo: { lat: 'north' as unknown as number } },
      contacts: [{ email: 'ok@example.com' }, { email: 'nope' }],
    });
    expect(errors).toEqual({
      name: 'Name needed.',
      'address.street': 'Street needed.',
      'address.geo.lat': 'Latitude must be a number.',
      'contacts.1.email': 'Bad email.',
    });
  });

  it('keeps the first message when one path has several issues', () => {
    const Two = z.object({ code: z.string().min(3, { error: 'Too short.' }).regex(/^[A-Z]+$/, { error: 'Capitals only.' }) });
    expect(zodValidate(Two)({ code: 'a' })).toEqual({ code: 'Too short.' });
  });

  it('uses the contract schema messages, including the cross-field 4.1 rules', () => {
    const validate = zodValidate(IssueFields);
    expect(validate({ title: '', kind: 'external', category: '', swot: 'threat' })).toEqual({
      title: 'Title is required.',
      category: 'Choose a category.',
    });
    const crossed = validate({ title: 'X', kind: 'external', category: 'culture', swot: 'strength' });
    expect(crossed.category).toMatch(/^External issues use a PESTLE category/);
    expect(crossed.swot).toBe('Strengths and weaknesses are internal. An external issue is an opportunity or a threat.');
    expect(Object.keys(crossed).sort()).toEqual(['category', 'swot']);
  });

  it('drives a real @mantine/form: errors land on the nested field names', () => {
    const { result } = renderHook(() =>
      useForm<Nested>({
        initialValues: { name: 'ok', address: { street: '', geo: { lat: 0 } }, contacts: [{ email: 'x' }] },
        validate: zodValidate<Nested>(Nested),
      }),
    );
    act(() => void result.current.validate());
    expect(result.current.errors).toEqual({ 'address.street': 'Street needed.', 'contacts.0.email': 'Bad email.' });
    expect(result.current.getInputProps('address.street').error).toBe('Street needed.');
    expect(result.current.getInputProps('name').error).toBeUndefined();
  });
});

describe('showServerErrors', () => {
  const formHook = () => renderHook(() => useForm({ initialValues: { title: '', category: '', address: { street: '' } } }));

  it('maps a VALIDATION ApiError details.fields onto the form errors and returns true', () => {
    const { result } = formHook();
    const err = new ApiError({
      code: 'VALIDATION',
      message: 'title: Title is required.',
      details: {
        fields: [
          { path: 'title', message: 'Title is required.' },
          { path: 'address.street', message: 'Street needed.' },
          { path: 'title', message: 'A second, later message.' },
        ],
      },
    });
    let handled = false;
    act(() => void (handled = showServerErrors(result.current, err)));
    expect(handled).toBe(true);
    expect(result.current.errors).toEqual({ title: 'Title is required.', 'address.street': 'Street needed.' });
    expect(result.current.getInputProps('address.street').error).toBe('Street needed.');
  });

  it('maps details.field (a single-field refusal) onto that field with the error message', () => {
    const { result } = formHook();
    let handled = false;
    act(() => void (handled = showServerErrors(result.current, new ApiError({ code: 'CONFLICT', message: 'That title is taken.', details: { field: 'title' } }))));
    expect(handled).toBe(true);
    expect(result.current.errors).toEqual({ title: 'That title is taken.' });
  });

  it('returns false and leaves the form alone for errors without fields', () => {
    const { result } = formHook();
    act(() => result.current.setErrors({ category: 'kept' }));
    for (const err of [
      new ApiError({ code: 'NO_WORKSPACE', message: 'No workspace is open.' }),
      new ApiError({ code: 'VALIDATION', message: 'x', details: { fields: [] } }),
      new Error('plain error'),
      'a string',
      undefined,
    ]) {
      let handled = true;
      act(() => void (handled = showServerErrors(result.current, err)));
      expect(handled).toBe(false);
    }
    expect(result.current.errors).toEqual({ category: 'kept' });
  });

  describe('with a real refusal from the dispatcher', () => {
    let ws: BridgedWorkspace;
    afterEach(() => ws?.cleanup());

    it('a refused people.create shows the server message next to the email field', async () => {
      ws = await bridgeWorkspace();
      const { result } = renderHook(() => useForm({ initialValues: { name: 'Ann', email: 'not-an-email', jobTitle: '', unitId: null } }));
      // Bypass client-side validation on purpose, as an older renderer or a changed rule would.
      const err = await api.people.create(result.current.getValues()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).code).toBe('VALIDATION');
      let handled = false;
      act(() => void (handled = showServerErrors(result.current, err)));
      expect(handled).toBe(true);
      expect(result.current.errors).toEqual({ email: 'Enter a valid email address, or leave it empty.' });
      // The client-side schema gives the same message for the same field.
      expect(zodValidate(PersonFields)(result.current.getValues())).toEqual(result.current.errors);
      expect((await ws.client.call('people.list', {})).total).toBe(0);
    });

    it('a refused context.create maps the cross-field rule onto swot', async () => {
      ws = await bridgeWorkspace();
      const { result } = renderHook(() => useForm({ initialValues: { title: 'T', kind: 'external', category: 'legal', swot: 'weakness' } }));
      const err = await api.context.create(result.current.getValues() as never).catch((e: unknown) => e);
      act(() => void showServerErrors(result.current, err));
      expect(result.current.errors).toEqual({ swot: 'Strengths and weaknesses are internal. An external issue is an opportunity or a threat.' });
    });
  });
});
