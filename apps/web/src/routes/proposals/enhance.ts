/**
 * With JavaScript on, a form on the proposal page that succeeds (the action redirects back to the page) reloads
 * the page's data in place instead of navigating: the reader keeps their place and their focus.
 * Without JavaScript the same redirect simply loads the page again.
 */
import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';

export const stayOnPage: SubmitFunction = ({ formElement }) => {
  return async ({ result, update }) => {
    if (result.type !== 'redirect') {
      await update({ reset: false });
      return;
    }
    formElement.reset();
    // Clears a failure shown from an earlier try.
    await applyAction({ type: 'success', status: 200 });
    await invalidateAll();
  };
};
