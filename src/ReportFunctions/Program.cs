using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ReportFunctions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ReportFunctions.Http.StorageOutage>();
builder.Services.AddReportFunctions(builder.Configuration);
builder.Build().Run();
