import pg from "pg";

// Prisma's schema engine (JS/WASM path) reads the Postgres catalogue, whose `name` (OID 19) and
// `"char"` (OID 18) columns @prisma/adapter-pg 6.x cannot map (prisma/orm#27403). Both arrive as
// plain text on the wire, so reporting them as `text` is exact.
const CATALOGUE_TEXT_TYPES = new Set([18, 19]);
const TEXT_OID = 25;

export function catalogueSafePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  pool.query = (async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) {
      if (CATALOGUE_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  }) as typeof pool.query;
  return pool;
}
