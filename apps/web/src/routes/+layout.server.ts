import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  viewer: locals.viewer,
  unreadNotifications: locals.unreadNotifications,
});
