using Luoshi.Documents.Charts;
using Luoshi.Domain.Evaluation;
using SkiaSharp;

namespace Luoshi.Documents.Tests.Charts;

public sealed class TrajectoryChartTests
{
    private static TargetHistory History() => new(
        "T16.1", "城镇新增就业", "人", 6000m,
        [.. Enumerable.Range(1, 12).Select(m => $"2022-{m:00}")],
        [.. Enumerable.Range(1, 12).Select(m => (decimal?)(500 * m))],
        [.. Enumerable.Range(1, 12).Select(m => m <= 9 ? (decimal?)(300 * m) : null)],
        [.. Enumerable.Range(1, 12).Select(m => m switch { 9 => (decimal?)2700, 12 => 3600, _ => null })],
        new TargetEvaluation(TargetStatus.AtRisk, 2700, 4500, 3600, 1100, [], Luoshi.Domain.Wording.Words.Same("behind")));

    [Fact]
    public void The_chart_is_a_png_of_the_asked_size_with_something_drawn()
    {
        var png = TrajectoryChart.Png(History(), "城镇新增就业（T16.1）", "人", 800, 450);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
        // Not blank: the lines' colours are there (the actual line is dark red, the goal green).
        var pixels = bitmap.Pixels;
        Assert.Contains(pixels, p => p.Red > 150 && p.Green < 60 && p.Blue < 60);
        Assert.Contains(pixels, p => p.Green > 100 && p.Red < 80 && p.Blue < 80);
        Assert.True(pixels.Count(p => p != SKColors.White) > 800 * 450 / 50, "the chart is nearly blank");
    }

    [Fact]
    public void Chinese_is_drawn_with_an_installed_chinese_face()
    {
        // ./test installs fonts-noto-cjk (tools/test-browser.sh), so a Chinese face must be found here.
        Assert.True(ChartFont.HasChinese, "no Chinese font found among: " + string.Join(", ", ChartFont.Families));
    }

    [Theory]
    [InlineData("2022-03", "3月")]
    [InlineData("2022Q3", "三季度")]
    [InlineData("第3期", "第3期")]
    public void Periods_are_labelled_as_a_reader_says_them(string name, string label) => Assert.Equal(label, PeriodLabel.Of(name));
}
