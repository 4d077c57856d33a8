metadata description = 'Key Vault (Azure RBAC) for the SMTP password, read by the Function App through Key Vault references with its user-assigned identity.'

@description('Name of the vault (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the vault.')
param tags { *: string }

@description('Name of the app identity; only names the role assignment.')
param identityName string

@description('Principal id of the app identity, which reads the secrets.')
param identityPrincipalId string

@description('Principal id of the person or pipeline deploying (azd sets AZURE_PRINCIPAL_ID); may manage secrets. Empty: nobody is added.')
param operatorPrincipalId string

@description('Kind of the operator principal.')
param operatorPrincipalType 'User' | 'ServicePrincipal' | 'Group'

@description('Name of the secret holding the SMTP password.')
param smtpPasswordSecretName string

@secure()
@description('SMTP password to store. Empty: the secret is left as it is (set it after deployment, see docs/deploy.md).')
param smtpPassword string

// Built-in role definition ids (the same in every Azure cloud).
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A deleted vault (and the secrets in it) stays recoverable for the retention period.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

// Written only when a value is given, so a later provision without the value keeps what an operator set.
resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: smtpPasswordSecretName
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityName, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorManagesSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
// Versionless secret URIs: the Function App picks up a new secret version within a day, or at once on restart.
output smtpCredentialUri string = '${vault.properties.vaultUri}secrets/${smtpPasswordSecretName}'
