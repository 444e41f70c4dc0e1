/** What a log line says of an error: its stack when it has one, else its message, else whatever was thrown. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
