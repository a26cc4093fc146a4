using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Reading.Facts;

/// <summary>Reads the sent values of a task_facts row (<c>target:period{A|P}value|numerator|denominator|done_on</c>,
/// separated by <c>;</c>) into each target's approved observations and pending values.</summary>
internal static class SentValuesText
{
    public static void Read(ReadOnlySpan<char> text, Dictionary<int, TargetValues> byTarget)
    {
        Span<Range> parts = stackalloc Range[4];
        foreach (var range in text.Split(';'))
        {
            var entry = text[range];
            if (entry.IsEmpty)
            {
                continue;
            }

            var colon = entry.IndexOf(':');
            var target = int.Parse(entry[..colon], NumberStyles.None, CultureInfo.InvariantCulture);
            var rest = entry[(colon + 1)..];
            var mark = rest.IndexOfAny('A', 'P');
            var period = int.Parse(rest[..mark], NumberStyles.None, CultureInfo.InvariantCulture);
            var fields = rest[(mark + 1)..];
            fields.Split(parts, '|');
            var (value, numerator, denominator, done) =
                (Number(fields[parts[0]]), Number(fields[parts[1]]), Number(fields[parts[2]]), Day(fields[parts[3]]));
            if (!byTarget.TryGetValue(target, out var values))
            {
                byTarget[target] = values = new TargetValues();
            }

            if (rest[mark] == 'A')
            {
                values.Approved.Add(new Observation(period, value, numerator, denominator, done));
            }
            else
            {
                values.Pending.Add(new PendingValue(period, value, numerator, denominator, done));
            }
        }
    }

    private static decimal? Number(ReadOnlySpan<char> text) =>
        text.IsEmpty ? null : decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    // SQLite keeps a date as yyyy-MM-dd text, PostgreSQL's date::text is the same.
    private static DateOnly? Day(ReadOnlySpan<char> text) =>
        text.IsEmpty ? null : DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A target's sent values: approved ones (they count) and those awaiting review (shown, not counted).</summary>
internal sealed class TargetValues
{
    public List<Observation> Approved { get; } = [];

    public List<PendingValue> Pending { get; } = [];
}
