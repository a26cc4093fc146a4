using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Luoshi.Documents.Excel;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Documents.Tests.Excel;

/// <summary>The bad-input corpus of the offline report template (issue 15): the .xlsx a unit downloads (luoshi export
/// template, the workspace's 下载模板) and fills in offline. Each case is the template of March 2022 filled as a person
/// could, with one thing wrong — a cell that cannot be right, a hidden id changed, the template of another unit or
/// plan, a period already sent, a value beside a task without a target — or a file wrong as a whole. Each is refused at its place — file, sheet 填报, row and
/// column — in Chinese and in English, and stores nothing: reports, values, contributions, task_facts and the audit
/// trail keep their rows; on SQLite and on PostgreSQL. 人社局's template: row 4 T1.1 (城镇新增就业 ≥ 6000 人), row 5 T1.2
/// (职业技能培训 ≥ 2000 人次), row 6 T3.1 (a share of villages ≥ 60%: numerator H, denominator I), row 7 T4 (no target);
/// 教育局's: row 4 T2.1 (幼儿园投入使用, a milestone: completion date J).</summary>
public sealed class TemplateCorpusTests
{
    private static readonly string[] Tables = ["progress_reports", "progress_values", "contributions", "task_facts", "audit_entries"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The cases: a name, the template's unit, the cells filled (cell=value; a value in quotes is typed text,
    /// otherwise a number), the row and the column letter the refusal names.</summary>
    public static TheoryData<string, string, string, string, int, string> Cells
    {
        get
        {
            var cases = new (string Name, string Unit, string Fill, int Row, string Column)[]
            {
                ("words for a count", "人社局", "G4='六百'", 4, "G"),
                ("negative count", "人社局", "G4=-5", 4, "G"),
                ("fraction of a person", "人社局", "G4=12.5", 4, "G"),
                ("1e308 people", "人社局", "G4=1e308", 4, "G"),
                ("1e400 typed", "人社局", "G4='1e400'", 4, "G"),
                ("NaN typed", "人社局", "G4='NaN'", 4, "G"),
                ("Infinity typed", "人社局", "G5='Infinity'", 5, "G"),
                ("count with its unit typed", "人社局", "G5='600人次'", 5, "G"),
                ("share over 100", "人社局", "G6=120", 6, "G"),
                ("negative numerator", "人社局", "H6=-1|I6=150", 6, "H"),
                ("zero denominator", "人社局", "H6=0|I6=0", 6, "I"),
                ("numerator above denominator", "人社局", "H6=200|I6=150", 6, "H"),
                ("numerator without denominator", "人社局", "H6=81", 6, "I"),
                ("value on a task without a target", "人社局", "G7=5|K7='就业服务进展'", 7, "G"),
                ("date on a task without a target", "人社局", "J7='2022-03-10'|K7='就业服务进展'", 7, "J"),
                ("completion date on a count", "人社局", "G4=600|J4='2022-03-10'", 4, "J"),
                ("narrative over the limit", "人社局", $"G4=600|K4='{new string('进', 20_001)}'", 4, "K"),
                ("problems over the limit", "人社局", $"G4=600|L4='{new string('难', 20_001)}'", 4, "L"),
                ("task id changed", "人社局", "G4=600|O4='T3'", 4, "S"),
                ("target id changed", "人社局", "G4=600|P4='T1.2'", 4, "S"),
                ("period changed", "人社局", "G4=600|Q4='2022-04'", 4, "S"),
                ("unit changed", "人社局", "G4=600|R4='教育局'", 4, "S"),
                ("checksum changed", "人社局", "G4=600|S4='0000000000'", 4, "S"),
                ("ids cleared", "人社局", "G4=600|N4=''|O4=''|P4=''|Q4=''|R4=''|S4=''", 4, "S"),
                ("impossible day", "教育局", "J4='2022-02-30'", 4, "J"),
                ("day in words", "教育局", "J4='明天'", 4, "J"),
                ("day after the plan year", "教育局", "J4='2023-01-05'", 4, "J"),
                ("day in year 1", "教育局", "J4='0001-01-01'", 4, "J"),
                ("milestone share typed", "教育局", "G4=150", 4, "G"),
            };
            var data = new TheoryData<string, string, string, string, int, string>();
            foreach (var database in new[] { "sqlite", "postgres" })
            {
                foreach (var c in cases)
                {
                    data.Add(database, c.Name, c.Unit, c.Fill, c.Row, c.Column);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task A_bad_cell_is_refused_at_its_row_and_column_and_nothing_is_stored(
        string database, string name, string unit, string fill, int row, string column)
    {
        await using var test = await TestLedger.CreateAsync(database);
        var path = await ExportAsync(test, unit);
        TemplateFiller.Fill(path, Parse(fill));
        var before = await CountsAsync(test);

        var imported = await TemplateImport.ImportAsync(test.Ledger, test.PlanId, path, null, submit: true, Ct);

        Refused(imported, name, unit + ".xlsx", row, column);
        Assert.Equal(before, await CountsAsync(test));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_template_of_another_unit_plan_or_a_sent_period_is_refused_at_its_row(string database)
    {
        await using var test = await TestLedger.CreateAsync(database);
        var education = await ExportAsync(test, "教育局");
        TemplateFiller.Fill(education, ("J4", "2022-03-10"));
        var other = (await test.Ledger.ImportPlanAsync(TestPlan.Create("另一市"), replace: false, Ct)).PlanId;
        var labour = await ExportAsync(test, "人社局");
        TemplateFiller.Fill(labour, ("G4", 600), ("K4", "三月进展"));
        // March of T1 already submitted by 人社局 on the web: the template may not overwrite it.
        await test.ReportAsync("T1", 3, "人社局", [new TargetValue("T1.1", 550m, null, null, null)], "三月网上填报", ReportAction.Submit);
        var before = await CountsAsync(test);

        Refused(await TemplateImport.ImportAsync(test.Ledger, test.PlanId, education, "人社局", submit: false, Ct), "another unit", "教育局.xlsx", 4, "R");
        Refused(await TemplateImport.ImportAsync(test.Ledger, other, labour, null, submit: false, Ct), "another plan", "人社局.xlsx", 4, "N");
        Refused(await TemplateImport.ImportAsync(test.Ledger, test.PlanId, labour, null, submit: false, Ct), "period sent", "人社局.xlsx", 4, "A");
        Assert.Equal(before, await CountsAsync(test));
    }

    /// <summary>Files wrong as a whole: each is refused naming the file, in both languages.</summary>
    public static TheoryData<string, string> WholeFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var database in new[] { "sqlite", "postgres" })
            {
                foreach (var what in new[] { "nothing filled", "not a workbook", "empty file", "truncated", "sheet renamed", "header changed", "DTD in the sheet", "sheet removed" })
                {
                    data.Add(database, what);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WholeFiles))]
    public async Task A_bad_file_is_refused_naming_it_and_nothing_is_stored(string database, string what)
    {
        await using var test = await TestLedger.CreateAsync(database);
        var path = await ExportAsync(test, "人社局");
        if (what != "nothing filled")
        {
            TemplateFiller.Fill(path, ("G4", 600), ("K4", "三月进展"));
        }

        Spoil(path, what);
        var before = await CountsAsync(test);

        var imported = await TemplateImport.ImportAsync(test.Ledger, test.PlanId, path, null, submit: true, Ct);

        Assert.False(imported.Succeeded, what);
        var first = imported.Errors[0];
        Assert.Equal("人社局.xlsx", first.Place?.File);
        Assert.False(string.IsNullOrWhiteSpace(first.Message.Zh), what);
        Assert.False(string.IsNullOrWhiteSpace(first.Message.En), what);
        Assert.NotEqual(first.Message.Zh, first.Message.En);
        Assert.Equal(before, await CountsAsync(test));
    }

    private static void Refused(CsvImportResult imported, string name, string file, int row, string column)
    {
        Assert.False(imported.Succeeded, name);
        var first = imported.Errors[0];
        Assert.True((file, "填报", row) == (first.Place?.File, first.Place?.Sheet, first.Place?.Line),
            $"{name}: {first.ToWords().En}");
        Assert.True(first.Place?.Column?.StartsWith(column + " (", StringComparison.Ordinal) == true, $"{name}: {first.ToWords().En}");
        // Both languages name the place: 第 4 行 / row 4 and the column's letter and header.
        var (zh, en) = (first.ToWords().Zh, first.ToWords().En);
        Assert.StartsWith($"{file}，工作表 填报，第 {row} 行，{column} (", zh, StringComparison.Ordinal);
        Assert.StartsWith($"{file}, sheet 填报, row {row}, column {column} (", en, StringComparison.Ordinal);
        Assert.NotEqual(first.Message.Zh, first.Message.En);
    }

    private static async Task<string> ExportAsync(TestLedger test, string unit)
    {
        var path = test.PathOf(unit + ".xlsx");
        await using (var file = File.Create(path))
        {
            var written = await ReportTemplate.WriteAsync(test.Ledger, test.PlanId, unit, "2022-03", file, Ct);
            Assert.True(written.Succeeded, written.Error?.ToString());
        }

        return path;
    }

    private static (string Cell, object Value)[] Parse(string fill) =>
        [.. fill.Split('|').Select(part =>
        {
            var (cell, value) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            return (cell, value.StartsWith('\'') ? (object)value[1..^1] : double.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        })];

    private static async Task<List<long>> CountsAsync(TestLedger test)
    {
        var counts = new List<long>();
        foreach (var table in Tables)
        {
            counts.Add(await test.CountAsync($"SELECT COUNT(*) FROM {table}"));
        }

        return counts;
    }

    // Spoils a filled template as a whole, as a damaged download, a careless edit or a hostile file would.
    private static void Spoil(string path, string what)
    {
        switch (what)
        {
            case "not a workbook":
                File.WriteAllText(path, "任务编号,本期数值\nT1,600\n");
                break;
            case "empty file":
                File.WriteAllBytes(path, []);
                break;
            case "truncated":
                var bytes = File.ReadAllBytes(path);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "sheet renamed":
                using (var document = SpreadsheetDocument.Open(path, isEditable: true))
                {
                    document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First().Name = "Sheet1";
                }

                break;
            case "header changed":
                TemplateFiller.Fill(path, ("G3", "数值"));
                break;
            case "DTD in the sheet":
                // Before the root element, whatever its prefix (after the XML declaration, if any).
                Rewrite(path, "xl/worksheets/", xml =>
                {
                    var root = xml.StartsWith("<?", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
                    return xml.Insert(root, "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]>");
                });
                break;
            case "sheet removed":
                using (var document = SpreadsheetDocument.Open(path, isEditable: true))
                {
                    var workbook = document.WorkbookPart!;
                    var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
                    workbook.DeletePart(workbook.GetPartById(sheet.Id!));
                    workbook.AddNewPart<WorksheetPart>().Worksheet = new Worksheet(new SheetData());
                    sheet.Id = workbook.GetIdOfPart(workbook.WorksheetParts.Single());
                    sheet.Name = "说明";
                }

                break;
        }
    }

    private static void Rewrite(string path, string prefix, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
        {
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(change(xml));
        }
    }
}
