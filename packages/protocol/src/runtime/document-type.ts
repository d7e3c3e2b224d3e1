/** A JSON value, the TypeScript type of `document` members (the AWS SDK's `DocumentType`). */
export type DocumentType =
  | null
  | boolean
  | number
  | string
  | DocumentType[]
  | { [prop: string]: DocumentType };
