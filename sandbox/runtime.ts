import { setMaxListeners } from 'node:events';
import type { ServerResponse } from 'node:http';
import { applyFaultPatch, type FaultSettings, type FaultSettingsPatch } from './fault-settings';
import { createRandomSource, type RandomSource } from './prng';
import { RequestLog, type RequestCount } from './request-log';
import { qmobLists } from './services/seed-data';
import type { DeletedResponse, ImportRecord } from './services/store';
import { ServiceWorld, type ServiceCredentials } from './services/world';

export interface SandboxCredentials extends ServiceCredentials {
  readonly adminToken: string;
}

export interface SandboxState {
  questionpro: {
    responses: Array<{
      surveyID: number;
      responseID: number;
      externalReference: string;
      responseStatus: string;
      timestamp: string;
    }>;
    /** Responses deleted since the last reset (duplicates a client removed). */
    deleted: DeletedResponse[];
  };
  qmob: {
    respondents: Array<{
      username: string;
      phonenumber: string;
      email: string;
      sampleFields: Record<string, string>;
      listIds: string[];
    }>;
    lists: Array<{ id: string; name: string; preview: boolean; members: string[] }>;
    imports: ImportRecord[];
  };
  /** Requests by endpoint and outcome (HTTP status, or "reset", "hang", "dropped"). */
  requests: RequestCount[];
  /** Requests the service is handling right now (arrived, not yet answered), by endpoint. */
  inFlight: Record<string, number>;
  /** The same requests one by one, with when each arrived (ms since the epoch), oldest first. */
  inFlightRequests: InFlightRequest[];
  faults: FaultSettings;
}

/** A request the service has received and not answered yet. */
export interface InFlightRequest {
  readonly endpoint: string;
  readonly arrivedAt: number;
}

function countByEndpoint(requests: Iterable<InFlightRequest>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { endpoint } of requests) counts[endpoint] = (counts[endpoint] ?? 0) + 1;
  return counts;
}

/** The test sandbox around the services' world: counters, fault settings and the seeded random source. */
export class SandboxRuntime {
  readonly world: ServiceWorld;
  readonly log = new RequestLog();
  /** Responses deliberately left unanswered (hang fault), ended when the sandbox closes. */
  readonly hangingResponses = new Set<ServerResponse>();
  /** Requests being handled, by endpoint. */
  readonly inFlight = new Set<InFlightRequest>();
  /** Aborted on close: requests still held (hold fault) are dropped, never stored. */
  readonly closing = new AbortController();
  /** 429 answers still owed by the current burst. */
  burst429Remaining = 0;
  private currentFaults: FaultSettings;
  private randomSource: RandomSource;

  constructor(
    readonly credentials: SandboxCredentials,
    readonly seed: number,
    faults: FaultSettings,
    importDelayMs: number,
  ) {
    this.currentFaults = faults;
    this.randomSource = createRandomSource(seed);
    this.world = new ServiceWorld(
      credentials,
      { callLimit: () => this.currentFaults.rateLimit, qmobStorageFailure: () => this.currentFaults.qmobFailure },
      importDelayMs,
    );
    // Every held request listens for the close; many can be held at once.
    setMaxListeners(0, this.closing.signal);
  }

  get faults(): FaultSettings {
    return this.currentFaults;
  }

  random(): number {
    return this.randomSource();
  }

  setFaults(patch: FaultSettingsPatch): FaultSettings {
    this.currentFaults = applyFaultPatch(this.currentFaults, patch);
    return this.currentFaults;
  }

  /** Back to the seed data and a fresh random sequence from the same seed; fault settings stay. */
  async reset(): Promise<void> {
    await this.world.reset();
    this.log.clear();
    this.burst429Remaining = 0;
    this.randomSource = createRandomSource(this.seed);
  }

  state(): SandboxState {
    const { store } = this.world;
    return {
      questionpro: {
        responses: [...store.responses.values()].map((response) => ({
          surveyID: response.surveyID,
          responseID: response.responseID,
          externalReference: response.externalReference,
          responseStatus: response.responseStatus,
          timestamp: response.timestamp,
        })),
        deleted: store.deletedResponses.map((deleted) => ({ ...deleted })),
      },
      qmob: {
        respondents: [...store.respondents.values()].map((respondent) => ({
          ...respondent,
          sampleFields: { ...respondent.sampleFields },
          listIds: store.listsOf(respondent.username),
        })),
        lists: qmobLists.map((list) => ({ ...list, members: [...(store.listMembers.get(list.id) ?? [])] })),
        imports: store.imports.map((record) => ({ ...record })),
      },
      requests: this.log.snapshot(),
      inFlight: countByEndpoint(this.inFlight),
      inFlightRequests: [...this.inFlight].map((request) => ({ ...request })),
      faults: structuredClone(this.currentFaults),
    };
  }
}
