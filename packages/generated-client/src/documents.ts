import type { components, operations } from "./generated/schema.js";

/** What `POST /documents` returns: the reference to keep (in a variable, a process) and download by. */
export type DocumentReference = components["schemas"]["DocumentReference"];
/** Metadata sent with an upload (`metadata` of `POST /documents`, `metadataList` of `/documents/batch`). */
export type DocumentMetadata = components["schemas"]["DocumentMetadata"];
/** What `POST /documents/batch` returns (201, or 207 when some documents failed). */
export type DocumentCreationBatchResponse = components["schemas"]["DocumentCreationBatchResponse"];

type GetDocumentParams = operations["getDocument"]["parameters"];

/**
 * The `params` of `GET /documents/{documentId}` (download) for a document reference: its id, store and content
 * hash (the cluster refuses a download with a wrong hash).
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/get-document/
 *
 * @example
 * const { data } = await client.GET("/documents/{documentId}", { params: documentParams(reference), parseAs: "blob" });
 */
export function documentParams(reference: Pick<DocumentReference, "documentId" | "storeId" | "contentHash">): {
  path: GetDocumentParams["path"];
  query: NonNullable<GetDocumentParams["query"]>;
} {
  // Built loosely and cast: in Camunda 8.8's spec `contentHash` is a required parameter and a reference's
  // `documentId` optional (both the other way round since); this compiles with either. An empty id is refused
  // by the client's path-parameter check before any request.
  const query: { storeId?: string | undefined; contentHash?: string } = { storeId: reference.storeId };
  if (typeof reference.contentHash === "string") query.contentHash = reference.contentHash;
  const documentId = reference.documentId as GetDocumentParams["path"]["documentId"];
  return { path: { documentId }, query: query as NonNullable<GetDocumentParams["query"]> };
}
