// Azure China (operated by 21Vianet): Flex Consumption is not offered there, so the app runs on Elastic
// Premium (EP1). Deploy with azd after `azd config set cloud.name AzureChinaCloud` (docs/deploy.md), or:
//   az cloud set --name AzureChinaCloud && az login
//   az deployment sub create --location chinanorth3 --template-file infra/main.bicep --parameters infra/main.china.bicepparam
//   then, with the deployment's outputs exported: bash infra/deploy-package.sh
// Values come from environment variables so nothing deployment-specific is committed.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'reports-cn')
param location = readEnvironmentVariable('AZURE_LOCATION', 'chinanorth3')
param hostingPlan = 'elasticPremium'
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param publicBaseUrl = readEnvironmentVariable('REPORTS_PUBLIC_BASE_URL', '')
param smtpHost = readEnvironmentVariable('SMTP_HOST', 'smtp.example.gov.cn')
param smtpPort = readEnvironmentVariable('SMTP_PORT', '465')
param smtpUsername = readEnvironmentVariable('SMTP_USERNAME', '')
param smtpPassword = readEnvironmentVariable('SMTP_PASSWORD', '')
param smtpFrom = readEnvironmentVariable('SMTP_FROM', 'gongkai@example.gov.cn')
param smtpTlsMode = 'SslOnConnect'
param supervisingOfficeEmail = readEnvironmentVariable('REMINDERS_SUPERVISING_OFFICE_EMAIL', 'zwgk@example.gov.cn')
param formUrl = readEnvironmentVariable('REMINDERS_FORM_URL', 'https://www.example.gov.cn/zwgk/ndbg')
param officeName = readEnvironmentVariable('OFFICE_NAME', '政府信息公开工作主管部门')
param officePhone = readEnvironmentVariable('OFFICE_PHONE', '')
