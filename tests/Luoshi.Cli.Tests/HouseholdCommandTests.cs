using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Cli.Tests;

/// <summary><c>luoshi households …</c> against a real SQLite file: import, the income line, warnings, the monitoring
/// steps and the masked list, with the exit codes and messages a script relies on.</summary>
public sealed class HouseholdCommandTests : IDisposable
{
    private const string Units = "code,name,kind,parent,aliases\nC,测试市,city,,\nT1,大沙镇,town,C,\nV11,东升村,village,T1,\nV12,西江村,village,T1,\n";
    private const string Header = "household,village,head,id_number,year,income,members,risks,source,hardship_on\n";
    private const string Two = Header
        + "H001,V11,张三明,440784198001011232,2021,5800.50,李四/44078419850215002X/配偶,illness,,\n"
        + "H002,V12,王五,440784195207080045,2021,9000,,,,\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRun.Luoshi([.. args, "--db", Db, "--as", "督查室王"]);

    private (int ExitCode, string Output, string Error) RunEn(params string[] args) =>
        CliRun.English([.. args, "--db", Db, "--as", "督查室王"]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private void Register()
    {
        Assert.Equal(0, Run("units", "import", Write("units.csv", Units)).ExitCode);
        var imported = Run("households", "import", Write("households.csv", Two));
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("2 household(s) imported from", imported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadRows_ExitTwoEveryRowNamedNothingStored()
    {
        Assert.Equal(0, Run("units", "import", Write("units.csv", Units)).ExitCode);
        var bad = Write("bad.csv", Header + "H001,V11,张三明,440784198001011233,2021,5800.50,,,,\nH002,V99,王五,440784195207080045,2021,九千,,,,\n");

        var result = RunEn("households", "import", bad);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "luoshi households import: bad.csv, line 2, column id_number: '440784198001011233' is not an identity number: the check character is 3, expected 2 (GB 11643 MOD 11-2)",
                "luoshi households import: bad.csv, line 3, column village: unknown village code 'V99': no unit of the ledger has it (luoshi units import adds villages)",
                "luoshi households import: bad.csv, line 3, column income: expected the per-capita net income in yuan, 0 or more with at most 2 decimals (e.g. 6520.50), found '九千'",
                $"luoshi households import: nothing was stored from {bad}",
            ],
            result.Error.TrimEnd().Split('\n'));
        Assert.Contains("共 0 户", Run("households", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LineWarningsAndSteps_FromFlagToAssistance()
    {
        Register();

        Assert.Equal("the income line of 2021 is 6000 yuan; 1 household(s) flagged for identification\n", Run("households", "line", "set", "--year", "2021", "--amount", "6000").Output);
        var warnings = Run("households", "warnings", "--as-of", "2099-01-01");
        Assert.Contains("超时未识别 1 户，已识别未帮扶 0 户，低于标准未识别帮扶 1 户", warnings.Output, StringComparison.Ordinal);
        Assert.Contains("  东升村 (V11)\t超时未识别 1 · 未帮扶 0 · 未覆盖 1", warnings.Output, StringComparison.Ordinal);

        var eliminate = RunEn("households", "eliminate", "H001");
        Assert.Equal((4, "luoshi households eliminate: household H001: only an assisted household's risk can be eliminated; this one is flagged for identification\n"),
            (eliminate.ExitCode, eliminate.Error));
        Assert.Equal(0, Run("households", "identify", "H001", "--source", "干部排查", "--risks", "因病|因学").ExitCode);
        Assert.Equal(0, Run("households", "assist", "440784198001011232", "--kind", "医疗保障", "--measure", "大病保险报销").ExitCode);

        var shown = Run("households", "show", "H001").Output;
        Assert.Contains("state: 帮扶中 (Assisted)  risks: 因病、因学  source: 基层干部排查", shown, StringComparison.Ordinal);
        Assert.Contains("医疗保障 — 大病保险报销", shown, StringComparison.Ordinal);
        Assert.Contains("household.view", Run("audit").Output, StringComparison.Ordinal);
        Assert.Contains("超时未识别 0 户，已识别未帮扶 0 户，低于标准未识别帮扶 0 户", Run("households", "warnings", "--as-of", "2099-01-01").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_Csv_Masked()
    {
        Register();

        var csv = Run("households", "list", "--format", "csv", "--area", "T1").Output;

        Assert.Equal(
            "household,village,head,id_number,members,year,income,state,risks\n"
            + "H001,V11,张*明,440784********1232,2,2021,5800.5,NotMonitored,illness\n"
            + "H002,V12,王*,440784********0045,1,2021,9000,NotMonitored,\n",
            csv);
    }

    [Fact]
    public void List_Csv_TextThatWouldRunAsAFormulaInExcelStartsWithAnApostrophe()
    {
        Assert.Equal(0, Run("units", "import", Write("units.csv", Units)).ExitCode);
        var imported = Run("households", "import", Write("formulas.csv", Header
            + "@H9,V11,=1+2,440784198001011232,2021,5800.50,,,,\n"
            + "\"-H8,x\",V12,\"+王,五\",440784195207080045,2021,9000,,,,\n"));
        Assert.True(imported.ExitCode == 0, imported.Error);

        var csv = Run("households", "list", "--format", "csv", "--area", "T1").Output;

        Assert.Equal(
            "household,village,head,id_number,members,year,income,state,risks\n"
            + "\"'-H8,x\",V12,'+**五,440784********0045,1,2021,9000,NotMonitored,\n"
            + "'@H9,V11,'=**2,440784********1232,1,2021,5800.5,NotMonitored,\n",
            csv);
    }

    [Fact]
    public void Identify_UnknownSource_ExitTwoNamingTheOption()
    {
        Register();

        var result = RunEn("households", "identify", "H002", "--source", "mail", "--risks", "illness");

        Assert.Equal((2, "luoshi households: --source: expected application, visit or department (自主申报、干部排查、部门筛查), found 'mail'\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Import_Workbook_FirstSheetWithDatesAsSerialNumbers()
    {
        Assert.Equal(0, Run("units", "import", Write("units.csv", Units)).ExitCode);
        var path = Path.Combine(_directory, "households.xlsx");
        // 44652 is 2022-04-01 in Excel's day numbering (1900 date system, 1 = 1900-01-01 with the 1900 leap-year quirk).
        Workbook(path, ["household", "village", "head", "id_number", "year", "income", "hardship_on"],
            ["H001", "V11", "张三明", "440784198001011232", 2021, 5800.5, 44652]);

        var result = Run("households", "import", path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 household(s) imported", result.Output, StringComparison.Ordinal);
        Assert.Contains("hardship 2022-04-01  flagged 2022-04-01", Run("households", "show", "H001").Output, StringComparison.Ordinal);
    }

    private static void Workbook(string path, params object[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                row.Append(rows[r][c] is string text
                    ? new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) }
                    : new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(rows[r][c], System.Globalization.CultureInfo.InvariantCulture)) });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "农户" }));
    }
}
