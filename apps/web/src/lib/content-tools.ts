/**
 * What a discussion or proposal page offers some readers only: reporting (signed in) and moderating (moderators).
 * Most readers arrive signed out from a shared link on a cheap phone, so the code for these is fetched only for those
 * who will see it, in the page's universal load, before it renders, so the browser's first render matches the
 * server's HTML.
 */
import type FlagForm from '$lib/components/FlagForm.svelte';
import type ModeratorPanel from '$lib/components/ModeratorPanel.svelte';
import type { Choice, ChoiceGroup } from '$lib/reference';

export interface ContentTools {
  /** Loaded for signed-in readers only. */
  FlagForm: typeof FlagForm | null;
  /** Loaded for moderators only. */
  ModeratorPanel: typeof ModeratorPanel | null;
  /** For moderators: where content may be moved. */
  moderation: { areas: ChoiceGroup[]; categories: Choice[] } | null;
}

export async function loadContentTools(signedIn: boolean, moderation: ContentTools['moderation']): Promise<ContentTools> {
  const [FlagForm, ModeratorPanel] = await Promise.all([
    signedIn ? import('$lib/components/FlagForm.svelte').then((module) => module.default) : null,
    moderation ? import('$lib/components/ModeratorPanel.svelte').then((module) => module.default) : null,
  ]);
  return { FlagForm, ModeratorPanel, moderation };
}
