using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Tests.Time;

/// <summary>A holiday file's wrong lines are refused with their line and field, every one of them, and nothing is read.</summary>
public sealed class HolidayFileTests
{
    [Theory]
    [InlineData("年份 2027\n放假 2027-10-07 2027-10-01 国庆节", 2, "截止日", "截止日不能早于起始日")]
    [InlineData("# 通知\n年份 2027\n上班 2027-10-11 周一", 3, "日期", "不是周末")]
    [InlineData("年份 2027\n\n休息 2027-10-01", 3, "类别", "应为“年份 YYYY”")]
    [InlineData("年份 二〇二七", 1, "年份", "应为“年份 YYYY”")]
    [InlineData("年份 2027\n放假 2027-13-01 元旦", 2, "起始日", "“2027-13-01”不是日期")]
    [InlineData("年份 2027\n放假 2027-10-01 2027-1O-07 国庆节", 2, "截止日", "“2027-1O-07”不是日期")]
    [InlineData("年份 2027\n上班 周六", 2, "日期", "“周六”不是日期")]
    public void Parse_WrongLine_RefusedAtLineAndField(string text, int line, string field, string words)
    {
        var (year, problems) = HolidayFile.Parse("2027.txt", text);
        Assert.Null(year);
        var problem = Assert.Single(problems);
        Assert.Equal(new Place(File: "2027.txt", Line: line, Field: field), problem.Place);
        Assert.Contains(words, problem.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralWrongLines_EachNamedInBothLanguages()
    {
        var (year, problems) = HolidayFile.Parse("2027.txt", "年份 2027\n放假 2027-02-30 春节\n放假 2027-10-01 2027-10-07 国庆节\n上班 2027-10-08 周五\n");
        Assert.Null(year);
        Assert.Equal(
            ["2027.txt，第 2 行，起始日 字段：“2027-02-30”不是日期（应为 YYYY-MM-DD）", "2027.txt，第 4 行，日期 字段：2027-10-08 不是周末，调休上班日应为周六或周日"],
            problems.Select(p => p.ToWords().Zh));
        Assert.Equal("2027.txt, line 2, field 起始日: '2027-02-30' is no date (YYYY-MM-DD)", problems[0].ToWords().En);
    }

    [Fact]
    public void Parse_NoYearLine_Refused()
    {
        var (_, problems) = HolidayFile.Parse("x.txt", "放假 2027-10-01 国庆节");
        Assert.Equal(Catalogue.Lifecycle.HolidayYearMissing, Assert.Single(problems).Message);
        Assert.Equal(new Place(File: "x.txt", Field: "年份"), problems[0].Place);
    }

    [Fact]
    public void Write_ShippedYear_ReadsBackTheSameDays()
    {
        var y2026 = WorkingDays.Shipped.Years.Single(y => y.Year == 2026);
        var text = HolidayFile.Write(y2026);
        Assert.Contains("放假 2026-10-01 2026-10-07\n", text, StringComparison.Ordinal);
        Assert.Contains("上班 2026-10-10\n", text, StringComparison.Ordinal);
        var (again, problems) = HolidayFile.Parse("2026.txt", text);
        Assert.Empty(problems);
        Assert.Equal(y2026.DaysOff.Order(), again!.DaysOff.Order());
        Assert.Equal(y2026.WorkingWeekends.Order(), again.WorkingWeekends.Order());
        Assert.Equal(y2026.Source, again.Source);
    }
}
