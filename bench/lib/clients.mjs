// The sides of the request measures, each making the same `GET /v2/topology` and reading its JSON, and the sides of
// the POST row, each creating a process instance with the same JSON body.
import createClient from "openapi-fetch";
import { createCamundaClient } from "@c8rest/client";
import { oauthMiddleware } from "@c8rest/auth";

export const CLIENT_ID = "bench";
export const CLIENT_SECRET = "bench-secret";

/** Bare `fetch` with a fixed token: the floor. */
export function bareFetch(stack) {
  const url = `${stack.origin}/v2/topology`;
  const headers = { authorization: "Bearer static-bench-token" };
  return async () => {
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`bare fetch: HTTP ${res.status}`);
    return res.json();
  };
}

/**
 * Bare fetch with a deadline that can end the request in flight: an AbortController and a timer per call, the signal
 * given to fetch. What any client whose calls have an abortable timeout pays at least (the floor of the goals).
 */
export function fetchWithDeadline(stack, { post = false } = {}) {
  const url = `${stack.origin}/v2/${post ? "process-instances" : "topology"}`;
  const headers = post ? { authorization: "Bearer static-bench-token", "content-type": "application/json" } : { authorization: "Bearer static-bench-token" };
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const init = { headers, signal: controller.signal };
      const res = await fetch(url, post ? { ...init, method: "POST", body: JSON.stringify(CREATE_BODY) } : init);
      if (!res.ok) throw new Error(`fetch + AbortSignal: HTTP ${res.status}`);
      return post ? checkCreated("fetch + AbortSignal POST", await res.json()) : await res.json();
    } finally {
      clearTimeout(timer);
    }
  };
}

/** openapi-fetch on its own (same generated paths), with the same fixed token as a header. */
export function plainOpenapiFetch(stack) {
  const client = createClient({ baseUrl: `${stack.origin}/v2`, headers: { authorization: "Bearer static-bench-token" } });
  return async () => {
    const { data, error, response } = await client.GET("/topology");
    if (error) throw new Error(`openapi-fetch: HTTP ${response.status}`);
    return data;
  };
}

/**
 * openapi-fetch with a deadline that can end the request in flight: its `fetch` gets an AbortController and a timer
 * per call, as `fetch + AbortSignal` does. What a client on openapi-fetch with an abortable timeout pays at least.
 */
export function openapiFetchWithDeadline(stack, { post = false } = {}) {
  const fetchWithSignal = async (request) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      return await fetch(request, { signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  };
  const client = createClient({ baseUrl: `${stack.origin}/v2`, headers: { authorization: "Bearer static-bench-token" }, fetch: fetchWithSignal });
  return async () => {
    const { data, error, response } = post ? await client.POST("/process-instances", { body: CREATE_BODY }) : await client.GET("/topology");
    if (error) throw new Error(`openapi-fetch + AbortSignal: HTTP ${response.status}`);
    return post ? checkCreated("openapi-fetch + AbortSignal POST", data) : data;
  };
}

/** @c8rest/client with @c8rest/auth's OAuth middleware (token from the local endpoint, then cached). */
export function c8rest(stack, providerOptions = {}) {
  const client = createCamundaClient({
    baseUrl: stack.origin,
    middleware: [oauthMiddleware({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl: stack.tokenUrl, ...providerOptions })],
  });
  return async () => {
    const { data, error, response } = await client.GET("/topology");
    if (error) throw new Error(`@c8rest/client: HTTP ${response.status}`);
    return data;
  };
}

/** @c8rest/client with the fixed token as a header (no auth middleware): splits client from auth overhead. */
export function c8restNoAuth(stack) {
  const client = createCamundaClient({ baseUrl: stack.origin, headers: { authorization: "Bearer static-bench-token" } });
  return async () => {
    const { data, error, response } = await client.GET("/topology");
    if (error) throw new Error(`@c8rest/client: HTTP ${response.status}`);
    return data;
  };
}

/** Camunda's official client with OAuth (token from the local endpoint, then cached in memory). */
export async function official(stack) {
  const { default: createCamundaClient } = await import("@camunda8/orchestration-cluster-api");
  const camunda = createCamundaClient({
    config: {
      CAMUNDA_REST_ADDRESS: stack.origin,
      CAMUNDA_AUTH_STRATEGY: "OAUTH",
      CAMUNDA_CLIENT_ID: CLIENT_ID,
      CAMUNDA_CLIENT_SECRET: CLIENT_SECRET,
      CAMUNDA_OAUTH_URL: stack.tokenUrl,
      CAMUNDA_TOKEN_AUDIENCE: "bench",
      CAMUNDA_SDK_LOG_LEVEL: "error",
    },
  });
  return async () => camunda.getTopology();
}

/** The body every POST side sends: a process instance with a few variables (about 200 bytes of JSON). */
export const CREATE_BODY = {
  processDefinitionId: "order-process",
  variables: { orderId: "A-1042", amount: 129.9, currency: "EUR", customer: { id: "c-77", tier: "gold" }, items: ["sku-1", "sku-2", "sku-3"] },
};

function checkCreated(side, data) {
  if (data?.processDefinitionId !== CREATE_BODY.processDefinitionId) throw new Error(`${side}: unexpected reply ${JSON.stringify(data)}`);
  return data;
}

/** Bare fetch POSTing the JSON body with a fixed token: the floor of the POST row. */
export function bareFetchPost(stack) {
  const url = `${stack.origin}/v2/process-instances`;
  const headers = { authorization: "Bearer static-bench-token", "content-type": "application/json" };
  return async () => {
    const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(CREATE_BODY) });
    if (!res.ok) throw new Error(`bare fetch POST: HTTP ${res.status}`);
    return checkCreated("bare fetch POST", await res.json());
  };
}

/** openapi-fetch POSTing the same body, fixed token. */
export function openapiFetchPost(stack) {
  const client = createClient({ baseUrl: `${stack.origin}/v2`, headers: { authorization: "Bearer static-bench-token" } });
  return async () => {
    const { data, error, response } = await client.POST("/process-instances", { body: CREATE_BODY });
    if (error) throw new Error(`openapi-fetch POST: HTTP ${response.status}`);
    return checkCreated("openapi-fetch POST", data);
  };
}

/** @c8rest/client + auth POSTing the same body (a command: read once for retries and the 401 replay). */
export function c8restPost(stack) {
  const client = createCamundaClient({
    baseUrl: stack.origin,
    middleware: [oauthMiddleware({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl: stack.tokenUrl })],
  });
  return async () => {
    const { data, error, response } = await client.POST("/process-instances", { body: CREATE_BODY });
    if (error) throw new Error(`@c8rest/client POST: HTTP ${response.status}`);
    return checkCreated("@c8rest/client POST", data);
  };
}

/** The sides of the POST row (concurrency 64 only), in report order. */
export const POST_SIDES = [
  { name: "bare fetch", make: bareFetchPost },
  { name: "fetch + AbortSignal", make: (stack) => fetchWithDeadline(stack, { post: true }) },
  { name: "openapi-fetch", make: openapiFetchPost },
  { name: "openapi-fetch + AbortSignal", make: (stack) => openapiFetchWithDeadline(stack, { post: true }) },
  { name: "@c8rest/client + auth", make: c8restPost },
];

/** Every side by name, in report order. */
export const SIDES = [
  { name: "bare fetch", make: bareFetch },
  { name: "fetch + AbortSignal", make: fetchWithDeadline },
  { name: "openapi-fetch", make: plainOpenapiFetch },
  { name: "openapi-fetch + AbortSignal", make: openapiFetchWithDeadline },
  { name: "@c8rest/client, fixed token", make: c8restNoAuth },
  { name: "@c8rest/client + auth", make: c8rest },
  { name: "official client", make: official },
];
