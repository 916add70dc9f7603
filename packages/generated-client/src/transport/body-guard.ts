/** Reports the end of a body read (and maps its error, if any, e.g. the abort of a timed-out read). */
type End = (error?: unknown) => unknown;

/** What a guarded body fails with when it passes its limit; the guard's `mapError` turns it into a typed error. */
export const OVER_LIMIT = new Error("response body over its limit");

const GUARD = Symbol("c8rest.bodyGuard");
const STREAM = Symbol("c8rest.bodyStream");
/** Bytes a counted body may have (-1: its Content-Length is over the limit already); absent: not counted. */
const LIMIT = Symbol("c8rest.bodyLimit");
type Guarded = Response & { [GUARD]: End; [STREAM]?: ReadableStream<Uint8Array> | null; [LIMIT]?: number };
type Members = Record<string, (this: Response) => Promise<unknown>>;
// A guarded response's prototype is made over its original one (another fetch implementation's, maybe): the
// originals are one step further up.
const protoOf = (response: Response) => Object.getPrototypeOf(Object.getPrototypeOf(response)) as Members;

/** The members of a guarded response's prototype: its body consumers (`json()`, `text()`, ...) and `body`. */
const members: PropertyDescriptorMap = {};
for (const name of ["json", "text", "arrayBuffer", "blob", "formData", "bytes"]) {
  members[name] = {
    writable: true,
    value(this: Guarded): Promise<unknown> {
      const consume = protoOf(this)[name]!;
      // A counted body is read through the counting `body` stream (which reports its end) into a copy.
      if (this[LIMIT] !== undefined) {
        try {
          return consume.call(new Response(this.body, { headers: this.headers }));
        } catch (error) {
          return Promise.reject(error);
        }
      }
      return consume.call(this).then(
        (value) => (this[GUARD](), value),
        (error: unknown) => {
          throw this[GUARD](error);
        },
      );
    },
  };
}

/**
 * `response.body` of a guarded response, made on first access: a stream that reports its end to the guard; the
 * original body is only locked once this stream is read, so that looking at `.body` does not spoil `json()`.
 */
function body(this: Guarded): ReadableStream<Uint8Array> | null {
  if (this[STREAM] !== undefined) return this[STREAM];
  const source = Reflect.get(protoOf(this), "body", this) as unknown as ReadableStream<Uint8Array> | null;
  const limit = this[LIMIT] ?? Infinity;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let read = 0;
  return (this[STREAM] =
    source &&
    new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          try {
            if (limit < 0) throw OVER_LIMIT;
            const { done, value } = await (reader ??= source.getReader()).read();
            if (done) {
              this[GUARD]();
              controller.close();
            } else if ((read += value.byteLength) > limit) {
              throw OVER_LIMIT;
            } else {
              controller.enqueue(value);
            }
          } catch (error) {
            // Stop the download (and the decompression) at the limit.
            if (error === OVER_LIMIT) (reader ?? source).cancel().catch(() => {});
            controller.error(this[GUARD](error));
          }
        },
        cancel: (reason) => {
          this[GUARD]();
          return (reader ?? source).cancel(reason);
        },
      },
      { highWaterMark: 0 },
    ));
}

members.body = { get: body };
/** The guarded prototype made over each original prototype. */
const guardedProtos = new WeakMap<object, object>();

/**
 * Whether the body of `response` must be counted against `limit` as it is read: it has one that may be larger
 * (compressed, no Content-Length, or a larger one). A plain body whose Content-Length fits is bounded by HTTP framing.
 */
export function countsBody(response: Response, limit: number): boolean {
  if (limit === Infinity || !response.body || !(response instanceof Response)) return false;
  const length = response.headers.get("content-length");
  if (length === "0") return false;
  const encoding = response.headers.get("content-encoding");
  return !(!encoding || encoding === "identity") || length === null || Number(length) > limit;
}

/**
 * Makes `response` report the end (or failure) of its body read to `onDone`, so that the call's timeout also covers
 * the read of the body and is cleared once it is read. `mapError` turns the abort of a timed-out read into a typed
 * error. The same Response object is returned (`url`, `redirected`, `clone()` unchanged), its prototype replaced by one
 * whose body consumers and `body` getter report: far cheaper than a wrapping stream and Response per call.
 * With a `limit`, a body that may be larger (compressed, no Content-Length, or a larger one) is counted as it is read
 * (after decompression) and fails with {@link OVER_LIMIT} past `limit` bytes; a plain body whose Content-Length fits
 * is read natively (HTTP framing bounds it).
 */
export function guardBody(response: Response, onDone: () => void, mapError: (error: unknown) => unknown, limit = Infinity): Response {
  const length = response.headers.get("content-length");
  if (!response.body || length === "0") {
    onDone();
    return response;
  }
  const target = response as Guarded;
  if (countsBody(response, limit)) {
    const encoding = response.headers.get("content-encoding");
    const plain = !encoding || encoding === "identity";
    target[LIMIT] = Math.min(target[LIMIT] ?? limit, plain && Number(length) > limit ? -1 : limit);
  }
  const inner = target[GUARD];
  // Guarded already (a transport over a transport): both hear of the end.
  target[GUARD] = (error) => (onDone(), mapError(inner ? inner(error) : error));
  if (!inner) {
    const proto = Object.getPrototypeOf(target) as object;
    let guarded = guardedProtos.get(proto);
    if (!guarded) guardedProtos.set(proto, (guarded = Object.create(proto, members) as object));
    Object.setPrototypeOf(target, guarded);
  }
  return target;
}
