using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Luoshi.Cli.Output;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;
using Luoshi.ReportParsing.Drafts;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands;

/// <summary><c>luoshi parse REPORT --db LEDGER</c>: the draft with, beside each promise, the same promise's result in the
/// region's last plan year — matched by the one rule (<see cref="TargetMatching"/>, on the draft's subject and unit).</summary>
internal static class LastYear
{
    public static async Task<int> RunAsync(
        StoreOptions store, string path, string format, int? year, string? region, string? departments, bool explain, CancellationToken ct)
    {
        if (ReportDrafting.Draft(path, year, region, departments, "luoshi parse", Console.Error, explain) is not { } drafted)
        {
            return ExitCodes.BadInput;
        }

        var plan = drafted.Plan;
        if (plan.Region is not { } named)
        {
            Console.Error.WriteLine("luoshi parse: --region is needed to compare with the ledger (e.g. --region 四会市)");
            return ExitCodes.BadInput;
        }

        await using var ledger = await Luoshi.Storage.Ledger.OpenAsync(store, "luoshi parse", TimeProvider.System, ct);
        var keys = plan.Targets.Select(t => new TargetMatching.Key(t.Id, t.Subject, t.Unit, null)).ToList();
        var last = await ledger.Years.LastYearAsync(named, plan.Year, keys, ct);
        if (format == "json")
        {
            var node = JsonNode.Parse(JsonSerializer.Serialize(plan, PlanJsonWriter.Options))!;
            foreach (var target in node["targets"]!.AsArray())
            {
                if (last.TryGetValue(target!["id"]!.GetValue<string>(), out var point))
                {
                    target["last_year"] = JsonSerializer.SerializeToNode(point, PlanJsonWriter.Options);
                }
            }

            Console.Out.WriteLine(node.ToJsonString(PlanJsonWriter.Options));
            return ExitCodes.Success;
        }

        PlanWriter.For(format).Write(plan, Console.Out);
        if (format == "md")
        {
            Table(plan, last, Console.Out);
        }

        return ExitCodes.Success;
    }

    private static void Table(PlanDraft plan, IReadOnlyDictionary<string, YearPoint> last, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"## 上年对照（{plan.Year - 1}年结果 · {plan.Year}年目标）");
        output.WriteLine();
        output.WriteLine("| 目标 | 事项 | 本年目标 | 上年目标 | 上年完成值 | 上年结果 |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var t in plan.Targets)
        {
            var p = last.GetValueOrDefault(t.Id);
            output.WriteLine(string.Join(" | ",
                $"| {t.Id}", t.Subject, TargetSummary.Describe(t),
                p is null ? "—" : $"{p.Year} {p.Target} {p.Goal}",
                p?.Final is { } f ? f.ToString("0.##", CultureInfo.InvariantCulture) + p.Unit : "—",
                (p?.Result ?? (p is { Closed: false } ? Catalogue.Years.NotClosedYet.Zh : "—")) + " |"));
        }
    }
}
