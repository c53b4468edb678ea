import type { TransportFailureCode } from '../../../common/errors/transport-catalogue';
import type { Result } from '../../../common/result';
/** One HTTP exchange as the clients describe it; the transport owns TLS, timeouts and limits. */
export interface TransportRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** PEM of one extra CA to trust on top of the system roots (the Practice sandbox's). */
  readonly extraCaPem?: string;
  readonly signal?: AbortSignal;
  readonly connectTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  /** Longest silence from the server once the request is out; see HttpsTransportOptions. */
  readonly stallTimeoutMs?: number;
}

export interface TransportResponse {
  readonly status: number;
  /** Lower-cased header names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type TransportProblemCode = TransportFailureCode;

export interface TransportFailure {
  readonly problem: TransportProblemCode;
  /**
   * True once any byte of the request may have left this machine (the connection
   * was up): from then on the server may have acted on it even though we never
   * saw an answer. False only when nothing can have reached the server.
   */
  readonly sent: boolean;
  /** A system error code such as ECONNRESET, or "stalled"; never a message that could echo a URL or header. */
  readonly detail?: string;
}

/** A response of any status, or why none came; the connector decides what a status means. */
export type TransportOutcome = Result<TransportResponse, TransportFailure>;

export interface Transport {
  send(request: TransportRequest): Promise<TransportOutcome>;
}
