using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Tests.Time;

/// <summary>A holiday file's wrong lines are refused with their line, and nothing is read.</summary>
public sealed class HolidayFileTests
{
    [Theory]
    [InlineData("年份 2027\n放假 2027-10-07 2027-10-01 国庆节", 2, "截止日不能早于起始日")]
    [InlineData("# 通知\n年份 2027\n上班 2027-10-11 周一", 3, "不是周末")]
    [InlineData("年份 2027\n\n休息 2027-10-01", 3, "应为“年份 YYYY”")]
    [InlineData("年份 二〇二七", 1, "应为“年份 YYYY”")]
    [InlineData("放假 2027-13-01 元旦", 1, "应为“年份 YYYY”")]
    public void Parse_WrongLine_RefusedAtLine(string text, int line, string words)
    {
        var (year, problems) = HolidayFile.Parse("2027.txt", text);
        Assert.Null(year);
        var problem = Assert.Single(problems);
        Assert.Equal(new Place(File: "2027.txt", Line: line), problem.Place);
        Assert.Contains(words, problem.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoYearLine_Refused()
    {
        var (_, problems) = HolidayFile.Parse("x.txt", "放假 2027-10-01 国庆节");
        Assert.Equal(Catalogue.Lifecycle.HolidayYearMissing, Assert.Single(problems).Message);
    }
}
