using System.Text.Json;
using Luoshi.Cli.Commands.Monitoring;

namespace Luoshi.Cli.Tests;

/// <summary><c>luoshi water-class</c> on the committed water fixtures; every class below was worked out by hand from
/// GB 3838-2002 表1 over the 21 items of the 2011 evaluation rules.</summary>
public sealed class WaterClassCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "water", name);

    [Fact]
    public void WaterClass_GoodFile_PrintsOneCsvRowPerSample()
    {
        var (code, output, error) = CliRun.Luoshi("water-class", Fixture("samples.csv"), "--sections", Fixture("sections.csv"));

        // SJ01 (river, Ⅲ) 1-10: CODMn 3.8 ≤ 4, NH3-N 0.42 ≤ 0.5, TP 0.08 ≤ 0.1 are Ⅱ, the rest Ⅰ; fecal coliform is not
        // among the 21. 2-10: CODMn 5 ≤ 6, NH3-N 0.80 ≤ 1.0, TP 0.15 ≤ 0.2: Ⅲ.
        // SJ02 (river, Ⅱ): DO 4 ≥ 3 is Ⅳ; against Ⅱ: CODMn (5−4)/4 = 0.25, NH3-N (0.8−0.5)/0.5 = 0.6, TP (0.15−0.1)/0.1 = 0.5,
        // DO without a multiple. SK01 (lake, Ⅱ): TP 0.02 ≤ 0.025 (湖、库) is Ⅱ; TN 1.4 ≤ 1.5 is Ⅳ, apart.
        // SJ01 3-10: pH 9.3 outside 6–9 is 劣Ⅴ.
        // The byte-order mark is written (see below) but the UTF-8 reader of the child's output consumes it.
        Assert.Equal((0, ""), (code, error));
        Assert.Equal(
            "section,date,class,deciding_items,target_class,meets_target,exceeding,tn_class\n" +
            "SJ01,2022-01-10,II,codmn;nh3n;tp,III,true,,\n" +
            "SJ01,2022-02-10,III,codmn;nh3n;tp,III,true,,\n" +
            "SJ02,2022-01-11,IV,do,II,false,do;codmn:0.25;nh3n:0.6;tp:0.5,\n" +
            "SK01,2022-01-12,II,tp,II,true,,IV\n" +
            "SJ01,2022-03-10,劣V,ph,III,false,ph,\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WaterClass_Csv_StartsWithAByteOrderMarkForExcel()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = WaterClassCommand.Run(Fixture("samples.csv"), Fixture("sections.csv"), "csv", null, output, error);

        Assert.Equal(0, code);
        Assert.StartsWith("\uFEFFsection,date,", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WaterClass_Json_KeepsTheContractFieldNames()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = WaterClassCommand.Run(Fixture("samples.csv"), Fixture("sections.csv"), "json", null, output, error);
        using var json = JsonDocument.Parse(output.ToString());
        var rows = json.RootElement.EnumerateArray().ToList();
        var sj02 = rows[2];

        Assert.Equal((0, "", 5), (code, error.ToString(), rows.Count));
        Assert.Equal(
            ["section", "date", "class", "deciding_items", "target_class", "meets_target", "exceeding", "tn_class"],
            sj02.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("SJ02", "IV", "II", false), (sj02.GetProperty("section").GetString(), sj02.GetProperty("class").GetString(),
            sj02.GetProperty("target_class").GetString(), sj02.GetProperty("meets_target").GetBoolean()));
        Assert.Equal(
            ["do:", "codmn:0.25", "nh3n:0.6", "tp:0.5"],
            sj02.GetProperty("exceeding").EnumerateArray().Select(e =>
                $"{e.GetProperty("item").GetString()}:{(e.GetProperty("multiple").ValueKind == JsonValueKind.Null ? "" : e.GetProperty("multiple").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture))}"));
        Assert.Equal(("劣V", "IV"), (rows[4].GetProperty("class").GetString(), rows[3].GetProperty("tn_class").GetString()));
    }

    [Fact]
    public void WaterClass_BadFile_ExitsWithTwoAndEveryErrorOnItsOwnLine()
    {
        var bad = Fixture("samples-bad.csv");

        var (code, output, error) = CliRun.English("water-class", bad, "--sections", Fixture("sections.csv"));

        Assert.Equal((2, ""), (code, output));
        Assert.Equal(
            [
                $"luoshi water-class: {bad}, line 3, column section: unknown section 'SJ09'; expected a section of the sections file",
                $"luoshi water-class: {bad}, line 4, column date: expected a date yyyy-MM-dd, found '2022-02-30'",
                $"luoshi water-class: {bad}, line 5, column do: expected a value of 0 or more, found -0.5",
                $"luoshi water-class: {bad}, line 5, column nh3n: expected a number, or a detection limit for a value not detected (0.01L or <0.01), found 'abc'",
                $"luoshi water-class: {bad}, line 6, column ph: expected a pH from 0 to 14, found 15",
                $"luoshi water-class: {bad}, line 7, column section: expected a section code",
                $"luoshi water-class: {bad}, line 8: expected 6 fields as in the header, found 3",
            ],
            error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void WaterClass_BadSectionsFile_WritesNoOutputFile()
    {
        var target = Path.Combine(_dir, "out.csv");

        var (code, _, error) = CliRun.Luoshi(
            "water-class", Fixture("samples.csv"), "--sections", Fixture("sections-bad.csv"), "-o", target);

        Assert.Equal(2, code);
        Assert.Equal(4, error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void WaterClass_OutputOption_WritesTheFile()
    {
        var target = Path.Combine(_dir, "out.json");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = WaterClassCommand.Run(Fixture("samples.csv"), Fixture("sections.csv"), "json", target, output, error);

        Assert.Equal((0, $"{target} written (5 samples)\n"), (code, output.ToString().ReplaceLineEndings("\n")));
        Assert.Equal(5, JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetArrayLength());
    }
}
