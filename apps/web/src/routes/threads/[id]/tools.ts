/** What the discussion page offers some readers only: reporting (signed in) and moderating (moderators). */
import type FlagForm from '$lib/components/FlagForm.svelte';
import type ModeratorPanel from '$lib/components/ModeratorPanel.svelte';
import type { Choice, ChoiceGroup } from '$lib/reference';

export interface ThreadTools {
  /** Loaded for signed-in readers only. */
  FlagForm: typeof FlagForm | null;
  /** Loaded for moderators only. */
  ModeratorPanel: typeof ModeratorPanel | null;
  /** For moderators: where content may be moved. */
  moderation: { areas: ChoiceGroup[]; categories: Choice[] } | null;
}
