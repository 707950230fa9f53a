import { LAB_PARTICIPANT_GROUPS, zLabParticipant } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database } from '../db/database.ts';
import { AppError, issuesFromZod, notFound, validationError } from '../errors.ts';
import { findContact } from '../stakeholders/contacts.ts';
import { addLabPerson, findLab, removeLabPerson, type LabRow } from './queries.ts';
import { changeLab } from './service.ts';

/**
 * Adds a participant: an organisation (`stakeholderId`, with its `group`) or a person
 * (`contactId`: a contact recorded with consent, e.g. a migrant or asylum seeker).
 * Both must belong to the lab's city.
 */
export async function addParticipant(
  db: Database,
  user: User | null,
  id: string,
  input: Record<string, unknown>,
): Promise<LabRow> {
  if (typeof input.contactId === 'string' && input.contactId) {
    const lab = await findLab(db, id);
    if (!lab) throw notFound('Policy lab', id);
    assertCan(user, 'city.edit', { cityId: lab.city_id }, 'this policy lab');
    const contact = await findContact(db, input.contactId);
    if (!contact || contact.cityId !== lab.city_id)
      throw new AppError(
        'validation_failed',
        `contactId: no contact person "${input.contactId}" in ${lab.city_id}`,
        'contactId',
      );
    if (!contact.consent)
      throw new AppError('validation_failed', 'contactId: this person has not given consent', 'contactId');
    const joined =
      typeof input.joined === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.joined)
        ? input.joined
        : new Date().toISOString().slice(0, 10);
    if (!(await addLabPerson(db, id, contact.id, joined)))
      throw new AppError('conflict', 'This person takes part already', 'contactId');
    return lab; // persons are listed apart from the lab's row, which this leaves as it was
  }
  const parsed = zLabParticipant.safeParse(input);
  if (!parsed.success) {
    throw validationError(
      issuesFromZod(parsed.error.issues).map((i) =>
        i.field === 'stakeholderId'
          ? {
              ...i,
              message: `${i.message}; send stakeholderId (an organisation, with group: ${LAB_PARTICIPANT_GROUPS.join(', ')}) or contactId (a person)`,
            }
          : i,
      ),
    );
  }
  return changeLab(db, user, id, 'add participant', null, (lab) => {
    if (lab.participants.some((p) => p.stakeholderId === parsed.data.stakeholderId))
      throw new AppError('conflict', 'This organisation takes part already', 'stakeholderId');
    return { ...lab, participants: [...lab.participants, parsed.data] };
  });
}

/** Removes a participant: an organisation by its stakeholder id or a person by their contact id. */
export async function removeParticipant(
  db: Database,
  user: User | null,
  id: string,
  participantId: string,
): Promise<LabRow> {
  if (participantId.startsWith('contact-')) {
    const lab = await findLab(db, id);
    if (!lab) throw notFound('Policy lab', id);
    assertCan(user, 'city.edit', { cityId: lab.city_id }, 'this policy lab');
    if (!(await removeLabPerson(db, id, participantId))) throw notFound('Participant', participantId);
    return lab; // persons are listed apart from the lab's row, which this leaves as it was
  }
  return changeLab(db, user, id, 'remove participant', null, (lab) => {
    if (!lab.participants.some((p) => p.stakeholderId === participantId)) throw notFound('Participant', participantId);
    return { ...lab, participants: lab.participants.filter((p) => p.stakeholderId !== participantId) };
  });
}
