targetScope = 'subscription'

metadata description = 'ReportFunctions: the Function App, its keyless storage, monitoring and Key Vault, in one resource group. Deploys unchanged to AzureCloud and AzureChinaCloud.'

@minLength(1)
@maxLength(64)
@description('Name of the environment (azd: AZURE_ENV_NAME); names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Azure region of every resource, e.g. eastasia, or chinanorth3 in Azure China.')
param location string

@description('flex: Flex Consumption (FC1), where offered. elasticPremium: Elastic Premium (EP1), for clouds and regions without Flex, e.g. Azure China.')
param hostingPlan 'flex' | 'elasticPremium' = 'flex'

@description('Principal id of whoever deploys (azd: AZURE_PRINCIPAL_ID); may then set Key Vault secrets and, on Elastic Premium, upload the app package. Empty: nobody is added.')
param principalId string = ''

@description('Kind of that principal: User for a person, ServicePrincipal for a pipeline.')
param principalType 'User' | 'ServicePrincipal' | 'Group' = 'User'

@description('Base URL of published reports, e.g. a custom domain. Empty: the Function App\'s own https address.')
param publicBaseUrl string = ''

@minLength(1)
@description('SMTP server host name.')
param smtpHost string

@description('SMTP server port: 587 with StartTls, 465 with SslOnConnect.')
param smtpPort string = '587'

@description('SMTP user name; empty when the server accepts mail without authentication.')
param smtpUsername string = ''

@secure()
@description('SMTP password, stored in Key Vault. Empty: the secret is not written (set it after deployment).')
param smtpPassword string = ''

@minLength(3)
@description('Sender address of every e-mail, e.g. gongkai@example.gov.cn.')
param smtpFrom string

@description('SMTP transport security.')
param smtpTlsMode 'None' | 'StartTls' | 'SslOnConnect' = 'StartTls'

@description('Six-field NCRONTAB schedule (UTC) of the reminder run; the default is 09:00 China Standard Time.')
param remindersSchedule string = '0 0 1 * * *'

@minLength(3)
@description('Address of the supervising office, copied on overdue reminders.')
param supervisingOfficeEmail string

@minLength(1)
@description('Link to the submission form, put in reminder e-mails.')
param formUrl string

@minLength(1)
@description('Name of the issuing office that signs every e-mail.')
param officeName string = '政府信息公开工作主管部门'

@description('Phone of the issuing office in the e-mail signature; empty leaves the line out.')
param officePhone string = ''

@description('Whether organizations without a setting of their own wait for review before publication (先备案后公布).')
param reviewRequiredByDefault bool = false

@description('Client (application) id of the Entra ID app registration the console signs in with (App Service Authentication, docs/deploy.md). Empty: authentication stays off and the console takes only the admin key.')
param consoleAuthClientId string = ''

@description('The app role of that registration a user needs to use the console.')
param consoleRequiredRole string = 'ReportsAdmin'

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var identityName = 'id-${resourceToken}'
var storageAccountName = 'st${resourceToken}'

// The names the app uses: src/ReportFunctions/Storage/StorageNames.cs and the Queues:* defaults (a test
// keeps them equal). The app also creates missing ones at start-up; creating them here means the poison
// queues exist before anything fails, so they can be watched from the first day. The queue names are
// written out rather than built ('${submissionsQueue}-poison') so the compiled template lists them as
// plain JSON, which tests/ReportFunctions.Tests/Infra compares with the app's names.
var submissionsQueue = 'report-submissions'
var emailOutboxQueue = 'email-outbox'
var blobContainers = [
  'submissions'
  'reports'
  'review'
]
var storageQueues = [
  'report-submissions'
  'report-submissions-poison'
  'email-outbox'
  'email-outbox-poison'
]
var storageTables = [
  'Organizations'
  'Submissions'
  'IdempotencyKeys'
  'PublishedReports'
  'ReminderLog'
  'CorrectionNotices'
  'EmailDeliveries'
]
// The app package: Flex Consumption deploys it to this container; on Elastic Premium,
// infra/deploy-package.sh uploads it there as packageBlob and the app runs it from there.
var deploymentContainer = 'app-package'
var packageBlob = 'reportfunctions.zip'
var isElasticPremium = hostingPlan == 'elasticPremium'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: storageAccountName
    location: location
    tags: tags
    containerNames: blobContainers
    deploymentContainerName: deploymentContainer
    queueNames: storageQueues
    tableNames: storageTables
    identityName: identityName
    identityPrincipalId: identity.outputs.principalId
    packageUploaderPrincipalId: isElasticPremium ? principalId : ''
    packageUploaderPrincipalType: principalType
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    identityName: identityName
    identityPrincipalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  scope: resourceGroup
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    identityName: identityName
    identityPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
    operatorPrincipalType: principalType
    smtpPasswordSecretName: 'smtp-password'
    smtpPassword: smtpPassword
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  scope: resourceGroup
  params: {
    name: 'func-${resourceToken}'
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    hostingPlan: hostingPlan
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainer
    packageBlobName: packageBlob
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    smtpCredentialUri: keyVault.outputs.smtpCredentialUri
    submissionsQueueName: submissionsQueue
    emailOutboxQueueName: emailOutboxQueue
    publicBaseUrl: publicBaseUrl
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUsername: smtpUsername
    smtpFrom: smtpFrom
    smtpTlsMode: smtpTlsMode
    remindersSchedule: remindersSchedule
    supervisingOfficeEmail: supervisingOfficeEmail
    formUrl: formUrl
    officeName: officeName
    officePhone: officePhone
    reviewRequiredByDefault: reviewRequiredByDefault
    consoleAuthClientId: consoleAuthClientId
    consoleRequiredRole: consoleRequiredRole
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_HOSTING_PLAN string = hostingPlan
output AZURE_STORAGE_ACCOUNT_NAME string = storageAccountName
output AZURE_PACKAGE_CONTAINER string = deploymentContainer
output AZURE_PACKAGE_BLOB string = packageBlob
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output REPORTS_API_URL string = 'https://${functionApp.outputs.defaultHostName}'
output REPORTS_PUBLIC_BASE_URL string = functionApp.outputs.publicBaseUrl
