import { excerpt } from "@c8rest/client";

/** Longest error message the worker sends to the cluster or prints. */
export const MAX_MESSAGE_LENGTH = 500;

/**
 * A one-line, bounded description of a thrown value, with anything like a credential removed (the client's
 * `excerpt`): safe to send as a job's `errorMessage` and to log.
 */
export function describeError(error: unknown, max = MAX_MESSAGE_LENGTH): string {
  let text: string;
  if (error instanceof Error) text = error.message ? `${error.name}: ${error.message}` : error.name;
  else if (typeof error === "string") text = error;
  else {
    try {
      text = JSON.stringify(error) ?? String(error);
    } catch {
      text = String(error);
    }
  }
  return excerpt(text, max) || "unknown error";
}
