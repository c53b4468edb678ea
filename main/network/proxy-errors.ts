import type { TransportProblemCode } from '../connectors/transport/types';
import { PROXY_ERROR } from './strict-proxy-agent';

const PROBLEM_BY_CODE: Readonly<Record<string, TransportProblemCode>> = {
  [PROXY_ERROR.unreachable]: 'proxy-unreachable',
  [PROXY_ERROR.refused]: 'proxy-refused',
  [PROXY_ERROR.signIn]: 'proxy-sign-in',
};

/** The proxy problem an error code stands for, if it is one of ours. */
export function proxyProblem(code: string): TransportProblemCode | undefined {
  return PROBLEM_BY_CODE[code];
}
