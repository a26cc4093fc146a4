using Luoshi.Web.Reading.Overview;
using Microsoft.Extensions.DependencyInjection;

namespace Luoshi.Web.Reading;

/// <summary>Registers what pages and API endpoints read the ledger through, one instance per request.</summary>
internal static class ReadingServices
{
    public static IServiceCollection AddReading(this IServiceCollection services)
    {
        services.AddScoped<LedgerReads>();
        services.AddScoped<OverviewReader>();
        services.AddScoped<UserLedger>();
        services.AddHttpContextAccessor();
        return services;
    }
}
