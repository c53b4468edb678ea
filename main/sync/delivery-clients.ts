import type { Result } from '../../common/result';
import type { ServiceError } from '../../common/errors';
import type {
  AddRespondentsAccepted,
  AddRespondentsInput,
  ListMembershipDone,
  ListMembershipInput,
} from '../connectors/qmob/schemas';
import type { CreateResponseInput, SurveyResponseRecord } from '../connectors/questionpro/schemas';

/** The part of the QuestionPro client delivery needs. */
export interface QuestionProDelivery {
  createResponse(surveyId: number, input: CreateResponseInput): Promise<Result<SurveyResponseRecord, ServiceError>>;
  findResponsesByExternalReference(
    surveyId: number,
    externalReference: string,
  ): Promise<Result<SurveyResponseRecord[], ServiceError>>;
  /** Only ever used to remove a duplicate of one of Outpost's own responses. */
  deleteResponse(surveyId: number, responseId: number): Promise<Result<void, ServiceError>>;
}

/** The part of the QMob client delivery needs. */
export interface QmobDelivery {
  addRespondents(input: AddRespondentsInput): Promise<Result<AddRespondentsAccepted, ServiceError>>;
  copyRespondentsToList(input: ListMembershipInput): Promise<Result<ListMembershipDone, ServiceError>>;
  removeRespondentsFromList(input: ListMembershipInput): Promise<Result<ListMembershipDone, ServiceError>>;
}

/** Clients for an account, with its credentials from the keychain; an error when the account or its secret is gone. */
export interface DeliveryClients {
  questionPro(accountId: string): Promise<Result<QuestionProDelivery>>;
  qmob(accountId: string): Promise<Result<QmobDelivery>>;
  /** Whether the account's service answers a TLS handshake at all (no API call). */
  probe(accountId: string): Promise<boolean>;
}
