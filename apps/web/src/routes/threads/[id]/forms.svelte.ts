/**
 * The discussion page's forms with JavaScript on: a write that succeeds reloads the page's data in place,
 * so the reader keeps their place and focus, instead of following the redirect meant for browsers without it.
 */
import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import { page } from '$app/state';
import type { SubmitFunction } from '@sveltejs/kit';
import type { FormProblem } from '$lib/server/forms';

/** What a failed action sends back. */
export type Problem = FormProblem;

export class ThreadForms {
  /** The form being sent, so its button can say so and not be pressed twice. */
  sending = $state<string | null>(null);
  /** A problem already answered by a later submit: it stops showing once that submit succeeds. */
  #settled = $state<unknown>(null);

  /** The problem to show beside the form `name`, if its last submit failed. */
  problem(name: string): Problem | undefined {
    const form = page.form as Problem | null | undefined;
    return form && form !== this.#settled && form.form === name ? form : undefined;
  }

  /**
   * For `use:enhance`. `done` hears the anchor the write points at (`comment-<id>`) once the page shows it.
   */
  submit(name: string, done?: (anchor: string, form: HTMLFormElement) => void): SubmitFunction {
    return ({ formElement, cancel }) => {
      // Pressed twice while the first is on its way: once is enough. (A disabled button would lose keyboard focus.)
      if (this.sending === name) return cancel();
      this.sending = name;
      this.#settled = page.form;
      return async ({ result }) => {
        try {
          const target = result.type === 'redirect' ? new URL(result.location, location.href) : undefined;
          if (target && target.pathname === location.pathname) {
            await invalidateAll();
            done?.(target.hash.slice(1), formElement);
          } else {
            // A problem to show, an error page, or a trip to the sign-in page.
            await applyAction(result);
          }
        } finally {
          this.sending = null;
        }
      };
    };
  }
}
