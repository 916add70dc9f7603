/**
 * Returns a response whose body reports its end (or failure) to `onDone`, so that the call's timeout also covers the
 * read of the body and is cleared once it is read. `mapError` turns the abort of a timed-out read into a typed error.
 */
export function guardBody(response: Response, onDone: () => void, mapError: (error: unknown) => unknown): Response {
  const body = response.body;
  if (!body || response.headers.get("content-length") === "0") {
    onDone();
    return response;
  }
  const reader = body.getReader();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          onDone();
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        onDone();
        controller.error(mapError(error));
      }
    },
    cancel(reason) {
      onDone();
      return reader.cancel(reason);
    },
  });
  const guarded = new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
  // Response.url and .redirected are read-only getters of a fetched response; keep them visible to the caller.
  Object.defineProperty(guarded, "url", { value: response.url });
  Object.defineProperty(guarded, "redirected", { value: response.redirected });
  return guarded;
}
