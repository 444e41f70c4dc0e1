import type { ViewerQuery } from '$lib/graphql/generated';
import type { Locale } from '$lib/i18n/locales';
import type { ApiErrorCode } from '$lib/server/api';

declare global {
  namespace App {
    interface Error {
      message: string;
      code?: ApiErrorCode;
    }
    interface Locals {
      locale: Locale;
      sessionToken: string | undefined;
      /** The signed-in person, or null for a visitor. */
      viewer: ViewerQuery['me'];
      unreadNotifications: number;
    }
    interface PageData {
      locale: Locale;
      viewer: ViewerQuery['me'];
      unreadNotifications: number;
      /** In the browser only: the reader's language's messages (see routes/+layout.ts). */
      messages?: Readonly<Record<string, string>>;
      /** A page with `csr = false` says so here, so the layout does not fetch messages no script will read. */
      scriptless?: boolean;
    }
  }
}

export {};
