using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReportFunctions.Storage;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Storage clients, organizations, intake, worker and publishing.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
