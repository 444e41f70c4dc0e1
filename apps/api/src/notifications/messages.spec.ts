import { NotificationKind } from './notification.record.js';
import { renderMessage } from './messages.js';

describe('notification emails', () => {
  it('say in words what a moderator did, in Indonesian and English', () => {
    const { subject, text } = renderMessage(NotificationKind.MODERATION, { title: 'Lampu jalan padam', action: 'MERGED' });
    expect(subject).toBe('Tindakan moderator / Moderator action');
    expect(text).toContain('Moderator menindaklanjuti tulisan Anda: digabung ke usulan lain yang sama.');
    expect(text).toContain('A moderator acted on something you wrote: merged into another proposal that says the same.');
    expect(text).not.toContain('MERGED');
  });

  it('keep an action word they do not know as it is, rather than dropping it', () => {
    expect(renderMessage(NotificationKind.MODERATION, { action: 'ARCHIVED' }).text).toContain('tulisan Anda: ARCHIVED.');
  });
});
