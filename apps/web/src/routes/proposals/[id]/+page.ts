import { loadContentTools } from '$lib/content-tools';
import type { PageLoad } from './$types';

/** The report form and moderators' panel are fetched only for those who will see them ($lib/content-tools). */
export const load: PageLoad = async ({ data, parent }) => {
  const { viewer } = await parent();
  return { ...data, tools: await loadContentTools(Boolean(viewer), data.moderation) };
};
