// Handlers answer with a Result instead of throwing across the message boundary.
// `unanswered`: the message never got an answer (the worker was starting, restarting or gone),
// so asking again may succeed; an answer that is an error will be the same error again.
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; unanswered?: true };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });
export const unanswered = <T = never>(error: string): Result<T> => ({ ok: false, error, unanswered: true });

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === 'string' ? e : 'unknown error';
}
