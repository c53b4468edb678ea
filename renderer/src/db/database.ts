import Dexie, { type EntityTable } from 'dexie';
import type { OutboxService, OutboxState } from '../../../common/outbox/outbox-item';

/** The outbox row as stored; sync (issue 6) widens it through versioned migrations, never by editing v1. */
export interface OutboxRecord {
  id: string;
  service: OutboxService;
  state: OutboxState;
  createdAt: number;
}

/** The single durable store for everything captured. */
export class OutpostDatabase extends Dexie {
  outbox!: EntityTable<OutboxRecord, 'id'>;

  constructor(name = 'outpost') {
    super(name);
    this.version(1).stores({
      outbox: 'id, state, service, createdAt',
    });
  }
}

export const database = new OutpostDatabase();
