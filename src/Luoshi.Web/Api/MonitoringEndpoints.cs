using Luoshi.Storage.Monitoring;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Stations and laboratories push monitoring data: checked by the same rules as a file, all of a push or
/// nothing, the same push twice adding nothing. Bearer token only, for a data feed's account or the office.</summary>
internal static class MonitoringEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var monitoring = api.MapGroup("/monitoring").WithTags("monitoring");
        monitoring.MapPost("/air", (MonitoringBodies.AirHours body, UserLedger ledger, CancellationToken ct) =>
                AnswerAsync(ledger.Value.IngestAirPushAsync(body.Rows ?? [], ct)))
            .Changes(Policies.PushMonitoring).WithSummary("Stores hourly air rows (station, time, pm25, pm10, so2, no2, co in mg/m³, o3): all or nothing");
        monitoring.MapPost("/air/daily", (MonitoringBodies.AirDays body, UserLedger ledger, CancellationToken ct) =>
                AnswerAsync(ledger.Value.IngestAirDailyPushAsync(body.Rows ?? [], ct)))
            .Changes(Policies.PushMonitoring).WithSummary("Stores daily air values (station, date, the 24-hour means, o3_1h_max, o3_8h_max): all or nothing");
        monitoring.MapPost("/water", (MonitoringBodies.WaterSamples body, UserLedger ledger, CancellationToken ct) =>
                AnswerAsync(ledger.Value.IngestWaterPushAsync(body.Samples ?? [], ct)))
            .Changes(Policies.PushMonitoring).WithSummary("Stores water samples (section, date, items by code such as ph, do, nh3n, tp): all or nothing");
    }

    private static async Task<Results<Ok<MonitoringBodies.Stored>, ProblemHttpResult>> AnswerAsync(Task<IngestResult> ingest)
    {
        var result = await ingest.ConfigureAwait(false);
        if (result.Succeeded)
        {
            return TypedResults.Ok(new MonitoringBodies.Stored(
                result.Rows, result.Inserted, result.Corrected, result.Unchanged, result.Missing, result.First, result.Last, result.AlreadyIngested));
        }

        return ApiResults.Refused(result.Errors);
    }
}
