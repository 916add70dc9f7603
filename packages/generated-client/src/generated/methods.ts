// GENERATED FILE: do not edit by hand. Run `npm run generate` to update it.
// Per-method path maps for the typed client (scripts/method-maps.mjs).
// Spec: spec/camunda-rest-api.yaml (Camunda 8.9)
// Spec sha256: c59ba2f836eedc04857c9dd42ff8797c2e1f837b293e3c77f3c4ac8e305ad505
import type { operations } from "./schema.js";

// The string index signatures are deliberate: the typed client's path parameter is `P extends string` (checked
// against the `...Paths` union), so while the compiler infers P, `GetInits[P]` resolves through the index
// signature instead of the union of every path's types. Paths outside the spec are rejected by `...Paths`.

/** The paths that have a GET operation. */
export type GetPaths =
  | "/audit-logs/{auditLogKey}"
  | "/authentication/me"
  | "/authorizations/{authorizationKey}"
  | "/batch-operations/{batchOperationKey}"
  | "/cluster-variables/global/{name}"
  | "/cluster-variables/tenants/{tenantId}/{name}"
  | "/decision-definitions/{decisionDefinitionKey}"
  | "/decision-definitions/{decisionDefinitionKey}/xml"
  | "/decision-instances/{decisionEvaluationInstanceKey}"
  | "/decision-requirements/{decisionRequirementsKey}"
  | "/decision-requirements/{decisionRequirementsKey}/xml"
  | "/documents/{documentId}"
  | "/element-instances/{elementInstanceKey}"
  | "/global-task-listeners/{id}"
  | "/groups/{groupId}"
  | "/incidents/{incidentKey}"
  | "/jobs/statistics/global"
  | "/license"
  | "/mapping-rules/{mappingRuleId}"
  | "/process-definitions/{processDefinitionKey}"
  | "/process-definitions/{processDefinitionKey}/form"
  | "/process-definitions/{processDefinitionKey}/xml"
  | "/process-instances/{processInstanceKey}"
  | "/process-instances/{processInstanceKey}/call-hierarchy"
  | "/process-instances/{processInstanceKey}/sequence-flows"
  | "/process-instances/{processInstanceKey}/statistics/element-instances"
  | "/resources/{resourceKey}"
  | "/resources/{resourceKey}/content"
  | "/roles/{roleId}"
  | "/status"
  | "/system/configuration"
  | "/system/usage-metrics"
  | "/tenants/{tenantId}"
  | "/topology"
  | "/user-tasks/{userTaskKey}"
  | "/user-tasks/{userTaskKey}/form"
  | "/users/{username}"
  | "/variables/{variableKey}";

/** The operation of each path that has a GET. */
export interface GetOperations {
  [path: string]: unknown;
  "/audit-logs/{auditLogKey}": operations["getAuditLog"];
  "/authentication/me": operations["getAuthentication"];
  "/authorizations/{authorizationKey}": operations["getAuthorization"];
  "/batch-operations/{batchOperationKey}": operations["getBatchOperation"];
  "/cluster-variables/global/{name}": operations["getGlobalClusterVariable"];
  "/cluster-variables/tenants/{tenantId}/{name}": operations["getTenantClusterVariable"];
  "/decision-definitions/{decisionDefinitionKey}": operations["getDecisionDefinition"];
  "/decision-definitions/{decisionDefinitionKey}/xml": operations["getDecisionDefinitionXML"];
  "/decision-instances/{decisionEvaluationInstanceKey}": operations["getDecisionInstance"];
  "/decision-requirements/{decisionRequirementsKey}": operations["getDecisionRequirements"];
  "/decision-requirements/{decisionRequirementsKey}/xml": operations["getDecisionRequirementsXML"];
  "/documents/{documentId}": operations["getDocument"];
  "/element-instances/{elementInstanceKey}": operations["getElementInstance"];
  "/global-task-listeners/{id}": operations["getGlobalTaskListener"];
  "/groups/{groupId}": operations["getGroup"];
  "/incidents/{incidentKey}": operations["getIncident"];
  "/jobs/statistics/global": operations["getGlobalJobStatistics"];
  "/license": operations["getLicense"];
  "/mapping-rules/{mappingRuleId}": operations["getMappingRule"];
  "/process-definitions/{processDefinitionKey}": operations["getProcessDefinition"];
  "/process-definitions/{processDefinitionKey}/form": operations["getStartProcessForm"];
  "/process-definitions/{processDefinitionKey}/xml": operations["getProcessDefinitionXML"];
  "/process-instances/{processInstanceKey}": operations["getProcessInstance"];
  "/process-instances/{processInstanceKey}/call-hierarchy": operations["getProcessInstanceCallHierarchy"];
  "/process-instances/{processInstanceKey}/sequence-flows": operations["getProcessInstanceSequenceFlows"];
  "/process-instances/{processInstanceKey}/statistics/element-instances": operations["getProcessInstanceStatistics"];
  "/resources/{resourceKey}": operations["getResource"];
  "/resources/{resourceKey}/content": operations["getResourceContent"];
  "/roles/{roleId}": operations["getRole"];
  "/status": operations["getStatus"];
  "/system/configuration": operations["getSystemConfiguration"];
  "/system/usage-metrics": operations["getUsageMetrics"];
  "/tenants/{tenantId}": operations["getTenant"];
  "/topology": operations["getTopology"];
  "/user-tasks/{userTaskKey}": operations["getUserTask"];
  "/user-tasks/{userTaskKey}/form": operations["getUserTaskForm"];
  "/users/{username}": operations["getUser"];
  "/variables/{variableKey}": operations["getVariable"];
}

/** `params` and `body` of each GET call, as openapi-fetch's RequestOptions resolves them. */
export interface GetInits {
  [path: string]: unknown;
  "/audit-logs/{auditLogKey}": { params: operations["getAuditLog"]["parameters"]; body?: never };
  "/authentication/me": { params?: operations["getAuthentication"]["parameters"]; body?: never };
  "/authorizations/{authorizationKey}": { params: operations["getAuthorization"]["parameters"]; body?: never };
  "/batch-operations/{batchOperationKey}": { params: operations["getBatchOperation"]["parameters"]; body?: never };
  "/cluster-variables/global/{name}": { params: operations["getGlobalClusterVariable"]["parameters"]; body?: never };
  "/cluster-variables/tenants/{tenantId}/{name}": { params: operations["getTenantClusterVariable"]["parameters"]; body?: never };
  "/decision-definitions/{decisionDefinitionKey}": { params: operations["getDecisionDefinition"]["parameters"]; body?: never };
  "/decision-definitions/{decisionDefinitionKey}/xml": { params: operations["getDecisionDefinitionXML"]["parameters"]; body?: never };
  "/decision-instances/{decisionEvaluationInstanceKey}": { params: operations["getDecisionInstance"]["parameters"]; body?: never };
  "/decision-requirements/{decisionRequirementsKey}": { params: operations["getDecisionRequirements"]["parameters"]; body?: never };
  "/decision-requirements/{decisionRequirementsKey}/xml": { params: operations["getDecisionRequirementsXML"]["parameters"]; body?: never };
  "/documents/{documentId}": { params: operations["getDocument"]["parameters"]; body?: never };
  "/element-instances/{elementInstanceKey}": { params: operations["getElementInstance"]["parameters"]; body?: never };
  "/global-task-listeners/{id}": { params: operations["getGlobalTaskListener"]["parameters"]; body?: never };
  "/groups/{groupId}": { params: operations["getGroup"]["parameters"]; body?: never };
  "/incidents/{incidentKey}": { params: operations["getIncident"]["parameters"]; body?: never };
  "/jobs/statistics/global": { params: operations["getGlobalJobStatistics"]["parameters"]; body?: never };
  "/license": { params?: operations["getLicense"]["parameters"]; body?: never };
  "/mapping-rules/{mappingRuleId}": { params: operations["getMappingRule"]["parameters"]; body?: never };
  "/process-definitions/{processDefinitionKey}": { params: operations["getProcessDefinition"]["parameters"]; body?: never };
  "/process-definitions/{processDefinitionKey}/form": { params: operations["getStartProcessForm"]["parameters"]; body?: never };
  "/process-definitions/{processDefinitionKey}/xml": { params: operations["getProcessDefinitionXML"]["parameters"]; body?: never };
  "/process-instances/{processInstanceKey}": { params: operations["getProcessInstance"]["parameters"]; body?: never };
  "/process-instances/{processInstanceKey}/call-hierarchy": { params: operations["getProcessInstanceCallHierarchy"]["parameters"]; body?: never };
  "/process-instances/{processInstanceKey}/sequence-flows": { params: operations["getProcessInstanceSequenceFlows"]["parameters"]; body?: never };
  "/process-instances/{processInstanceKey}/statistics/element-instances": { params: operations["getProcessInstanceStatistics"]["parameters"]; body?: never };
  "/resources/{resourceKey}": { params: operations["getResource"]["parameters"]; body?: never };
  "/resources/{resourceKey}/content": { params: operations["getResourceContent"]["parameters"]; body?: never };
  "/roles/{roleId}": { params: operations["getRole"]["parameters"]; body?: never };
  "/status": { params?: operations["getStatus"]["parameters"]; body?: never };
  "/system/configuration": { params?: operations["getSystemConfiguration"]["parameters"]; body?: never };
  "/system/usage-metrics": { params: operations["getUsageMetrics"]["parameters"]; body?: never };
  "/tenants/{tenantId}": { params: operations["getTenant"]["parameters"]; body?: never };
  "/topology": { params?: operations["getTopology"]["parameters"]; body?: never };
  "/user-tasks/{userTaskKey}": { params: operations["getUserTask"]["parameters"]; body?: never };
  "/user-tasks/{userTaskKey}/form": { params: operations["getUserTaskForm"]["parameters"]; body?: never };
  "/users/{username}": { params: operations["getUser"]["parameters"]; body?: never };
  "/variables/{variableKey}": { params: operations["getVariable"]["parameters"]; body?: never };
}

/** Whether a GET call needs options (path parameters or a required body). */
export interface GetInitRequired {
  [path: string]: boolean;
  "/audit-logs/{auditLogKey}": true;
  "/authentication/me": false;
  "/authorizations/{authorizationKey}": true;
  "/batch-operations/{batchOperationKey}": true;
  "/cluster-variables/global/{name}": true;
  "/cluster-variables/tenants/{tenantId}/{name}": true;
  "/decision-definitions/{decisionDefinitionKey}": true;
  "/decision-definitions/{decisionDefinitionKey}/xml": true;
  "/decision-instances/{decisionEvaluationInstanceKey}": true;
  "/decision-requirements/{decisionRequirementsKey}": true;
  "/decision-requirements/{decisionRequirementsKey}/xml": true;
  "/documents/{documentId}": true;
  "/element-instances/{elementInstanceKey}": true;
  "/global-task-listeners/{id}": true;
  "/groups/{groupId}": true;
  "/incidents/{incidentKey}": true;
  "/jobs/statistics/global": true;
  "/license": false;
  "/mapping-rules/{mappingRuleId}": true;
  "/process-definitions/{processDefinitionKey}": true;
  "/process-definitions/{processDefinitionKey}/form": true;
  "/process-definitions/{processDefinitionKey}/xml": true;
  "/process-instances/{processInstanceKey}": true;
  "/process-instances/{processInstanceKey}/call-hierarchy": true;
  "/process-instances/{processInstanceKey}/sequence-flows": true;
  "/process-instances/{processInstanceKey}/statistics/element-instances": true;
  "/resources/{resourceKey}": true;
  "/resources/{resourceKey}/content": true;
  "/roles/{roleId}": true;
  "/status": false;
  "/system/configuration": false;
  "/system/usage-metrics": true;
  "/tenants/{tenantId}": true;
  "/topology": false;
  "/user-tasks/{userTaskKey}": true;
  "/user-tasks/{userTaskKey}/form": true;
  "/users/{username}": true;
  "/variables/{variableKey}": true;
}

/** The paths that have a PUT operation. */
export type PutPaths =
  | "/authorizations/{authorizationKey}"
  | "/clock"
  | "/cluster-variables/global/{name}"
  | "/cluster-variables/tenants/{tenantId}/{name}"
  | "/element-instances/{elementInstanceKey}/variables"
  | "/global-task-listeners/{id}"
  | "/groups/{groupId}"
  | "/groups/{groupId}/clients/{clientId}"
  | "/groups/{groupId}/mapping-rules/{mappingRuleId}"
  | "/groups/{groupId}/users/{username}"
  | "/mapping-rules/{mappingRuleId}"
  | "/roles/{roleId}"
  | "/roles/{roleId}/clients/{clientId}"
  | "/roles/{roleId}/groups/{groupId}"
  | "/roles/{roleId}/mapping-rules/{mappingRuleId}"
  | "/roles/{roleId}/users/{username}"
  | "/tenants/{tenantId}"
  | "/tenants/{tenantId}/clients/{clientId}"
  | "/tenants/{tenantId}/groups/{groupId}"
  | "/tenants/{tenantId}/mapping-rules/{mappingRuleId}"
  | "/tenants/{tenantId}/roles/{roleId}"
  | "/tenants/{tenantId}/users/{username}"
  | "/users/{username}";

/** The operation of each path that has a PUT. */
export interface PutOperations {
  [path: string]: unknown;
  "/authorizations/{authorizationKey}": operations["updateAuthorization"];
  "/clock": operations["pinClock"];
  "/cluster-variables/global/{name}": operations["updateGlobalClusterVariable"];
  "/cluster-variables/tenants/{tenantId}/{name}": operations["updateTenantClusterVariable"];
  "/element-instances/{elementInstanceKey}/variables": operations["createElementInstanceVariables"];
  "/global-task-listeners/{id}": operations["updateGlobalTaskListener"];
  "/groups/{groupId}": operations["updateGroup"];
  "/groups/{groupId}/clients/{clientId}": operations["assignClientToGroup"];
  "/groups/{groupId}/mapping-rules/{mappingRuleId}": operations["assignMappingRuleToGroup"];
  "/groups/{groupId}/users/{username}": operations["assignUserToGroup"];
  "/mapping-rules/{mappingRuleId}": operations["updateMappingRule"];
  "/roles/{roleId}": operations["updateRole"];
  "/roles/{roleId}/clients/{clientId}": operations["assignRoleToClient"];
  "/roles/{roleId}/groups/{groupId}": operations["assignRoleToGroup"];
  "/roles/{roleId}/mapping-rules/{mappingRuleId}": operations["assignRoleToMappingRule"];
  "/roles/{roleId}/users/{username}": operations["assignRoleToUser"];
  "/tenants/{tenantId}": operations["updateTenant"];
  "/tenants/{tenantId}/clients/{clientId}": operations["assignClientToTenant"];
  "/tenants/{tenantId}/groups/{groupId}": operations["assignGroupToTenant"];
  "/tenants/{tenantId}/mapping-rules/{mappingRuleId}": operations["assignMappingRuleToTenant"];
  "/tenants/{tenantId}/roles/{roleId}": operations["assignRoleToTenant"];
  "/tenants/{tenantId}/users/{username}": operations["assignUserToTenant"];
  "/users/{username}": operations["updateUser"];
}

/** `params` and `body` of each PUT call, as openapi-fetch's RequestOptions resolves them. */
export interface PutInits {
  [path: string]: unknown;
  "/authorizations/{authorizationKey}": { params: operations["updateAuthorization"]["parameters"]; body: operations["updateAuthorization"]["requestBody"]["content"]["application/json"] };
  "/clock": { params?: operations["pinClock"]["parameters"]; body: operations["pinClock"]["requestBody"]["content"]["application/json"] };
  "/cluster-variables/global/{name}": { params: operations["updateGlobalClusterVariable"]["parameters"]; body: operations["updateGlobalClusterVariable"]["requestBody"]["content"]["application/json"] };
  "/cluster-variables/tenants/{tenantId}/{name}": { params: operations["updateTenantClusterVariable"]["parameters"]; body: operations["updateTenantClusterVariable"]["requestBody"]["content"]["application/json"] };
  "/element-instances/{elementInstanceKey}/variables": { params: operations["createElementInstanceVariables"]["parameters"]; body: operations["createElementInstanceVariables"]["requestBody"]["content"]["application/json"] };
  "/global-task-listeners/{id}": { params: operations["updateGlobalTaskListener"]["parameters"]; body: operations["updateGlobalTaskListener"]["requestBody"]["content"]["application/json"] };
  "/groups/{groupId}": { params: operations["updateGroup"]["parameters"]; body: operations["updateGroup"]["requestBody"]["content"]["application/json"] };
  "/groups/{groupId}/clients/{clientId}": { params: operations["assignClientToGroup"]["parameters"]; body?: never };
  "/groups/{groupId}/mapping-rules/{mappingRuleId}": { params: operations["assignMappingRuleToGroup"]["parameters"]; body?: never };
  "/groups/{groupId}/users/{username}": { params: operations["assignUserToGroup"]["parameters"]; body?: never };
  "/mapping-rules/{mappingRuleId}": { params: operations["updateMappingRule"]["parameters"]; body?: NonNullable<operations["updateMappingRule"]["requestBody"]>["content"]["application/json"] };
  "/roles/{roleId}": { params: operations["updateRole"]["parameters"]; body: operations["updateRole"]["requestBody"]["content"]["application/json"] };
  "/roles/{roleId}/clients/{clientId}": { params: operations["assignRoleToClient"]["parameters"]; body?: never };
  "/roles/{roleId}/groups/{groupId}": { params: operations["assignRoleToGroup"]["parameters"]; body?: never };
  "/roles/{roleId}/mapping-rules/{mappingRuleId}": { params: operations["assignRoleToMappingRule"]["parameters"]; body?: never };
  "/roles/{roleId}/users/{username}": { params: operations["assignRoleToUser"]["parameters"]; body?: never };
  "/tenants/{tenantId}": { params: operations["updateTenant"]["parameters"]; body: operations["updateTenant"]["requestBody"]["content"]["application/json"] };
  "/tenants/{tenantId}/clients/{clientId}": { params: operations["assignClientToTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/groups/{groupId}": { params: operations["assignGroupToTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/mapping-rules/{mappingRuleId}": { params: operations["assignMappingRuleToTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/roles/{roleId}": { params: operations["assignRoleToTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/users/{username}": { params: operations["assignUserToTenant"]["parameters"]; body?: never };
  "/users/{username}": { params: operations["updateUser"]["parameters"]; body: operations["updateUser"]["requestBody"]["content"]["application/json"] };
}

/** Whether a PUT call needs options (path parameters or a required body). */
export interface PutInitRequired {
  [path: string]: boolean;
  "/authorizations/{authorizationKey}": true;
  "/clock": true;
  "/cluster-variables/global/{name}": true;
  "/cluster-variables/tenants/{tenantId}/{name}": true;
  "/element-instances/{elementInstanceKey}/variables": true;
  "/global-task-listeners/{id}": true;
  "/groups/{groupId}": true;
  "/groups/{groupId}/clients/{clientId}": true;
  "/groups/{groupId}/mapping-rules/{mappingRuleId}": true;
  "/groups/{groupId}/users/{username}": true;
  "/mapping-rules/{mappingRuleId}": true;
  "/roles/{roleId}": true;
  "/roles/{roleId}/clients/{clientId}": true;
  "/roles/{roleId}/groups/{groupId}": true;
  "/roles/{roleId}/mapping-rules/{mappingRuleId}": true;
  "/roles/{roleId}/users/{username}": true;
  "/tenants/{tenantId}": true;
  "/tenants/{tenantId}/clients/{clientId}": true;
  "/tenants/{tenantId}/groups/{groupId}": true;
  "/tenants/{tenantId}/mapping-rules/{mappingRuleId}": true;
  "/tenants/{tenantId}/roles/{roleId}": true;
  "/tenants/{tenantId}/users/{username}": true;
  "/users/{username}": true;
}

/** The paths that have a POST operation. */
export type PostPaths =
  | "/audit-logs/search"
  | "/authorizations"
  | "/authorizations/search"
  | "/batch-operation-items/search"
  | "/batch-operations/search"
  | "/batch-operations/{batchOperationKey}/cancellation"
  | "/batch-operations/{batchOperationKey}/resumption"
  | "/batch-operations/{batchOperationKey}/suspension"
  | "/clock/reset"
  | "/cluster-variables/global"
  | "/cluster-variables/search"
  | "/cluster-variables/tenants/{tenantId}"
  | "/conditionals/evaluation"
  | "/correlated-message-subscriptions/search"
  | "/decision-definitions/evaluation"
  | "/decision-definitions/search"
  | "/decision-instances/deletion"
  | "/decision-instances/search"
  | "/decision-instances/{decisionEvaluationKey}/deletion"
  | "/decision-requirements/search"
  | "/deployments"
  | "/documents"
  | "/documents/batch"
  | "/documents/{documentId}/links"
  | "/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation"
  | "/element-instances/search"
  | "/element-instances/{elementInstanceKey}/incidents/search"
  | "/expression/evaluation"
  | "/global-task-listeners"
  | "/global-task-listeners/search"
  | "/groups"
  | "/groups/search"
  | "/groups/{groupId}/clients/search"
  | "/groups/{groupId}/mapping-rules/search"
  | "/groups/{groupId}/roles/search"
  | "/groups/{groupId}/users/search"
  | "/incidents/search"
  | "/incidents/statistics/process-instances-by-definition"
  | "/incidents/statistics/process-instances-by-error"
  | "/incidents/{incidentKey}/resolution"
  | "/jobs/activation"
  | "/jobs/search"
  | "/jobs/statistics/by-types"
  | "/jobs/statistics/by-workers"
  | "/jobs/statistics/errors"
  | "/jobs/statistics/time-series"
  | "/jobs/{jobKey}/completion"
  | "/jobs/{jobKey}/error"
  | "/jobs/{jobKey}/failure"
  | "/mapping-rules"
  | "/mapping-rules/search"
  | "/message-subscriptions/search"
  | "/messages/correlation"
  | "/messages/publication"
  | "/process-definitions/search"
  | "/process-definitions/statistics/message-subscriptions"
  | "/process-definitions/statistics/process-instances"
  | "/process-definitions/statistics/process-instances-by-version"
  | "/process-definitions/{processDefinitionKey}/statistics/element-instances"
  | "/process-instances"
  | "/process-instances/cancellation"
  | "/process-instances/deletion"
  | "/process-instances/incident-resolution"
  | "/process-instances/migration"
  | "/process-instances/modification"
  | "/process-instances/search"
  | "/process-instances/{processInstanceKey}/cancellation"
  | "/process-instances/{processInstanceKey}/deletion"
  | "/process-instances/{processInstanceKey}/incident-resolution"
  | "/process-instances/{processInstanceKey}/incidents/search"
  | "/process-instances/{processInstanceKey}/migration"
  | "/process-instances/{processInstanceKey}/modification"
  | "/resources/{resourceKey}/deletion"
  | "/roles"
  | "/roles/search"
  | "/roles/{roleId}/clients/search"
  | "/roles/{roleId}/groups/search"
  | "/roles/{roleId}/mapping-rules/search"
  | "/roles/{roleId}/users/search"
  | "/setup/user"
  | "/signals/broadcast"
  | "/tenants"
  | "/tenants/search"
  | "/tenants/{tenantId}/clients/search"
  | "/tenants/{tenantId}/groups/search"
  | "/tenants/{tenantId}/mapping-rules/search"
  | "/tenants/{tenantId}/roles/search"
  | "/tenants/{tenantId}/users/search"
  | "/user-tasks/search"
  | "/user-tasks/{userTaskKey}/assignment"
  | "/user-tasks/{userTaskKey}/audit-logs/search"
  | "/user-tasks/{userTaskKey}/completion"
  | "/user-tasks/{userTaskKey}/effective-variables/search"
  | "/user-tasks/{userTaskKey}/variables/search"
  | "/users"
  | "/users/search"
  | "/variables/search";

/** The operation of each path that has a POST. */
export interface PostOperations {
  [path: string]: unknown;
  "/audit-logs/search": operations["searchAuditLogs"];
  "/authorizations": operations["createAuthorization"];
  "/authorizations/search": operations["searchAuthorizations"];
  "/batch-operation-items/search": operations["searchBatchOperationItems"];
  "/batch-operations/search": operations["searchBatchOperations"];
  "/batch-operations/{batchOperationKey}/cancellation": operations["cancelBatchOperation"];
  "/batch-operations/{batchOperationKey}/resumption": operations["resumeBatchOperation"];
  "/batch-operations/{batchOperationKey}/suspension": operations["suspendBatchOperation"];
  "/clock/reset": operations["resetClock"];
  "/cluster-variables/global": operations["createGlobalClusterVariable"];
  "/cluster-variables/search": operations["searchClusterVariables"];
  "/cluster-variables/tenants/{tenantId}": operations["createTenantClusterVariable"];
  "/conditionals/evaluation": operations["evaluateConditionals"];
  "/correlated-message-subscriptions/search": operations["searchCorrelatedMessageSubscriptions"];
  "/decision-definitions/evaluation": operations["evaluateDecision"];
  "/decision-definitions/search": operations["searchDecisionDefinitions"];
  "/decision-instances/deletion": operations["deleteDecisionInstancesBatchOperation"];
  "/decision-instances/search": operations["searchDecisionInstances"];
  "/decision-instances/{decisionEvaluationKey}/deletion": operations["deleteDecisionInstance"];
  "/decision-requirements/search": operations["searchDecisionRequirements"];
  "/deployments": operations["createDeployment"];
  "/documents": operations["createDocument"];
  "/documents/batch": operations["createDocuments"];
  "/documents/{documentId}/links": operations["createDocumentLink"];
  "/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation": operations["activateAdHocSubProcessActivities"];
  "/element-instances/search": operations["searchElementInstances"];
  "/element-instances/{elementInstanceKey}/incidents/search": operations["searchElementInstanceIncidents"];
  "/expression/evaluation": operations["evaluateExpression"];
  "/global-task-listeners": operations["createGlobalTaskListener"];
  "/global-task-listeners/search": operations["searchGlobalTaskListeners"];
  "/groups": operations["createGroup"];
  "/groups/search": operations["searchGroups"];
  "/groups/{groupId}/clients/search": operations["searchClientsForGroup"];
  "/groups/{groupId}/mapping-rules/search": operations["searchMappingRulesForGroup"];
  "/groups/{groupId}/roles/search": operations["searchRolesForGroup"];
  "/groups/{groupId}/users/search": operations["searchUsersForGroup"];
  "/incidents/search": operations["searchIncidents"];
  "/incidents/statistics/process-instances-by-definition": operations["getProcessInstanceStatisticsByDefinition"];
  "/incidents/statistics/process-instances-by-error": operations["getProcessInstanceStatisticsByError"];
  "/incidents/{incidentKey}/resolution": operations["resolveIncident"];
  "/jobs/activation": operations["activateJobs"];
  "/jobs/search": operations["searchJobs"];
  "/jobs/statistics/by-types": operations["getJobTypeStatistics"];
  "/jobs/statistics/by-workers": operations["getJobWorkerStatistics"];
  "/jobs/statistics/errors": operations["getJobErrorStatistics"];
  "/jobs/statistics/time-series": operations["getJobTimeSeriesStatistics"];
  "/jobs/{jobKey}/completion": operations["completeJob"];
  "/jobs/{jobKey}/error": operations["throwJobError"];
  "/jobs/{jobKey}/failure": operations["failJob"];
  "/mapping-rules": operations["createMappingRule"];
  "/mapping-rules/search": operations["searchMappingRule"];
  "/message-subscriptions/search": operations["searchMessageSubscriptions"];
  "/messages/correlation": operations["correlateMessage"];
  "/messages/publication": operations["publishMessage"];
  "/process-definitions/search": operations["searchProcessDefinitions"];
  "/process-definitions/statistics/message-subscriptions": operations["getProcessDefinitionMessageSubscriptionStatistics"];
  "/process-definitions/statistics/process-instances": operations["getProcessDefinitionInstanceStatistics"];
  "/process-definitions/statistics/process-instances-by-version": operations["getProcessDefinitionInstanceVersionStatistics"];
  "/process-definitions/{processDefinitionKey}/statistics/element-instances": operations["getProcessDefinitionStatistics"];
  "/process-instances": operations["createProcessInstance"];
  "/process-instances/cancellation": operations["cancelProcessInstancesBatchOperation"];
  "/process-instances/deletion": operations["deleteProcessInstancesBatchOperation"];
  "/process-instances/incident-resolution": operations["resolveIncidentsBatchOperation"];
  "/process-instances/migration": operations["migrateProcessInstancesBatchOperation"];
  "/process-instances/modification": operations["modifyProcessInstancesBatchOperation"];
  "/process-instances/search": operations["searchProcessInstances"];
  "/process-instances/{processInstanceKey}/cancellation": operations["cancelProcessInstance"];
  "/process-instances/{processInstanceKey}/deletion": operations["deleteProcessInstance"];
  "/process-instances/{processInstanceKey}/incident-resolution": operations["resolveProcessInstanceIncidents"];
  "/process-instances/{processInstanceKey}/incidents/search": operations["searchProcessInstanceIncidents"];
  "/process-instances/{processInstanceKey}/migration": operations["migrateProcessInstance"];
  "/process-instances/{processInstanceKey}/modification": operations["modifyProcessInstance"];
  "/resources/{resourceKey}/deletion": operations["deleteResource"];
  "/roles": operations["createRole"];
  "/roles/search": operations["searchRoles"];
  "/roles/{roleId}/clients/search": operations["searchClientsForRole"];
  "/roles/{roleId}/groups/search": operations["searchGroupsForRole"];
  "/roles/{roleId}/mapping-rules/search": operations["searchMappingRulesForRole"];
  "/roles/{roleId}/users/search": operations["searchUsersForRole"];
  "/setup/user": operations["createAdminUser"];
  "/signals/broadcast": operations["broadcastSignal"];
  "/tenants": operations["createTenant"];
  "/tenants/search": operations["searchTenants"];
  "/tenants/{tenantId}/clients/search": operations["searchClientsForTenant"];
  "/tenants/{tenantId}/groups/search": operations["searchGroupIdsForTenant"];
  "/tenants/{tenantId}/mapping-rules/search": operations["searchMappingRulesForTenant"];
  "/tenants/{tenantId}/roles/search": operations["searchRolesForTenant"];
  "/tenants/{tenantId}/users/search": operations["searchUsersForTenant"];
  "/user-tasks/search": operations["searchUserTasks"];
  "/user-tasks/{userTaskKey}/assignment": operations["assignUserTask"];
  "/user-tasks/{userTaskKey}/audit-logs/search": operations["searchUserTaskAuditLogs"];
  "/user-tasks/{userTaskKey}/completion": operations["completeUserTask"];
  "/user-tasks/{userTaskKey}/effective-variables/search": operations["searchUserTaskEffectiveVariables"];
  "/user-tasks/{userTaskKey}/variables/search": operations["searchUserTaskVariables"];
  "/users": operations["createUser"];
  "/users/search": operations["searchUsers"];
  "/variables/search": operations["searchVariables"];
}

/** `params` and `body` of each POST call, as openapi-fetch's RequestOptions resolves them. */
export interface PostInits {
  [path: string]: unknown;
  "/audit-logs/search": { params?: operations["searchAuditLogs"]["parameters"]; body?: NonNullable<operations["searchAuditLogs"]["requestBody"]>["content"]["application/json"] };
  "/authorizations": { params?: operations["createAuthorization"]["parameters"]; body: operations["createAuthorization"]["requestBody"]["content"]["application/json"] };
  "/authorizations/search": { params?: operations["searchAuthorizations"]["parameters"]; body?: NonNullable<operations["searchAuthorizations"]["requestBody"]>["content"]["application/json"] };
  "/batch-operation-items/search": { params?: operations["searchBatchOperationItems"]["parameters"]; body?: NonNullable<operations["searchBatchOperationItems"]["requestBody"]>["content"]["application/json"] };
  "/batch-operations/search": { params?: operations["searchBatchOperations"]["parameters"]; body?: NonNullable<operations["searchBatchOperations"]["requestBody"]>["content"]["application/json"] };
  "/batch-operations/{batchOperationKey}/cancellation": { params: operations["cancelBatchOperation"]["parameters"]; body?: NonNullable<operations["cancelBatchOperation"]["requestBody"]>["content"]["application/json"] };
  "/batch-operations/{batchOperationKey}/resumption": { params: operations["resumeBatchOperation"]["parameters"]; body?: NonNullable<operations["resumeBatchOperation"]["requestBody"]>["content"]["application/json"] };
  "/batch-operations/{batchOperationKey}/suspension": { params: operations["suspendBatchOperation"]["parameters"]; body?: NonNullable<operations["suspendBatchOperation"]["requestBody"]>["content"]["application/json"] };
  "/clock/reset": { params?: operations["resetClock"]["parameters"]; body?: never };
  "/cluster-variables/global": { params?: operations["createGlobalClusterVariable"]["parameters"]; body: operations["createGlobalClusterVariable"]["requestBody"]["content"]["application/json"] };
  "/cluster-variables/search": { params?: operations["searchClusterVariables"]["parameters"]; body?: NonNullable<operations["searchClusterVariables"]["requestBody"]>["content"]["application/json"] };
  "/cluster-variables/tenants/{tenantId}": { params: operations["createTenantClusterVariable"]["parameters"]; body: operations["createTenantClusterVariable"]["requestBody"]["content"]["application/json"] };
  "/conditionals/evaluation": { params?: operations["evaluateConditionals"]["parameters"]; body: operations["evaluateConditionals"]["requestBody"]["content"]["application/json"] };
  "/correlated-message-subscriptions/search": { params?: operations["searchCorrelatedMessageSubscriptions"]["parameters"]; body?: NonNullable<operations["searchCorrelatedMessageSubscriptions"]["requestBody"]>["content"]["application/json"] };
  "/decision-definitions/evaluation": { params?: operations["evaluateDecision"]["parameters"]; body: operations["evaluateDecision"]["requestBody"]["content"]["application/json"] };
  "/decision-definitions/search": { params?: operations["searchDecisionDefinitions"]["parameters"]; body?: NonNullable<operations["searchDecisionDefinitions"]["requestBody"]>["content"]["application/json"] };
  "/decision-instances/deletion": { params?: operations["deleteDecisionInstancesBatchOperation"]["parameters"]; body: operations["deleteDecisionInstancesBatchOperation"]["requestBody"]["content"]["application/json"] };
  "/decision-instances/search": { params?: operations["searchDecisionInstances"]["parameters"]; body?: NonNullable<operations["searchDecisionInstances"]["requestBody"]>["content"]["application/json"] };
  "/decision-instances/{decisionEvaluationKey}/deletion": { params: operations["deleteDecisionInstance"]["parameters"]; body?: NonNullable<operations["deleteDecisionInstance"]["requestBody"]>["content"]["application/json"] };
  "/decision-requirements/search": { params?: operations["searchDecisionRequirements"]["parameters"]; body?: NonNullable<operations["searchDecisionRequirements"]["requestBody"]>["content"]["application/json"] };
  "/deployments": { params?: operations["createDeployment"]["parameters"]; body: operations["createDeployment"]["requestBody"]["content"]["multipart/form-data"] };
  "/documents": { params?: operations["createDocument"]["parameters"]; body: operations["createDocument"]["requestBody"]["content"]["multipart/form-data"] };
  "/documents/batch": { params?: operations["createDocuments"]["parameters"]; body: operations["createDocuments"]["requestBody"]["content"]["multipart/form-data"] };
  "/documents/{documentId}/links": { params: operations["createDocumentLink"]["parameters"]; body?: NonNullable<operations["createDocumentLink"]["requestBody"]>["content"]["application/json"] };
  "/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation": { params: operations["activateAdHocSubProcessActivities"]["parameters"]; body: operations["activateAdHocSubProcessActivities"]["requestBody"]["content"]["application/json"] };
  "/element-instances/search": { params?: operations["searchElementInstances"]["parameters"]; body?: NonNullable<operations["searchElementInstances"]["requestBody"]>["content"]["application/json"] };
  "/element-instances/{elementInstanceKey}/incidents/search": { params: operations["searchElementInstanceIncidents"]["parameters"]; body: operations["searchElementInstanceIncidents"]["requestBody"]["content"]["application/json"] };
  "/expression/evaluation": { params?: operations["evaluateExpression"]["parameters"]; body: operations["evaluateExpression"]["requestBody"]["content"]["application/json"] };
  "/global-task-listeners": { params?: operations["createGlobalTaskListener"]["parameters"]; body: operations["createGlobalTaskListener"]["requestBody"]["content"]["application/json"] };
  "/global-task-listeners/search": { params?: operations["searchGlobalTaskListeners"]["parameters"]; body?: NonNullable<operations["searchGlobalTaskListeners"]["requestBody"]>["content"]["application/json"] };
  "/groups": { params?: operations["createGroup"]["parameters"]; body?: NonNullable<operations["createGroup"]["requestBody"]>["content"]["application/json"] };
  "/groups/search": { params?: operations["searchGroups"]["parameters"]; body?: NonNullable<operations["searchGroups"]["requestBody"]>["content"]["application/json"] };
  "/groups/{groupId}/clients/search": { params: operations["searchClientsForGroup"]["parameters"]; body?: NonNullable<operations["searchClientsForGroup"]["requestBody"]>["content"]["application/json"] };
  "/groups/{groupId}/mapping-rules/search": { params: operations["searchMappingRulesForGroup"]["parameters"]; body?: NonNullable<operations["searchMappingRulesForGroup"]["requestBody"]>["content"]["application/json"] };
  "/groups/{groupId}/roles/search": { params: operations["searchRolesForGroup"]["parameters"]; body?: NonNullable<operations["searchRolesForGroup"]["requestBody"]>["content"]["application/json"] };
  "/groups/{groupId}/users/search": { params: operations["searchUsersForGroup"]["parameters"]; body?: NonNullable<operations["searchUsersForGroup"]["requestBody"]>["content"]["application/json"] };
  "/incidents/search": { params?: operations["searchIncidents"]["parameters"]; body?: NonNullable<operations["searchIncidents"]["requestBody"]>["content"]["application/json"] };
  "/incidents/statistics/process-instances-by-definition": { params?: operations["getProcessInstanceStatisticsByDefinition"]["parameters"]; body: operations["getProcessInstanceStatisticsByDefinition"]["requestBody"]["content"]["application/json"] };
  "/incidents/statistics/process-instances-by-error": { params?: operations["getProcessInstanceStatisticsByError"]["parameters"]; body?: NonNullable<operations["getProcessInstanceStatisticsByError"]["requestBody"]>["content"]["application/json"] };
  "/incidents/{incidentKey}/resolution": { params: operations["resolveIncident"]["parameters"]; body?: NonNullable<operations["resolveIncident"]["requestBody"]>["content"]["application/json"] };
  "/jobs/activation": { params?: operations["activateJobs"]["parameters"]; body: operations["activateJobs"]["requestBody"]["content"]["application/json"] };
  "/jobs/search": { params?: operations["searchJobs"]["parameters"]; body?: NonNullable<operations["searchJobs"]["requestBody"]>["content"]["application/json"] };
  "/jobs/statistics/by-types": { params?: operations["getJobTypeStatistics"]["parameters"]; body: operations["getJobTypeStatistics"]["requestBody"]["content"]["application/json"] };
  "/jobs/statistics/by-workers": { params?: operations["getJobWorkerStatistics"]["parameters"]; body: operations["getJobWorkerStatistics"]["requestBody"]["content"]["application/json"] };
  "/jobs/statistics/errors": { params?: operations["getJobErrorStatistics"]["parameters"]; body: operations["getJobErrorStatistics"]["requestBody"]["content"]["application/json"] };
  "/jobs/statistics/time-series": { params?: operations["getJobTimeSeriesStatistics"]["parameters"]; body: operations["getJobTimeSeriesStatistics"]["requestBody"]["content"]["application/json"] };
  "/jobs/{jobKey}/completion": { params: operations["completeJob"]["parameters"]; body?: NonNullable<operations["completeJob"]["requestBody"]>["content"]["application/json"] };
  "/jobs/{jobKey}/error": { params: operations["throwJobError"]["parameters"]; body: operations["throwJobError"]["requestBody"]["content"]["application/json"] };
  "/jobs/{jobKey}/failure": { params: operations["failJob"]["parameters"]; body?: NonNullable<operations["failJob"]["requestBody"]>["content"]["application/json"] };
  "/mapping-rules": { params?: operations["createMappingRule"]["parameters"]; body?: NonNullable<operations["createMappingRule"]["requestBody"]>["content"]["application/json"] };
  "/mapping-rules/search": { params?: operations["searchMappingRule"]["parameters"]; body?: NonNullable<operations["searchMappingRule"]["requestBody"]>["content"]["application/json"] };
  "/message-subscriptions/search": { params?: operations["searchMessageSubscriptions"]["parameters"]; body?: NonNullable<operations["searchMessageSubscriptions"]["requestBody"]>["content"]["application/json"] };
  "/messages/correlation": { params?: operations["correlateMessage"]["parameters"]; body: operations["correlateMessage"]["requestBody"]["content"]["application/json"] };
  "/messages/publication": { params?: operations["publishMessage"]["parameters"]; body: operations["publishMessage"]["requestBody"]["content"]["application/json"] };
  "/process-definitions/search": { params?: operations["searchProcessDefinitions"]["parameters"]; body?: NonNullable<operations["searchProcessDefinitions"]["requestBody"]>["content"]["application/json"] };
  "/process-definitions/statistics/message-subscriptions": { params?: operations["getProcessDefinitionMessageSubscriptionStatistics"]["parameters"]; body?: NonNullable<operations["getProcessDefinitionMessageSubscriptionStatistics"]["requestBody"]>["content"]["application/json"] };
  "/process-definitions/statistics/process-instances": { params?: operations["getProcessDefinitionInstanceStatistics"]["parameters"]; body?: NonNullable<operations["getProcessDefinitionInstanceStatistics"]["requestBody"]>["content"]["application/json"] };
  "/process-definitions/statistics/process-instances-by-version": { params?: operations["getProcessDefinitionInstanceVersionStatistics"]["parameters"]; body: operations["getProcessDefinitionInstanceVersionStatistics"]["requestBody"]["content"]["application/json"] };
  "/process-definitions/{processDefinitionKey}/statistics/element-instances": { params: operations["getProcessDefinitionStatistics"]["parameters"]; body?: NonNullable<operations["getProcessDefinitionStatistics"]["requestBody"]>["content"]["application/json"] };
  "/process-instances": { params?: operations["createProcessInstance"]["parameters"]; body: operations["createProcessInstance"]["requestBody"]["content"]["application/json"] };
  "/process-instances/cancellation": { params?: operations["cancelProcessInstancesBatchOperation"]["parameters"]; body: operations["cancelProcessInstancesBatchOperation"]["requestBody"]["content"]["application/json"] };
  "/process-instances/deletion": { params?: operations["deleteProcessInstancesBatchOperation"]["parameters"]; body: operations["deleteProcessInstancesBatchOperation"]["requestBody"]["content"]["application/json"] };
  "/process-instances/incident-resolution": { params?: operations["resolveIncidentsBatchOperation"]["parameters"]; body?: NonNullable<operations["resolveIncidentsBatchOperation"]["requestBody"]>["content"]["application/json"] };
  "/process-instances/migration": { params?: operations["migrateProcessInstancesBatchOperation"]["parameters"]; body: operations["migrateProcessInstancesBatchOperation"]["requestBody"]["content"]["application/json"] };
  "/process-instances/modification": { params?: operations["modifyProcessInstancesBatchOperation"]["parameters"]; body: operations["modifyProcessInstancesBatchOperation"]["requestBody"]["content"]["application/json"] };
  "/process-instances/search": { params?: operations["searchProcessInstances"]["parameters"]; body?: NonNullable<operations["searchProcessInstances"]["requestBody"]>["content"]["application/json"] };
  "/process-instances/{processInstanceKey}/cancellation": { params: operations["cancelProcessInstance"]["parameters"]; body?: NonNullable<operations["cancelProcessInstance"]["requestBody"]>["content"]["application/json"] };
  "/process-instances/{processInstanceKey}/deletion": { params: operations["deleteProcessInstance"]["parameters"]; body?: NonNullable<operations["deleteProcessInstance"]["requestBody"]>["content"]["application/json"] };
  "/process-instances/{processInstanceKey}/incident-resolution": { params: operations["resolveProcessInstanceIncidents"]["parameters"]; body?: never };
  "/process-instances/{processInstanceKey}/incidents/search": { params: operations["searchProcessInstanceIncidents"]["parameters"]; body?: NonNullable<operations["searchProcessInstanceIncidents"]["requestBody"]>["content"]["application/json"] };
  "/process-instances/{processInstanceKey}/migration": { params: operations["migrateProcessInstance"]["parameters"]; body: operations["migrateProcessInstance"]["requestBody"]["content"]["application/json"] };
  "/process-instances/{processInstanceKey}/modification": { params: operations["modifyProcessInstance"]["parameters"]; body: operations["modifyProcessInstance"]["requestBody"]["content"]["application/json"] };
  "/resources/{resourceKey}/deletion": { params: operations["deleteResource"]["parameters"]; body?: NonNullable<operations["deleteResource"]["requestBody"]>["content"]["application/json"] };
  "/roles": { params?: operations["createRole"]["parameters"]; body?: NonNullable<operations["createRole"]["requestBody"]>["content"]["application/json"] };
  "/roles/search": { params?: operations["searchRoles"]["parameters"]; body?: NonNullable<operations["searchRoles"]["requestBody"]>["content"]["application/json"] };
  "/roles/{roleId}/clients/search": { params: operations["searchClientsForRole"]["parameters"]; body?: NonNullable<operations["searchClientsForRole"]["requestBody"]>["content"]["application/json"] };
  "/roles/{roleId}/groups/search": { params: operations["searchGroupsForRole"]["parameters"]; body?: NonNullable<operations["searchGroupsForRole"]["requestBody"]>["content"]["application/json"] };
  "/roles/{roleId}/mapping-rules/search": { params: operations["searchMappingRulesForRole"]["parameters"]; body?: NonNullable<operations["searchMappingRulesForRole"]["requestBody"]>["content"]["application/json"] };
  "/roles/{roleId}/users/search": { params: operations["searchUsersForRole"]["parameters"]; body?: NonNullable<operations["searchUsersForRole"]["requestBody"]>["content"]["application/json"] };
  "/setup/user": { params?: operations["createAdminUser"]["parameters"]; body: operations["createAdminUser"]["requestBody"]["content"]["application/json"] };
  "/signals/broadcast": { params?: operations["broadcastSignal"]["parameters"]; body: operations["broadcastSignal"]["requestBody"]["content"]["application/json"] };
  "/tenants": { params?: operations["createTenant"]["parameters"]; body: operations["createTenant"]["requestBody"]["content"]["application/json"] };
  "/tenants/search": { params?: operations["searchTenants"]["parameters"]; body?: NonNullable<operations["searchTenants"]["requestBody"]>["content"]["application/json"] };
  "/tenants/{tenantId}/clients/search": { params: operations["searchClientsForTenant"]["parameters"]; body?: NonNullable<operations["searchClientsForTenant"]["requestBody"]>["content"]["application/json"] };
  "/tenants/{tenantId}/groups/search": { params: operations["searchGroupIdsForTenant"]["parameters"]; body?: NonNullable<operations["searchGroupIdsForTenant"]["requestBody"]>["content"]["application/json"] };
  "/tenants/{tenantId}/mapping-rules/search": { params: operations["searchMappingRulesForTenant"]["parameters"]; body?: NonNullable<operations["searchMappingRulesForTenant"]["requestBody"]>["content"]["application/json"] };
  "/tenants/{tenantId}/roles/search": { params: operations["searchRolesForTenant"]["parameters"]; body?: NonNullable<operations["searchRolesForTenant"]["requestBody"]>["content"]["application/json"] };
  "/tenants/{tenantId}/users/search": { params: operations["searchUsersForTenant"]["parameters"]; body?: NonNullable<operations["searchUsersForTenant"]["requestBody"]>["content"]["application/json"] };
  "/user-tasks/search": { params?: operations["searchUserTasks"]["parameters"]; body?: NonNullable<operations["searchUserTasks"]["requestBody"]>["content"]["application/json"] };
  "/user-tasks/{userTaskKey}/assignment": { params: operations["assignUserTask"]["parameters"]; body: operations["assignUserTask"]["requestBody"]["content"]["application/json"] };
  "/user-tasks/{userTaskKey}/audit-logs/search": { params: operations["searchUserTaskAuditLogs"]["parameters"]; body?: NonNullable<operations["searchUserTaskAuditLogs"]["requestBody"]>["content"]["application/json"] };
  "/user-tasks/{userTaskKey}/completion": { params: operations["completeUserTask"]["parameters"]; body?: NonNullable<operations["completeUserTask"]["requestBody"]>["content"]["application/json"] };
  "/user-tasks/{userTaskKey}/effective-variables/search": { params: operations["searchUserTaskEffectiveVariables"]["parameters"]; body?: NonNullable<operations["searchUserTaskEffectiveVariables"]["requestBody"]>["content"]["application/json"] };
  "/user-tasks/{userTaskKey}/variables/search": { params: operations["searchUserTaskVariables"]["parameters"]; body?: NonNullable<operations["searchUserTaskVariables"]["requestBody"]>["content"]["application/json"] };
  "/users": { params?: operations["createUser"]["parameters"]; body: operations["createUser"]["requestBody"]["content"]["application/json"] };
  "/users/search": { params?: operations["searchUsers"]["parameters"]; body?: NonNullable<operations["searchUsers"]["requestBody"]>["content"]["application/json"] };
  "/variables/search": { params?: operations["searchVariables"]["parameters"]; body?: NonNullable<operations["searchVariables"]["requestBody"]>["content"]["application/json"] };
}

/** Whether a POST call needs options (path parameters or a required body). */
export interface PostInitRequired {
  [path: string]: boolean;
  "/audit-logs/search": false;
  "/authorizations": true;
  "/authorizations/search": false;
  "/batch-operation-items/search": false;
  "/batch-operations/search": false;
  "/batch-operations/{batchOperationKey}/cancellation": true;
  "/batch-operations/{batchOperationKey}/resumption": true;
  "/batch-operations/{batchOperationKey}/suspension": true;
  "/clock/reset": false;
  "/cluster-variables/global": true;
  "/cluster-variables/search": false;
  "/cluster-variables/tenants/{tenantId}": true;
  "/conditionals/evaluation": true;
  "/correlated-message-subscriptions/search": false;
  "/decision-definitions/evaluation": true;
  "/decision-definitions/search": false;
  "/decision-instances/deletion": true;
  "/decision-instances/search": false;
  "/decision-instances/{decisionEvaluationKey}/deletion": true;
  "/decision-requirements/search": false;
  "/deployments": true;
  "/documents": true;
  "/documents/batch": true;
  "/documents/{documentId}/links": true;
  "/element-instances/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation": true;
  "/element-instances/search": false;
  "/element-instances/{elementInstanceKey}/incidents/search": true;
  "/expression/evaluation": true;
  "/global-task-listeners": true;
  "/global-task-listeners/search": false;
  "/groups": false;
  "/groups/search": false;
  "/groups/{groupId}/clients/search": true;
  "/groups/{groupId}/mapping-rules/search": true;
  "/groups/{groupId}/roles/search": true;
  "/groups/{groupId}/users/search": true;
  "/incidents/search": false;
  "/incidents/statistics/process-instances-by-definition": true;
  "/incidents/statistics/process-instances-by-error": false;
  "/incidents/{incidentKey}/resolution": true;
  "/jobs/activation": true;
  "/jobs/search": false;
  "/jobs/statistics/by-types": true;
  "/jobs/statistics/by-workers": true;
  "/jobs/statistics/errors": true;
  "/jobs/statistics/time-series": true;
  "/jobs/{jobKey}/completion": true;
  "/jobs/{jobKey}/error": true;
  "/jobs/{jobKey}/failure": true;
  "/mapping-rules": false;
  "/mapping-rules/search": false;
  "/message-subscriptions/search": false;
  "/messages/correlation": true;
  "/messages/publication": true;
  "/process-definitions/search": false;
  "/process-definitions/statistics/message-subscriptions": false;
  "/process-definitions/statistics/process-instances": false;
  "/process-definitions/statistics/process-instances-by-version": true;
  "/process-definitions/{processDefinitionKey}/statistics/element-instances": true;
  "/process-instances": true;
  "/process-instances/cancellation": true;
  "/process-instances/deletion": true;
  "/process-instances/incident-resolution": false;
  "/process-instances/migration": true;
  "/process-instances/modification": true;
  "/process-instances/search": false;
  "/process-instances/{processInstanceKey}/cancellation": true;
  "/process-instances/{processInstanceKey}/deletion": true;
  "/process-instances/{processInstanceKey}/incident-resolution": true;
  "/process-instances/{processInstanceKey}/incidents/search": true;
  "/process-instances/{processInstanceKey}/migration": true;
  "/process-instances/{processInstanceKey}/modification": true;
  "/resources/{resourceKey}/deletion": true;
  "/roles": false;
  "/roles/search": false;
  "/roles/{roleId}/clients/search": true;
  "/roles/{roleId}/groups/search": true;
  "/roles/{roleId}/mapping-rules/search": true;
  "/roles/{roleId}/users/search": true;
  "/setup/user": true;
  "/signals/broadcast": true;
  "/tenants": true;
  "/tenants/search": false;
  "/tenants/{tenantId}/clients/search": true;
  "/tenants/{tenantId}/groups/search": true;
  "/tenants/{tenantId}/mapping-rules/search": true;
  "/tenants/{tenantId}/roles/search": true;
  "/tenants/{tenantId}/users/search": true;
  "/user-tasks/search": false;
  "/user-tasks/{userTaskKey}/assignment": true;
  "/user-tasks/{userTaskKey}/audit-logs/search": true;
  "/user-tasks/{userTaskKey}/completion": true;
  "/user-tasks/{userTaskKey}/effective-variables/search": true;
  "/user-tasks/{userTaskKey}/variables/search": true;
  "/users": true;
  "/users/search": false;
  "/variables/search": false;
}

/** The paths that have a DELETE operation. */
export type DeletePaths =
  | "/authorizations/{authorizationKey}"
  | "/cluster-variables/global/{name}"
  | "/cluster-variables/tenants/{tenantId}/{name}"
  | "/documents/{documentId}"
  | "/global-task-listeners/{id}"
  | "/groups/{groupId}"
  | "/groups/{groupId}/clients/{clientId}"
  | "/groups/{groupId}/mapping-rules/{mappingRuleId}"
  | "/groups/{groupId}/users/{username}"
  | "/mapping-rules/{mappingRuleId}"
  | "/roles/{roleId}"
  | "/roles/{roleId}/clients/{clientId}"
  | "/roles/{roleId}/groups/{groupId}"
  | "/roles/{roleId}/mapping-rules/{mappingRuleId}"
  | "/roles/{roleId}/users/{username}"
  | "/tenants/{tenantId}"
  | "/tenants/{tenantId}/clients/{clientId}"
  | "/tenants/{tenantId}/groups/{groupId}"
  | "/tenants/{tenantId}/mapping-rules/{mappingRuleId}"
  | "/tenants/{tenantId}/roles/{roleId}"
  | "/tenants/{tenantId}/users/{username}"
  | "/user-tasks/{userTaskKey}/assignee"
  | "/users/{username}";

/** The operation of each path that has a DELETE. */
export interface DeleteOperations {
  [path: string]: unknown;
  "/authorizations/{authorizationKey}": operations["deleteAuthorization"];
  "/cluster-variables/global/{name}": operations["deleteGlobalClusterVariable"];
  "/cluster-variables/tenants/{tenantId}/{name}": operations["deleteTenantClusterVariable"];
  "/documents/{documentId}": operations["deleteDocument"];
  "/global-task-listeners/{id}": operations["deleteGlobalTaskListener"];
  "/groups/{groupId}": operations["deleteGroup"];
  "/groups/{groupId}/clients/{clientId}": operations["unassignClientFromGroup"];
  "/groups/{groupId}/mapping-rules/{mappingRuleId}": operations["unassignMappingRuleFromGroup"];
  "/groups/{groupId}/users/{username}": operations["unassignUserFromGroup"];
  "/mapping-rules/{mappingRuleId}": operations["deleteMappingRule"];
  "/roles/{roleId}": operations["deleteRole"];
  "/roles/{roleId}/clients/{clientId}": operations["unassignRoleFromClient"];
  "/roles/{roleId}/groups/{groupId}": operations["unassignRoleFromGroup"];
  "/roles/{roleId}/mapping-rules/{mappingRuleId}": operations["unassignRoleFromMappingRule"];
  "/roles/{roleId}/users/{username}": operations["unassignRoleFromUser"];
  "/tenants/{tenantId}": operations["deleteTenant"];
  "/tenants/{tenantId}/clients/{clientId}": operations["unassignClientFromTenant"];
  "/tenants/{tenantId}/groups/{groupId}": operations["unassignGroupFromTenant"];
  "/tenants/{tenantId}/mapping-rules/{mappingRuleId}": operations["unassignMappingRuleFromTenant"];
  "/tenants/{tenantId}/roles/{roleId}": operations["unassignRoleFromTenant"];
  "/tenants/{tenantId}/users/{username}": operations["unassignUserFromTenant"];
  "/user-tasks/{userTaskKey}/assignee": operations["unassignUserTask"];
  "/users/{username}": operations["deleteUser"];
}

/** `params` and `body` of each DELETE call, as openapi-fetch's RequestOptions resolves them. */
export interface DeleteInits {
  [path: string]: unknown;
  "/authorizations/{authorizationKey}": { params: operations["deleteAuthorization"]["parameters"]; body?: never };
  "/cluster-variables/global/{name}": { params: operations["deleteGlobalClusterVariable"]["parameters"]; body?: never };
  "/cluster-variables/tenants/{tenantId}/{name}": { params: operations["deleteTenantClusterVariable"]["parameters"]; body?: never };
  "/documents/{documentId}": { params: operations["deleteDocument"]["parameters"]; body?: never };
  "/global-task-listeners/{id}": { params: operations["deleteGlobalTaskListener"]["parameters"]; body?: never };
  "/groups/{groupId}": { params: operations["deleteGroup"]["parameters"]; body?: never };
  "/groups/{groupId}/clients/{clientId}": { params: operations["unassignClientFromGroup"]["parameters"]; body?: never };
  "/groups/{groupId}/mapping-rules/{mappingRuleId}": { params: operations["unassignMappingRuleFromGroup"]["parameters"]; body?: never };
  "/groups/{groupId}/users/{username}": { params: operations["unassignUserFromGroup"]["parameters"]; body?: never };
  "/mapping-rules/{mappingRuleId}": { params: operations["deleteMappingRule"]["parameters"]; body?: never };
  "/roles/{roleId}": { params: operations["deleteRole"]["parameters"]; body?: never };
  "/roles/{roleId}/clients/{clientId}": { params: operations["unassignRoleFromClient"]["parameters"]; body?: never };
  "/roles/{roleId}/groups/{groupId}": { params: operations["unassignRoleFromGroup"]["parameters"]; body?: never };
  "/roles/{roleId}/mapping-rules/{mappingRuleId}": { params: operations["unassignRoleFromMappingRule"]["parameters"]; body?: never };
  "/roles/{roleId}/users/{username}": { params: operations["unassignRoleFromUser"]["parameters"]; body?: never };
  "/tenants/{tenantId}": { params: operations["deleteTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/clients/{clientId}": { params: operations["unassignClientFromTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/groups/{groupId}": { params: operations["unassignGroupFromTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/mapping-rules/{mappingRuleId}": { params: operations["unassignMappingRuleFromTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/roles/{roleId}": { params: operations["unassignRoleFromTenant"]["parameters"]; body?: never };
  "/tenants/{tenantId}/users/{username}": { params: operations["unassignUserFromTenant"]["parameters"]; body?: never };
  "/user-tasks/{userTaskKey}/assignee": { params: operations["unassignUserTask"]["parameters"]; body?: never };
  "/users/{username}": { params: operations["deleteUser"]["parameters"]; body?: never };
}

/** Whether a DELETE call needs options (path parameters or a required body). */
export interface DeleteInitRequired {
  [path: string]: boolean;
  "/authorizations/{authorizationKey}": true;
  "/cluster-variables/global/{name}": true;
  "/cluster-variables/tenants/{tenantId}/{name}": true;
  "/documents/{documentId}": true;
  "/global-task-listeners/{id}": true;
  "/groups/{groupId}": true;
  "/groups/{groupId}/clients/{clientId}": true;
  "/groups/{groupId}/mapping-rules/{mappingRuleId}": true;
  "/groups/{groupId}/users/{username}": true;
  "/mapping-rules/{mappingRuleId}": true;
  "/roles/{roleId}": true;
  "/roles/{roleId}/clients/{clientId}": true;
  "/roles/{roleId}/groups/{groupId}": true;
  "/roles/{roleId}/mapping-rules/{mappingRuleId}": true;
  "/roles/{roleId}/users/{username}": true;
  "/tenants/{tenantId}": true;
  "/tenants/{tenantId}/clients/{clientId}": true;
  "/tenants/{tenantId}/groups/{groupId}": true;
  "/tenants/{tenantId}/mapping-rules/{mappingRuleId}": true;
  "/tenants/{tenantId}/roles/{roleId}": true;
  "/tenants/{tenantId}/users/{username}": true;
  "/user-tasks/{userTaskKey}/assignee": true;
  "/users/{username}": true;
}

/** The paths that have a PATCH operation. */
export type PatchPaths =
  | "/jobs/{jobKey}"
  | "/user-tasks/{userTaskKey}";

/** The operation of each path that has a PATCH. */
export interface PatchOperations {
  [path: string]: unknown;
  "/jobs/{jobKey}": operations["updateJob"];
  "/user-tasks/{userTaskKey}": operations["updateUserTask"];
}

/** `params` and `body` of each PATCH call, as openapi-fetch's RequestOptions resolves them. */
export interface PatchInits {
  [path: string]: unknown;
  "/jobs/{jobKey}": { params: operations["updateJob"]["parameters"]; body: operations["updateJob"]["requestBody"]["content"]["application/json"] };
  "/user-tasks/{userTaskKey}": { params: operations["updateUserTask"]["parameters"]; body?: NonNullable<operations["updateUserTask"]["requestBody"]>["content"]["application/json"] };
}

/** Whether a PATCH call needs options (path parameters or a required body). */
export interface PatchInitRequired {
  [path: string]: boolean;
  "/jobs/{jobKey}": true;
  "/user-tasks/{userTaskKey}": true;
}

/** The `...Paths` maps above by method. */
export interface MethodPaths {
  get: GetPaths;
  put: PutPaths;
  post: PostPaths;
  delete: DeletePaths;
  patch: PatchPaths;
}

/** The `...Operations` maps above by method. */
export interface MethodOperations {
  get: GetOperations;
  put: PutOperations;
  post: PostOperations;
  delete: DeleteOperations;
  patch: PatchOperations;
}

/** The `...Inits` maps above by method. */
export interface MethodInits {
  get: GetInits;
  put: PutInits;
  post: PostInits;
  delete: DeleteInits;
  patch: PatchInits;
}

/** The `...InitRequired` maps above by method. */
export interface MethodInitRequired {
  get: GetInitRequired;
  put: PutInitRequired;
  post: PostInitRequired;
  delete: DeleteInitRequired;
  patch: PatchInitRequired;
}
