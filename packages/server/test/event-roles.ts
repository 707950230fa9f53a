import { expect } from 'vitest';
import type { Client, TestApp } from './harness.ts';

/** The role matrix of an event's personal data: a participant, another participant, an organiser, an administrator. */
export interface EventRoles {
  participant: Client;
  other: Client;
  organiser: Client;
  admin: Client;
  participantId: string;
  otherId: string;
}

/** Registers `c` for the event under `name` (with a role and consent); resolves with the registration id. */
export async function registerFor(c: Client, eventId: string, name: string, role = 'researcher'): Promise<string> {
  const res = await c.request({
    method: 'POST',
    url: `/api/v1/events/${eventId}/registrations`,
    payload: { name, role, consent: true },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

/** Signs in the four accounts, registers the two participants and names the organiser of the event. */
export async function eventRoles(t: TestApp, eventId: string, role = 'researcher'): Promise<EventRoles> {
  const [participant, other, organiser, admin] = [
    await t.signIn('reader'),
    await t.signIn('reader'),
    await t.signIn('reader'),
    await t.signIn('admin'),
  ];
  const participantId = await registerFor(participant, eventId, 'Ana Pérez', role);
  const otherId = await registerFor(other, eventId, 'Björn Olsen', role);
  const named = await admin.request({
    method: 'PUT',
    url: `/api/v1/events/${eventId}/organisers/${organiser.user!.id}`,
  });
  expect(named.statusCode).toBeLessThan(300);
  return { participant, other, organiser, admin, participantId, otherId };
}
