using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Documents.Csv;
using Luoshi.Domain.Households;
using Luoshi.Storage.Households;
using Luoshi.Storage.Households.Reading;
using nietras.SeparatedValues;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Households;

/// <summary><c>luoshi households list [--area T1] [--state flagged] [--page 2] [--format csv]</c>: always masked, as every
/// list and export of the register is.</summary>
internal static class HouseholdListCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var area = new Option<string?>("--area") { Description = "A town, subdistrict or village code" };
        var state = new Option<MonitoringState?>("--state") { Description = "Only households in this state (NotMonitored, Flagged, Identified, Assisted, RiskEliminated)" };
        var page = new Option<int>("--page") { Description = "Page number", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--page-size") { Description = $"Households per page (at most 200)", DefaultValueFactory = _ => 50 };
        var format = new Option<string>("--format") { Description = "table (default) or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("list", "List households, names and identity numbers masked") { area, state, page, size, format };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var listed = await ledger.ListHouseholdsAsync(HouseholdViewer.Office, new HouseholdFilter(result.GetValue(area), result.GetValue(state)),
                result.GetValue(page), result.GetValue(size), ct);
            if (!listed.Succeeded)
            {
                return ProblemOutput.Write("luoshi households list", listed.Error!, Console.Error);
            }

            var p = listed.Value!;
            if (result.GetValue(format) == "csv")
            {
                WriteCsv(p.Items, Console.Out);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns(Lang.Pick("户编号", "household"), Lang.Pick("村", "village"), Lang.Pick("户主", "head"),
                Lang.Pick("身份证号", "id number"), Lang.Pick("人口", "members"), Lang.Pick("人均纯收入", "income"), Lang.Pick("状态", "state"));
            foreach (var h in p.Items)
            {
                table.AddRow(Markup.Escape(h.Number), Markup.Escape(h.VillageName), Markup.Escape(h.HeadName), h.HeadIdNumber,
                    h.Members.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{h.IncomeYear}: {h.Income:0.##}"),
                    Lang.Pick(HouseholdWords.StateZh(h.State), h.State.ToString()));
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(Lang.Pick($"共 {p.Total} 户，第 {p.Page}/{p.Pages} 页", $"{p.Total} household(s), page {p.Page} of {p.Pages}"));
            return ExitCodes.Success;
        });
        return command;
    }

    // Quoted where needed, and no text cell may start a formula: names and numbers come from the register's files.
    private static void WriteCsv(IReadOnlyCollection<HouseholdListItem> rows, TextWriter output)
    {
        if (rows.Count == 0)
        {
            // Sep writes the header with the first row; a script still gets the columns of an empty page.
            output.WriteLine("household,village,head,id_number,members,year,income,state,risks");
            return;
        }

        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output);
        foreach (var h in rows)
        {
            using var row = writer.NewRow();
            row["household"].Set(CsvText.Cell(h.Number));
            row["village"].Set(CsvText.Cell(h.VillageCode));
            row["head"].Set(CsvText.Cell(h.HeadName));
            row["id_number"].Set(CsvText.Cell(h.HeadIdNumber));
            row["members"].Set(h.Members.ToString(CultureInfo.InvariantCulture));
            row["year"].Set(h.IncomeYear?.ToString(CultureInfo.InvariantCulture) ?? "");
            row["income"].Set(h.Income?.ToString("0.##", CultureInfo.InvariantCulture) ?? "");
            row["state"].Set(h.State.ToString());
            row["risks"].Set(CsvText.Cell(HouseholdWords.RisksEn(h.Risks)));
        }
    }
}
