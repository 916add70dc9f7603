import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { CamundaConfigError } from "@c8rest/client";
import { createJobWorker, type VariablesOf } from "../src/index.ts";
import { clientOf, fakeServer, until, workerOn } from "./support/harness.ts";

interface Order {
  orderId: string;
  amount: number;
}

/** A Standard Schema written by hand (no library): checks and converts, as the spec allows (https://standardschema.dev). */
const orderSchema: StandardSchemaV1<unknown, Order> = {
  "~standard": {
    version: 1,
    vendor: "test",
    validate(value) {
      const v = value as Record<string, unknown>;
      const issues: StandardSchemaV1.Issue[] = [];
      if (typeof v?.orderId !== "string") issues.push({ message: "must be a string", path: ["orderId"] });
      const amount = Number(v?.amount);
      if (!Number.isFinite(amount)) issues.push({ message: "must be a number", path: [{ key: "amount" }] });
      return issues.length ? { issues } : { value: { orderId: v.orderId as string, amount } };
    },
  },
};

/** The same, validating asynchronously (the spec allows a Promise). */
const asyncOrderSchema: StandardSchemaV1<unknown, Order> = {
  "~standard": { ...orderSchema["~standard"], validate: async (value) => orderSchema["~standard"].validate(value) },
};

describe("inputSchema (Standard Schema)", () => {
  it("types job.variables from the schema's output", () => {
    expectTypeOf<VariablesOf<typeof orderSchema>>().toEqualTypeOf<Order>();
    const zodSchema = z.object({ orderId: z.string(), amount: z.coerce.number() });
    expectTypeOf<VariablesOf<typeof zodSchema>>().toEqualTypeOf<{ orderId: string; amount: number }>();
    expectTypeOf<VariablesOf<undefined>>().toEqualTypeOf<Record<string, any>>(); // eslint-disable-line @typescript-eslint/no-explicit-any
    const client = clientOf({ url: "http://127.0.0.1:9" } as never);
    // The handler's parameter is inferred from the schema; a wrong field does not compile.
    const check = () =>
      createJobWorker(client, {
        type: "t",
        inputSchema: zodSchema,
        handler: (job) => {
          expectTypeOf(job.variables.amount).toEqualTypeOf<number>();
          // @ts-expect-error -- not a field of the schema
          void job.variables.missing;
          return job.complete();
        },
      });
    expect(typeof check).toBe("function");
  });

  for (const [name, schema] of [
    ["a hand-written Standard Schema", orderSchema],
    ["an async Standard Schema", asyncOrderSchema],
    ["zod 4", z.object({ orderId: z.string(), amount: z.coerce.number() })],
  ] as const) {
    it(`${name}: valid variables reach the handler as the schema's output; invalid ones fail the job and never reach it`, async () => {
      const server = await fakeServer();
      const [good] = server.addJobs(1, { type: "orders", variables: { orderId: "o-1", amount: "42" } });
      const [bad] = server.addJobs(1, { type: "orders", variables: { orderId: 7 }, retries: 3 });
      const handled: unknown[] = [];
      const worker = workerOn(server, {
        type: "orders",
        inputSchema: schema as StandardSchemaV1<unknown, Order>,
        handler: (job) => (handled.push(job.variables), job.complete()),
      });
      await until(() => worker.stats.completed + worker.stats.failed === 2, "both jobs settled");
      expect(handled).toEqual([{ orderId: "o-1", amount: 42 }]);
      expect(server.jobs.get(good!)!.state).toBe("completed");
      const failure = server.jobs.get(bad!)!.settlements[0]!;
      expect(failure.action).toBe("failure");
      expect(failure.body.retries).toBe(0);
      expect(failure.body.errorMessage).toMatch(/^variables do not match the worker's inputSchema: /);
      expect(failure.body.errorMessage).toContain("orderId");
      expect(failure.body.errorMessage).toContain("amount");
      expect(worker.stats).toMatchObject({ invalidVariables: 1, failed: 1, completed: 1, handlerErrors: 0 });
    });
  }

  it("rejects an inputSchema that is not a Standard Schema, naming the option", () => {
    const client = clientOf({ url: "http://127.0.0.1:9" } as never);
    const bad = { parse: () => ({}) } as unknown as StandardSchemaV1;
    expect(() => createJobWorker(client, { type: "t", inputSchema: bad, handler: () => undefined })).toThrow(CamundaConfigError);
    expect(() => createJobWorker(client, { type: "t", inputSchema: bad, handler: () => undefined })).toThrow(/inputSchema must be a Standard Schema/);
  });
});
