import { browser } from '$app/environment';

/**
 * For `<details {...openOnServer(x)}>`: opened by the server when it must be (a failed form inside it, a filter in
 * use), and never touched in the browser, where `open={x}` would close what a reader opened before the page's script
 * had loaded (on a slow link) and whatever they opened since on every update.
 */
export function openOnServer(open: boolean): { open?: true } {
  return !browser && open ? { open: true } : {};
}
