import { createHash } from 'node:crypto';
import pg from 'pg';

/** Statements prepared per connection at most; past it, queries run unnamed as usual. */
const MAX_PREPARED = 400;

/**
 * A pg client that prepares every parameterized statement under a name derived from its text, so PostgreSQL
 * parses and plans each distinct statement once per connection instead of on every execution. The order
 * statements are few and hot (planning a four-table join cost more than running it): preparing them roughly halves
 * the database CPU per statement. Statements without parameters run as simple queries, unprepared.
 */
export class PreparingClient extends pg.Client {
  /** Statement text → its prepared name on this connection. */
  private readonly names = new Map<string, string>();

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query() is a wide overload set
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      let name = this.names.get(config);
      if (!name && this.names.size < MAX_PREPARED) {
        name = `lq_${createHash('sha1').update(config).digest('base64url').slice(0, 22)}`;
        this.names.set(config, name);
      }
      if (name) return super.query({ name, text: config, values }, callback);
    }
    return super.query(config, values, callback);
  }
}
