// GENERATED FILE: do not edit by hand. Run `npm run generate` to update it.
// Operation table from the spec's paths.
// Spec: spec/camunda-rest-api.yaml (Camunda 8.9)
// Spec sha256: c59ba2f836eedc04857c9dd42ff8797c2e1f837b293e3c77f3c4ac8e305ad505
import type { paths } from "./schema.js";

/** The spec this package was generated from. */
export const specInfo = {
  file: "spec/camunda-rest-api.yaml",
  camundaVersion: "8.9",
  sha256: "c59ba2f836eedc04857c9dd42ff8797c2e1f837b293e3c77f3c4ac8e305ad505",
  operationCount: 183,
} as const;

/** The Camunda version of the spec (same as `specInfo.camundaVersion`, without the rest of specInfo). */
export const specCamundaVersion = "8.9";

/** How an operation may be retried: a query has no side effect; a command changes state. */
export type OperationKind = "query" | "command";

/** One row of {@link operationTable}. */
export interface OperationInfo {
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  readonly path: keyof paths;
  readonly kind: OperationKind;
  /** The spec's `x-eventually-consistent`: the read may lag behind writes. */
  readonly eventuallyConsistent?: true;
  /** The request body is multipart/form-data. */
  readonly multipart?: true;
}

/** The row of one operation as a type: its method, path and kind, and the flags it has. */
export type OperationRow<
  M extends OperationInfo["method"],
  P extends keyof paths,
  K extends OperationKind,
  E extends boolean = false,
  X extends boolean = false,
> = { readonly method: M; readonly path: P; readonly kind: K } & (E extends true ? { readonly eventuallyConsistent: true } : unknown) &
  (X extends true ? { readonly multipart: true } : unknown);

/** The type of {@link operationTable}: every operation by its operationId. */
export interface OperationTable {
  readonly activateAdHocSubProcessActivities: OperationRow<"POST", "/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation", "command">;
  readonly activateJobs: OperationRow<"POST", "/jobs/activation", "command">;
  readonly assignClientToGroup: OperationRow<"PUT", "/groups/{groupId}/clients/{clientId}", "command">;
  readonly assignClientToTenant: OperationRow<"PUT", "/tenants/{tenantId}/clients/{clientId}", "command">;
  readonly assignGroupToTenant: OperationRow<"PUT", "/tenants/{tenantId}/groups/{groupId}", "command">;
  readonly assignMappingRuleToGroup: OperationRow<"PUT", "/groups/{groupId}/mapping-rules/{mappingRuleId}", "command">;
  readonly assignMappingRuleToTenant: OperationRow<"PUT", "/tenants/{tenantId}/mapping-rules/{mappingRuleId}", "command">;
  readonly assignRoleToClient: OperationRow<"PUT", "/roles/{roleId}/clients/{clientId}", "command">;
  readonly assignRoleToGroup: OperationRow<"PUT", "/roles/{roleId}/groups/{groupId}", "command">;
  readonly assignRoleToMappingRule: OperationRow<"PUT", "/roles/{roleId}/mapping-rules/{mappingRuleId}", "command">;
  readonly assignRoleToTenant: OperationRow<"PUT", "/tenants/{tenantId}/roles/{roleId}", "command">;
  readonly assignRoleToUser: OperationRow<"PUT", "/roles/{roleId}/users/{username}", "command">;
  readonly assignUserTask: OperationRow<"POST", "/user-tasks/{userTaskKey}/assignment", "command">;
  readonly assignUserToGroup: OperationRow<"PUT", "/groups/{groupId}/users/{username}", "command">;
  readonly assignUserToTenant: OperationRow<"PUT", "/tenants/{tenantId}/users/{username}", "command">;
  readonly broadcastSignal: OperationRow<"POST", "/signals/broadcast", "command">;
  readonly cancelBatchOperation: OperationRow<"POST", "/batch-operations/{batchOperationKey}/cancellation", "command">;
  readonly cancelProcessInstance: OperationRow<"POST", "/process-instances/{processInstanceKey}/cancellation", "command">;
  readonly cancelProcessInstancesBatchOperation: OperationRow<"POST", "/process-instances/cancellation", "command">;
  readonly completeJob: OperationRow<"POST", "/jobs/{jobKey}/completion", "command">;
  readonly completeUserTask: OperationRow<"POST", "/user-tasks/{userTaskKey}/completion", "command">;
  readonly correlateMessage: OperationRow<"POST", "/messages/correlation", "command">;
  readonly createAdminUser: OperationRow<"POST", "/setup/user", "command">;
  readonly createAuthorization: OperationRow<"POST", "/authorizations", "command">;
  readonly createDeployment: OperationRow<"POST", "/deployments", "command", false, true>;
  readonly createDocument: OperationRow<"POST", "/documents", "command", false, true>;
  readonly createDocumentLink: OperationRow<"POST", "/documents/{documentId}/links", "command">;
  readonly createDocuments: OperationRow<"POST", "/documents/batch", "command", false, true>;
  readonly createElementInstanceVariables: OperationRow<"PUT", "/element-instances/{elementInstanceKey}/variables", "command">;
  readonly createGlobalClusterVariable: OperationRow<"POST", "/cluster-variables/global", "command">;
  readonly createGlobalTaskListener: OperationRow<"POST", "/global-task-listeners", "command">;
  readonly createGroup: OperationRow<"POST", "/groups", "command">;
  readonly createMappingRule: OperationRow<"POST", "/mapping-rules", "command">;
  readonly createProcessInstance: OperationRow<"POST", "/process-instances", "command">;
  readonly createRole: OperationRow<"POST", "/roles", "command">;
  readonly createTenant: OperationRow<"POST", "/tenants", "command">;
  readonly createTenantClusterVariable: OperationRow<"POST", "/cluster-variables/tenants/{tenantId}", "command">;
  readonly createUser: OperationRow<"POST", "/users", "command">;
  readonly deleteAuthorization: OperationRow<"DELETE", "/authorizations/{authorizationKey}", "command">;
  readonly deleteDecisionInstance: OperationRow<"POST", "/decision-instances/{decisionEvaluationKey}/deletion", "command">;
  readonly deleteDecisionInstancesBatchOperation: OperationRow<"POST", "/decision-instances/deletion", "command">;
  readonly deleteDocument: OperationRow<"DELETE", "/documents/{documentId}", "command">;
  readonly deleteGlobalClusterVariable: OperationRow<"DELETE", "/cluster-variables/global/{name}", "command">;
  readonly deleteGlobalTaskListener: OperationRow<"DELETE", "/global-task-listeners/{id}", "command">;
  readonly deleteGroup: OperationRow<"DELETE", "/groups/{groupId}", "command">;
  readonly deleteMappingRule: OperationRow<"DELETE", "/mapping-rules/{mappingRuleId}", "command">;
  readonly deleteProcessInstance: OperationRow<"POST", "/process-instances/{processInstanceKey}/deletion", "command">;
  readonly deleteProcessInstancesBatchOperation: OperationRow<"POST", "/process-instances/deletion", "command">;
  readonly deleteResource: OperationRow<"POST", "/resources/{resourceKey}/deletion", "command">;
  readonly deleteRole: OperationRow<"DELETE", "/roles/{roleId}", "command">;
  readonly deleteTenant: OperationRow<"DELETE", "/tenants/{tenantId}", "command">;
  readonly deleteTenantClusterVariable: OperationRow<"DELETE", "/cluster-variables/tenants/{tenantId}/{name}", "command">;
  readonly deleteUser: OperationRow<"DELETE", "/users/{username}", "command">;
  readonly evaluateConditionals: OperationRow<"POST", "/conditionals/evaluation", "command">;
  readonly evaluateDecision: OperationRow<"POST", "/decision-definitions/evaluation", "command">;
  readonly evaluateExpression: OperationRow<"POST", "/expression/evaluation", "command">;
  readonly failJob: OperationRow<"POST", "/jobs/{jobKey}/failure", "command">;
  readonly getAuditLog: OperationRow<"GET", "/audit-logs/{auditLogKey}", "query", true, false>;
  readonly getAuthentication: OperationRow<"GET", "/authentication/me", "query">;
  readonly getAuthorization: OperationRow<"GET", "/authorizations/{authorizationKey}", "query", true, false>;
  readonly getBatchOperation: OperationRow<"GET", "/batch-operations/{batchOperationKey}", "query", true, false>;
  readonly getDecisionDefinition: OperationRow<"GET", "/decision-definitions/{decisionDefinitionKey}", "query", true, false>;
  readonly getDecisionDefinitionXML: OperationRow<"GET", "/decision-definitions/{decisionDefinitionKey}/xml", "query", true, false>;
  readonly getDecisionInstance: OperationRow<"GET", "/decision-instances/{decisionEvaluationInstanceKey}", "query", true, false>;
  readonly getDecisionRequirements: OperationRow<"GET", "/decision-requirements/{decisionRequirementsKey}", "query", true, false>;
  readonly getDecisionRequirementsXML: OperationRow<"GET", "/decision-requirements/{decisionRequirementsKey}/xml", "query", true, false>;
  readonly getDocument: OperationRow<"GET", "/documents/{documentId}", "query">;
  readonly getElementInstance: OperationRow<"GET", "/element-instances/{elementInstanceKey}", "query", true, false>;
  readonly getGlobalClusterVariable: OperationRow<"GET", "/cluster-variables/global/{name}", "query", true, false>;
  readonly getGlobalJobStatistics: OperationRow<"GET", "/jobs/statistics/global", "query", true, false>;
  readonly getGlobalTaskListener: OperationRow<"GET", "/global-task-listeners/{id}", "query", true, false>;
  readonly getGroup: OperationRow<"GET", "/groups/{groupId}", "query", true, false>;
  readonly getIncident: OperationRow<"GET", "/incidents/{incidentKey}", "query", true, false>;
  readonly getJobErrorStatistics: OperationRow<"POST", "/jobs/statistics/errors", "query", true, false>;
  readonly getJobTimeSeriesStatistics: OperationRow<"POST", "/jobs/statistics/time-series", "query", true, false>;
  readonly getJobTypeStatistics: OperationRow<"POST", "/jobs/statistics/by-types", "query", true, false>;
  readonly getJobWorkerStatistics: OperationRow<"POST", "/jobs/statistics/by-workers", "query", true, false>;
  readonly getLicense: OperationRow<"GET", "/license", "query">;
  readonly getMappingRule: OperationRow<"GET", "/mapping-rules/{mappingRuleId}", "query", true, false>;
  readonly getProcessDefinition: OperationRow<"GET", "/process-definitions/{processDefinitionKey}", "query", true, false>;
  readonly getProcessDefinitionInstanceStatistics: OperationRow<"POST", "/process-definitions/statistics/process-instances", "query", true, false>;
  readonly getProcessDefinitionInstanceVersionStatistics: OperationRow<"POST", "/process-definitions/statistics/process-instances-by-version", "query", true, false>;
  readonly getProcessDefinitionMessageSubscriptionStatistics: OperationRow<"POST", "/process-definitions/statistics/message-subscriptions", "query", true, false>;
  readonly getProcessDefinitionStatistics: OperationRow<"POST", "/process-definitions/{processDefinitionKey}/statistics/element-instances", "query", true, false>;
  readonly getProcessDefinitionXML: OperationRow<"GET", "/process-definitions/{processDefinitionKey}/xml", "query", true, false>;
  readonly getProcessInstance: OperationRow<"GET", "/process-instances/{processInstanceKey}", "query", true, false>;
  readonly getProcessInstanceCallHierarchy: OperationRow<"GET", "/process-instances/{processInstanceKey}/call-hierarchy", "query", true, false>;
  readonly getProcessInstanceSequenceFlows: OperationRow<"GET", "/process-instances/{processInstanceKey}/sequence-flows", "query", true, false>;
  readonly getProcessInstanceStatistics: OperationRow<"GET", "/process-instances/{processInstanceKey}/statistics/element-instances", "query", true, false>;
  readonly getProcessInstanceStatisticsByDefinition: OperationRow<"POST", "/incidents/statistics/process-instances-by-definition", "query", true, false>;
  readonly getProcessInstanceStatisticsByError: OperationRow<"POST", "/incidents/statistics/process-instances-by-error", "query", true, false>;
  readonly getResource: OperationRow<"GET", "/resources/{resourceKey}", "query">;
  readonly getResourceContent: OperationRow<"GET", "/resources/{resourceKey}/content", "query">;
  readonly getRole: OperationRow<"GET", "/roles/{roleId}", "query", true, false>;
  readonly getStartProcessForm: OperationRow<"GET", "/process-definitions/{processDefinitionKey}/form", "query", true, false>;
  readonly getStatus: OperationRow<"GET", "/status", "query">;
  readonly getSystemConfiguration: OperationRow<"GET", "/system/configuration", "query">;
  readonly getTenant: OperationRow<"GET", "/tenants/{tenantId}", "query", true, false>;
  readonly getTenantClusterVariable: OperationRow<"GET", "/cluster-variables/tenants/{tenantId}/{name}", "query", true, false>;
  readonly getTopology: OperationRow<"GET", "/topology", "query">;
  readonly getUsageMetrics: OperationRow<"GET", "/system/usage-metrics", "query", true, false>;
  readonly getUser: OperationRow<"GET", "/users/{username}", "query", true, false>;
  readonly getUserTask: OperationRow<"GET", "/user-tasks/{userTaskKey}", "query", true, false>;
  readonly getUserTaskForm: OperationRow<"GET", "/user-tasks/{userTaskKey}/form", "query", true, false>;
  readonly getVariable: OperationRow<"GET", "/variables/{variableKey}", "query", true, false>;
  readonly migrateProcessInstance: OperationRow<"POST", "/process-instances/{processInstanceKey}/migration", "command">;
  readonly migrateProcessInstancesBatchOperation: OperationRow<"POST", "/process-instances/migration", "command">;
  readonly modifyProcessInstance: OperationRow<"POST", "/process-instances/{processInstanceKey}/modification", "command">;
  readonly modifyProcessInstancesBatchOperation: OperationRow<"POST", "/process-instances/modification", "command">;
  readonly pinClock: OperationRow<"PUT", "/clock", "command">;
  readonly publishMessage: OperationRow<"POST", "/messages/publication", "command">;
  readonly resetClock: OperationRow<"POST", "/clock/reset", "command">;
  readonly resolveIncident: OperationRow<"POST", "/incidents/{incidentKey}/resolution", "command">;
  readonly resolveIncidentsBatchOperation: OperationRow<"POST", "/process-instances/incident-resolution", "command">;
  readonly resolveProcessInstanceIncidents: OperationRow<"POST", "/process-instances/{processInstanceKey}/incident-resolution", "command">;
  readonly resumeBatchOperation: OperationRow<"POST", "/batch-operations/{batchOperationKey}/resumption", "command">;
  readonly searchAuditLogs: OperationRow<"POST", "/audit-logs/search", "query", true, false>;
  readonly searchAuthorizations: OperationRow<"POST", "/authorizations/search", "query", true, false>;
  readonly searchBatchOperationItems: OperationRow<"POST", "/batch-operation-items/search", "query", true, false>;
  readonly searchBatchOperations: OperationRow<"POST", "/batch-operations/search", "query", true, false>;
  readonly searchClientsForGroup: OperationRow<"POST", "/groups/{groupId}/clients/search", "query", true, false>;
  readonly searchClientsForRole: OperationRow<"POST", "/roles/{roleId}/clients/search", "query", true, false>;
  readonly searchClientsForTenant: OperationRow<"POST", "/tenants/{tenantId}/clients/search", "query", true, false>;
  readonly searchClusterVariables: OperationRow<"POST", "/cluster-variables/search", "query", true, false>;
  readonly searchCorrelatedMessageSubscriptions: OperationRow<"POST", "/correlated-message-subscriptions/search", "query", true, false>;
  readonly searchDecisionDefinitions: OperationRow<"POST", "/decision-definitions/search", "query", true, false>;
  readonly searchDecisionInstances: OperationRow<"POST", "/decision-instances/search", "query", true, false>;
  readonly searchDecisionRequirements: OperationRow<"POST", "/decision-requirements/search", "query", true, false>;
  readonly searchElementInstanceIncidents: OperationRow<"POST", "/element-instances/{elementInstanceKey}/incidents/search", "query", true, false>;
  readonly searchElementInstances: OperationRow<"POST", "/element-instances/search", "query", true, false>;
  readonly searchGlobalTaskListeners: OperationRow<"POST", "/global-task-listeners/search", "query", true, false>;
  readonly searchGroupIdsForTenant: OperationRow<"POST", "/tenants/{tenantId}/groups/search", "query", true, false>;
  readonly searchGroups: OperationRow<"POST", "/groups/search", "query", true, false>;
  readonly searchGroupsForRole: OperationRow<"POST", "/roles/{roleId}/groups/search", "query", true, false>;
  readonly searchIncidents: OperationRow<"POST", "/incidents/search", "query", true, false>;
  readonly searchJobs: OperationRow<"POST", "/jobs/search", "query", true, false>;
  readonly searchMappingRule: OperationRow<"POST", "/mapping-rules/search", "query", true, false>;
  readonly searchMappingRulesForGroup: OperationRow<"POST", "/groups/{groupId}/mapping-rules/search", "query", true, false>;
  readonly searchMappingRulesForRole: OperationRow<"POST", "/roles/{roleId}/mapping-rules/search", "query", true, false>;
  readonly searchMappingRulesForTenant: OperationRow<"POST", "/tenants/{tenantId}/mapping-rules/search", "query", true, false>;
  readonly searchMessageSubscriptions: OperationRow<"POST", "/message-subscriptions/search", "query", true, false>;
  readonly searchProcessDefinitions: OperationRow<"POST", "/process-definitions/search", "query", true, false>;
  readonly searchProcessInstanceIncidents: OperationRow<"POST", "/process-instances/{processInstanceKey}/incidents/search", "query", true, false>;
  readonly searchProcessInstances: OperationRow<"POST", "/process-instances/search", "query", true, false>;
  readonly searchRoles: OperationRow<"POST", "/roles/search", "query", true, false>;
  readonly searchRolesForGroup: OperationRow<"POST", "/groups/{groupId}/roles/search", "query", true, false>;
  readonly searchRolesForTenant: OperationRow<"POST", "/tenants/{tenantId}/roles/search", "query", true, false>;
  readonly searchTenants: OperationRow<"POST", "/tenants/search", "query", true, false>;
  readonly searchUserTaskAuditLogs: OperationRow<"POST", "/user-tasks/{userTaskKey}/audit-logs/search", "query", true, false>;
  readonly searchUserTaskEffectiveVariables: OperationRow<"POST", "/user-tasks/{userTaskKey}/effective-variables/search", "query", true, false>;
  readonly searchUserTaskVariables: OperationRow<"POST", "/user-tasks/{userTaskKey}/variables/search", "query", true, false>;
  readonly searchUserTasks: OperationRow<"POST", "/user-tasks/search", "query", true, false>;
  readonly searchUsers: OperationRow<"POST", "/users/search", "query", true, false>;
  readonly searchUsersForGroup: OperationRow<"POST", "/groups/{groupId}/users/search", "query", true, false>;
  readonly searchUsersForRole: OperationRow<"POST", "/roles/{roleId}/users/search", "query", true, false>;
  readonly searchUsersForTenant: OperationRow<"POST", "/tenants/{tenantId}/users/search", "query", true, false>;
  readonly searchVariables: OperationRow<"POST", "/variables/search", "query", true, false>;
  readonly suspendBatchOperation: OperationRow<"POST", "/batch-operations/{batchOperationKey}/suspension", "command">;
  readonly throwJobError: OperationRow<"POST", "/jobs/{jobKey}/error", "command">;
  readonly unassignClientFromGroup: OperationRow<"DELETE", "/groups/{groupId}/clients/{clientId}", "command">;
  readonly unassignClientFromTenant: OperationRow<"DELETE", "/tenants/{tenantId}/clients/{clientId}", "command">;
  readonly unassignGroupFromTenant: OperationRow<"DELETE", "/tenants/{tenantId}/groups/{groupId}", "command">;
  readonly unassignMappingRuleFromGroup: OperationRow<"DELETE", "/groups/{groupId}/mapping-rules/{mappingRuleId}", "command">;
  readonly unassignMappingRuleFromTenant: OperationRow<"DELETE", "/tenants/{tenantId}/mapping-rules/{mappingRuleId}", "command">;
  readonly unassignRoleFromClient: OperationRow<"DELETE", "/roles/{roleId}/clients/{clientId}", "command">;
  readonly unassignRoleFromGroup: OperationRow<"DELETE", "/roles/{roleId}/groups/{groupId}", "command">;
  readonly unassignRoleFromMappingRule: OperationRow<"DELETE", "/roles/{roleId}/mapping-rules/{mappingRuleId}", "command">;
  readonly unassignRoleFromTenant: OperationRow<"DELETE", "/tenants/{tenantId}/roles/{roleId}", "command">;
  readonly unassignRoleFromUser: OperationRow<"DELETE", "/roles/{roleId}/users/{username}", "command">;
  readonly unassignUserFromGroup: OperationRow<"DELETE", "/groups/{groupId}/users/{username}", "command">;
  readonly unassignUserFromTenant: OperationRow<"DELETE", "/tenants/{tenantId}/users/{username}", "command">;
  readonly unassignUserTask: OperationRow<"DELETE", "/user-tasks/{userTaskKey}/assignee", "command">;
  readonly updateAuthorization: OperationRow<"PUT", "/authorizations/{authorizationKey}", "command">;
  readonly updateGlobalClusterVariable: OperationRow<"PUT", "/cluster-variables/global/{name}", "command">;
  readonly updateGlobalTaskListener: OperationRow<"PUT", "/global-task-listeners/{id}", "command">;
  readonly updateGroup: OperationRow<"PUT", "/groups/{groupId}", "command">;
  readonly updateJob: OperationRow<"PATCH", "/jobs/{jobKey}", "command">;
  readonly updateMappingRule: OperationRow<"PUT", "/mapping-rules/{mappingRuleId}", "command">;
  readonly updateRole: OperationRow<"PUT", "/roles/{roleId}", "command">;
  readonly updateTenant: OperationRow<"PUT", "/tenants/{tenantId}", "command">;
  readonly updateTenantClusterVariable: OperationRow<"PUT", "/cluster-variables/tenants/{tenantId}/{name}", "command">;
  readonly updateUser: OperationRow<"PUT", "/users/{username}", "command">;
  readonly updateUserTask: OperationRow<"PATCH", "/user-tasks/{userTaskKey}", "command">;
}

const METHODS: Record<string, OperationInfo["method"]> = { G: "GET", U: "PUT", P: "POST", D: "DELETE", A: "PATCH", H: "HEAD", O: "OPTIONS" };

/**
 * The table from its packed lines, one per path: `path op op ...`, each op its method letter, operationId and flags
 * (`?` query, `~` eventually consistent, `*` multipart); in an operationId `%` stands for the
 * path's noun (`/process-instances` -> `ProcessInstances`) and `#` for the noun without its final `s`. See scripts/operation-table.mjs.
 */
function unpack(lines: string): OperationTable {
  const table: Record<string, OperationInfo> = {};
  for (const line of lines.split("\n")) {
    const [path, ...ops] = line.split(" ") as [keyof paths, ...string[]];
    const noun = path.split("/")[1]!.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase());
    for (const op of ops) {
      const [, m, id, f] = /^(.)(.*?)([?~*]*)$/.exec(op) as unknown as [string, string, string, string];
      table[id.replace("%", noun).replace("#", noun.replace(/s$/, ""))] = { method: METHODS[m]!, path, kind: f.includes("?") ? "query" : "command", ...(f.includes("~") ? { eventuallyConsistent: true } : {}), ...(f.includes("*") ? { multipart: true } : {}) };
    }
  }
  return table as unknown as OperationTable;
}

/**
 * Every operation of the spec by its operationId (in path order): method, path (relative to `/v2`) and kind.
 *
 * @example
 * operationTable.getTopology; // { method: "GET", path: "/topology", kind: "query" }
 */
export const operationTable: OperationTable = /* @__PURE__ */ unpack(
  "/audit-logs/search Psearch%?~\n" +
  "/audit-logs/{auditLogKey} Gget#?~\n" +
  "/authentication/me Gget%?\n" +
  "/authorizations Pcreate#\n" +
  "/authorizations/search Psearch%?~\n" +
  "/authorizations/{authorizationKey} Ddelete# Gget#?~ Uupdate#\n" +
  "/batch-operation-items/search Psearch%?~\n" +
  "/batch-operations/search Psearch%?~\n" +
  "/batch-operations/{batchOperationKey} Gget#?~\n" +
  "/batch-operations/{batchOperationKey}/cancellation Pcancel#\n" +
  "/batch-operations/{batchOperationKey}/resumption Presume#\n" +
  "/batch-operations/{batchOperationKey}/suspension Psuspend#\n" +
  "/clock Upin%\n" +
  "/clock/reset Preset%\n" +
  "/cluster-variables/global PcreateGlobal#\n" +
  "/cluster-variables/global/{name} DdeleteGlobal# GgetGlobal#?~ UupdateGlobal#\n" +
  "/cluster-variables/search Psearch%?~\n" +
  "/cluster-variables/tenants/{tenantId} PcreateTenant#\n" +
  "/cluster-variables/tenants/{tenantId}/{name} DdeleteTenant# GgetTenant#?~ UupdateTenant#\n" +
  "/conditionals/evaluation Pevaluate%\n" +
  "/correlated-message-subscriptions/search Psearch%?~\n" +
  "/decision-definitions/evaluation PevaluateDecision\n" +
  "/decision-definitions/search Psearch%?~\n" +
  "/decision-definitions/{decisionDefinitionKey} Gget#?~\n" +
  "/decision-definitions/{decisionDefinitionKey}/xml Gget#XML?~\n" +
  "/decision-instances/deletion Pdelete%BatchOperation\n" +
  "/decision-instances/search Psearch%?~\n" +
  "/decision-instances/{decisionEvaluationInstanceKey} Gget#?~\n" +
  "/decision-instances/{decisionEvaluationKey}/deletion Pdelete#\n" +
  "/decision-requirements/search Psearch%?~\n" +
  "/decision-requirements/{decisionRequirementsKey} Gget%?~\n" +
  "/decision-requirements/{decisionRequirementsKey}/xml Gget%XML?~\n" +
  "/deployments Pcreate#*\n" +
  "/documents Pcreate#*\n" +
  "/documents/batch Pcreate%*\n" +
  "/documents/{documentId} Ddelete# Gget#?\n" +
  "/documents/{documentId}/links Pcreate#Link\n" +
  "/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation PactivateAdHocSubProcessActivities\n" +
  "/element-instances/search Psearch%?~\n" +
  "/element-instances/{elementInstanceKey} Gget#?~\n" +
  "/element-instances/{elementInstanceKey}/incidents/search Psearch#Incidents?~\n" +
  "/element-instances/{elementInstanceKey}/variables Ucreate#Variables\n" +
  "/expression/evaluation Pevaluate%\n" +
  "/global-task-listeners Pcreate#\n" +
  "/global-task-listeners/search Psearch%?~\n" +
  "/global-task-listeners/{id} Ddelete# Gget#?~ Uupdate#\n" +
  "/groups Pcreate#\n" +
  "/groups/search Psearch%?~\n" +
  "/groups/{groupId} Ddelete# Gget#?~ Uupdate#\n" +
  "/groups/{groupId}/clients/search PsearchClientsFor#?~\n" +
  "/groups/{groupId}/clients/{clientId} UassignClientTo# DunassignClientFrom#\n" +
  "/groups/{groupId}/mapping-rules/search PsearchMappingRulesFor#?~\n" +
  "/groups/{groupId}/mapping-rules/{mappingRuleId} UassignMappingRuleTo# DunassignMappingRuleFrom#\n" +
  "/groups/{groupId}/roles/search PsearchRolesFor#?~\n" +
  "/groups/{groupId}/users/search PsearchUsersFor#?~\n" +
  "/groups/{groupId}/users/{username} UassignUserTo# DunassignUserFrom#\n" +
  "/incidents/search Psearch%?~\n" +
  "/incidents/statistics/process-instances-by-definition PgetProcessInstanceStatisticsByDefinition?~\n" +
  "/incidents/statistics/process-instances-by-error PgetProcessInstanceStatisticsByError?~\n" +
  "/incidents/{incidentKey} Gget#?~\n" +
  "/incidents/{incidentKey}/resolution Presolve#\n" +
  "/jobs/activation Pactivate%\n" +
  "/jobs/search Psearch%?~\n" +
  "/jobs/statistics/by-types Pget#TypeStatistics?~\n" +
  "/jobs/statistics/by-workers Pget#WorkerStatistics?~\n" +
  "/jobs/statistics/errors Pget#ErrorStatistics?~\n" +
  "/jobs/statistics/global GgetGlobal#Statistics?~\n" +
  "/jobs/statistics/time-series Pget#TimeSeriesStatistics?~\n" +
  "/jobs/{jobKey} Aupdate#\n" +
  "/jobs/{jobKey}/completion Pcomplete#\n" +
  "/jobs/{jobKey}/error Pthrow#Error\n" +
  "/jobs/{jobKey}/failure Pfail#\n" +
  "/license Gget%?\n" +
  "/mapping-rules Pcreate#\n" +
  "/mapping-rules/search Psearch#?~\n" +
  "/mapping-rules/{mappingRuleId} Ddelete# Gget#?~ Uupdate#\n" +
  "/message-subscriptions/search Psearch%?~\n" +
  "/messages/correlation Pcorrelate#\n" +
  "/messages/publication Ppublish#\n" +
  "/process-definitions/search Psearch%?~\n" +
  "/process-definitions/statistics/message-subscriptions Pget#MessageSubscriptionStatistics?~\n" +
  "/process-definitions/statistics/process-instances Pget#InstanceStatistics?~\n" +
  "/process-definitions/statistics/process-instances-by-version Pget#InstanceVersionStatistics?~\n" +
  "/process-definitions/{processDefinitionKey} Gget#?~\n" +
  "/process-definitions/{processDefinitionKey}/form GgetStartProcessForm?~\n" +
  "/process-definitions/{processDefinitionKey}/statistics/element-instances Pget#Statistics?~\n" +
  "/process-definitions/{processDefinitionKey}/xml Gget#XML?~\n" +
  "/process-instances Pcreate#\n" +
  "/process-instances/cancellation Pcancel%BatchOperation\n" +
  "/process-instances/deletion Pdelete%BatchOperation\n" +
  "/process-instances/incident-resolution PresolveIncidentsBatchOperation\n" +
  "/process-instances/migration Pmigrate%BatchOperation\n" +
  "/process-instances/modification Pmodify%BatchOperation\n" +
  "/process-instances/search Psearch%?~\n" +
  "/process-instances/{processInstanceKey} Gget#?~\n" +
  "/process-instances/{processInstanceKey}/call-hierarchy Gget#CallHierarchy?~\n" +
  "/process-instances/{processInstanceKey}/cancellation Pcancel#\n" +
  "/process-instances/{processInstanceKey}/deletion Pdelete#\n" +
  "/process-instances/{processInstanceKey}/incident-resolution Presolve#Incidents\n" +
  "/process-instances/{processInstanceKey}/incidents/search Psearch#Incidents?~\n" +
  "/process-instances/{processInstanceKey}/migration Pmigrate#\n" +
  "/process-instances/{processInstanceKey}/modification Pmodify#\n" +
  "/process-instances/{processInstanceKey}/sequence-flows Gget#SequenceFlows?~\n" +
  "/process-instances/{processInstanceKey}/statistics/element-instances Gget#Statistics?~\n" +
  "/resources/{resourceKey} Gget#?\n" +
  "/resources/{resourceKey}/content Gget#Content?\n" +
  "/resources/{resourceKey}/deletion Pdelete#\n" +
  "/roles Pcreate#\n" +
  "/roles/search Psearch%?~\n" +
  "/roles/{roleId} Ddelete# Gget#?~ Uupdate#\n" +
  "/roles/{roleId}/clients/search PsearchClientsFor#?~\n" +
  "/roles/{roleId}/clients/{clientId} Uassign#ToClient Dunassign#FromClient\n" +
  "/roles/{roleId}/groups/search PsearchGroupsFor#?~\n" +
  "/roles/{roleId}/groups/{groupId} Uassign#ToGroup Dunassign#FromGroup\n" +
  "/roles/{roleId}/mapping-rules/search PsearchMappingRulesFor#?~\n" +
  "/roles/{roleId}/mapping-rules/{mappingRuleId} Uassign#ToMappingRule Dunassign#FromMappingRule\n" +
  "/roles/{roleId}/users/search PsearchUsersFor#?~\n" +
  "/roles/{roleId}/users/{username} Uassign#ToUser Dunassign#FromUser\n" +
  "/setup/user PcreateAdminUser\n" +
  "/signals/broadcast Pbroadcast#\n" +
  "/status Gget%?\n" +
  "/system/configuration Gget%Configuration?\n" +
  "/system/usage-metrics GgetUsageMetrics?~\n" +
  "/tenants Pcreate#\n" +
  "/tenants/search Psearch%?~\n" +
  "/tenants/{tenantId} Ddelete# Gget#?~ Uupdate#\n" +
  "/tenants/{tenantId}/clients/search PsearchClientsFor#?~\n" +
  "/tenants/{tenantId}/clients/{clientId} UassignClientTo# DunassignClientFrom#\n" +
  "/tenants/{tenantId}/groups/search PsearchGroupIdsFor#?~\n" +
  "/tenants/{tenantId}/groups/{groupId} UassignGroupTo# DunassignGroupFrom#\n" +
  "/tenants/{tenantId}/mapping-rules/search PsearchMappingRulesFor#?~\n" +
  "/tenants/{tenantId}/mapping-rules/{mappingRuleId} UassignMappingRuleTo# DunassignMappingRuleFrom#\n" +
  "/tenants/{tenantId}/roles/search PsearchRolesFor#?~\n" +
  "/tenants/{tenantId}/roles/{roleId} UassignRoleTo# DunassignRoleFrom#\n" +
  "/tenants/{tenantId}/users/search PsearchUsersFor#?~\n" +
  "/tenants/{tenantId}/users/{username} UassignUserTo# DunassignUserFrom#\n" +
  "/topology Gget%?\n" +
  "/user-tasks/search Psearch%?~\n" +
  "/user-tasks/{userTaskKey} Gget#?~ Aupdate#\n" +
  "/user-tasks/{userTaskKey}/assignee Dunassign#\n" +
  "/user-tasks/{userTaskKey}/assignment Passign#\n" +
  "/user-tasks/{userTaskKey}/audit-logs/search Psearch#AuditLogs?~\n" +
  "/user-tasks/{userTaskKey}/completion Pcomplete#\n" +
  "/user-tasks/{userTaskKey}/effective-variables/search Psearch#EffectiveVariables?~\n" +
  "/user-tasks/{userTaskKey}/form Gget#Form?~\n" +
  "/user-tasks/{userTaskKey}/variables/search Psearch#Variables?~\n" +
  "/users Pcreate#\n" +
  "/users/search Psearch%?~\n" +
  "/users/{username} Ddelete# Gget#?~ Uupdate#\n" +
  "/variables/search Psearch%?~\n" +
  "/variables/{variableKey} Gget#?~",
);

/** The operationId of every operation in the spec. */
export type OperationId = keyof OperationTable;

/** Paths of the POST operations whose JSON body has a `requestTimeout` (long polling): the call's timeout allows for it. */
export const longPollPostPaths: readonly string[] = [
  "/jobs/activation",
  "/process-instances",
];

/**
 * Operations the spec serves at their own base (its path- or operation-level `servers`): `"METHOD path"` -> the
 * path of that base relative to the cluster address (`""` = the address itself; the other operations are under `/v2`).
 */
export const ownBasePaths: Readonly<Record<string, string>> = {
};
