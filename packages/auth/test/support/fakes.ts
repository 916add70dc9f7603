// Injected fetch and clock for unit tests of the token logic (no real sleeps, no network).
import type { TokenFetch } from "../../src/token-request.ts";

/** A clock the test moves; `sleep` advances it at once and records the delays asked for. */
export function fakeClock(start = 1_800_000_000_000): { now(): number; sleep(ms: number): Promise<void>; advance(ms: number): void; sleeps: number[] } {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    advance: (ms) => {
      t += ms;
    },
    sleeps,
  };
}

export interface FakeEndpoint {
  fetch: TokenFetch;
  calls: { url: string; body: string; headers: Record<string, string> }[];
}

/** A token endpoint answering with `reply(callIndex)`; a reply may be a Response, an Error (thrown) or a JSON body. */
export function fakeEndpoint(reply: (n: number) => Response | Error | Record<string, unknown> | Promise<Response | Error | Record<string, unknown>>): FakeEndpoint {
  const calls: FakeEndpoint["calls"] = [];
  return {
    calls,
    fetch: async (url, init) => {
      const n = calls.length;
      calls.push({ url, body: String(init.body), headers: { ...(init.headers as Record<string, string>) } });
      const r = await reply(n);
      if (r instanceof Error) throw r;
      if (r instanceof Response) return r;
      return new Response(JSON.stringify(r), { status: 200, headers: { "content-type": "application/json" } });
    },
  };
}

/** A token reply body with a distinct token per call. */
export const tokenBody = (n: number, expiresIn: number | string = 300) => ({ access_token: `token-${n}-abcdefgh`, token_type: "Bearer", expires_in: expiresIn });
