import type { Logger } from '../logging/logger';
import type { Deliverers } from '../sync/deliverer';
import { QmobAddRespondents } from '../sync/deliverers/qmob-add-respondents';
import { QmobListMembership } from '../sync/deliverers/qmob-list-membership';
import { QuestionProCreateResponse } from '../sync/deliverers/questionpro-create-response';
import { QuestionProDeleteResponse } from '../sync/deliverers/questionpro-delete-response';
import type { DeliveryClients } from '../sync/delivery-clients';

/** The registry of deliverers: one per payload kind; the Deliverers type makes a missing kind a compile error. */
export function createDeliverers(clients: DeliveryClients, logger: Logger): Deliverers {
  return {
    'questionpro.create-response': new QuestionProCreateResponse(clients, logger),
    'questionpro.delete-response': new QuestionProDeleteResponse(clients),
    'qmob.add-respondents': new QmobAddRespondents(clients),
    'qmob.copy-respondents': new QmobListMembership('qmob.copy-respondents', clients),
    'qmob.remove-respondents': new QmobListMembership('qmob.remove-respondents', clients),
  };
}
