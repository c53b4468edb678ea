import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { issuesInWords } from '../common/zod-words';
import { faultSettingsPatchSchema } from './fault-settings';
import { readBody, sendReply } from './services/http-io';
import { jsonReply, type Reply } from './services/reply';
import type { SandboxRuntime } from './runtime';

export const ADMIN_BASE_PATH = '/_sandbox';

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `/_sandbox/…`: inspection and control, never subject to faults or latency. */
export async function handleAdminRequest(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  runtime: SandboxRuntime,
): Promise<void> {
  const reply = await adminReply(request, path, runtime);
  sendReply(response, reply, { resourceUrl: path, literalErrorBody: false });
}

async function adminReply(request: IncomingMessage, path: string, runtime: SandboxRuntime): Promise<Reply> {
  if (!tokenMatches(request.headers['x-sandbox-token'], runtime.credentials.adminToken)) {
    return jsonReply({ error: 'missing or wrong x-sandbox-token header' }, { status: 401 });
  }
  const route = `${request.method ?? ''} ${path.slice(ADMIN_BASE_PATH.length)}`;
  switch (route) {
    case 'GET /state':
      return jsonReply(runtime.state());
    case 'GET /faults':
      return jsonReply(runtime.faults);
    case 'POST /faults':
      return updateFaults(await readBody(request), runtime);
    case 'POST /reset':
      await runtime.reset();
      return jsonReply({ reset: true });
    default:
      return jsonReply({ error: `no admin endpoint ${route}` }, { status: 404 });
  }
}

function updateFaults(body: Buffer, runtime: SandboxRuntime): Reply {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return jsonReply({ error: 'body is not JSON' }, { status: 400 });
  }
  const patch = faultSettingsPatchSchema.safeParse(json);
  if (!patch.success) return jsonReply({ error: issuesInWords(patch.error, 'faults').join('; ') }, { status: 400 });
  try {
    return jsonReply(runtime.setFaults(patch.data));
  } catch (error) {
    return jsonReply({ error: error instanceof Error ? error.message : String(error) }, { status: 400 });
  }
}
