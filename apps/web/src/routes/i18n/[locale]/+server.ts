/**
 * One language's messages as JSON, for the browser. The address carries the build's version, so the file
 * can be cached for good: a new release asks for a new address.
 */
import { error, json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { catalogs } from '$lib/i18n/catalogs';
import { isLocale } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => {
  if (!isLocale(params.locale)) error(404, 'Unknown language');
  const current = url.searchParams.get('v') === version;
  return json(catalogs[params.locale], {
    headers: { 'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache' },
  });
};
