using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Reading.Facts;

/// <summary>Reads the texts of a task_facts row (<see cref="TaskFactsRow"/>): the sent reports, and each target's
/// approved observations and pending values.</summary>
internal static class SentValuesText
{
    private const char Record = (char)30, Unit = (char)31;

    public static void ReadValues(ReadOnlySpan<char> text, Dictionary<int, TargetValues> byTarget)
    {
        Span<Range> f = stackalloc Range[8];
        foreach (var range in text.Split(Record))
        {
            var entry = text[range];
            if (entry.Split(f, Unit) != 7)
            {
                continue;
            }

            var target = int.Parse(entry[f[0]], NumberStyles.None, CultureInfo.InvariantCulture);
            var period = int.Parse(entry[f[1]], NumberStyles.None, CultureInfo.InvariantCulture);
            var (value, numerator, denominator, done) = (Number(entry[f[3]]), Number(entry[f[4]]), Number(entry[f[5]]), Day(entry[f[6]]));
            if (!byTarget.TryGetValue(target, out var values))
            {
                byTarget[target] = values = new TargetValues();
            }

            if (entry[f[2]] is "A")
            {
                values.Approved.Add(new Observation(period, value, numerator, denominator, done));
            }
            else
            {
                values.Pending.Add(new PendingValue(period, value, numerator, denominator, done));
            }
        }
    }

    public static List<SentReport> ReadReports(ReadOnlySpan<char> text)
    {
        Span<Range> f = stackalloc Range[4];
        var reports = new List<SentReport>();
        foreach (var range in text.Split(Record))
        {
            var entry = text[range];
            if (entry.Split(f, Unit) == 3)
            {
                var at = entry[f[2]];
                reports.Add(new SentReport(
                    int.Parse(entry[f[0]], NumberStyles.None, CultureInfo.InvariantCulture), entry[f[1]].ToString(),
                    at.IsEmpty ? null : DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
            }
        }

        return reports;
    }

    private static decimal? Number(ReadOnlySpan<char> text) =>
        text.IsEmpty ? null : decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    // SQLite keeps a date as yyyy-MM-dd text; PostgreSQL's date::text is the same.
    private static DateOnly? Day(ReadOnlySpan<char> text) =>
        text.IsEmpty ? null : DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A target's sent values: approved ones (they count) and those awaiting review (shown, not counted).</summary>
internal sealed class TargetValues
{
    public List<Observation> Approved { get; } = [];

    public List<PendingValue> Pending { get; } = [];
}
