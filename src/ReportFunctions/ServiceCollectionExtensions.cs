using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Email;
using ReportFunctions.Storage;

namespace ReportFunctions;

public static class ServiceCollectionExtensions
{
    /// <summary>The one registration of the app's services, called by the Functions host, the local runner and the tests.</summary>
    public static IServiceCollection AddReportFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPipeline(configuration);
        services.AddReminders(configuration);
        return services;
    }
}
