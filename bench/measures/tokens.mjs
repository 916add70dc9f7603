// Measure 5: token efficiency. (a) 1000 concurrent first calls on a fresh client: how many token requests reach
// the endpoint (ideal 1). (b) Calls every 20 ms over 3 token lifetimes: token requests counted (ideal 3 to 4).
// Each side gets its own local stack (own counters); both sides run at the same time.
import { startStack } from "../lib/stack.mjs";
import { c8rest, official } from "../lib/clients.mjs";

const SIDES = [
  { name: "@c8rest/client + auth", make: c8rest },
  { name: "official client", make: official },
];

async function concurrentFirstCalls(make, n) {
  const stack = await startStack();
  try {
    const call = await make(stack);
    const results = await Promise.allSettled(Array.from({ length: n }, () => call()));
    const st = await stack.stats();
    return { calls: n, failed: results.filter((r) => r.status === "rejected").length, tokenRequests: st.tokenRequests, unauthorized: st.unauthorized };
  } finally {
    await stack.stop();
  }
}

async function acrossLifetimes(make, lifetimeSeconds, lifetimes) {
  const stack = await startStack({ lifetimeSeconds });
  try {
    const call = await make(stack);
    const end = Date.now() + lifetimeSeconds * lifetimes * 1000;
    let calls = 0;
    let failed = 0;
    while (Date.now() < end) {
      await Promise.all(
        Array.from({ length: 4 }, () =>
          call().then(
            () => calls++,
            () => failed++,
          ),
        ),
      );
      await new Promise((r) => setTimeout(r, 20));
    }
    const st = await stack.stats();
    return { lifetimeSeconds, lifetimes, calls, failed, tokenRequests: st.tokenRequests, unauthorized: st.unauthorized };
  } finally {
    await stack.stop();
  }
}

export async function measureTokens({ concurrent = 1000, lifetimeSeconds = 4, lifetimes = 3, log = () => {} } = {}) {
  const first = await Promise.all(SIDES.map((s) => concurrentFirstCalls(s.make, concurrent)));
  log("  tokens: concurrent first calls done");
  const over = await Promise.all(SIDES.map((s) => acrossLifetimes(s.make, lifetimeSeconds, lifetimes)));
  log("  tokens: token lifetimes done");
  return SIDES.map((s, i) => ({ side: s.name, concurrentFirstCalls: first[i], acrossLifetimes: over[i] }));
}
