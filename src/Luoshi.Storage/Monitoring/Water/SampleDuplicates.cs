using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;
using nietras.SeparatedValues;

namespace Luoshi.Storage.Monitoring.Water;

/// <summary>Finds a second sample of a section on the same day in a sample file: the ledger keeps one sample per
/// section and day, so the file must say which one it means. The lines are found by a second, light pass over the
/// section and date columns, taken only when the samples show a repeat.</summary>
internal static class SampleDuplicates
{
    public static List<Problem> Find(IngestSource source, IReadOnlyList<WaterSample> samples)
    {
        var keys = new HashSet<(string, DateOnly)>();
        if (samples.All(s => keys.Add((s.Section, s.Date))))
        {
            return [];
        }

        var errors = new List<Problem>();
        var first = new Dictionary<(string, string), int>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(source.Path);
        // The sample reader takes the header's names in any case.
        var names = reader.Header.ColNames.ToList();
        var (section, date) = (names.FindIndex(n => n.Equals("section", StringComparison.OrdinalIgnoreCase)),
            names.FindIndex(n => n.Equals("date", StringComparison.OrdinalIgnoreCase)));
        foreach (var row in reader)
        {
            var key = (row[section].ToString(), row[date].ToString());
            if (key.Item1.Length > 0 && !first.TryAdd(key, row.LineNumberFrom))
            {
                errors.Add(new Problem(
                    Catalogue.Monitoring.SecondSample(key.Item1, key.Item2, first[key]),
                    source.Place(new Luoshi.Monitoring.FilePlace(source.Path, row.LineNumberFrom, "date"))));
            }
        }

        return errors;
    }
}
