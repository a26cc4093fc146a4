using System.Globalization;
using Luoshi.Domain.Evaluation;
using ScottPlot;

namespace Luoshi.Documents.Charts;

/// <summary>A target's trajectory chart as a PNG picture, drawn on the server for documents: the expected trajectory
/// (形象进度), the approved actual values, the projection to the deadline and the goal, over the plan's periods — the
/// same lines as the web page's chart, which draws them in the browser.</summary>
public static class TrajectoryChart
{
    /// <summary>Default picture size in pixels: sharp when printed 13 cm wide (about 200 dpi), two to an A4 page.</summary>
    public const int DefaultWidth = 1000;

    /// <summary>Default picture height in pixels.</summary>
    public const int DefaultHeight = 560;

    private static readonly Color ExpectedColor = Color.FromHex("#7F7F7F");
    private static readonly Color ActualColor = Color.FromHex("#C00000");
    private static readonly Color ProjectedColor = Color.FromHex("#ED7D31");
    private static readonly Color GoalColor = Color.FromHex("#2E7D32");

    /// <summary>The chart of <paramref name="history"/> titled <paramref name="title"/>, its figures in
    /// <paramref name="unit"/> (人, %, …) when given: the title says 单位：人, since a Chinese axis label turned on its side
    /// reads badly.</summary>
    public static byte[] Png(TargetHistory history, string title, string? unit, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(title);
        var plot = new Plot();
        try
        {
            var count = history.Periods.Count;
            var expected = Line(plot, history.Expected, ExpectedColor, LinePattern.Dashed, 0);
            var actual = Line(plot, history.Actual, ActualColor, LinePattern.Solid, 9);
            var projected = Line(plot, history.Projected, ProjectedColor, LinePattern.Dotted, 7);
            if (history.Goal is { } goal)
            {
                plot.Add.HorizontalLine((double)goal, 2.5f, GoalColor, LinePattern.DenselyDashed);
                Note(plot, 0.6, (double)goal, "目标 " + Number(goal) + (unit ?? ""), GoalColor, Alignment.LowerLeft);
            }

            // Each line is named where it is, rather than in a legend box: ScottPlot places CJK text about half a line
            // too high (it aligns on the font's tallest glyph), which clips a legend's first row.
            if (expected is { } e)
            {
                var mid = e[e.Count / 2];
                Note(plot, mid.X, mid.Y, "形象进度", ExpectedColor, Alignment.LowerRight);
            }

            if (actual is { } a)
            {
                var last = a[^1];
                Note(plot, last.X, last.Y, "实际 " + Number((decimal)last.Y), ActualColor, Alignment.UpperCenter);
            }

            if (projected is { } p)
            {
                var end = p[^1];
                Note(plot, end.X, end.Y, "预测 " + Number((decimal)end.Y), ProjectedColor, Alignment.UpperRight);
            }

            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(1, count).Select(i => (double)i)], [.. history.Periods.Select(PeriodLabel.Of)]);
            plot.Title(string.IsNullOrEmpty(unit) ? title : $"{title}  单位：{unit}");

            // Chinese only where Chinese is written: the y axis' numbers in the CJK face would sit visibly off their grid
            // lines (see Note).
            plot.Axes.Title.Label.FontName = ChartFont.Name;
            plot.Axes.Bottom.TickLabelStyle.FontName = ChartFont.Name;
            plot.Axes.Left.TickLabelStyle.FontName = ChartFont.Latin;

            // Printed on paper at a third of its pixel width: every text is drawn larger than on screen.
            plot.Axes.Title.Label.FontSize = 28;
            plot.Axes.Title.Label.OffsetY = 12;
            plot.Axes.Bottom.TickLabelStyle.FontSize = 20;
            plot.Axes.Left.TickLabelStyle.FontSize = 20;

            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(0.5, count + 0.5);
            // Amounts start from zero so that a short bar of progress looks short; the top leaves room for the notes.
            var limits = plot.Axes.GetLimits();
            var bottom = Math.Min(0, limits.Bottom);
            plot.Axes.SetLimitsY(bottom, limits.Top + ((limits.Top - bottom) * 0.12));
            return plot.GetImageBytes(width, height, ImageFormat.Png);
        }
        finally
        {
            plot.Dispose();
        }
    }

    private static void Note(Plot plot, double x, double y, string text, Color color, Alignment alignment)
    {
        var note = plot.Add.Text(text, x, y);
        note.LabelFontSize = 20;
        note.LabelFontColor = color;
        note.LabelAlignment = alignment;
        note.LabelBold = true;
        note.LabelFontName = ChartFont.Name;

        // Compensates the CJK face's high placement, and keeps the text off the line it names.
        note.LabelOffsetY = alignment is Alignment.UpperCenter or Alignment.UpperRight or Alignment.UpperLeft ? 22 : 4;
    }

    // Null points (no value for that period) are left out rather than drawn at zero; null when nothing is drawn.
    private static List<Coordinates>? Line(Plot plot, IReadOnlyList<decimal?> values, Color color, LinePattern pattern, float marker)
    {
        var points = new List<Coordinates>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                points.Add(new Coordinates(i + 1, (double)v));
            }
        }

        if (points.Count == 0)
        {
            return null;
        }

        var scatter = plot.Add.Scatter(points, color);
        scatter.LineWidth = 3;
        scatter.LinePattern = pattern;
        scatter.MarkerSize = marker;
        return points;
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
