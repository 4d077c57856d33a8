using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Corrections;
using ReportFunctions.Reminders;

namespace ReportFunctions.Email;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>SMTP options, the e-mail outbox, reminder planning and correction notices.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        // Fail at start without SMTP or form settings: a reminder pipeline that starts without them loses work silently.
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<EmailDeliveries>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxPoisonListing>();
        services.AddSingleton<SubmissionNotifier>();
        services.AddSingleton<ReminderLog>();
        services.AddSingleton<ReminderRunner>();
        services.AddSingleton<CorrectionNotices>();
        return services;
    }
}
