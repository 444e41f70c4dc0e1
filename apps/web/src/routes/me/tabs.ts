/** The sections of "my profile", each reachable by a plain link (`?tab=`), so they work without JavaScript. */
export const tabs = ['threads', 'proposals', 'votes', 'follows'] as const;
export type Tab = (typeof tabs)[number];

export function tabOf(value: string | null): Tab {
  return tabs.includes(value as Tab) ? (value as Tab) : 'threads';
}
