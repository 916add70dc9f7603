// The spec's TenantId schema: 1 to 256 characters of A-Z a-z 0-9 _ @ . + -, or `<default>`.
const TENANT_ID = /^(<default>|[A-Za-z0-9_@.+-]{1,256})$/;

/** What a tenant id may be, for error messages. */
export const TENANT_ID_RULE = "a tenant id (1 to 256 of A-Z a-z 0-9 _ @ . + -, or <default>)";

/** Whether `value` is a tenant id the spec accepts. */
export function isTenantId(value: unknown): value is string {
  return typeof value === "string" && TENANT_ID.test(value);
}
