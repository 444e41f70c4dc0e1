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
    }
    interface PageData {
      locale: Locale;
    }
  }
}

export {};
