/** Reports the end of a body read (and maps its error, if any, e.g. the abort of a timed-out read). */
type End = (error?: unknown) => unknown;

const GUARD = Symbol("c8rest.bodyGuard");
const STREAM = Symbol("c8rest.bodyStream");
type Guarded = Response & { [GUARD]: End; [STREAM]?: ReadableStream<Uint8Array> | null };
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
      return protoOf(this)[name]!.call(this).then(
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
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return (this[STREAM] =
    source &&
    new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          try {
            const { done, value } = await (reader ??= source.getReader()).read();
            if (done) {
              this[GUARD]();
              controller.close();
            } else {
              controller.enqueue(value);
            }
          } catch (error) {
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
 * Makes `response` report the end (or failure) of its body read to `onDone`, so that the call's timeout also covers
 * the read of the body and is cleared once it is read. `mapError` turns the abort of a timed-out read into a typed
 * error. The same Response object is returned (`url`, `redirected`, `clone()` unchanged), its prototype replaced by one
 * whose body consumers and `body` getter report: far cheaper than a wrapping stream and Response per call.
 */
export function guardBody(response: Response, onDone: () => void, mapError: (error: unknown) => unknown): Response {
  if (!response.body || response.headers.get("content-length") === "0") {
    onDone();
    return response;
  }
  const target = response as Guarded;
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
