import { describe, expect, it } from 'vitest';
import { shortPath } from '../../renderer/src/features/workspace/WelcomePage';

describe('Recent workspaces: enough of the path to tell files apart (issue 9)', () => {
  it('keeps short paths whole and long ones by their end, never losing the file name', () => {
    expect(shortPath('/home/ann/clients/acme.isms')).toBe('/home/ann/clients/acme.isms');
    const a = shortPath('/home/ann/Documents/consulting/engagements/2026/northwind-logistics/audit/client.isms');
    const b = shortPath('/home/ann/Documents/consulting/engagements/2026/northwind-logistics/certification/client.isms');
    expect(a).not.toBe(b);
    expect(a.startsWith('…/') && a.endsWith('/audit/client.isms')).toBe(true);
    expect(b.endsWith('/certification/client.isms')).toBe(true);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(shortPath(`/x/${'a'.repeat(80)}.isms`)).toBe(`…/${'a'.repeat(80)}.isms`);
  });
});
