import { describe, expect, it } from "vitest";
import { CamundaConfigError, createCamundaClient, type Middleware } from "../src/index.js";

/** A fetch that records requests and answers JSON. */
function recordingFetch(body: unknown = { clusterSize: 1 }, status = 200) {
  const requests: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { fetch, requests };
}

describe("createCamundaClient", () => {
  it("calls <address>/v2/<path> for an address as the docs give it", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createCamundaClient({ baseUrl: "http://localhost:8080", fetch });
    const { data, error } = await client.GET("/topology");
    expect(error).toBeUndefined();
    expect(data).toEqual({ clusterSize: 1 });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(["GET http://localhost:8080/v2/topology"]);
  });

  it("does not double /v2", async () => {
    const { fetch, requests } = recordingFetch();
    await createCamundaClient({ baseUrl: "http://localhost:8080/v2/", fetch }).GET("/topology");
    expect(requests[0]?.url).toBe("http://localhost:8080/v2/topology");
  });

  it("fills path parameters and sends JSON bodies", async () => {
    const { fetch, requests } = recordingFetch({ items: [], page: { totalItems: 0 } });
    const client = createCamundaClient({ baseUrl: "http://h:1", fetch });
    await client.GET("/process-instances/{processInstanceKey}", {
      params: { path: { processInstanceKey: "2251799813685249" } },
    });
    await client.POST("/process-instances/search", { body: { filter: { state: "ACTIVE" }, page: { limit: 10 } } });
    expect(requests[0]?.url).toBe("http://h:1/v2/process-instances/2251799813685249");
    expect(requests[1]?.method).toBe("POST");
    expect(requests[1]?.headers.get("content-type")).toBe("application/json");
    expect(await requests[1]?.json()).toEqual({ filter: { state: "ACTIVE" }, page: { limit: 10 } });
  });

  it("sends the headers given", async () => {
    const { fetch, requests } = recordingFetch();
    await createCamundaClient({ baseUrl: "http://h:1", fetch, headers: { "x-tenant": "t1" } }).GET("/topology");
    expect(requests[0]?.headers.get("x-tenant")).toBe("t1");
  });

  it("applies middleware in the order given", async () => {
    const { fetch, requests } = recordingFetch();
    const order: string[] = [];
    const tag = (name: string): Middleware => ({
      onRequest({ request }) {
        order.push(name);
        request.headers.append("x-chain", name);
        return request;
      },
    });
    const client = createCamundaClient({ baseUrl: "http://h:1", fetch, middleware: [tag("first"), tag("second")] });
    await client.GET("/topology");
    expect(order).toEqual(["first", "second"]);
    expect(requests[0]?.headers.get("x-chain")).toBe("first, second");
  });

  it("returns HTTP errors as values, not exceptions", async () => {
    const problem = { type: "about:blank", title: "NOT_FOUND", status: 404, detail: "no such instance" };
    const { fetch } = recordingFetch(problem, 404);
    const result = await createCamundaClient({ baseUrl: "http://h:1", fetch }).GET(
      "/process-instances/{processInstanceKey}",
      { params: { path: { processInstanceKey: "1" } } },
    );
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(problem);
    expect(result.response.status).toBe(404);
  });

  it("throws a CamundaConfigError naming baseUrl when it is missing or malformed", () => {
    expect(() => createCamundaClient({ baseUrl: "" })).toThrow(CamundaConfigError);
    expect(() => createCamundaClient({ baseUrl: "not a url" })).toThrow(/baseUrl "not a url" has no http:\/\/ or https:\/\/ scheme/);
    expect(() => createCamundaClient(undefined as never)).toThrow(/baseUrl is missing/);
  });
});
