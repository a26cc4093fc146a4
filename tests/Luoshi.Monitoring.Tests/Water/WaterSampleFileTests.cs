using Luoshi.Indicators.Water;
using Luoshi.Monitoring.Water;

namespace Luoshi.Monitoring.Tests.Water;

public sealed class WaterSampleFileTests
{
    [Fact]
    public void Read_GoodFile_ReadsMeasuredItemsOnly()
    {
        var result = WaterSampleFile.Read(WaterFixtures.Path("samples.csv"), WaterFixtures.Sections);

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Rows.Count);
        var first = result.Rows[0];
        Assert.Equal(("SJ01", new DateOnly(2022, 1, 10)), (first.Section, first.Date));
        Assert.Equal(
            new Dictionary<WaterItem, decimal>
            {
                [WaterItem.WaterTemp] = 16.5m, [WaterItem.Ph] = 7.2m, [WaterItem.Do] = 8.1m, [WaterItem.CodMn] = 3.8m,
                [WaterItem.Nh3N] = 0.42m, [WaterItem.Tp] = 0.08m, [WaterItem.Hg] = 0.00004m, [WaterItem.FecalColiform] = 1200m,
            },
            first.Values);
        // The last line measured pH only; blank fields are absent, not zero.
        Assert.Equal([WaterItem.Ph], result.Rows[4].Values.Keys);
    }

    [Fact]
    public void Read_BadFile_ReportsEveryMistakeWithLineAndColumnAndNoSample()
    {
        var result = WaterSampleFile.Read(WaterFixtures.Path("samples-bad.csv"), WaterFixtures.Sections);

        Assert.Empty(result.Rows);
        Assert.Equal(
            [
                "samples-bad.csv, line 3, column section: unknown section 'SJ09'; expected a section of the sections file",
                "samples-bad.csv, line 4, column date: expected a date yyyy-MM-dd, found '2022-02-30'",
                "samples-bad.csv, line 5, column do: expected a value of 0 or more, found -0.5",
                "samples-bad.csv, line 5, column nh3n: expected a number, or a detection limit for a value not detected (0.01L or <0.01), found 'abc'",
                "samples-bad.csv, line 6, column ph: expected a pH from 0 to 14, found 15",
                "samples-bad.csv, line 7, column section: expected a section code",
                "samples-bad.csv, line 8: expected 6 fields as in the header, found 3",
            ],
            WaterFixtures.Messages(result.Errors));
    }

    [Fact]
    public void Read_UnknownAndRepeatedHeaders_AreNamedAndRowsStillChecked()
    {
        var text = "section,date,nh3n,cod_mn,NH3N\nSJ01,2022-01-10,-1,5,0.5\n";

        var result = WaterSampleFile.Read(new StringReader(text), "w.csv", WaterFixtures.Sections);

        Assert.Equal(
            [
                "w.csv, line 1, column cod_mn: unknown column 'cod_mn'; expected section, date or an item code (water_temp, ph, do, codmn, cod, bod5, nh3n, tp, tn, cu, zn, f, se, as, hg, cd, cr6, pb, cn, phenol, oil, las, sulfide, fecal_coliform)",
                "w.csv, line 1, column NH3N: the column NH3N appears twice; expected each column once",
                "w.csv, line 2, column nh3n: expected a value of 0 or more, found -1",
            ],
            WaterFixtures.Messages(result.Errors));
    }

    [Fact]
    public void Read_HeaderWithoutDate_CannotReadRows()
    {
        var result = WaterSampleFile.Read(new StringReader("section,nh3n\nSJ01,0.5\n"), "w.csv", WaterFixtures.Sections);

        Assert.Equal(["w.csv, line 1: the header lacks date; expected section,date and item codes"], WaterFixtures.Messages(result.Errors));
    }

    [Fact]
    public void Read_QuotedAndExponentValues_AreNumbers()
    {
        var text = "section,date,hg,\"nh3n\"\n\"SJ01\",2022-01-10,5E-05,\" 0.5 \"\n";

        var result = WaterSampleFile.Read(new StringReader(text), "w.csv", WaterFixtures.Sections);

        Assert.Empty(result.Errors);
        Assert.Equal(0.00005m, result.Rows[0].Values[WaterItem.Hg]);
        Assert.Equal(0.5m, result.Rows[0].Values[WaterItem.Nh3N]);
    }

    [Fact]
    public void Read_EmptyFile_ExpectsAHeader()
    {
        var result = WaterSampleFile.Read(new StringReader(""), "w.csv", WaterFixtures.Sections);

        Assert.Equal(["w.csv, line 1: the file is empty; expected a header line section,date and item codes"], WaterFixtures.Messages(result.Errors));
    }
    [Fact]
    public void Read_NotDetectedEntries_CountAsHalfTheDetectionLimit()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"samples-nd-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "section,date,hg,cd,cr6\nSJ01,2022-02-10,0.00004L,<0.001,0.004\n");
        try
        {
            var result = WaterSampleFile.Read(path, WaterFixtures.Sections);

            Assert.Empty(result.Errors);
            // 0.00004L → 0.00002 (class I, ≤ 0.00005); <0.001 → 0.0005; a plain figure stays as it is.
            Assert.Equal(
                new Dictionary<WaterItem, decimal> { [WaterItem.Hg] = 0.00002m, [WaterItem.Cd] = 0.0005m, [WaterItem.Cr6] = 0.004m },
                result.Rows[0].Values);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
