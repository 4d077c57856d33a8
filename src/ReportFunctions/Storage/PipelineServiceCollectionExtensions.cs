using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Core.Validation;
using ReportFunctions.Http;
using ReportFunctions.Options;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Storage;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Storage clients, organizations, intake, worker and publishing.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(configuration);

        // One set of clients for the whole app, from the same setting the Functions host uses.
        var clients = new Lazy<StorageClients>(() => StorageClients.Create(configuration));
        services.AddSingleton<BlobServiceClient>(_ => clients.Value.Blobs);
        services.AddSingleton<QueueServiceClient>(_ => clients.Value.Queues);
        services.AddSingleton<TableServiceClient>(_ => clients.Value.Tables);
        services.AddHostedService<StorageInitializer>();

        services.AddSingleton(sp => new ReportValidator(sp.GetRequiredService<TimeProvider>(), BundledFonts.Shared));
        services.AddSingleton<ReportRenderer>();
        services.AddSingleton<PublishedReportIndex>();
        services.AddSingleton<IPreviousReports>(sp => sp.GetRequiredService<PublishedReportIndex>());
        services.AddSingleton<ReportChecker>();

        services.AddSingleton<AdminKey>();
        services.AddSingleton<OrganizationRegistry>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<SubmissionProcessor>();
        services.AddSingleton<ReportLocations>();
        services.AddSingleton<ReportPublisher>();
        return services;
    }
}
