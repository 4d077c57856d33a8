using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Core.Rendering.Html;
using ReportFunctions.Core.Validation;
using ReportFunctions.Corrections;
using ReportFunctions.Email;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Pages;
using ReportFunctions.Oversight;
using ReportFunctions.Pdf.Fonts;
using ReportFunctions.Publishing;
using ReportFunctions.Reminders;
using ReportFunctions.Storage;
using ReportFunctions.Submissions;

namespace ReportFunctions;

public static class ServiceCollectionExtensions
{
    /// <summary>The one registration of the app's services, called by the Functions host, the local runner and the tests.</summary>
    public static IServiceCollection AddReportFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);

        // Fail at start without storage, SMTP or URL settings: a pipeline that starts without them loses work silently.
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(configuration);
        services.AddOptions<OfficeOptions>().BindConfiguration(OfficeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.Section);
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CorsOptions>().BindConfiguration(CorsOptions.Section);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Storage: one set of clients for the whole app, from the same setting the Functions host uses.
        var clients = new Lazy<StorageClients>(() => StorageClients.Create(configuration));
        services.AddSingleton<BlobServiceClient>(_ => clients.Value.Blobs);
        services.AddSingleton<QueueServiceClient>(_ => clients.Value.Queues);
        services.AddSingleton<TableServiceClient>(_ => clients.Value.Tables);
        services.AddHostedService<StorageInitializer>();

        // Checking and rendering (Core).
        services.AddSingleton(sp => new ReportValidator(sp.GetRequiredService<TimeProvider>(), BundledFonts.Shared));
        services.AddSingleton<ReportChecker>();
        services.AddSingleton<ReportRenderer>();
        services.AddSingleton<ReportHtmlRenderer>();

        services.AddSingleton<RateLimits>();
        services.AddSingleton<AdminKey>();
        services.AddSingleton<Cors>();
        services.AddSingleton<ReportCheckRequests>();
        services.AddSingleton<OrganizationRegistry>();

        services.AddSingleton<ReportLocations>();
        services.AddSingleton<PublishedReportIndex>();
        services.AddSingleton<IPreviousReports>(sp => sp.GetRequiredService<PublishedReportIndex>());
        services.AddSingleton<ReportPublisher>();
        services.AddSingleton<ReportColumn>();

        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<SubmissionProcessor>();
        services.AddSingleton<SubmissionNotifier>();
        services.AddSingleton<SubmissionPublishing>();
        services.AddSingleton<SubmissionReview>();
        services.AddSingleton<IReviewerIdentity, ClaimedReviewerIdentity>();
        services.AddSingleton<SubmittedReports>();
        services.AddSingleton<SubmissionFormService>();

        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<EmailSignatures>();
        services.AddSingleton<EmailDeliveries>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxPoisonListing>();

        services.AddSingleton<CorrectionNotices>();
        services.AddSingleton<ReminderLog>();
        services.AddSingleton<ReminderRunner>();

        // The supervising office's console.
        services.AddSingleton<ConsoleAccess>();
        services.AddSingleton<PoisonedEmailResender>();
        services.AddSingleton<YearOverviewBuilder>();
        services.AddSingleton<BodyViewBuilder>();
        services.AddSingleton<OrganizationAdministration>();
        return services;
    }
}
