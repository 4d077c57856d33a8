metadata description = 'The Function App (.NET 10 isolated worker, Linux) on Flex Consumption (FC1) or Elastic Premium (EP1), running as the user-assigned identity, with every app setting the code reads.'

@description('Name of the Function App.')
param name string

@description('Name of the hosting plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the plan; the app also gets azd-service-name.')
param tags { *: string }

@description('flex: Flex Consumption (FC1). elasticPremium: Elastic Premium (EP1), for clouds and regions without Flex (e.g. Azure China).')
param hostingPlan 'flex' | 'elasticPremium'

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (the host and the SDK clients pick it with it).')
param identityClientId string

@description('Blob endpoint of the storage account, e.g. https://NAME.blob.core.windows.net.')
param blobEndpoint string

@description('Queue endpoint of the storage account.')
param queueEndpoint string

@description('Table endpoint of the storage account.')
param tableEndpoint string

@description('Blob container of the app package: Flex Consumption deploys to it; Elastic Premium runs the package blob from it.')
param deploymentContainerName string

@description('Name of the package blob Elastic Premium runs (uploaded by infra/deploy-package.sh).')
param packageBlobName string

@description('Application Insights connection string (local auth disabled: ingestion needs the identity).')
param applicationInsightsConnectionString string

@description('Versionless Key Vault URI of the SMTP password secret.')
param smtpCredentialUri string

@description('Queue of accepted submissions.')
param submissionsQueueName string

@description('Queue of e-mails to send.')
param emailOutboxQueueName string

@description('Base URL of published reports. Empty: the app\'s own https address.')
param publicBaseUrl string

@description('SMTP server host name.')
param smtpHost string

@description('SMTP server port.')
param smtpPort string

@description('SMTP user name; empty when the server accepts mail without authentication.')
param smtpUsername string

@description('Sender address of every e-mail.')
param smtpFrom string

@description('SMTP transport security.')
param smtpTlsMode 'None' | 'StartTls' | 'SslOnConnect'

@description('Six-field NCRONTAB schedule (UTC) of the reminder run.')
param remindersSchedule string

@description('Address of the supervising office, copied on overdue reminders.')
param supervisingOfficeEmail string

@description('Link to the submission form, put in reminder e-mails.')
param formUrl string

@description('Name of the issuing office that signs every e-mail.')
param officeName string

@description('Phone of the issuing office in the e-mail signature.')
param officePhone string

@description('Whether organizations without a setting of their own wait for review before publication.')
param reviewRequiredByDefault bool

@description('Entra ID app registration for the console sign-in; empty leaves App Service Authentication off.')
param consoleAuthClientId string

@description('The app role the console requires (Console__RequiredRole).')
param consoleRequiredRole string

var isFlex = hostingPlan == 'flex'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex
    ? {
        name: 'FC1'
        tier: 'FlexConsumption'
      }
    : {
        name: 'EP1'
        tier: 'ElasticPremium'
      }
  properties: {
    // Linux.
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : 20
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Flex takes the runtime from functionAppConfig and rejects linuxFxVersion.
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|10.0'
    }
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${blobEndpoint}/${deploymentContainerName}'
              authentication: {
                type: 'UserAssignedIdentity'
                userAssignedIdentityResourceId: identityId
              }
            }
          }
          runtime: {
            name: 'dotnet-isolated'
            version: '10.0'
          }
          scaleAndConcurrency: {
            // Each instance renders up to 24 reports at once (host.json queue batch 16 + 8), fonts loaded once: 2 GB.
            instanceMemoryMB: 2048
            maximumInstanceCount: 40
          }
        }
      : null
  }
}

// Deploying with Entra ID only (azd does): no FTP or basic-auth publishing credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// Host storage, identity-based: the host and the app's own SDK clients (same connection name) use the
// user-assigned identity; there is no key or connection string anywhere.
var hostStorageSettings = {
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // The site root is the app's own (SiteRootFunction leads to the public column), not the host's page.
  AzureWebJobsDisableHomepage: 'true'
}

var monitoringSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

// Flex sets the runtime in functionAppConfig and rejects these. Elastic Premium normally keeps the app
// on an Azure Files share, which only works with a storage key; without the share (no
// WEBSITE_CONTENTAZUREFILECONNECTIONSTRING / WEBSITE_CONTENTSHARE) it must run a package blob read with
// the identity ("Create an app without Azure Files", Azure Functions storage considerations).
// Applied on Elastic Premium only (in the union below), so the variable stays a plain object.
var elasticPremiumSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
  WEBSITE_RUN_FROM_PACKAGE: '${blobEndpoint}/${deploymentContainerName}/${packageBlobName}'
  WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: identityId
}

// The settings the code reads (options sections, %Name% trigger placeholders, top-level names), with
// Reports__PublicBaseUrl below; tests/ReportFunctions.Tests/Infra/AppSettingsAgreeWithTemplateTests.cs
// fails when these and the code disagree.
var appSettings = {
  Queues__Submissions: submissionsQueueName
  Queues__EmailOutbox: emailOutboxQueueName
  // Empty on purpose: in Azure the host checks x-functions-key against its own function/host keys on these
  // AuthorizationLevel.Function routes, and the app trusts that check (src/ReportFunctions/Http/AdminKey.cs).
  REPORTS_ADMIN_KEY: ''
  Smtp__Host: smtpHost
  Smtp__Port: smtpPort
  Smtp__Username: smtpUsername
  Smtp__Password: '@Microsoft.KeyVault(SecretUri=${smtpCredentialUri})'
  Smtp__From: smtpFrom
  Smtp__TlsMode: smtpTlsMode
  Reminders__Schedule: remindersSchedule
  Reminders__SupervisingOfficeEmail: supervisingOfficeEmail
  Reminders__FormUrl: formUrl
  Office__Name: officeName
  Office__Phone: officePhone
  Review__RequiredByDefault: string(reviewRequiredByDefault)
  Console__RequiredRole: consoleRequiredRole
}

// Uses the host name the platform assigned to the site, so it cannot be an ARM variable: the compiler
// inlines it, and the setting is the one key written inline in the union below.
var reportsPublicBaseUrl = empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl

// A separate resource so Reports__PublicBaseUrl can use the host name the platform assigned to the site.
// It replaces the whole set: settings added by hand in the portal are removed on the next provision.
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(hostStorageSettings, monitoringSettings, isFlex ? {} : elasticPremiumSettings, appSettings, {
    Reports__PublicBaseUrl: reportsPublicBaseUrl
  })
}

// App Service Authentication (Easy Auth) with Entra ID for the console, only when a client id is given. Anonymous
// requests still reach the app (the form, the API and the published reports are public); the console's routes
// check the signed-in user's app role themselves (src/ReportFunctions/Http/ConsoleAccess.cs). The sign-in uses the
// OpenID Connect implicit flow for an ID token, which carries the app roles, so no client secret is kept.
resource auth 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(consoleAuthClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: consoleAuthClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            consoleAuthClientId
            'api://${consoleAuthClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output publicBaseUrl string = reportsPublicBaseUrl
