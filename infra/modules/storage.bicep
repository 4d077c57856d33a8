metadata description = 'The storage account of the host and the app: keyless (Entra ID only), HTTPS and TLS 1.2, no public blobs; the containers, queues and tables the app uses; data roles for the app identity.'

@description('Name of the storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the account.')
param tags { *: string }

@description('Blob containers the app uses (private).')
param containerNames string[]

@description('Blob container the app package is deployed to (private; read by the platform with the app identity).')
param deploymentContainerName string

@description('Queues to create, poison queues included.')
param queueNames string[]

@description('Tables to create.')
param tableNames string[]

@description('Name of the app identity; only names the role assignments, so they are stable across deployments.')
param identityName string

@description('Principal id of the app identity, which gets the data roles on the account.')
param identityPrincipalId string

@description('Principal that uploads the app package (Elastic Premium deployments, infra/deploy-package.sh); empty: none.')
param packageUploaderPrincipalId string

@description('Kind of that principal.')
param packageUploaderPrincipalType 'User' | 'ServicePrincipal' | 'Group'

// Built-in role definition ids (the same in every Azure cloud).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    // Entra ID only: the host, the app and operators all authenticate with identities, never keys.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: false
      services: {
        blob: { enabled: true, keyType: 'Account' }
        file: { enabled: true, keyType: 'Account' }
        queue: { enabled: true, keyType: 'Account' }
        table: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // Published reports are public records: a deleted blob or container can be recovered for 14 days.
    deleteRetentionPolicy: {
      enabled: true
      days: 14
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 14
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    name: guid(account.id, identityName, role.value)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: identityPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Only the package container, and only for the principal that uploads packages.
resource packageUploader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(packageUploaderPrincipalId)) {
  name: guid(deploymentContainer.id, packageUploaderPrincipalId, storageBlobDataContributor)
  scope: deploymentContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: packageUploaderPrincipalId
    principalType: packageUploaderPrincipalType
  }
}

// Endpoints from the cloud's storage suffix (core.windows.net, core.chinacloudapi.cn, ...). A module's
// outputs are available only once all of it is deployed, so the Function App, which takes these, starts
// after its containers, queues, tables and data roles exist.
output blobEndpoint string = 'https://${account.name}.blob.${environment().suffixes.storage}'
output queueEndpoint string = 'https://${account.name}.queue.${environment().suffixes.storage}'
output tableEndpoint string = 'https://${account.name}.table.${environment().suffixes.storage}'
