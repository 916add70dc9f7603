/** What a guarded response reports to: the end (or failure) of its body read, and how a read error is mapped. */
interface Guard {
  done: () => void;
  mapError: (error: unknown) => unknown;
  stream?: ReadableStream<Uint8Array> | null;
}

const GUARD = Symbol("c8rest.bodyGuard");
type Guarded = Response & { [GUARD]: Guard };
type Members = Record<string, (this: Response) => Promise<unknown>>;
// A guarded response's prototype is made over its original one (another fetch implementation's, maybe): the
// originals are one step further up.
const protoOf = (response: Response) => Object.getPrototypeOf(Object.getPrototypeOf(response)) as Members;

/** The members of a guarded response's prototype: its body consumers (`json()`, `text()`, ...) and `body`. */
const members: PropertyDescriptorMap = {};
for (const name of ["json", "text", "arrayBuffer", "blob", "formData", "bytes"]) {
  if (name in Response.prototype) {
    members[name] = {
      configurable: true,
      writable: true,
      value(this: Guarded): Promise<unknown> {
        const guard = this[GUARD];
        return protoOf(this)
          [name]!.call(this)
          .then(
            (value) => (guard.done(), value),
            (error: unknown) => {
              guard.done();
              throw guard.mapError(error);
            }
          );
      },
    };
  }
}

/**
 * `response.body` of a guarded response, made on first access: a stream that reports its end to the guard; the
 * original body is only locked once this stream is read, so that looking at `.body` does not spoil `json()`.
 */
function body(this: Guarded): ReadableStream<Uint8Array> | null {
  const guard = this[GUARD];
  if (guard.stream !== undefined) return guard.stream;
  const source = Reflect.get(protoOf(this), "body", this) as unknown as ReadableStream<Uint8Array> | null;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return (guard.stream =
    source &&
    new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          try {
            const { done, value } = await (reader ??= source.getReader()).read();
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
          return (reader ?? source).cancel(reason);
        },
      },
      { highWaterMark: 0 }
    ));
}

members.body = { configurable: true, get: body };
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
  if (inner) {
    // Guarded already (a transport over a transport): both hear of the end.
    // In place: a body stream already made reads the guard at each step.
    const { done, mapError: map } = inner;
    inner.done = () => (done(), onDone());
    inner.mapError = (error) => mapError(map(error));
    return target;
  }
  const proto = Object.getPrototypeOf(target) as object;
  let guarded = guardedProtos.get(proto);
  if (!guarded) guardedProtos.set(proto, (guarded = Object.create(proto, members) as object));
  target[GUARD] = { done: onDone, mapError };
  Object.setPrototypeOf(target, guarded);
  return target;
}
