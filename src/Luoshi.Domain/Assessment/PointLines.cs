using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Assessment;

/// <summary>The one way a person writes points as text, on the command line and in a page's box: “T1=100” gives a
/// task its result points; “T1:+2:说明” or “+2:说明” is an addition or deduction (a claim or an adjustment) with why.</summary>
public static class PointLines
{
    /// <summary>“T1=100” as a task's points, or a problem placed at <paramref name="field"/>.</summary>
    public static TaskPoints? Points(string line, string field, out Problem? problem)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts[0].Length > 0 && Number(parts[1]) is { } points)
        {
            problem = null;
            return new TaskPoints(parts[0], points);
        }

        problem = new Problem(Catalogue.SelfAssessment.BadLine(line.Trim()), Place.OfField(field));
        return null;
    }

    /// <summary>“T1:+2:说明” or “+2:说明” (a full-width colon too) as task, points and why, or a problem at <paramref name="field"/>.</summary>
    public static (string? Task, decimal Points, string Why)? Change(string line, string field, out Problem? problem)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Replace('：', ':').Split(':', 3, StringSplitOptions.TrimEntries);
        (string? task, string points, string why)? read = parts.Length switch
        {
            3 when Number(parts[1]) is not null => (parts[0].Length == 0 ? null : parts[0], parts[1], parts[2]),
            3 when Number(parts[0]) is not null => (null, parts[0], parts[1] + ":" + parts[2]),
            2 => (null, parts[0], parts[1]),
            _ => null,
        };
        if (read is { } r && Number(r.points) is { } p)
        {
            problem = null;
            return (r.task, p, r.why);
        }

        problem = new Problem(Catalogue.SelfAssessment.BadLine(line.Trim()), Place.OfField(field));
        return null;
    }

    /// <summary>Every non-blank line of <paramref name="text"/>.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace('−', '-'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
        && Math.Abs(n) <= 1000m ? n : null;
}
