import { z } from 'zod';

/**
 * Zod schemas for the Create Response request and the response object, following the seed
 * document. The request accepts every field of the seed's full example (which echoes the
 * response shape, including server-filled texts that are ignored) and needs only
 * `responseSet`, as in the seed's minimal example.
 */

const answerValueInputSchema = z.strictObject({
  answerID: z.int(),
  answerText: z.string().optional(),
  value: z
    .strictObject({
      scale: z.string().optional(),
      other: z.string().optional(),
      dynamicExplodeText: z.string().optional(),
      text: z.string().optional(),
      result: z.string().optional(),
      fileLink: z.string().optional(),
      weight: z.number().optional(),
    })
    .optional(),
});

const responseSetItemInputSchema = z.strictObject({
  questionID: z.int(),
  questionDescription: z.string().optional(),
  questionCode: z.string().optional(),
  questionText: z.string().optional(),
  imageUrl: z.null().optional(),
  answerValues: z.array(answerValueInputSchema),
});

const locationSchema = z.strictObject({
  country: z.string().nullable(),
  region: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  radius: z.number(),
  countryCode: z.string(),
});

/** The seed types custom1-5 as null; real clients send strings too, so both are accepted. */
const customVariablesSchema = z.strictObject({
  custom1: z.string().nullable().optional(),
  custom2: z.string().nullable().optional(),
  custom3: z.string().nullable().optional(),
  custom4: z.string().nullable().optional(),
  custom5: z.string().nullable().optional(),
});

export const createResponseRequestSchema = z.strictObject({
  ipAddress: z.ipv4().optional(),
  timestamp: z.string().optional(),
  location: locationSchema.partial().optional(),
  duplicate: z.boolean().optional(),
  timeTaken: z.int().nonnegative().optional(),
  responseStatus: z.string().optional(),
  externalReference: z.string().optional(),
  customVariables: customVariablesSchema.optional(),
  language: z.string().optional(),
  currentInset: z.string().optional(),
  operatingSystem: z.string().optional(),
  osDeviceType: z.string().optional(),
  browser: z.string().optional(),
  responseSet: z.array(responseSetItemInputSchema),
});

export type CreateResponseRequest = z.infer<typeof createResponseRequestSchema>;

const answerValueSchema = z.strictObject({
  answerID: z.int(),
  answerText: z.string(),
  value: z.strictObject({
    scale: z.string(),
    other: z.string(),
    dynamicExplodeText: z.string(),
    text: z.string(),
    result: z.string(),
    fileLink: z.string(),
    weight: z.number(),
  }),
});

const responseSetItemSchema = z.strictObject({
  questionID: z.int(),
  questionDescription: z.string(),
  questionCode: z.string(),
  questionText: z.string(),
  imageUrl: z.null(),
  answerValues: z.array(answerValueSchema),
});

/** A stored response as the service returns it (inside `{"response": …}`). */
export const surveyResponseSchema = z.strictObject({
  responseID: z.int(),
  surveyID: z.int(),
  surveyName: z.string(),
  ipAddress: z.string(),
  timestamp: z.string(),
  location: locationSchema,
  duplicate: z.boolean(),
  timeTaken: z.int(),
  responseStatus: z.string(),
  externalReference: z.string(),
  customVariables: z.strictObject({
    custom1: z.string().nullable(),
    custom2: z.string().nullable(),
    custom3: z.string().nullable(),
    custom4: z.string().nullable(),
    custom5: z.string().nullable(),
  }),
  language: z.string(),
  currentInset: z.string(),
  operatingSystem: z.string(),
  osDeviceType: z.string(),
  browser: z.string(),
  responseSet: z.array(responseSetItemSchema),
});

export type SurveyResponse = z.infer<typeof surveyResponseSchema>;
export type ResponseSetItem = z.infer<typeof responseSetItemSchema>;
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const questionProErrorBodySchema = z.strictObject({
  response: z.strictObject({
    error: z.strictObject({
      docs: z.string(),
      name: z.string(),
      httpStatusCode: z.int(),
      id: z.string(),
      message: z.string(),
      resourceUrl: z.string(),
    }),
  }),
});
