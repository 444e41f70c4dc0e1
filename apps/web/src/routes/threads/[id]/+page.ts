import type { PageLoad } from './$types';
import type { ThreadTools } from './tools';

/**
 * The report form is for signed-in readers and the moderators' panel for moderators, while most readers arrive
 * signed out from a shared link on a cheap phone: their code is fetched only for those who will see it. Fetched
 * here, before the page renders, so the browser's first render matches the server's HTML.
 */
export const load: PageLoad = async ({ data, parent }) => {
  const { viewer } = await parent();
  const [FlagForm, ModeratorPanel] = await Promise.all([
    viewer ? import('$lib/components/FlagForm.svelte').then((module) => module.default) : null,
    data.moderation ? import('$lib/components/ModeratorPanel.svelte').then((module) => module.default) : null,
  ]);
  const tools: ThreadTools = { FlagForm, ModeratorPanel, moderation: data.moderation };
  return { ...data, tools };
};
