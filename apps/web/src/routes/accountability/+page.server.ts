import { AccountabilityDocument } from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { defaultPeriod, isPeriod, periodRange } from './period';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
  const asked = url.searchParams.get('period');
  const range = periodRange(isPeriod(asked) ? asked : defaultPeriod);
  try {
    const { accountability } = await graphql(
      AccountabilityDocument,
      { from: range.from?.toISOString() ?? null, to: null },
      { token: locals.sessionToken },
    );
    return { period: range.period, from: range.from?.toISOString() ?? null, rows: accountability };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};
