import { z } from 'zod';

/**
 * Success bodies, parsed at the boundary. Objects are "loose": QuestionPro adds
 * fields over time and we must not fail on them, but the fields Outpost relies on
 * are checked. Ids arrive as numbers; a numeric string is accepted too.
 */
export const IdSchema = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]);

export const PaginationSchema = z.looseObject({
  perPage: z.number().int().positive(),
  totalItems: z.number().int().nonnegative(),
  currentPage: z.number().int().positive(),
  totalPages: z.number().int().nonnegative(),
  links: z.record(z.string(), z.string()).optional(),
});
export type Pagination = z.infer<typeof PaginationSchema>;

/** The survey, question, block and logic-graph objects: one schema each, shared with the local model. */
export {
  wireSurveySchema as SurveySchema,
  wireQuestionSchema as QuestionSchema,
  wireBlockSchema as BlockSchema,
  wireLogicGraphSchema as LogicGraphSchema,
  type WireSurvey as Survey,
  type WireQuestion as Question,
  type WireBlock as Block,
  type WireLogicGraph as LogicGraph,
} from '../../../common/questionpro/question-object';

export const SurveyResponseSchema = z.looseObject({
  responseID: IdSchema,
  externalReference: z.string().nullable().optional(),
});
export type SurveyResponseRecord = z.infer<typeof SurveyResponseSchema>;

/** A list page: `{ response: [...], pagination?: {...} }`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.looseObject({ response: z.array(item), pagination: PaginationSchema.optional() });

/** A single object: `{ response: {...} }`. */
export const oneOf = <T extends z.ZodType>(item: T) => z.looseObject({ response: item });

/**
 * The Create Response body: the one schema the sandbox, the outbox and this
 * client share, so a body the outbox accepted is one the client will send.
 */
export {
  createResponseRequestSchema as CreateResponseInputSchema,
  type CreateResponseRequest as CreateResponseInput,
} from '../../../common/questionpro/create-response';
