// The smallest storage adapter oidc-provider accepts: in memory, per server. Passing our own adapter (and keys)
// also keeps oidc-provider's "development-only" warnings off the terminal of `npm run smoke`.

type Payload = Record<string, unknown> & { grantId?: string; userCode?: string; uid?: string };

/**
 * Creates an oidc-provider adapter class whose instances share one in-memory store.
 *
 * @example
 * new Provider(issuer, { adapter: createMemoryAdapter() });
 */
export function createMemoryAdapter(): new (model: string) => object {
  const store = new Map<string, { payload: Payload; expiresAt: number | undefined }>();
  const live = (key: string): Payload | undefined => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  return class MemoryAdapter {
    constructor(private readonly model: string) {}
    private key(id: string): string {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: Payload, expiresIn?: number): Promise<void> {
      store.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    }
    async find(id: string): Promise<Payload | undefined> {
      return live(this.key(id));
    }
    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      for (const key of store.keys()) if (live(key)?.userCode === userCode) return live(key);
      return undefined;
    }
    async findByUid(uid: string): Promise<Payload | undefined> {
      for (const key of store.keys()) if (live(key)?.uid === uid) return live(key);
      return undefined;
    }
    async consume(id: string): Promise<void> {
      const payload = live(this.key(id));
      if (payload) payload["consumed"] = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, entry] of store) if (entry.payload.grantId === grantId) store.delete(key);
    }
  };
}
