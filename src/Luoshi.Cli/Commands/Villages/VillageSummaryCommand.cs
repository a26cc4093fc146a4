using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage.Villages.Tallies;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Villages;

/// <summary><c>luoshi villages summary [--town T] [--as-of D] [--year Y] [--format table|json]</c>: tier shares,
/// sewage coverage and collective income by town, with the region's totals.</summary>
internal static class VillageSummaryCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var town = new Option<string?>("--town") { Description = "Only this town (code)" };
        var day = VillageOptions.AsOf();
        var year = VillageOptions.Year();
        var format = new Option<string>("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("summary", "Tier shares, sewage coverage and collective income by town and for the region") { town, day, year, format };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (!VillageOptions.TryRead(result, day, year, "luoshi villages summary", out var asOf, out var y))
            {
                return ExitCodes.BadInput;
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var summary = await ledger.Villages.SummaryAsync(y, asOf, result.GetValue(town), ct);
            if (result.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(Json(summary), Options));
                return ExitCodes.Success;
            }

            AnsiConsole.Write(Table(summary));
            var line = summary.Threshold is { } t ? Num(t) + " 万元" : Lang.Pick("未设定", "not set");
            Console.Out.WriteLine(Lang.Pick($"截至 {asOf:yyyy-MM-dd}，{y} 年收入；收入标准线 {line}", $"as of {asOf:yyyy-MM-dd}, income of {y}; income line {line}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private static Table Table(VillageSummary s)
    {
        var table = new Table().AddColumns(Lang.Pick("镇街", "town"), Lang.Pick("行政村", "villages"));
        foreach (var tier in s.Tiers)
        {
            table.AddColumn(Markup.Escape(tier) + Lang.Pick("及以上", "+"));
        }

        table.AddColumns(Lang.Pick("污水设施覆盖", "sewage"), Lang.Pick("运行", "operating"), Lang.Pick("收入(万元)", "income"),
            Lang.Pick("上年", "last year"), Lang.Pick("增减", "change"), Lang.Pick("低于标准线", "under line"));
        foreach (var row in s.Towns.Append(s.Region))
        {
            var cells = new List<string> { Markup.Escape(row.Name), row.Villages.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(s.Tiers.Select((_, i) => $"{row.AtOrAbove[i]} ({Num(row.ShareAtOrAbove(i))}%)"));
            cells.AddRange([$"{row.WithFacility} ({Num(row.Coverage)}%)", $"{row.Operating} ({Num(row.OperatingShare)}%)",
                Num(row.Income), Num(row.IncomeLastYear), (row.Change > 0 ? "+" : "") + Num(row.Change), row.UnderThreshold.ToString(CultureInfo.InvariantCulture)]);
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static object Json(VillageSummary s) => new
    {
        year = s.Year,
        as_of = s.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        threshold = s.Threshold,
        tiers = s.Tiers,
        towns = s.Towns.Select(r => Row(r, s.Tiers)),
        region = Row(s.Region, s.Tiers),
    };

    private static object Row(VillageSummaryRow r, IReadOnlyList<string> tiers) => new
    {
        code = r.Code,
        name = r.Name,
        villages = r.Villages,
        assessed = r.Assessed,
        at_or_above = tiers.Select((t, i) => new { tier = t, villages = r.AtOrAbove[i], share = r.ShareAtOrAbove(i) }),
        with_facility = r.WithFacility,
        operating = r.Operating,
        coverage = r.Coverage,
        income = r.Income,
        income_reported = r.IncomeReported,
        income_last_year = r.IncomeLastYear,
        change = r.Change,
        under_threshold = r.UnderThreshold,
    };

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
