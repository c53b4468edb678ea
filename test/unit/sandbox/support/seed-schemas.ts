import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import { seedJsonSchemas } from './seed-document';

const require = createRequire(import.meta.url);

/**
 * ajv compiled with the seed's own JSON Schemas (draft-06). The seed writes "$schema" with a
 * trailing space, which no validator resolves, so only that is trimmed. The seed uses the
 * formats "ipv4" and "email"; they are defined here so they are checked, not ignored.
 */
export function compileSeedSchemas(options: { customVariablesMayBeStrings?: boolean } = {}): {
  success: ValidateFunction;
  error: ValidateFunction;
} {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>);
  ajv.addFormat('ipv4', /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  const [success, error] = seedJsonSchemas().map((schema) => ({ ...schema, $schema: String(schema.$schema).trim() }));
  if (!success || !error) throw new Error('the seed document should hold a success and an error schema');
  if (options.customVariablesMayBeStrings) allowStringCustomVariables(success);
  return { success: ajv.compile(success), error: ajv.compile(error) };
}

/**
 * The seed's schema was evidently generated from its example, where custom1-5
 * are null, so it types them as null only. Outpost fills custom1/custom2 with the
 * enumerator and device IDs (as the issue asks), so tests of real responses widen
 * exactly those five properties to string-or-null and nothing else.
 */
function allowStringCustomVariables(schema: Record<string, unknown>): void {
  const path = ['properties', 'response', 'properties', 'customVariables', 'properties'];
  let node: unknown = schema;
  for (const key of path) node = (node as Record<string, unknown>)[key];
  for (const variable of Object.values(node as Record<string, Record<string, unknown>>))
    variable['type'] = ['string', 'null'];
}
