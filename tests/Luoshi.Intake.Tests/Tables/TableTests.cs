using System.Text;
using Luoshi.Intake.Files;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Tests.Tables;

/// <summary>One table for CSV and .xlsx: columns found by English or Chinese header in any order, optional ones left
/// out, rows of the wrong width and title rows above a sheet's header, each problem placed as the person sees the file.</summary>
public sealed class TableTests
{
    private static readonly Column[] Columns = [new("code", "代码"), new("name", "名称"), new("households", "户数", Required: false)];

    [Fact]
    public void Csv_ChineseHeadersInAnyOrder_CellsInTheColumnsOrder()
    {
        var rows = Read(Csv("说明,名称,代码\n备注,东升村,V1\n\n,西岸村,V2\n"), out var table);

        Assert.Equal([(2, "V1", "东升村", ""), (4, "V2", "西岸村", "")], rows);
        Assert.False(table.Has(2));
    }

    [Fact]
    public void Csv_RowOfAnotherWidth_MalformedWithItsLine()
    {
        var (table, _) = TableFiles.Open(Csv("code,name\nV1,东升村\nV2\nV3,a,b\n"), Columns);
        using (table)
        {
            var found = new List<string>();
            while (table!.MoveNext())
            {
                found.Add(table.Malformed is { } m ? $"{table.RowPlace.ToWords().En}: {m.En}" : table.Text(0));
            }

            Assert.Equal(["V1", "x.csv, line 3: expected 2 columns, found 1", "x.csv, line 4: expected 2 columns, found 3"], found);
        }
    }

    [Fact]
    public void Open_RequiredColumnMissing_ProblemAtTheHeaderNamingItInBothLanguages()
    {
        var (table, problem) = TableFiles.Open(Csv("code,户数\nV1,3\n"), Columns);

        Assert.Null(table);
        Assert.Equal("x.csv, line 1: the header lacks name (名称); expected the columns code,name,households",
            $"{problem!.Place!.ToWords().En}: {problem.Message.En}");
        Assert.Equal("x.csv，第 1 行：表头缺少 name (名称)；应有列：code,name,households", $"{problem.Place.ToWords().Zh}：{problem.Message.Zh}");
    }

    [Fact]
    public void Xlsx_HeaderBelowTitleRows_RowsNumberedAsTheSheetAndPlacedByLetter()
    {
        var book = Workbook.Of("村庄名册", ["四会市村庄名册"], ["代码", "名称", "户数"], ["V1", "东升村", "320"], [], ["V2", "西岸村", "410"]);

        var rows = Read(IntakeFile.FromBytes("名册.xlsx", book), out var table);

        Assert.Equal([(3, "V1", "东升村", "320"), (5, "V2", "西岸村", "410")], rows);
        Assert.True(table.IsWorkbook);
        Assert.Equal("名册.xlsx, sheet 村庄名册, row 5, column C (households)", table.Places.At(5, 2).ToWords().En);
    }

    [Fact]
    public void Xlsx_NotAWorkbook_Refused()
    {
        var (table, problem) = TableFiles.Open(IntakeFile.FromBytes("broken.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00]), Columns);

        Assert.Null(table);
        Assert.StartsWith("expected an Excel workbook (.xlsx): ", problem!.Message.En, StringComparison.Ordinal);
    }

    private static IntakeFile Csv(string text) => IntakeFile.FromBytes("x.csv", Encoding.UTF8.GetBytes(text));

    private static List<(int, string, string, string)> Read(IntakeFile file, out Table table)
    {
        var (opened, problem) = TableFiles.Open(file, Columns);
        Assert.Null(problem);
        table = opened!;
        var rows = new List<(int, string, string, string)>();
        using (table)
        {
            while (table.MoveNext())
            {
                rows.Add((table.Number, table.Text(0), table.Text(1), table.Text(2)));
            }
        }

        return rows;
    }
}
