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

/** The table from its packed lines (`operationId method path kind flags`, see scripts/operation-table.mjs). */
function unpack(lines: string): OperationTable {
  const table: Record<string, OperationInfo> = {};
  for (const line of lines.split("\n")) {
    const [id, m, path, k, f] = line.split(" ") as [string, string, keyof paths, string, string];
    table[id] = { method: METHODS[m]!, path, kind: k === "q" ? "query" : "command", ...(f.includes("e") ? { eventuallyConsistent: true } : {}), ...(f.includes("m") ? { multipart: true } : {}) };
  }
  return table as unknown as OperationTable;
}

/**
 * Every operation of the spec by its operationId: method, path (relative to `/v2`) and kind.
 *
 * @example
 * operationTable.getTopology; // { method: "GET", path: "/topology", kind: "query" }
 */
export const operationTable: OperationTable = /* @__PURE__ */ unpack(
  "activateAdHocSubProcessActivities P /element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation c \n" +
  "activateJobs P /jobs/activation c \n" +
  "assignClientToGroup U /groups/{groupId}/clients/{clientId} c \n" +
  "assignClientToTenant U /tenants/{tenantId}/clients/{clientId} c \n" +
  "assignGroupToTenant U /tenants/{tenantId}/groups/{groupId} c \n" +
  "assignMappingRuleToGroup U /groups/{groupId}/mapping-rules/{mappingRuleId} c \n" +
  "assignMappingRuleToTenant U /tenants/{tenantId}/mapping-rules/{mappingRuleId} c \n" +
  "assignRoleToClient U /roles/{roleId}/clients/{clientId} c \n" +
  "assignRoleToGroup U /roles/{roleId}/groups/{groupId} c \n" +
  "assignRoleToMappingRule U /roles/{roleId}/mapping-rules/{mappingRuleId} c \n" +
  "assignRoleToTenant U /tenants/{tenantId}/roles/{roleId} c \n" +
  "assignRoleToUser U /roles/{roleId}/users/{username} c \n" +
  "assignUserTask P /user-tasks/{userTaskKey}/assignment c \n" +
  "assignUserToGroup U /groups/{groupId}/users/{username} c \n" +
  "assignUserToTenant U /tenants/{tenantId}/users/{username} c \n" +
  "broadcastSignal P /signals/broadcast c \n" +
  "cancelBatchOperation P /batch-operations/{batchOperationKey}/cancellation c \n" +
  "cancelProcessInstance P /process-instances/{processInstanceKey}/cancellation c \n" +
  "cancelProcessInstancesBatchOperation P /process-instances/cancellation c \n" +
  "completeJob P /jobs/{jobKey}/completion c \n" +
  "completeUserTask P /user-tasks/{userTaskKey}/completion c \n" +
  "correlateMessage P /messages/correlation c \n" +
  "createAdminUser P /setup/user c \n" +
  "createAuthorization P /authorizations c \n" +
  "createDeployment P /deployments c m\n" +
  "createDocument P /documents c m\n" +
  "createDocumentLink P /documents/{documentId}/links c \n" +
  "createDocuments P /documents/batch c m\n" +
  "createElementInstanceVariables U /element-instances/{elementInstanceKey}/variables c \n" +
  "createGlobalClusterVariable P /cluster-variables/global c \n" +
  "createGlobalTaskListener P /global-task-listeners c \n" +
  "createGroup P /groups c \n" +
  "createMappingRule P /mapping-rules c \n" +
  "createProcessInstance P /process-instances c \n" +
  "createRole P /roles c \n" +
  "createTenant P /tenants c \n" +
  "createTenantClusterVariable P /cluster-variables/tenants/{tenantId} c \n" +
  "createUser P /users c \n" +
  "deleteAuthorization D /authorizations/{authorizationKey} c \n" +
  "deleteDecisionInstance P /decision-instances/{decisionEvaluationKey}/deletion c \n" +
  "deleteDecisionInstancesBatchOperation P /decision-instances/deletion c \n" +
  "deleteDocument D /documents/{documentId} c \n" +
  "deleteGlobalClusterVariable D /cluster-variables/global/{name} c \n" +
  "deleteGlobalTaskListener D /global-task-listeners/{id} c \n" +
  "deleteGroup D /groups/{groupId} c \n" +
  "deleteMappingRule D /mapping-rules/{mappingRuleId} c \n" +
  "deleteProcessInstance P /process-instances/{processInstanceKey}/deletion c \n" +
  "deleteProcessInstancesBatchOperation P /process-instances/deletion c \n" +
  "deleteResource P /resources/{resourceKey}/deletion c \n" +
  "deleteRole D /roles/{roleId} c \n" +
  "deleteTenant D /tenants/{tenantId} c \n" +
  "deleteTenantClusterVariable D /cluster-variables/tenants/{tenantId}/{name} c \n" +
  "deleteUser D /users/{username} c \n" +
  "evaluateConditionals P /conditionals/evaluation c \n" +
  "evaluateDecision P /decision-definitions/evaluation c \n" +
  "evaluateExpression P /expression/evaluation c \n" +
  "failJob P /jobs/{jobKey}/failure c \n" +
  "getAuditLog G /audit-logs/{auditLogKey} q e\n" +
  "getAuthentication G /authentication/me q \n" +
  "getAuthorization G /authorizations/{authorizationKey} q e\n" +
  "getBatchOperation G /batch-operations/{batchOperationKey} q e\n" +
  "getDecisionDefinition G /decision-definitions/{decisionDefinitionKey} q e\n" +
  "getDecisionDefinitionXML G /decision-definitions/{decisionDefinitionKey}/xml q e\n" +
  "getDecisionInstance G /decision-instances/{decisionEvaluationInstanceKey} q e\n" +
  "getDecisionRequirements G /decision-requirements/{decisionRequirementsKey} q e\n" +
  "getDecisionRequirementsXML G /decision-requirements/{decisionRequirementsKey}/xml q e\n" +
  "getDocument G /documents/{documentId} q \n" +
  "getElementInstance G /element-instances/{elementInstanceKey} q e\n" +
  "getGlobalClusterVariable G /cluster-variables/global/{name} q e\n" +
  "getGlobalJobStatistics G /jobs/statistics/global q e\n" +
  "getGlobalTaskListener G /global-task-listeners/{id} q e\n" +
  "getGroup G /groups/{groupId} q e\n" +
  "getIncident G /incidents/{incidentKey} q e\n" +
  "getJobErrorStatistics P /jobs/statistics/errors q e\n" +
  "getJobTimeSeriesStatistics P /jobs/statistics/time-series q e\n" +
  "getJobTypeStatistics P /jobs/statistics/by-types q e\n" +
  "getJobWorkerStatistics P /jobs/statistics/by-workers q e\n" +
  "getLicense G /license q \n" +
  "getMappingRule G /mapping-rules/{mappingRuleId} q e\n" +
  "getProcessDefinition G /process-definitions/{processDefinitionKey} q e\n" +
  "getProcessDefinitionInstanceStatistics P /process-definitions/statistics/process-instances q e\n" +
  "getProcessDefinitionInstanceVersionStatistics P /process-definitions/statistics/process-instances-by-version q e\n" +
  "getProcessDefinitionMessageSubscriptionStatistics P /process-definitions/statistics/message-subscriptions q e\n" +
  "getProcessDefinitionStatistics P /process-definitions/{processDefinitionKey}/statistics/element-instances q e\n" +
  "getProcessDefinitionXML G /process-definitions/{processDefinitionKey}/xml q e\n" +
  "getProcessInstance G /process-instances/{processInstanceKey} q e\n" +
  "getProcessInstanceCallHierarchy G /process-instances/{processInstanceKey}/call-hierarchy q e\n" +
  "getProcessInstanceSequenceFlows G /process-instances/{processInstanceKey}/sequence-flows q e\n" +
  "getProcessInstanceStatistics G /process-instances/{processInstanceKey}/statistics/element-instances q e\n" +
  "getProcessInstanceStatisticsByDefinition P /incidents/statistics/process-instances-by-definition q e\n" +
  "getProcessInstanceStatisticsByError P /incidents/statistics/process-instances-by-error q e\n" +
  "getResource G /resources/{resourceKey} q \n" +
  "getResourceContent G /resources/{resourceKey}/content q \n" +
  "getRole G /roles/{roleId} q e\n" +
  "getStartProcessForm G /process-definitions/{processDefinitionKey}/form q e\n" +
  "getStatus G /status q \n" +
  "getSystemConfiguration G /system/configuration q \n" +
  "getTenant G /tenants/{tenantId} q e\n" +
  "getTenantClusterVariable G /cluster-variables/tenants/{tenantId}/{name} q e\n" +
  "getTopology G /topology q \n" +
  "getUsageMetrics G /system/usage-metrics q e\n" +
  "getUser G /users/{username} q e\n" +
  "getUserTask G /user-tasks/{userTaskKey} q e\n" +
  "getUserTaskForm G /user-tasks/{userTaskKey}/form q e\n" +
  "getVariable G /variables/{variableKey} q e\n" +
  "migrateProcessInstance P /process-instances/{processInstanceKey}/migration c \n" +
  "migrateProcessInstancesBatchOperation P /process-instances/migration c \n" +
  "modifyProcessInstance P /process-instances/{processInstanceKey}/modification c \n" +
  "modifyProcessInstancesBatchOperation P /process-instances/modification c \n" +
  "pinClock U /clock c \n" +
  "publishMessage P /messages/publication c \n" +
  "resetClock P /clock/reset c \n" +
  "resolveIncident P /incidents/{incidentKey}/resolution c \n" +
  "resolveIncidentsBatchOperation P /process-instances/incident-resolution c \n" +
  "resolveProcessInstanceIncidents P /process-instances/{processInstanceKey}/incident-resolution c \n" +
  "resumeBatchOperation P /batch-operations/{batchOperationKey}/resumption c \n" +
  "searchAuditLogs P /audit-logs/search q e\n" +
  "searchAuthorizations P /authorizations/search q e\n" +
  "searchBatchOperationItems P /batch-operation-items/search q e\n" +
  "searchBatchOperations P /batch-operations/search q e\n" +
  "searchClientsForGroup P /groups/{groupId}/clients/search q e\n" +
  "searchClientsForRole P /roles/{roleId}/clients/search q e\n" +
  "searchClientsForTenant P /tenants/{tenantId}/clients/search q e\n" +
  "searchClusterVariables P /cluster-variables/search q e\n" +
  "searchCorrelatedMessageSubscriptions P /correlated-message-subscriptions/search q e\n" +
  "searchDecisionDefinitions P /decision-definitions/search q e\n" +
  "searchDecisionInstances P /decision-instances/search q e\n" +
  "searchDecisionRequirements P /decision-requirements/search q e\n" +
  "searchElementInstanceIncidents P /element-instances/{elementInstanceKey}/incidents/search q e\n" +
  "searchElementInstances P /element-instances/search q e\n" +
  "searchGlobalTaskListeners P /global-task-listeners/search q e\n" +
  "searchGroupIdsForTenant P /tenants/{tenantId}/groups/search q e\n" +
  "searchGroups P /groups/search q e\n" +
  "searchGroupsForRole P /roles/{roleId}/groups/search q e\n" +
  "searchIncidents P /incidents/search q e\n" +
  "searchJobs P /jobs/search q e\n" +
  "searchMappingRule P /mapping-rules/search q e\n" +
  "searchMappingRulesForGroup P /groups/{groupId}/mapping-rules/search q e\n" +
  "searchMappingRulesForRole P /roles/{roleId}/mapping-rules/search q e\n" +
  "searchMappingRulesForTenant P /tenants/{tenantId}/mapping-rules/search q e\n" +
  "searchMessageSubscriptions P /message-subscriptions/search q e\n" +
  "searchProcessDefinitions P /process-definitions/search q e\n" +
  "searchProcessInstanceIncidents P /process-instances/{processInstanceKey}/incidents/search q e\n" +
  "searchProcessInstances P /process-instances/search q e\n" +
  "searchRoles P /roles/search q e\n" +
  "searchRolesForGroup P /groups/{groupId}/roles/search q e\n" +
  "searchRolesForTenant P /tenants/{tenantId}/roles/search q e\n" +
  "searchTenants P /tenants/search q e\n" +
  "searchUserTaskAuditLogs P /user-tasks/{userTaskKey}/audit-logs/search q e\n" +
  "searchUserTaskEffectiveVariables P /user-tasks/{userTaskKey}/effective-variables/search q e\n" +
  "searchUserTaskVariables P /user-tasks/{userTaskKey}/variables/search q e\n" +
  "searchUserTasks P /user-tasks/search q e\n" +
  "searchUsers P /users/search q e\n" +
  "searchUsersForGroup P /groups/{groupId}/users/search q e\n" +
  "searchUsersForRole P /roles/{roleId}/users/search q e\n" +
  "searchUsersForTenant P /tenants/{tenantId}/users/search q e\n" +
  "searchVariables P /variables/search q e\n" +
  "suspendBatchOperation P /batch-operations/{batchOperationKey}/suspension c \n" +
  "throwJobError P /jobs/{jobKey}/error c \n" +
  "unassignClientFromGroup D /groups/{groupId}/clients/{clientId} c \n" +
  "unassignClientFromTenant D /tenants/{tenantId}/clients/{clientId} c \n" +
  "unassignGroupFromTenant D /tenants/{tenantId}/groups/{groupId} c \n" +
  "unassignMappingRuleFromGroup D /groups/{groupId}/mapping-rules/{mappingRuleId} c \n" +
  "unassignMappingRuleFromTenant D /tenants/{tenantId}/mapping-rules/{mappingRuleId} c \n" +
  "unassignRoleFromClient D /roles/{roleId}/clients/{clientId} c \n" +
  "unassignRoleFromGroup D /roles/{roleId}/groups/{groupId} c \n" +
  "unassignRoleFromMappingRule D /roles/{roleId}/mapping-rules/{mappingRuleId} c \n" +
  "unassignRoleFromTenant D /tenants/{tenantId}/roles/{roleId} c \n" +
  "unassignRoleFromUser D /roles/{roleId}/users/{username} c \n" +
  "unassignUserFromGroup D /groups/{groupId}/users/{username} c \n" +
  "unassignUserFromTenant D /tenants/{tenantId}/users/{username} c \n" +
  "unassignUserTask D /user-tasks/{userTaskKey}/assignee c \n" +
  "updateAuthorization U /authorizations/{authorizationKey} c \n" +
  "updateGlobalClusterVariable U /cluster-variables/global/{name} c \n" +
  "updateGlobalTaskListener U /global-task-listeners/{id} c \n" +
  "updateGroup U /groups/{groupId} c \n" +
  "updateJob A /jobs/{jobKey} c \n" +
  "updateMappingRule U /mapping-rules/{mappingRuleId} c \n" +
  "updateRole U /roles/{roleId} c \n" +
  "updateTenant U /tenants/{tenantId} c \n" +
  "updateTenantClusterVariable U /cluster-variables/tenants/{tenantId}/{name} c \n" +
  "updateUser U /users/{username} c \n" +
  "updateUserTask A /user-tasks/{userTaskKey} c ",
);

/** The operationId of every operation in the spec. */
export type OperationId = keyof OperationTable;

/** Paths of the POST operations that are queries (searches, statistics): no side effect, so retry-safe. */
export const queryPostPaths: readonly string[] = [
  "/audit-logs/search",
  "/authorizations/search",
  "/batch-operation-items/search",
  "/batch-operations/search",
  "/cluster-variables/search",
  "/correlated-message-subscriptions/search",
  "/decision-definitions/search",
  "/decision-instances/search",
  "/decision-requirements/search",
  "/element-instances/search",
  "/element-instances/{elementInstanceKey}/incidents/search",
  "/global-task-listeners/search",
  "/groups/search",
  "/groups/{groupId}/clients/search",
  "/groups/{groupId}/mapping-rules/search",
  "/groups/{groupId}/roles/search",
  "/groups/{groupId}/users/search",
  "/incidents/search",
  "/incidents/statistics/process-instances-by-definition",
  "/incidents/statistics/process-instances-by-error",
  "/jobs/search",
  "/jobs/statistics/by-types",
  "/jobs/statistics/by-workers",
  "/jobs/statistics/errors",
  "/jobs/statistics/time-series",
  "/mapping-rules/search",
  "/message-subscriptions/search",
  "/process-definitions/search",
  "/process-definitions/statistics/message-subscriptions",
  "/process-definitions/statistics/process-instances",
  "/process-definitions/statistics/process-instances-by-version",
  "/process-definitions/{processDefinitionKey}/statistics/element-instances",
  "/process-instances/search",
  "/process-instances/{processInstanceKey}/incidents/search",
  "/roles/search",
  "/roles/{roleId}/clients/search",
  "/roles/{roleId}/groups/search",
  "/roles/{roleId}/mapping-rules/search",
  "/roles/{roleId}/users/search",
  "/tenants/search",
  "/tenants/{tenantId}/clients/search",
  "/tenants/{tenantId}/groups/search",
  "/tenants/{tenantId}/mapping-rules/search",
  "/tenants/{tenantId}/roles/search",
  "/tenants/{tenantId}/users/search",
  "/user-tasks/search",
  "/user-tasks/{userTaskKey}/audit-logs/search",
  "/user-tasks/{userTaskKey}/effective-variables/search",
  "/user-tasks/{userTaskKey}/variables/search",
  "/users/search",
  "/variables/search",
];

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
