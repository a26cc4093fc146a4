using Luoshi.Indicators.Water;
using Luoshi.Monitoring.Water;

namespace Luoshi.Monitoring.Tests.Water;

public sealed class WaterSectionFileTests
{
    [Fact]
    public void Read_GoodFile_ReadsEverySectionWithRomanNumeralTargets()
    {
        var result = WaterSectionFile.Read(WaterFixtures.Path("sections.csv"));

        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                new WaterSection("SJ01", "绥江五马岗", WaterBody.River, WaterClass.III),
                new WaterSection("SJ02", "绥江上游", WaterBody.River, WaterClass.II),
                new WaterSection("SK01", "水库出口", WaterBody.Lake, WaterClass.II),
            ],
            result.Rows);
    }

    [Fact]
    public void Read_BadFile_ReportsEveryMistakeAndNoSection()
    {
        var result = WaterSectionFile.Read(WaterFixtures.Path("sections-bad.csv"));

        Assert.Empty(result.Rows);
        Assert.Equal(
            [
                "sections-bad.csv, line 3, column section: section SJ01 is listed twice (first on line 2); expected each section once",
                "sections-bad.csv, line 4, column name: expected the section's name",
                "sections-bad.csv, line 4, column water_body: expected river or lake (湖、库), found 'sea'",
                "sections-bad.csv, line 4, column target_class: expected a target class I, II, III, IV or V, found '劣V'",
            ],
            WaterFixtures.Messages(result.Errors));
    }

    [Fact]
    public void Read_MissingColumn_NamesTheExpectedHeader()
    {
        var result = WaterSectionFile.Read(new StringReader("section,name,target_class\nSJ01,五马岗,III\n"), "s.csv");

        Assert.Equal(["s.csv, line 1: the header lacks water_body; expected the columns section,name,water_body,target_class"],
            WaterFixtures.Messages(result.Errors));
    }

    [Fact]
    public void Read_MissingFile_IsOneErrorForTheFile()
    {
        var result = WaterSectionFile.Read("/nonexistent/sections.csv");

        Assert.Equal(["/nonexistent/sections.csv: file not found"], WaterFixtures.Messages(result.Errors));
    }

    [Fact]
    public void Read_GbkFile_ReadsLikeTheUtf8One()
    {
        var result = WaterSectionFile.Read(WaterFixtures.Path("sections-gbk.csv"));

        Assert.Empty(result.Errors);
        Assert.Equal(WaterFixtures.Sections, result.Rows);
    }

    [Fact]
    public void Read_BytesOfNoChineseEncoding_AsksForUtf8()
    {
        var path = Path.Combine(Path.GetTempPath(), $"luoshi-sections-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [.. "section,name,water_body,target_class\nSJ01,"u8, 0xFF, 0xFF, .. ",river,III\n"u8]);
        try
        {
            var result = WaterSectionFile.Read(path);

            Assert.Equal([$"{path}: the file is neither UTF-8 nor GB18030 (GBK) text; save it as CSV UTF-8"], WaterFixtures.Messages(result.Errors));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
