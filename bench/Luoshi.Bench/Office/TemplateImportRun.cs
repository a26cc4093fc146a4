using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Documents.Excel;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Bench.Office;

/// <summary>A plan whose one unit leads <c>rows</c> targets (two per task), its template exported and every value
/// cell filled; each run imports it into a fresh copy of the database, so no run finds the file already imported.</summary>
internal static class TemplateImportRun
{
    public static async Task<TimeSpan> MedianAsync(string directory, int rows, int runs, TextWriter output)
    {
        var seed = Path.Combine(directory, "office-template-seed.db");
        var template = Path.Combine(directory, "office-template.xlsx");
        File.Delete(seed);
        int planId;
        await using (var ledger = await Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(seed), "bench"))
        {
            planId = (await ledger.ImportPlanAsync(Plan(rows / 2), replace: false)).PlanId;
            await using var file = File.Create(template);
            await ReportTemplate.WriteAsync(ledger, planId, "基准局", "2025-03", file);
        }

        Fill(template, rows);
        var times = new List<TimeSpan>();
        for (var i = 0; i <= runs; i++)
        {
            var copy = Path.Combine(directory, $"office-template-run{i}.db");
            File.Copy(seed, copy, overwrite: true);
            await using var ledger = await Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(copy), "bench");
            var clock = Stopwatch.StartNew();
            var result = await TemplateImport.ImportAsync(ledger, planId, template, "基准局", submit: true);
            clock.Stop();
            if (!result.Succeeded || result.Rows != rows)
            {
                throw new InvalidOperationException("the benchmark template did not import: " + string.Join("; ", result.Errors));
            }

            if (i > 0)
            {
                times.Add(clock.Elapsed); // run 0 is the warm-up
            }

            await ledger.DisposeAsync();
            File.Delete(copy);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static Plan Plan(int tasks)
    {
        var plan = new Plan { Region = "模板市", Year = 2025, SourceName = "bench", SourceText = "bench", SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("office-bench"))) };
        plan.Sections.Add(new Section { Code = "S1", Number = "一", Title = "基准", Level = 1 });
        for (var t = 1; t <= tasks; t++)
        {
            var code = "T" + t.ToString(CultureInfo.InvariantCulture);
            plan.Tasks.Add(new PlanTask
            {
                Code = code, SectionCode = "S1", Text = $"基准任务{t}，年内完成两项指标", LeadUnit = "基准局", Deadline = new DateOnly(2025, 12, 31),
                Targets = [Target(code + ".1", 1200m), Target(code + ".2", 600m)],
            });
        }

        return plan;
    }

    private static Target Target(string code, decimal value) => new()
    {
        Code = code, Text = code, Subject = "指标" + code, Kind = TargetKind.Numeric, Comparator = Comparator.AtLeast, Value = value,
        Unit = "个", Measure = Measure.Cumulative, Deadline = new DateOnly(2025, 12, 31),
    };

    // Every value cell (column G) gets a number and every task's first row a sentence of progress, as a unit would.
    private static void Fill(string path, int rows)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        foreach (var cell in sheet.Descendants<Cell>())
        {
            var reference = cell.CellReference!.Value!;
            var row = int.Parse(reference.AsSpan(1), CultureInfo.InvariantCulture);
            if (row < 4 || row >= 4 + rows)
            {
                continue;
            }

            if (reference[0] == 'G')
            {
                cell.Append(new CellValue((row % 97).ToString(CultureInfo.InvariantCulture)));
            }
            else if (reference[0] == 'K' && row % 2 == 0)
            {
                cell.DataType = CellValues.InlineString;
                cell.Append(new InlineString(new Text("本期按计划推进，完成阶段性工作。")));
            }
        }
    }
}
