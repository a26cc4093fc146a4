using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Villages;

/// <summary><c>luoshi villages …</c>: the village register, assessment standards and results, sewage facilities,
/// collective income, and the summary by town (docs/villages.md).</summary>
internal static class VillagesCommand
{
    public static Command Create()
    {
        var standard = new Option<string>("--name") { Description = "The standard's name, e.g. 美丽宜居村2022", Required = true };
        var against = new Option<string>("--standard") { Description = "The standard the results are against, by name", Required = true };
        var command = new Command("villages", "Village register, assessments, sewage facilities, collective income and their summary by town")
        {
            VillageFileImport.Create("import", "Add or update villages (code,name,town,households,population,type); a file with any bad row stores nothing",
                "village(s)", (v, f, _, ct) => v.ImportAsync(f, ct)),
            List(),
            new Command("standard", "Assessment standards (criteria and tiers)")
            {
                VillageFileImport.Create("import", "Store a standard's criteria and tiers (section,code,name,kind,weight,evidence,min_score,requires)",
                    "row(s) of the standard", (v, f, r, ct) => v.ImportStandardAsync(f, r.GetValue(standard)!, ct), standard),
            },
            new Command("assess", "Assessment results; tiers are computed from them")
            {
                VillageFileImport.Create("import", "Store results (village,year,criterion,result,evidence,assessed_on) against a standard",
                    "result(s)", (v, f, r, ct) => v.ImportAssessmentsAsync(f, r.GetValue(against)!, ct), against),
            },
            new Command("sewage", "Integrated sewage facilities")
            {
                VillageFileImport.Create("import", "Store findings (village,as_of,facility,operating,note)", "finding(s)", (v, f, _, ct) => v.ImportSewageAsync(f, ct)),
            },
            IncomeCommand.Create(),
            VillageSummaryCommand.Create(),
        };
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var town = new Option<string?>("--town") { Description = "Only the villages of this town (code)" };
        var day = VillageOptions.AsOf();
        var year = VillageOptions.Year();
        var command = new Command("list", "List villages with their tier, sewage facility and income") { town, day, year };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (!VillageOptions.TryRead(result, day, year, "luoshi villages list", out var asOf, out var y))
            {
                return ExitCodes.BadInput;
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var table = new Table().AddColumns(
                Lang.Pick("代码", "code"), Lang.Pick("村", "village"), Lang.Pick("镇街", "town"), Lang.Pick("户数", "households"),
                Lang.Pick("等级", "tier"), Lang.Pick("得分", "score"), Lang.Pick("污水设施", "sewage"), Lang.Pick($"{y}年收入(万元)", $"income {y}"));
            foreach (var v in await ledger.Villages.ListAsync(result.GetValue(town), y, asOf, ct))
            {
                table.AddRow(Markup.Escape(v.Code), Markup.Escape(v.ShortName + (v.Community ? Lang.Pick("（社区）", " (community)") : "")), Markup.Escape(v.TownName),
                    Num(v.Households), Markup.Escape(v.Tier ?? (v.AssessedYear is null ? "" : Lang.Pick("未达等级", "none"))), Num(v.Score),
                    v.HasFacility is null ? "" : v.HasFacility.Value ? (v.Operating == true ? Lang.Pick("有·运行", "yes, operating") : Lang.Pick("有·停运", "yes, stopped")) : Lang.Pick("无", "no"),
                    Num(v.Income));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Num(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
