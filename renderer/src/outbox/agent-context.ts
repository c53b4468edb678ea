import { createContext, useContext } from 'react';
import type { OutboxAgent } from '../../../common/outbox/outbox-agent';

export const OutboxAgentContext = createContext<OutboxAgent | null>(null);

export function useOutboxAgent(): OutboxAgent {
  const agent = useContext(OutboxAgentContext);
  if (!agent) throw new Error('The outbox agent is not running');
  return agent;
}
