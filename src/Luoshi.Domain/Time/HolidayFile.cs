using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Time;

/// <summary>Reads a holiday file (one per notice): "年份 2022", "放假 起始日 [截止日] 名称", "上班 日期 说明", "#" comments.
/// A wrong line is refused with its line number and nothing is read; the files shipped are in Time/Holidays.</summary>
public static class HolidayFile
{
    /// <summary>The notice <paramref name="text"/> holds, or the problems of its lines (file <paramref name="name"/>).</summary>
    public static (HolidayYear? Year, IReadOnlyList<Problem> Problems) Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (off, work, problems) = (new HashSet<DateOnly>(), new HashSet<DateOnly>(), new List<Problem>());
        int? year = null;
        string? source = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].Trim();
            source ??= raw.StartsWith('#') ? raw.TrimStart('#').Trim() : null;
            var words = raw.Split('#')[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && Line(words, off, work, ref year) is { } problem)
            {
                problems.Add(problem.At(new Place(File: name, Line: i + 1)));
            }
        }

        if (problems.Count == 0 && year is null)
        {
            problems.Add(new Problem(Catalogue.Lifecycle.HolidayYearMissing, Place.OfFile(name)));
        }

        return problems.Count > 0 ? (null, problems) : (new HolidayYear(year!.Value, off, work, source ?? name), []);
    }

    private static Problem? Line(string[] words, HashSet<DateOnly> off, HashSet<DateOnly> work, ref int? year)
    {
        switch (words[0])
        {
            case "年份" when words.Length == 2 && int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100:
                year = y;
                return null;
            case "放假" when words.Length >= 2 && Day(words[1]) is { } from:
                var to = words.Length >= 3 && Day(words[2]) is { } end ? end : from;
                if (to < from || to.DayNumber - from.DayNumber > 15)
                {
                    return new Problem(Catalogue.Lifecycle.HolidayRangeWrong(from, to));
                }

                for (var d = from; d <= to; d = d.AddDays(1))
                {
                    off.Add(d);
                }

                return null;
            case "上班" when words.Length >= 2 && Day(words[1]) is { } day:
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    return new Problem(Catalogue.Lifecycle.WorkingWeekendNotWeekend(day));
                }

                work.Add(day);
                return null;
            default:
                return new Problem(Catalogue.Lifecycle.HolidayLineWrong);
        }
    }

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
