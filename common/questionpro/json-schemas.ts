/**
 * The two JSON Schemas printed in the QuestionPro "Create Response" seed document
 * (a verbatim copy: test/fixtures/seeds/questionpro-create-response.txt), transcribed verbatim. The only change: the seed writes
 * "$schema" with a trailing space ("…/draft-06/schema# "), which no validator resolves,
 * so it is trimmed here. All five error schemas in the seed are identical, hence one.
 */
export const createResponseSuccessJsonSchema = {
  $schema: 'http://json-schema.org/draft-06/schema#',
  type: 'object',
  properties: {
    response: {
      type: 'object',
      properties: {
        surveyID: {
          type: 'integer',
        },
        ipAddress: {
          type: 'string',
          format: 'ipv4',
        },
        language: {
          type: 'string',
        },
        duplicate: {
          type: 'boolean',
        },
        responseStatus: {
          type: 'string',
        },
        operatingSystem: {
          type: 'string',
        },
        customVariables: {
          type: 'object',
          properties: {
            custom3: {
              type: 'null',
            },
            custom4: {
              type: 'null',
            },
            custom1: {
              type: 'null',
            },
            custom2: {
              type: 'null',
            },
            custom5: {
              type: 'null',
            },
          },
          additionalProperties: false,
        },
        externalReference: {
          type: 'string',
        },
        osDeviceType: {
          type: 'string',
        },
        timeTaken: {
          type: 'integer',
        },
        currentInset: {
          type: 'string',
        },
        surveyName: {
          type: 'string',
        },
        browser: {
          type: 'string',
        },
        location: {
          type: 'object',
          properties: {
            country: {
              type: 'null',
            },
            countryCode: {
              type: 'string',
            },
            latitude: {
              type: 'number',
            },
            region: {
              type: 'string',
            },
            radius: {
              type: 'number',
            },
            longitude: {
              type: 'number',
            },
          },
          additionalProperties: false,
          required: ['countryCode', 'latitude', 'region', 'radius', 'longitude'],
        },
        responseSet: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              questionDescription: {
                type: 'string',
              },
              questionID: {
                type: 'integer',
              },
              questionCode: {
                type: 'string',
              },
              imageUrl: {
                type: 'null',
              },
              answerValues: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    answerID: {
                      type: 'integer',
                    },
                    answerText: {
                      type: 'string',
                    },
                    value: {
                      type: 'object',
                      properties: {
                        result: {
                          type: 'string',
                        },
                        other: {
                          type: 'string',
                        },
                        fileLink: {
                          type: 'string',
                        },
                        scale: {
                          type: 'string',
                        },
                        dynamicExplodeText: {
                          type: 'string',
                        },
                        weight: {
                          type: 'number',
                        },
                        text: {
                          anyOf: [
                            {
                              type: 'string',
                              format: 'email',
                            },
                            {
                              type: 'string',
                            },
                          ],
                        },
                      },
                      additionalProperties: false,
                      required: ['result', 'other', 'fileLink', 'scale', 'dynamicExplodeText', 'weight', 'text'],
                    },
                  },
                  additionalProperties: false,
                  required: ['answerID', 'answerText', 'value'],
                },
              },
              questionText: {
                type: 'string',
              },
            },
            additionalProperties: false,
            required: ['questionDescription', 'questionID', 'questionCode', 'answerValues', 'questionText'],
          },
        },
        responseID: {
          type: 'integer',
        },
        timestamp: {
          type: 'string',
        },
      },
      additionalProperties: false,
      required: [
        'surveyID',
        'ipAddress',
        'language',
        'duplicate',
        'responseStatus',
        'operatingSystem',
        'customVariables',
        'externalReference',
        'osDeviceType',
        'timeTaken',
        'currentInset',
        'surveyName',
        'browser',
        'location',
        'responseSet',
        'responseID',
        'timestamp',
      ],
    },
  },
  additionalProperties: false,
  required: ['response'],
} as const;

export const questionProErrorJsonSchema = {
  $schema: 'http://json-schema.org/draft-06/schema#',
  type: 'object',
  properties: {
    response: {
      type: 'object',
      properties: {
        error: {
          type: 'object',
          properties: {
            docs: {
              type: 'string',
            },
            resourceUrl: {
              type: 'string',
            },
            name: {
              type: 'string',
            },
            id: {
              type: 'string',
            },
            message: {
              type: 'string',
            },
            httpStatusCode: {
              type: 'integer',
            },
          },
          additionalProperties: false,
          required: ['docs', 'resourceUrl', 'name', 'id', 'message', 'httpStatusCode'],
        },
      },
      additionalProperties: false,
      required: ['error'],
    },
  },
  additionalProperties: false,
  required: ['response'],
} as const;
