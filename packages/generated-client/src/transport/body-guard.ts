/** What a guarded response reports to: the end (or failure) of its body read, and how a read error is mapped. */
interface Guard {
  done: () => void;
  mapError: (error: unknown) => unknown;
  stream?: ReadableStream<Uint8Array> | null;
}

const GUARD = Symbol("c8rest.bodyGuard");
type Guarded = Response & { [GUARD]: Guard };
const proto = Response.prototype as unknown as Record<string, (this: Response) => Promise<unknown>>;
const bodyOf = Object.getOwnPropertyDescriptor(Response.prototype, "body")!.get!;

/** A body consumer (`json()`, `text()`, ...) that reports its end to the guard. */
function consumer(name: string) {
  const original = proto[name]!;
  return function (this: Guarded): Promise<unknown> {
    const guard = this[GUARD];
    return original.call(this).then(
      (value) => {
        guard.done();
        return value;
      },
      (error: unknown) => {
        guard.done();
        throw guard.mapError(error);
      },
    );
  };
}

/** A stream over `body` that reports its end to the guard; `body` is only locked once the stream is read. */
function guardedStream(body: ReadableStream<Uint8Array>, guard: Guard): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await (reader ??= body.getReader()).read();
          if (done) {
            guard.done();
            controller.close();
          } else {
            controller.enqueue(value);
          }
        } catch (error) {
          guard.done();
          controller.error(guard.mapError(error));
        }
      },
      cancel(reason) {
        guard.done();
        return reader ? reader.cancel(reason) : body.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The `body` getter of a guarded response: the guarded stream, made on first access. */
function guardedBody(this: Guarded): ReadableStream<Uint8Array> | null {
  const guard = this[GUARD];
  if (guard.stream === undefined) {
    const body = bodyOf.call(this) as ReadableStream<Uint8Array> | null;
    guard.stream = body && guardedStream(body, guard);
  }
  return guard.stream;
}

const CONSUMERS = ["json", "text", "arrayBuffer", "blob", "formData", "bytes"].filter((n) => typeof proto[n] === "function");
const methods = CONSUMERS.map((n) => [n, consumer(n)] as const);

/**
 * Makes `response` report the end (or failure) of its body read to `onDone`, so that the call's timeout also covers
 * the read of the body and is cleared once it is read. `mapError` turns the abort of a timed-out read into a typed
 * error. The same Response object is returned (its `url`, `redirected`, `clone()` unchanged): its body consumers and
 * its `body` getter are replaced on the instance, which costs far less than a wrapping stream and Response per call.
 */
export function guardBody(response: Response, onDone: () => void, mapError: (error: unknown) => unknown): Response {
  if (!response.body || response.headers.get("content-length") === "0") {
    onDone();
    return response;
  }
  const guard: Guard = { done: onDone, mapError };
  const body = response.body;
  if (!(response instanceof Response) && body) {
    // A Response of another fetch implementation: wrap its body in one of ours.
    const guarded = new Response(guardedStream(body, guard), response as Response);
    Object.defineProperty(guarded, "url", { value: (response as Response).url });
    Object.defineProperty(guarded, "redirected", { value: (response as Response).redirected });
    return guarded;
  }
  const target = response as Guarded;
  target[GUARD] = guard;
  for (const [name, fn] of methods) (target as unknown as Record<string, unknown>)[name] = fn;
  Object.defineProperty(target, "body", { get: guardedBody, configurable: true });
  return target;
}
