import { describe, expect, it } from "vitest";
import { prepareInit } from "../src/request-body.js";

describe("prepareInit (default tenant and multipart bodies, from the spec's facts)", () => {
  it("puts the default tenant into an optional tenantId the caller left unset", () => {
    const body = { processDefinitionId: "order" };
    const init = prepareInit("POST /process-instances", { body }, "acme");
    expect(init.body).toEqual({ processDefinitionId: "order", tenantId: "acme" });
    expect(body).toEqual({ processDefinitionId: "order" }); // the caller's object is not changed
  });

  it("keeps a tenantId the caller set", () => {
    expect(prepareInit("POST /messages/publication", { body: { name: "m", tenantId: "other" } }, "acme").body).toEqual({ name: "m", tenantId: "other" });
  });

  it("gives job activation tenantIds: [default] when unset, and keeps a list the caller set", () => {
    const body = { type: "t", maxJobsToActivate: 1, timeout: 1000 };
    expect(prepareInit("POST /jobs/activation", { body }, "acme").body).toEqual({ ...body, tenantIds: ["acme"] });
    expect(prepareInit("POST /jobs/activation", { body: { ...body, tenantIds: ["x", "y"] } }, "acme").body).toMatchObject({ tenantIds: ["x", "y"] });
  });

  it("leaves bodies alone that have no optional tenant field (a tenant's own required id, searches)", () => {
    const tenant = { tenantId: undefined, name: "n" };
    expect(prepareInit("POST /tenants", { body: tenant }, "acme").body).toBe(tenant);
    const search = { filter: {} };
    expect(prepareInit("POST /process-instances/search", { body: search }, "acme").body).toBe(search);
  });

  it("changes nothing without a default tenant, for JSON operations", () => {
    const init = { body: { processDefinitionId: "order" } };
    expect(prepareInit("POST /process-instances", init, undefined)).toBe(init);
  });

  it("gives a multipart operation a FormData serializer, with the default tenant as a part", () => {
    const given: { body: object; bodySerializer?: unknown } = { body: { resources: [new File(["<a/>"], "a.bpmn")] } };
    const init = prepareInit("POST /deployments", given, "acme");
    expect(init.body).toMatchObject({ tenantId: "acme" });
    const form = (init.bodySerializer as (b: unknown) => FormData)(init.body);
    expect(form).toBeInstanceOf(FormData);
    expect(form.get("tenantId")).toBe("acme");
    expect((form.get("resources") as File).name).toBe("a.bpmn");
  });

  it("keeps the caller's bodySerializer and passes a FormData body through", () => {
    const bodySerializer = () => "custom";
    const own = { body: { resources: [] }, bodySerializer };
    expect(prepareInit("POST /deployments", own, undefined)).toBe(own);
    const form = { body: new FormData() };
    expect(prepareInit("POST /deployments", form, "acme")).toBe(form);
  });
});
